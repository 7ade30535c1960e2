import { afterEach, describe, expect, it } from "vitest";
import { withTimeout } from "../src/index.js";
import { jsonHeaders, type LocalServer, startLocalServer } from "./support/local-server.js";
import { TestTimeoutError } from "./support/test-pipeline.js";

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const timeout = (timeoutMs: number, baseUrl: string) =>
  withTimeout({ timeoutMs, baseUrl, timeoutError: (request, ms) => new TestTimeoutError(request, ms) });

/** A fetch that never answers, until its request's signal aborts. */
const hang = (inFlight: Request[]) => (request: Request) => {
  // Held here: a fetch holds its request while it waits.
  inFlight.push(request);
  return new Promise<Response>((_, reject) =>
    request.signal.addEventListener("abort", () => reject(request.signal.reason)),
  );
};

describe("withTimeout", () => {
  it("turns headers that do not come in time into the client's timeout error", async () => {
    const send = timeout(20, "http://server.test/api")(hang([]));
    const failure = send(new Request("http://server.test/api/data/projects?page=2"));
    await expect(failure).rejects.toBeInstanceOf(TestTimeoutError);
    await expect(failure).rejects.toMatchObject({ method: "GET", path: "/data/projects", timeoutMs: 20 });
  });

  it("times out also when the fetch implementation ignores its signal", async () => {
    const deaf = () => new Promise<Response>(() => {});
    const send = timeout(20, "http://server.test")(deaf);
    await expect(send(new Request("http://server.test/info"))).rejects.toBeInstanceOf(TestTimeoutError);
  });

  it("gives the caller's own abort back unchanged", async () => {
    const controller = new AbortController();
    const send = timeout(10_000, "http://server.test")(hang([]));
    const failure = send(new Request("http://server.test/", { signal: controller.signal }));
    controller.abort(new Error("caller gave up"));
    await expect(failure).rejects.toThrow("caller gave up");
  });

  it("keeps the body a stream, and never cuts off a reader that takes its time", async () => {
    server = await startLocalServer((response) => {
      response.writeHead(200, jsonHeaders);
      response.end(JSON.stringify({ ok: true }));
    });
    const send = timeout(250, server.url)((request) => fetch(request));
    const response = await send(new Request(`${server.url}/info`));
    expect(response.body).toBeInstanceOf(ReadableStream);
    await new Promise((resolve) => setTimeout(resolve, 750)); // three timeouts: only the server's silence counts
    expect(await response.json()).toEqual({ ok: true });
  });

  it("fails a streamed body that stalls with the client's timeout error, and keeps status, headers and URL", async () => {
    server = await startLocalServer((response) => {
      response.writeHead(200, { ...jsonHeaders, "x-total": "2" });
      response.write("[1,");
    });
    const send = timeout(250, server.url)((request) => fetch(request));
    const response = await send(new Request(`${server.url}/rows`));
    expect(response).toMatchObject({ status: 200, url: `${server.url}/rows` });
    expect(response.headers.get("x-total")).toBe("2");
    await expect(response.text()).rejects.toBeInstanceOf(TestTimeoutError);
  });
});
