import { describe, expect, it } from "vitest";
import { createTransport } from "../../src/client/transport.js";
import {
  AyonConflictError,
  AyonConnectionError,
  AyonInvalidCredentialsError,
  AyonLockedError,
  AyonNotFoundError,
  AyonServerError,
  AyonServiceUnavailableError,
  AyonTimeoutError,
  AyonUnauthorizedError,
  AyonValidationError,
  AyonWrongUrlError,
} from "../../src/errors.js";
import { cutJson, json, networkError, noContent, scriptedFetch, stalledJson } from "./fake-fetch.js";

const SERVER = "http://ayon.test";
const KEY = "k3yk3yk3yk3yk3yk3yk3yk3yk3yk3yk3";
const fastRetry = { baseDelayMs: 1, maxDelayMs: 4 };
const base = { serverUrl: SERVER, sender: "kitsu-sync-01", senderType: "kitsu" };
const get = (path: string) => new Request(`${SERVER}${path}`);
const post = (path: string, body: unknown = {}) =>
  new Request(`${SERVER}${path}`, { method: "POST", body: JSON.stringify(body) });

describe("transport: identity", () => {
  it("sends the API key, X-Sender and X-Sender-Type on every request", async () => {
    const { fetch, calls } = scriptedFetch(() => json(200, {}));
    const transport = createTransport({ ...base, apiKey: KEY, fetch });
    await transport.send(get("/api/info"));
    await transport.send(post("/api/projects/p/operations"));
    for (const call of calls) {
      expect(call.headers.get("x-api-key")).toBe(KEY);
      expect(call.headers.get("x-sender")).toBe("kitsu-sync-01");
      expect(call.headers.get("x-sender-type")).toBe("kitsu");
    }
  });

  it("refuses a sender AYON would silently ignore, and a missing or double credential", () => {
    expect(() => createTransport({ ...base, sender: "kitsu sync", apiKey: KEY })).toThrow(
      /sender "kitsu sync" is not a valid AYON name/,
    );
    expect(() => createTransport({ ...base, senderType: "-kitsu", apiKey: KEY })).toThrow(/senderType/);
    expect(() => createTransport({ ...base } as never)).toThrow(
      /exactly one of apiKey, credentials or token \(got none\)/,
    );
    expect(() => createTransport({ ...base, apiKey: KEY, token: "t" } as never)).toThrow(/got apiKey, token/);
    expect(() => createTransport({ ...base, serverUrl: "ayon.example.com", apiKey: KEY })).toThrow(/not a URL/);
  });

  it("logs in once for concurrent requests, then sends the bearer token", async () => {
    const { fetch, calls } = scriptedFetch((call) =>
      call.path === "/api/auth/login" ? json(200, { detail: "Logged in", token: "a".repeat(64) }) : json(200, {}),
    );
    const transport = createTransport({ ...base, credentials: { username: "alice", password: "s3cret-pass" }, fetch });
    await Promise.all(Array.from({ length: 8 }, () => transport.send(get("/api/users/me"))));
    expect(calls.filter((call) => call.path === "/api/auth/login")).toHaveLength(1);
    const me = calls.filter((call) => call.path === "/api/users/me");
    expect(me.map((call) => call.headers.get("authorization"))).toEqual(Array(8).fill(`Bearer ${"a".repeat(64)}`));
    expect(JSON.parse(calls[0]?.body ?? "{}")).toEqual({ name: "alice", password: "s3cret-pass" });
  });

  it("logs in again once when AYON refuses the session, and replays each refused request once", async () => {
    let logins = 0;
    const { fetch, calls } = scriptedFetch((call) => {
      if (call.path === "/api/auth/login") return json(200, { token: `token-${++logins}` });
      return call.headers.get("authorization") === "Bearer token-1"
        ? json(401, { code: 401, detail: "Invalid session" })
        : json(200, {});
    });
    const transport = createTransport({ ...base, credentials: { username: "alice", password: "pw-12345678" }, fetch });
    await transport.send(get("/api/users/me"));
    expect(logins).toBe(2);
    await Promise.all(Array.from({ length: 5 }, () => transport.send(get("/api/info"))));
    expect(logins).toBe(2);
    expect(
      calls
        .filter((call) => call.path === "/api/info")
        .every((call) => call.headers.get("authorization") === "Bearer token-2"),
    ).toBe(true);
  });

  it("reports a refused login as AyonInvalidCredentialsError, without the password", async () => {
    const { fetch } = scriptedFetch(() => json(403, { code: 403, detail: "Invalid login/password combination" }));
    const transport = createTransport({
      ...base,
      credentials: { username: "alice", password: "wrong-password-1" },
      fetch,
    });
    const failure = await transport.send(get("/api/users/me")).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AyonInvalidCredentialsError);
    expect(String((failure as Error).message)).toContain("Invalid login/password combination");
    expect(JSON.stringify(failure)).not.toContain("wrong-password-1");
    expect(String((failure as Error).message)).not.toContain("wrong-password-1");
  });

  it("does not retry a refused API key, and never shows the key", async () => {
    const { fetch, calls } = scriptedFetch(() => json(401, { code: 401, detail: "Invalid API key" }));
    const transport = createTransport({ ...base, apiKey: KEY, fetch, retry: fastRetry });
    const failure = await transport.send(get("/api/users/me")).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AyonUnauthorizedError);
    expect((failure as Error).message).toBe("GET /api/users/me: HTTP 401: Invalid API key (the api key was refused)");
    expect(calls).toHaveLength(1);
    expect(JSON.stringify(failure)).not.toContain(KEY);
  });
});

