import { connect, createServer, type Socket } from "node:net";

/** A TCP relay in front of a server that can cut every WebSocket passing through it, and nothing else. */
export interface WebSocketCutter {
  /** `http://127.0.0.1:PORT`: give it to the client instead of the server's URL. */
  readonly url: string;
  /** Destroys every WebSocket connection open now; returns how many. HTTP connections stay. */
  cut(): number;
  /** WebSocket connections opened through the relay so far. */
  readonly upgrades: number;
  close(): Promise<void>;
}

export async function startWebSocketCutter(serverUrl: string): Promise<WebSocketCutter> {
  const target = new URL(serverUrl);
  const upgraded = new Set<Socket>();
  const all = new Set<Socket>();
  let upgrades = 0;
  const server = createServer((client) => {
    const upstream = connect(Number(target.port || 80), target.hostname);
    all.add(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
      all.delete(client);
      upgraded.delete(client);
    };
    client.once("data", (first: Buffer) => {
      // A WebSocket handshake is the first request of its connection (RFC 6455 section 4.1).
      if (/^upgrade:\s*websocket/im.test(first.toString("latin1"))) {
        upgraded.add(client);
        upgrades++;
      }
    });
    client.pipe(upstream);
    upstream.pipe(client);
    client.on("error", end).on("close", end);
    upstream.on("error", end).on("close", end);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("the relay has no port");
  return {
    url: `http://127.0.0.1:${address.port}`,
    cut() {
      const count = upgraded.size;
      for (const socket of upgraded) socket.destroy();
      upgraded.clear();
      return count;
    },
    get upgrades() {
      return upgrades;
    },
    async close() {
      for (const socket of all) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
