import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A real HTTP server on localhost; `handle` answers request number `index` (from 0). */
export interface LocalServer {
  readonly url: string;
  /** Requests received so far. */
  readonly requests: number;
  close(): Promise<void>;
}

export async function startLocalServer(
  handle: (response: ServerResponse, index: number, request: IncomingMessage) => void,
): Promise<LocalServer> {
  let requests = 0;
  const server = createServer((request, response) => handle(response, requests++, request));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return requests;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Sends `chunks` one by one, `gapMs` apart, then ends the response. */
export function trickle(response: ServerResponse, chunks: readonly string[], gapMs: number): void {
  let next = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const send = () => {
    const chunk = chunks[next++];
    if (chunk === undefined) return void response.end();
    response.write(chunk);
    timer = setTimeout(send, gapMs);
  };
  response.on("close", () => clearTimeout(timer));
  send();
}

export const jsonHeaders = { "content-type": "application/json" };