describe("transport: errors", () => {
  it.each([
    [400, AyonValidationError],
    [403, Error],
    [404, AyonNotFoundError],
    [409, AyonConflictError],
    [500, AyonServerError],
  ])("maps HTTP %i with AYON's envelope to its typed error", async (status, type) => {
    const { fetch } = scriptedFetch(() =>
      json(status, {
        code: status,
        detail: "Folder with parent_id, lower(name) already exists.",
        errorCode: "unique-violation",
      }),
    );
    const transport = createTransport({ ...base, apiKey: KEY, fetch, retry: false });
    const failure = transport.send(post("/api/projects/demo/folders"));
    await expect(failure).rejects.toBeInstanceOf(type);
    await expect(failure).rejects.toMatchObject({
      status,
      method: "POST",
      path: "/api/projects/demo/folders",
      detail: "Folder with parent_id, lower(name) already exists.",
      errorCode: "unique-violation",
    });
  });

  it("classifies a database conflict answered as HTTP 500 by AYON's own code", async () => {
    const { fetch } = scriptedFetch(() =>
      json(500, {
        code: 409,
        error: "foreign-key-violation",
        detail: "Key (name)=(Retake) is still referenced",
        path: "/api/projects/demo",
      }),
    );
    const transport = createTransport({ ...base, apiKey: KEY, fetch, retry: false });
    const failure = transport.send(new Request(`${SERVER}/api/projects/demo`, { method: "PATCH", body: "{}" }));
    await expect(failure).rejects.toBeInstanceOf(AyonConflictError);
    await expect(failure).rejects.toMatchObject({ status: 500, errorCode: "foreign-key-violation" });
  });

  it("exposes pydantic's error list of a 400 validation error", async () => {
    const errors = [{ loc: ["body", "name"], msg: "string does not match regex", type: "value_error.str.regex" }];
    const { fetch } = scriptedFetch(() =>
      json(400, { code: 400, detail: "Request validation error in [POST] /api/projects/demo/folders", errors }),
    );
    const transport = createTransport({ ...base, apiKey: KEY, fetch });
    const failure = (await transport
      .send(post("/api/projects/demo/folders"))
      .catch((error: unknown) => error)) as AyonValidationError;
    expect(failure).toBeInstanceOf(AyonValidationError);
    expect(failure.errors).toEqual(errors);
  });

  it("recognises a URL that leads to a web page, and a server URL that ends in /api", async () => {
    const html = scriptedFetch(
      () => new Response("<html></html>", { status: 200, headers: { "content-type": "text/html" } }),
    );
    const transport = createTransport({ ...base, apiKey: KEY, fetch: html.fetch });
    await expect(transport.send(get("/api/info"))).rejects.toBeInstanceOf(AyonWrongUrlError);
    const extraApi = scriptedFetch(() => json(404, { code: 404, detail: "API endpoint /api/api/info not found" }));
    const wrong = createTransport({ ...base, serverUrl: `${SERVER}/api`, apiKey: KEY, fetch: extraApi.fetch });
    await expect(wrong.send(get("/api/api/info"))).rejects.toThrow(
      /serverUrl is the server root: use http:\/\/ayon.test/,
    );
  });
});

