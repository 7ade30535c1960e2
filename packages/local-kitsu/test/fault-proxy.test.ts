import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type FaultProxy, startFaultProxy } from "../src/fault-proxy.js";

interface Seen {
  method: string;
  url: string;
  host: string | undefined;
  header: string | undefined;
  body: string;
}

/** A tiny server that answers every request with what it received, and echoes the bytes of an upgraded connection. */
let upstream: Server;
let upstreamUrl: string;
const seen: Seen[] = [];
const upstreamSockets = new Set<Socket>();

beforeAll(async () => {
  upstream = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const entry = {
      method: request.method ?? "",
      url: request.url ?? "",
      host: request.headers.host,
      header: request.headers["x-test"] as string | undefined,
      body: Buffer.concat(chunks).toString("utf8"),
    };
    seen.push(entry);
    response.writeHead(request.url?.startsWith("/created") ? 201 : 200, { "content-type": "application/json" });
    response.end(JSON.stringify(entry));
  });
  upstream.on("connection", (socket: Socket) => {
    upstreamSockets.add(socket);
    socket.once("close", () => upstreamSockets.delete(socket));
  });
  upstream.on("upgrade", (_request, socket: Socket) => {
    socket.write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n");
    socket.on("data", (data: Buffer) => socket.write(`echo:${data.toString("utf8")}`));
    socket.on("error", () => socket.destroy());
  });
  await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const socket of upstreamSockets) socket.destroy();
  await new Promise((resolve) => upstream.close(resolve));
});

let proxy: FaultProxy;
afterEach(async () => {
  await proxy?.close();
  seen.length = 0;
});

/** What a client saw: the status, or `dropped` when the connection was destroyed under it. */
async function outcome(url: string, init: RequestInit = {}): Promise<number | "dropped"> {
  try {
    const response = await fetch(url, init);
    await response.arrayBuffer();
    return response.status;
  } catch (error) {
    if (error instanceof TypeError) return "dropped";
    throw error;
  }
}

