import { createServer, type Socket, connect as tcpConnect } from "node:net";

/**
 * A TCP proxy on 127.0.0.1 in front of a real server, whose connections a test can cut at will, or
 * refuse for a while: a real network failure between client and server, without touching either.
 */
export async function startTcpProxy(target: string) {
  const { hostname, port } = new URL(target);
  const open = new Set<Socket>();
  let cuts = 0;
  let down = false;
  const server = createServer((client) => {
    if (down) {
      client.destroy();
      return;
    }
    const upstream = tcpConnect(Number(port), hostname);
    for (const [a, b] of [
      [client, upstream],
      [upstream, client],
    ] as const) {
      open.add(a);
      a.on("error", () => b.destroy());
      a.on("close", () => {
        open.delete(a);
        b.destroy();
      });
      a.pipe(b);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no proxy address");
  return {
    url: `http://127.0.0.1:${address.port}`,
    /** Destroys every open connection, as a network failure would. */
    cutAll() {
      if (open.size > 0) cuts++;
      for (const socket of open) socket.destroy();
    },
    /** An outage: open connections are cut and new ones dropped at once, until `up()`. */
    down() {
      down = true;
      for (const socket of open) socket.destroy();
    },
    up() {
      down = false;
    },
    get cuts() {
      return cuts;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
