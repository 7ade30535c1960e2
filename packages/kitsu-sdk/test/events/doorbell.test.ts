import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Server } from "socket.io";
import { afterEach, describe, expect, it } from "vitest";
import type { TokenSource } from "../../src/client/auth.js";
import { openDoorbell } from "../../src/events/doorbell.js";
import { silentLogger } from "../../src/logger.js";

/**
 * A real Socket.IO server on localhost standing in for a Zou that refuses expired tokens at connect
 * (Zou 1.0.97 means to, but accepts every connection: see the harness test).
 */
async function startRefusingServer(validToken: string) {
  const http = createServer();
  const io = new Server(http);
  const seen: string[] = [];
  io.of("/events").use((socket, next) => {
    const header = socket.handshake.headers.authorization ?? "";
    seen.push(header);
    next(header === `Bearer ${validToken}` ? undefined : new Error("Signature has expired"));
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    emit: (name: string, data: unknown) => io.of("/events").emit(name, data),
    close: () => new Promise<void>((resolve) => io.close(() => resolve())),
  };
}

describe("doorbell", () => {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  it("renews a token the server refuses at connect, reconnects with it, and rings on events", async () => {
    const server = await startRefusingServer("fresh");
    cleanups.push(server.close);
    let renewals = 0;
    const tokens: TokenSource = {
      current: async () => (renewals > 0 ? "fresh" : "expired"),
      renew: async () => {
        renewals++;
        return "fresh";
      },
    };
    const rings: string[] = [];
    const connected = new Promise<void>((resolve) => {
      const bell = openDoorbell({
        eventsUrl: server.url,
        tokens,
        logger: silentLogger,
        reconnect: { minMs: 20, maxMs: 50 },
        onRing: (name) => rings.push(name),
        onConnectionChange: (up) => up && resolve(),
      });
      cleanups.push(() => bell.close());
    });
    await connected;
    expect(server.seen).toEqual(["Bearer expired", "Bearer fresh"]);
    expect(renewals).toBe(1);
    server.emit("task:new", { task_id: "t" });
    for (let i = 0; i < 50 && rings.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(rings).toEqual(["task:new"]);
  });
});
