import { describe, expect, it } from "vitest";
import { TestConnectionError, TestTimeoutError, testPipeline, warnings } from "./support/test-pipeline.js";

const BASE = "http://server.test/api";
const json = (status: number, headers: Record<string, string> = {}) =>
  new Response("{}", { status, headers: { "content-type": "application/json", ...headers } });
const networkError = (code: string) =>
  Object.assign(new TypeError("fetch failed"), { cause: Object.assign(new Error(code), { code }) });

/** A fetch answering call `index` with `answers[index]` (a status, or an error code to throw). */
function scripted(answers: Array<number | string>) {
  const calls: string[] = [];
  const fetch = async (request: Request) => {
    calls.push(`${request.method} ${await request.text()}`);
    const answer = answers[calls.length - 1] ?? 200;
    if (typeof answer === "string") throw networkError(answer);
    return json(answer);
  };
  return { fetch, calls };
}

const post = () => new Request(`${BASE}/data/tasks`, { method: "POST", body: '{"a":1}' });
const get = () => new Request(`${BASE}/data/tasks`);

describe("withRetry", () => {
  it.each([
    { given: "a 502 on a GET", request: get, answers: [502], want: { status: 200, calls: 2 } },
    { given: "a 502 on a POST", request: post, answers: [502], want: { status: 502, calls: 1 } },
    { given: "a 503 on a POST", request: post, answers: [503, 503], want: { status: 200, calls: 3 } },
    { given: "a 404 on a GET", request: get, answers: [404], want: { status: 404, calls: 1 } },
    { given: "a refused POST", request: post, answers: ["ECONNREFUSED"], want: { status: 200, calls: 2 } },
    { given: "a reset GET", request: get, answers: ["ECONNRESET"], want: { status: 200, calls: 2 } },
  ])("replays only what is safe to replay: $given", async ({ request, answers, want }) => {
    const { fetch, calls } = scripted(answers);
    const response = await testPipeline({ baseUrl: BASE, timeoutMs: 1000, fetch })(request());
    expect({ status: response.status, calls: calls.length }).toEqual(want);
    // Every attempt sent the same request, its body included.
    expect(new Set(calls).size).toBe(1);
  });

  it("types a connection error it will not replay, and logs each retry with method, path and reason", async () => {
    warnings.length = 0;
    const { fetch, calls } = scripted(["ECONNRESET"]);
    const failure = testPipeline({ baseUrl: BASE, timeoutMs: 1000, fetch })(post());
    await expect(failure).rejects.toBeInstanceOf(TestConnectionError);
    await expect(failure).rejects.toMatchObject({ method: "POST", path: "/data/tasks" });
    expect(calls).toHaveLength(1);

    await testPipeline({ baseUrl: BASE, timeoutMs: 1000, fetch: scripted([503]).fetch })(get());
    expect(warnings).toEqual([
      {
        message: "test request failed, retrying",
        fields: expect.objectContaining({ method: "GET", path: "/data/tasks", reason: "HTTP 503", attempt: 1 }),
      },
    ]);
  });

  it("with retries off, makes one attempt and still types its failures", async () => {
    const reset = scripted(["ECONNRESET"]);
    await expect(
      testPipeline({ baseUrl: BASE, timeoutMs: 1000, retry: false, fetch: reset.fetch })(get()),
    ).rejects.toBeInstanceOf(TestConnectionError);
    expect(reset.calls).toHaveLength(1);

    const inFlight: Request[] = [];
    const hang = (request: Request) => {
      inFlight.push(request);
      return new Promise<Response>((_, reject) =>
        request.signal.addEventListener("abort", () => reject(request.signal.reason)),
      );
    };
    await expect(
      testPipeline({ baseUrl: BASE, timeoutMs: 20, retry: false, fetch: hang })(get()),
    ).rejects.toBeInstanceOf(TestTimeoutError);
    expect(inFlight).toHaveLength(1);
  });

  it("gives up at once, with the answer, when Retry-After asks for longer than maxRetryAfterMs", async () => {
    let calls = 0;
    const fetch = async () => {
      calls++;
      return json(503, { "retry-after": "120" });
    };
    const response = await testPipeline({ baseUrl: BASE, timeoutMs: 1000, fetch })(get());
    expect(response.status).toBe(503);
    expect(calls).toBe(1);
  });
});