/** Opens an upgraded connection through the proxy; resolves with its socket. */
function openUpgrade(url: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${url}/ws`, { headers: { connection: "Upgrade", upgrade: "echo" } });
    request.once("upgrade", (_response, socket: Socket) => resolve(socket));
    request.once("response", (response) => reject(new Error(`no upgrade: HTTP ${response.statusCode}`)));
    request.once("error", reject);
    request.end();
  });
}

const nextData = (socket: Socket) =>
  new Promise<string>((resolve) => socket.once("data", (data: Buffer) => resolve(data.toString("utf8"))));

describe("startFaultProxy", () => {
  it("forwards method, path, query, headers and body, and hands the server's status and body back", async () => {
    proxy = await startFaultProxy({ target: upstreamUrl });
    const response = await fetch(`${proxy.url}/created?x=1`, {
      method: "POST",
      headers: { "x-test": "kept", "content-type": "text/plain" },
      body: "hello",
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({
      method: "POST",
      url: "/created?x=1",
      host: new URL(upstreamUrl).host,
      header: "kept",
      body: "hello",
    });
    expect(proxy.counters()).toMatchObject({ requests: 1, forwarded: 1, status503: 0, drops: 0 });
  });

  it("passes a WebSocket-style upgrade through and relays bytes both ways", async () => {
    proxy = await startFaultProxy({ target: upstreamUrl });
    const socket = await openUpgrade(proxy.url);
    const answer = nextData(socket);
    socket.write("ping");
    expect(await answer).toBe("echo:ping");
    socket.destroy();
    expect(proxy.counters().upgrades).toBe(1);
  });

  it("when down, cuts open connections and closes every new one until up", async () => {
    proxy = await startFaultProxy({ target: upstreamUrl });
    const socket = await openUpgrade(proxy.url);
    const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
    proxy.down();
    await closed;
    expect(proxy.isDown).toBe(true);
    expect(await outcome(`${proxy.url}/while-down`)).toBe("dropped");
    expect(seen.map((entry) => entry.url)).not.toContain("/while-down");
    expect(proxy.counters().refused).toBeGreaterThanOrEqual(1);

    proxy.up();
    expect(await outcome(`${proxy.url}/after`)).toBe(200);
    expect(seen.map((entry) => entry.url)).toContain("/after");
  });

  it("answers 503 itself, without the server seeing the request", async () => {
    proxy = await startFaultProxy({ target: upstreamUrl });
    proxy.faults({ status503Ratio: 1 });
    const outcomes = [];
    for (let i = 0; i < 5; i++) outcomes.push(await outcome(`${proxy.url}/busy`, { method: "POST", body: "x" }));
    expect(outcomes).toEqual([503, 503, 503, 503, 503]);
    expect(seen).toEqual([]);
    expect(proxy.counters()).toMatchObject({ requests: 5, forwarded: 0, status503: 5 });
  });

  it("drops connections both before forwarding and after the server answered; the server sees only the latter", async () => {
    proxy = await startFaultProxy({ target: upstreamUrl });
    proxy.faults({ dropRatio: 1, seed: 7 });
    const outcomes = [];
    for (let i = 0; i < 20; i++) outcomes.push(await outcome(`${proxy.url}/write-${i}`, { method: "POST", body: "x" }));
    expect(new Set(outcomes)).toEqual(new Set(["dropped"]));
    const counters = proxy.counters();
    expect(counters.drops).toBe(20);
    expect(counters.dropsBeforeForward + counters.dropsAfterResponse).toBe(20);
    expect(counters.dropsBeforeForward).toBeGreaterThan(0);
    expect(counters.dropsAfterResponse).toBeGreaterThan(0);
    expect(seen).toHaveLength(counters.dropsAfterResponse);
    const faulted = proxy.faulted();
    expect(faulted).toHaveLength(20);
    expect(faulted.filter((entry) => entry.fault === "drop-after-response").map((entry) => entry.path)).toEqual(
      seen.map((entry) => entry.url),
    );
  });

  it("picks the same fates again for the same seed, and others for another seed", async () => {
    proxy = await startFaultProxy({ target: upstreamUrl });
    const run = async (seed: number) => {
      proxy.faults({ status503Ratio: 0.3, dropRatio: 0.3, seed });
      const outcomes = [];
      for (let i = 0; i < 40; i++) outcomes.push(await outcome(`${proxy.url}/item-${i}`));
      return outcomes;
    };
    const first = await run(42);
    const again = await run(42);
    const other = await run(43);
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
    expect(first).toContain(200);
    expect(first).toContain(503);
    expect(first).toContain("dropped");
  });

  it("applies faults only to the requests that match selects", async () => {
    proxy = await startFaultProxy({ target: upstreamUrl });
    proxy.faults({ status503Ratio: 1, match: (method, path) => method === "POST" && path.startsWith("/api/") });
    expect(await outcome(`${proxy.url}/api/write`, { method: "POST", body: "x" })).toBe(503);
    expect(await outcome(`${proxy.url}/api/read`)).toBe(200);
    expect(await outcome(`${proxy.url}/other`, { method: "POST", body: "x" })).toBe(200);
    proxy.faults({});
    expect(await outcome(`${proxy.url}/api/write`, { method: "POST", body: "x" })).toBe(200);
    expect(proxy.counters()).toMatchObject({ requests: 4, status503: 1, forwarded: 3 });
    expect(proxy.faulted()).toEqual([{ method: "POST", path: "/api/write", fault: "503" }]);
    proxy.resetCounters();
    expect(proxy.faulted()).toEqual([]);
    expect(proxy.counters().requests).toBe(0);
  });

  it("holds matching requests back for delayMs before forwarding them", async () => {
    proxy = await startFaultProxy({ target: upstreamUrl });
    proxy.faults({ delayMs: 300, match: (_method, path) => path === "/slow" });
    const started = Date.now();
    const slow = outcome(`${proxy.url}/slow`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen).toEqual([]);
    expect(await outcome(`${proxy.url}/fast`)).toBe(200);
    expect(await slow).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(295);
    expect(seen.map((entry) => entry.url)).toEqual(["/fast", "/slow"]);
  });
});