describe("transport: retries", () => {
  it("types a network error also with retries off: one attempt, then AyonConnectionError", async () => {
    const { fetch, calls } = scriptedFetch(() => {
      throw networkError("ECONNRESET");
    });
    const transport = createTransport({ ...base, apiKey: KEY, fetch, retry: false });
    await expect(transport.send(get("/api/info"))).rejects.toBeInstanceOf(AyonConnectionError);
    expect(calls).toHaveLength(1);
  });

  it("retries 503 and 409 'locked' for any method, then succeeds", async () => {
    const answers = [
      json(503, { code: 503, detail: "Service unavailable" }),
      json(409, { code: 409, detail: "Entity is locked by another operation" }),
      json(200, { success: true }),
    ];
    const { fetch, calls } = scriptedFetch((_, index) => answers[index] ?? json(500, {}));
    const transport = createTransport({ ...base, apiKey: KEY, fetch, retry: fastRetry });
    const response = await transport.send(post("/api/projects/demo/operations", { operations: [] }));
    expect(await response.json()).toEqual({ success: true });
    expect(calls.map((call) => call.body)).toEqual(Array(3).fill(JSON.stringify({ operations: [] })));
  });

  it("gives up on a lock after maxAttempts with AyonLockedError", async () => {
    const { fetch, calls } = scriptedFetch(() =>
      json(409, { code: 409, detail: "Entity is locked by another operation" }),
    );
    const transport = createTransport({ ...base, apiKey: KEY, fetch, retry: { ...fastRetry, maxAttempts: 3 } });
    await expect(transport.send(post("/api/projects/demo/operations"))).rejects.toBeInstanceOf(AyonLockedError);
    expect(calls).toHaveLength(3);
  });

  it("does not retry other conflicts, nor a POST after a 502 or a reset connection", async () => {
    const conflict = scriptedFetch(() => json(409, { code: 409, detail: "Event with the same hash already exists" }));
    await expect(
      createTransport({ ...base, apiKey: KEY, fetch: conflict.fetch, retry: fastRetry }).send(post("/api/events")),
    ).rejects.toBeInstanceOf(AyonConflictError);
    expect(conflict.calls).toHaveLength(1);
    const gateway = scriptedFetch(() => json(502, { code: 502, detail: "Bad gateway" }));
    await expect(
      createTransport({ ...base, apiKey: KEY, fetch: gateway.fetch, retry: fastRetry }).send(post("/api/events")),
    ).rejects.toBeInstanceOf(AyonServerError);
    expect(gateway.calls).toHaveLength(1);
    const reset = scriptedFetch(() => {
      throw networkError("ECONNRESET");
    });
    await expect(
      createTransport({ ...base, apiKey: KEY, fetch: reset.fetch, retry: fastRetry }).send(post("/api/events")),
    ).rejects.toBeInstanceOf(AyonConnectionError);
    expect(reset.calls).toHaveLength(1);
  });

  it("retries a GET after a 502 and a POST whose connection was refused", async () => {
    const gateway = scriptedFetch((_, index) => (index < 2 ? json(502, {}) : json(200, { ok: 1 })));
    await createTransport({ ...base, apiKey: KEY, fetch: gateway.fetch, retry: fastRetry }).send(get("/api/info"));
    expect(gateway.calls).toHaveLength(3);
    const refused = scriptedFetch((_, index) => {
      if (index < 2) throw networkError("ECONNREFUSED");
      return noContent();
    });
    await createTransport({ ...base, apiKey: KEY, fetch: refused.fetch, retry: fastRetry }).send(post("/api/events"));
    expect(refused.calls).toHaveLength(3);
  });

  it("retries POST /graphql like the read it is, after a 502, a 504 and a reset connection", async () => {
    const flaky = scriptedFetch((_, index) => {
      if (index === 0) return json(502, {});
      if (index === 1) return json(504, {});
      if (index === 2) throw networkError("ECONNRESET");
      return json(200, { data: { projects: { edges: [] } } });
    });
    const transport = createTransport({ ...base, apiKey: KEY, fetch: flaky.fetch, retry: fastRetry });
    const response = await transport.send(post("/graphql", { query: "{ projects { edges { node { name } } } }" }));
    expect(await response.json()).toEqual({ data: { projects: { edges: [] } } });
    expect(flaky.calls.map((call) => call.path)).toEqual(["/graphql", "/graphql", "/graphql", "/graphql"]);
  });

  it("ends with AyonServiceUnavailableError when AYON stays busy", async () => {
    const { fetch, calls } = scriptedFetch(() => json(503, { code: 503, detail: "Enroll request is already running" }));
    const transport = createTransport({ ...base, apiKey: KEY, fetch, retry: { ...fastRetry, maxAttempts: 2 } });
    await expect(transport.send(post("/api/enroll"))).rejects.toBeInstanceOf(AyonServiceUnavailableError);
    expect(calls).toHaveLength(2);
  });

  it("times out each attempt and reports a timeout when none answers", async () => {
    // Requests in flight are held here: a fetch holds its request while it waits, and an abort
    // signal nobody references may be collected before it fires.
    const inFlight: Request[] = [];
    const hang = (request: Request) => {
      inFlight.push(request);
      return new Promise<Response>((_, reject) =>
        request.signal.addEventListener("abort", () => reject(request.signal.reason)),
      );
    };
    const transport = createTransport({
      ...base,
      apiKey: KEY,
      fetch: hang,
      timeoutMs: 20,
      retry: { ...fastRetry, maxAttempts: 2 },
    });
    await expect(transport.send(get("/api/info"))).rejects.toBeInstanceOf(AyonTimeoutError);
    expect(inFlight).toHaveLength(2);
  });

  it("ends a body that stalls midway with AyonTimeoutError, after the retries", async () => {
    const { fetch, calls } = scriptedFetch(() => stalledJson('{"data": {"folders": {"edges": ['));
    const transport = createTransport({
      ...base,
      apiKey: KEY,
      fetch,
      timeoutMs: 50,
      retry: { ...fastRetry, maxAttempts: 2 },
    });
    const failure = transport.send(post("/graphql", { query: "{ folders }" })).then((response) => response.json());
    await expect(failure).rejects.toBeInstanceOf(AyonTimeoutError);
    await expect(failure).rejects.toMatchObject({ method: "POST", path: "/graphql", timeoutMs: 50 });
    expect(calls).toHaveLength(2);
  });

  it("retries a GET whose body broke off midway like a dropped connection, and not an operations POST", async () => {
    const flaky = scriptedFetch((_, index) => (index === 0 ? cutJson('{"version": "1.') : json(200, { ok: 1 })));
    const response = await createTransport({ ...base, apiKey: KEY, fetch: flaky.fetch, retry: fastRetry }).send(
      get("/api/info"),
    );
    expect(await response.json()).toEqual({ ok: 1 });
    expect(flaky.calls).toHaveLength(2);

    const cut = scriptedFetch(() => cutJson('{"success": tr'));
    await expect(
      createTransport({ ...base, apiKey: KEY, fetch: cut.fetch, retry: fastRetry }).send(
        post("/api/projects/demo/operations"),
      ),
    ).rejects.toBeInstanceOf(AyonConnectionError);
    expect(cut.calls).toHaveLength(1);
  });

  it("stops at once when the caller aborts, without retrying", async () => {
    const controller = new AbortController();
    const { fetch, calls } = scriptedFetch(() => {
      controller.abort(new Error("caller gave up"));
      return json(503, {});
    });
    const transport = createTransport({
      ...base,
      apiKey: KEY,
      fetch,
      retry: { baseDelayMs: 10_000, maxDelayMs: 10_000 },
    });
    await expect(transport.send(new Request(`${SERVER}/api/info`, { signal: controller.signal }))).rejects.toThrow(
      "caller gave up",
    );
    expect(calls).toHaveLength(1);
  });
});
