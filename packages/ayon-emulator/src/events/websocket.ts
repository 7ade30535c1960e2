import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import { type RawData, type WebSocket, WebSocketServer } from "ws";
import type { EmulatorState } from "../state/store.js";
import { eventMessage } from "./event-model.js";
import { sortedJson } from "./sorted-json.js";
import { WsClient } from "./ws-client.js";

/** A heartbeat goes out when nothing was published for this long... */
const QUIET_MS = 2000;
/** ...and the last heartbeat is older than this (ayon_server/api/messaging.py). */
const HEARTBEAT_MS = 5000;
const TICK_MS = 250;

/**
 * Serves AYON's `/ws` feed on the HTTP server: clients authorise with an `auth` message, then
 * receive published events filtered by topic prefix, project and access. Returns `close` (closes
 * every client and the WebSocket server) and `drop` (cuts every client's connection, as a network
 * failure would, and says how many there were).
 */
export function attachWebSocket(server: Server, state: EmulatorState): { close(): Promise<void>; drop(): number } {
  const wss = new WebSocketServer({ noServer: true });
  const clients = new Set<WsClient>();
  let lastMessageAt = Date.now();
  let lastHeartbeatAt = Date.now();

  const broadcast = (message: Record<string, unknown>) => {
    const text = sortedJson(message);
    const topic = String(message.topic);
    for (const client of clients) if (client.wants(topic, message.project)) client.send(text);
    purge(clients);
  };

  const unsubscribe = state.events.subscribe((event, meta) => {
    lastMessageAt = Date.now();
    broadcast(eventMessage(event, meta));
  });
  const timer = setInterval(() => {
    const now = Date.now();
    if (now - lastMessageAt < QUIET_MS || now - lastHeartbeatAt <= HEARTBEAT_MS) return;
    lastHeartbeatAt = now;
    broadcast({ topic: "heartbeat" });
  }, TICK_MS);
  timer.unref();

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (new URL(request.url ?? "/", "http://emulator").pathname !== "/ws") {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(request, socket, head, (socket) => clients.add(connect(state, socket, clients)));
  };
  server.on("upgrade", onUpgrade);

  const drop = () => {
    const count = clients.size;
    for (const client of clients) client.socket.terminate();
    clients.clear();
    return count;
  };
  return {
    drop,
    async close() {
      clearInterval(timer);
      unsubscribe();
      server.off("upgrade", onUpgrade);
      drop();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

function connect(state: EmulatorState, socket: WebSocket, clients: Set<WsClient>): WsClient {
  const client = new WsClient(socket);
  socket.on("message", (data: RawData, isBinary: boolean) => {
    if (isBinary) return;
    const message = parse(data.toString());
    if (message?.topic === "auth" && message.token !== undefined && message.token !== null) {
      client.authorize(state, message.token, message.subscribe ?? [], message.project);
    }
  });
  socket.on("close", () => {
    client.disconnected = true;
    clients.delete(client);
  });
  socket.on("error", () => {
    client.disconnected = true;
  });
  return client;
}

/** Messages must be JSON objects with a `topic`; anything else is ignored. */
function parse(text: string): Record<string, unknown> | undefined {
  try {
    const message: unknown = JSON.parse(text);
    if (message === null || typeof message !== "object" || Array.isArray(message) || !("topic" in message))
      return undefined;
    return message as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** After each message: clients that never authorised in time are closed (code 1000). */
function purge(clients: Set<WsClient>): void {
  for (const client of clients) {
    if (client.isValid) continue;
    if (!client.disconnected) client.socket.close(1000);
    clients.delete(client);
  }
}
