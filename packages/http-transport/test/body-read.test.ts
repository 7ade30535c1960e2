import { afterEach, describe, expect, it } from "vitest";
import { jsonHeaders, type LocalServer, startLocalServer, trickle } from "./support/local-server.js";
import { TestConnectionError, TestTimeoutError, testPipeline } from "./support/test-pipeline.js";

// Reading the body, against a real HTTP server on localhost: `timeoutMs` bounds the wait for the
// headers and each wait for the body's next bytes, never the body's total time.
let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const numbers = Array.from({ length: 11 }, (_, index) => index);

describe("reading the body", () => {
  it("reads a body that trickles in for longer than the timeout, each chunk well within it", async () => {
    // 13 chunks 50 ms apart: 600 ms in all, against a 300 ms timeout.
    server = await startLocalServer((response) => {
      response.writeHead(200, jsonHeaders);
      trickle(response, ["[", ...numbers.map((n) => `${n},`), "null]"], 50);
    });
    const send = testPipeline({ baseUrl: server.url, timeoutMs: 300 });
    const response = await send(new Request(`${server.url}/data/numbers`));
    expect(await response.json()).toEqual([...numbers, null]);
    expect(server.requests).toBe(1);
  });

  it("ends a body that stalls midway with the client's timeout error, after trying again", async () => {
    server = await startLocalServer((response) => {
      response.writeHead(200, jsonHeaders);
      response.write('{"rows": [1, 2,'); // and nothing more, the connection left open
    });
    const send = testPipeline({ baseUrl: server.url, timeoutMs: 100, retry: { maxAttempts: 3 } });
    const failure = await send(new Request(`${server.url}/data/rows`))
      .then((response) => response.json())
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TestTimeoutError);
    expect(failure).toMatchObject({ method: "GET", path: "/data/rows", timeoutMs: 100 });
    expect(server.requests).toBe(3);
  });

  it("tries a GET again when the connection drops midway through the body, and gets the whole body the second time", async () => {
    const body = JSON.stringify({ rows: numbers });
    server = await startLocalServer((response, index) => {
      response.writeHead(200, { ...jsonHeaders, "content-length": String(body.length) });
      if (index > 0) return void response.end(body);
      response.write(body.slice(0, 10));
      setTimeout(() => response.socket?.destroy(), 20);
    });
    const send = testPipeline({ baseUrl: server.url, timeoutMs: 1000 });
    const response = await send(new Request(`${server.url}/data/rows`));
    expect(await response.json()).toEqual({ rows: numbers });
    expect(server.requests).toBe(2);
  });

  it("does not replay a POST whose answer was cut off (the server had it), and types the failure", async () => {
    server = await startLocalServer((response) => {
      response.writeHead(201, { ...jsonHeaders, "content-length": "100" });
      response.write('{"id":');
      setTimeout(() => response.socket?.destroy(), 20);
    });
    const send = testPipeline({ baseUrl: server.url, timeoutMs: 1000 });
    const failure = await send(new Request(`${server.url}/data/tasks`, { method: "POST", body: "{}" }))
      .then((response) => response.json())
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TestConnectionError);
    expect(failure).toMatchObject({ method: "POST", path: "/data/tasks" });
    expect(server.requests).toBe(1);
  });

  it("gives the caller's own abort during the body read back unchanged, without trying again", async () => {
    server = await startLocalServer((response) => {
      response.writeHead(200, jsonHeaders);
      response.write("[1,");
    });
    const controller = new AbortController();
    const send = testPipeline({ baseUrl: server.url, timeoutMs: 5000 });
    setTimeout(() => controller.abort(new Error("caller gave up")), 100);
    const reading = send(new Request(`${server.url}/data/rows`, { signal: controller.signal })).then((response) =>
      response.json(),
    );
    await expect(reading).rejects.toThrow("caller gave up");
    expect(server.requests).toBe(1);
  });
});
