import { describe, expect, it } from "vitest";
import { createTransport } from "../../src/client/transport.js";
import {
  KitsuAuthenticationError,
  KitsuBadRequestError,
  KitsuConnectionError,
  KitsuInactiveAccountError,
  KitsuInvalidCredentialsError,
  KitsuNotFoundError,
  KitsuServerError,
  KitsuTimeoutError,
  KitsuTwoFactorRequiredError,
  KitsuWrongUrlError,
} from "../../src/errors.js";
import { cutJson, json, networkError, scriptedFetch, stalledJson } from "./fake-fetch.js";

const API = "http://kitsu.test/api";
const fastRetry = { baseDelayMs: 1, maxDelayMs: 4 };
const get = (path: string) => new Request(`${API}${path}`);
const post = (path: string, body: unknown) =>
  new Request(`${API}${path}`, { method: "POST", body: JSON.stringify(body) });

describe("transport: errors", () => {
  it("maps Zou's error bodies to typed errors with method, path, status and message", async () => {
    const { fetch } = scriptedFetch(() => json(400, { error: true, message: "Task already exists." }));
    const transport = createTransport({ apiUrl: API, auth: { token: "t" }, fetch, retry: false });
    const failure = transport.send(post("/data/tasks", {}));
    await expect(failure).rejects.toBeInstanceOf(KitsuBadRequestError);
    await expect(failure).rejects.toMatchObject({
      status: 400,
      method: "POST",
      path: "/data/tasks",
      serverMessage: "Task already exists.",
      message: "POST /data/tasks: HTTP 400: Task already exists.",
    });
  });

  it("never puts the token in an error", async () => {
    const { fetch } = scriptedFetch((call) =>
      call.path === "/api/" ? json(200, { api: "Zou", version: "1.0.97" }) : json(404, { message: "Shot not found" }),
    );
    const transport = createTransport({ apiUrl: API, auth: { token: "secret-token-value" }, fetch, retry: false });
    const error = await transport.send(get("/data/shots/x")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KitsuNotFoundError);
    expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toContain("secret-token-value");
  });

  it.each([
    {
      apiUrl: "http://kitsu.test",
      answer: () => new Response("<html>Kitsu</html>", { headers: { "content-type": "text/html" } }),
      hint: "http://kitsu.test/api",
    },
    {
      apiUrl: "http://zou.test:5000/api",
      answer: () => new Response("<h1>Not Found</h1>", { status: 404, headers: { "content-type": "text/html" } }),
      hint: "use http://zou.test:5000",
    },
  ])("explains a wrong API URL ($apiUrl)", async ({ apiUrl, answer, hint }) => {
    const { fetch } = scriptedFetch(answer);
    const transport = createTransport({ apiUrl, auth: { token: "t" }, fetch, retry: false });
    const failure = transport.send(new Request(`${apiUrl}/data/projects/open`));
    await expect(failure).rejects.toBeInstanceOf(KitsuWrongUrlError);
    await expect(failure).rejects.toThrow(hint);
  });

  it("asks again whether the URL is Zou's when the last probe got no answer, and remembers a real answer", async () => {
    let zouUp = false;
    const { fetch, calls } = scriptedFetch((call) => {
      if (call.path === "/api/") {
        if (!zouUp) throw networkError("ECONNREFUSED");
        return json(200, { api: "Zou", version: "1.0.97" });
      }
      return json(404, { message: "Shot not found" });
    });
    const transport = createTransport({ apiUrl: API, auth: { token: "t" }, fetch, retry: false });
    await expect(transport.send(get("/data/shots/a"))).rejects.toBeInstanceOf(KitsuNotFoundError);
    zouUp = true;
    await expect(transport.send(get("/data/shots/b"))).rejects.toBeInstanceOf(KitsuNotFoundError);
    await expect(transport.send(get("/data/shots/c"))).rejects.toBeInstanceOf(KitsuNotFoundError);
    expect(calls.filter((call) => call.path === "/api/")).toHaveLength(2);
  });

  it("keeps a 404 a missing object while a proxy answers the probe with a 502", async () => {
    const { fetch } = scriptedFetch((call) => (call.path === "/api/" ? json(502, {}) : json(404, { message: "no" })));
    const transport = createTransport({ apiUrl: API, auth: { token: "t" }, fetch, retry: false });
    await expect(transport.send(get("/data/shots/a"))).rejects.toBeInstanceOf(KitsuNotFoundError);
  });

  it("remembers that a server is not Zou: it probes once for many 404s", async () => {
    const { fetch, calls } = scriptedFetch((call) =>
      call.path === "/api/" ? json(200, { service: "something else" }) : json(404, { message: "no" }),
    );
    const transport = createTransport({ apiUrl: API, auth: { token: "t" }, fetch, retry: false });
    await expect(transport.send(get("/data/shots/a"))).rejects.toBeInstanceOf(KitsuWrongUrlError);
    await expect(transport.send(get("/data/shots/b"))).rejects.toBeInstanceOf(KitsuWrongUrlError);
    expect(calls.filter((call) => call.path === "/api/")).toHaveLength(1);
  });

  it("rejects an API URL that is not http(s) or carries credentials", () => {
    expect(() => createTransport({ apiUrl: "kitsu.test/api", auth: { token: "t" } })).toThrow(/not a URL/);
    expect(() => createTransport({ apiUrl: "http://u:p@kitsu.test/api", auth: { token: "t" } })).toThrow(/credentials/);
  });
});

describe("transport: retries", () => {
  it("types a network error also with retries off: one attempt, then KitsuConnectionError", async () => {
    const { fetch, calls } = scriptedFetch(() => {
      throw networkError("ECONNRESET");
    });
    const transport = createTransport({ apiUrl: API, auth: { token: "t" }, fetch, retry: false });
    await expect(transport.send(get("/data/projects/open"))).rejects.toBeInstanceOf(KitsuConnectionError);
    expect(calls).toHaveLength(1);
  });

  it("retries a GET through network errors and 502/503/504 until it succeeds", async () => {
    const answers = [
      () => Promise.reject(networkError("ECONNRESET")),
      () => json(502, {}),
      () => json(503, {}),
      () => json(504, {}),
      () => json(200, { ok: 1 }),
    ];
    const { fetch, calls } = scriptedFetch((_, i) => (answers[i] ?? (() => json(200, { ok: 1 })))());
    const transport = createTransport({
      apiUrl: API,
      auth: { token: "t" },
      fetch,
      retry: { ...fastRetry, maxAttempts: 5 },
    });
    const response = await transport.send(get("/data/projects/open"));
    expect(await response.json()).toEqual({ ok: 1 });
    expect(calls).toHaveLength(5);
  });

  it("gives up after maxAttempts with the last error", async () => {
    const { fetch, calls } = scriptedFetch(() => json(503, { message: "maintenance" }));
    const transport = createTransport({
      apiUrl: API,
      auth: { token: "t" },
      fetch,
      retry: { ...fastRetry, maxAttempts: 3 },
    });
    await expect(transport.send(get("/data/projects/open"))).rejects.toBeInstanceOf(KitsuServerError);
    expect(calls).toHaveLength(3);
  });

  it("does not replay a POST that may have reached Zou (502, reset), but does when it never left (refused) or got 429", async () => {
    const once = (first: () => Response | Promise<Response>) => {
      const script = scriptedFetch((_, i) => (i === 0 ? first() : json(201, { id: "new" })));
      return {
        ...script,
        transport: createTransport({ apiUrl: API, auth: { token: "t" }, fetch: script.fetch, retry: fastRetry }),
      };
    };
    const bad = once(() => json(502, {}));
    await expect(bad.transport.send(post("/data/tasks", { a: 1 }))).rejects.toBeInstanceOf(KitsuServerError);
    expect(bad.calls).toHaveLength(1);

    const reset = once(() => Promise.reject(networkError("ECONNRESET")));
    await expect(reset.transport.send(post("/data/tasks", { a: 1 }))).rejects.toBeInstanceOf(KitsuConnectionError);
    expect(reset.calls).toHaveLength(1);

    const refused = once(() => Promise.reject(networkError("ECONNREFUSED")));
    await expect(refused.transport.send(post("/data/tasks", { a: 1 }))).resolves.toHaveProperty("status", 201);
    expect(refused.calls.map((c) => c.body)).toEqual(['{"a":1}', '{"a":1}']);

    const limited = once(() => json(429, {}, { "retry-after": "0" }));
    await expect(limited.transport.send(post("/data/tasks", { a: 1 }))).resolves.toHaveProperty("status", 201);
  });

  it("waits as long as Retry-After asks", async () => {
    const { fetch } = scriptedFetch((_, i) => (i === 0 ? json(503, {}, { "retry-after": "0.2" }) : json(200, {})));
    const transport = createTransport({
      apiUrl: API,
      auth: { token: "t" },
      fetch,
      retry: { baseDelayMs: 1, maxDelayMs: 1 },
    });
    const started = performance.now();
    await transport.send(get("/"));
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });

  it("times out each attempt and reports a timeout when none answers", async () => {
    // Requests in flight are held here: a fetch holds its request while it waits, and an abort
    // signal nobody references may be collected before it fires.
    const inFlight: Request[] = [];
    const calls = inFlight;
    const fetch = (request: Request) => {
      inFlight.push(request);
      return new Promise<Response>((_, reject) =>
        request.signal.addEventListener("abort", () => reject(request.signal.reason)),
      );
    };
    const transport = createTransport({
      apiUrl: API,
      auth: { token: "t" },
      fetch,
      timeoutMs: 20,
      retry: { ...fastRetry, maxAttempts: 2 },
    });
    await expect(transport.send(get("/data/projects/open"))).rejects.toBeInstanceOf(KitsuTimeoutError);
    expect(calls).toHaveLength(2);
  });

  it("ends a body that stalls midway with KitsuTimeoutError, after the retries", async () => {
    const { fetch, calls } = scriptedFetch(() => stalledJson('[{"id": "a"},'));
    const transport = createTransport({
      apiUrl: API,
      auth: { token: "t" },
      fetch,
      timeoutMs: 50,
      retry: { ...fastRetry, maxAttempts: 2 },
    });
    const failure = transport.send(get("/data/projects/open")).then((response) => response.json());
    await expect(failure).rejects.toBeInstanceOf(KitsuTimeoutError);
    await expect(failure).rejects.toMatchObject({ method: "GET", path: "/data/projects/open", timeoutMs: 50 });
    expect(calls).toHaveLength(2);
  });

  it("retries a GET whose body broke off midway like a dropped connection, and not a POST", async () => {
    const flaky = scriptedFetch((_, i) => (i === 0 ? cutJson('[{"id": "a"},') : json(200, [{ id: "a" }])));
    const transport = createTransport({ apiUrl: API, auth: { token: "t" }, fetch: flaky.fetch, retry: fastRetry });
    const response = await transport.send(get("/data/projects/open"));
    expect(await response.json()).toEqual([{ id: "a" }]);
    expect(flaky.calls).toHaveLength(2);

    const cut = scriptedFetch(() => cutJson('{"id":'));
    const poster = createTransport({ apiUrl: API, auth: { token: "t" }, fetch: cut.fetch, retry: fastRetry });
    await expect(poster.send(post("/data/tasks", { a: 1 }))).rejects.toBeInstanceOf(KitsuConnectionError);
    expect(cut.calls).toHaveLength(1);
  });

  it("stops at once when the caller aborts", async () => {
    const controller = new AbortController();
    const { fetch } = scriptedFetch(() => {
      controller.abort(new Error("caller gave up"));
      return json(503, {});
    });
    const transport = createTransport({
      apiUrl: API,
      auth: { token: "t" },
      fetch,
      retry: { baseDelayMs: 10_000, maxDelayMs: 10_000 },
    });
    await expect(transport.send(new Request(`${API}/`, { signal: controller.signal }))).rejects.toThrow(
      "caller gave up",
    );
  });
});

describe("transport: auth", () => {
  const login = { email: "a@b.c", password: "pw" };

  it("logs in once and refreshes once for all concurrent requests that hit an expired token", async () => {
    let valid = "access-1";
    const { fetch, calls } = scriptedFetch((call) => {
      if (call.path === "/api/auth/login")
        return json(200, { login: true, access_token: "access-1", refresh_token: "refresh-1" });
      if (call.path === "/api/auth/refresh-token") {
        expect(call.authorization).toBe("Bearer refresh-1");
        valid = "access-2";
        return json(200, { access_token: "access-2" });
      }
      return call.authorization === `Bearer ${valid}`
        ? json(200, { ok: true })
        : json(401, { error: true, message: "Signature has expired" });
    });
    const transport = createTransport({ apiUrl: API, auth: login, fetch, retry: false });
    await transport.send(get("/data/projects/open"));
    valid = "expired-now";
    const results = await Promise.all(Array.from({ length: 8 }, () => transport.send(get("/data/projects/open"))));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(calls.filter((c) => c.path === "/api/auth/login")).toHaveLength(1);
    expect(calls.filter((c) => c.path === "/api/auth/refresh-token")).toHaveLength(1);
  });

  it("does not log in again after Zou refused the password: every later request fails at once", async () => {
    const { fetch, calls } = scriptedFetch((call) =>
      call.path === "/api/auth/login" ? json(400, { login: false }) : json(200, { ok: true }),
    );
    const transport = createTransport({ apiUrl: API, auth: login, fetch, retry: false });
    for (let request = 0; request < 5; request++) {
      await expect(transport.send(get("/data/projects/open"))).rejects.toBeInstanceOf(KitsuInvalidCredentialsError);
    }
    expect(calls.filter((call) => call.path === "/api/auth/login")).toHaveLength(1);
  });

  it("tries the login again after a wrong two-factor code: the next code may be right", async () => {
    const { fetch, calls } = scriptedFetch((call) =>
      call.path === "/api/auth/login" ? json(400, { login: false, wrong_OTP: true }) : json(200, {}),
    );
    const transport = createTransport({ apiUrl: API, auth: { ...login, totp: () => "123456" }, fetch, retry: false });
    await expect(transport.send(get("/data/projects/open"))).rejects.toBeInstanceOf(KitsuInvalidCredentialsError);
    await expect(transport.send(get("/data/projects/open"))).rejects.toBeInstanceOf(KitsuInvalidCredentialsError);
    expect(calls.filter((call) => call.path === "/api/auth/login")).toHaveLength(2);
  });

  it("logs in again when the refresh token is refused", async () => {
    let logins = 0;
    const { fetch } = scriptedFetch((call) => {
      if (call.path === "/api/auth/login")
        return json(200, { access_token: `access-login-${++logins}`, refresh_token: "r" });
      if (call.path === "/api/auth/refresh-token") return json(401, { msg: "Token has been revoked" });
      return call.authorization === "Bearer access-login-1"
        ? json(200, {})
        : json(401, { message: "Signature has expired" });
    });
    const transport = createTransport({
      apiUrl: API,
      auth: { ...login, session: { accessToken: "old", refreshToken: "r" } },
      fetch,
      retry: false,
    });
    await expect(transport.send(get("/data/projects/open"))).resolves.toHaveProperty("status", 200);
    expect(logins).toBe(1);
  });

  it.each([
    { answer: json(400, { login: false }), error: KitsuInvalidCredentialsError, text: /wrong email or password/ },
    {
      answer: json(400, { missing_OTP: true, preferred_two_factor_authentication: "totp" }),
      error: KitsuTwoFactorRequiredError,
      text: /auth\.totp/,
    },
    { answer: json(401, { login: false, unactive: true }), error: KitsuInactiveAccountError, text: /inactive/ },
  ])("gives a distinct error for a refused login ($error.name)", async ({ answer, error, text }) => {
    const { fetch } = scriptedFetch(() => answer.clone());
    const transport = createTransport({ apiUrl: API, auth: login, fetch, retry: false });
    const failure = transport.send(get("/data/projects/open"));
    await expect(failure).rejects.toBeInstanceOf(error);
    await expect(failure).rejects.toThrow(text);
  });

  it("asks a bot token function again when Zou refuses the token, and fails clearly when it gives the same one", async () => {
    let issued = "bot-1";
    const { fetch } = scriptedFetch((call) =>
      call.authorization === "Bearer bot-2" ? json(200, {}) : json(401, { msg: "Token has been revoked" }),
    );
    const transport = createTransport({ apiUrl: API, auth: { token: () => issued }, fetch, retry: false });
    issued = "bot-1";
    await transport.tokens.current();
    issued = "bot-2";
    await expect(transport.send(get("/data/projects/open"))).resolves.toHaveProperty("status", 200);

    const stuck = createTransport({ apiUrl: API, auth: { token: "bot-static" }, fetch, retry: false });
    const failure = stuck.send(get("/data/projects/open"));
    await expect(failure).rejects.toBeInstanceOf(KitsuAuthenticationError);
    await expect(failure).rejects.toMatchObject({
      status: 401,
      path: "/data/projects/open",
      serverMessage: "Token has been revoked",
    });
  });

  it("replays a request body after renewing the token", async () => {
    const { fetch, calls } = scriptedFetch((call) => {
      if (call.path === "/api/auth/login") return json(200, { access_token: `a${calls.length}`, refresh_token: "r" });
      if (call.path === "/api/auth/refresh-token") return json(200, { access_token: "fresh" });
      return call.authorization === "Bearer fresh"
        ? json(201, {})
        : json(422, { msg: "Signature verification failed" });
    });
    const transport = createTransport({ apiUrl: API, auth: login, fetch, retry: false });
    await transport.send(post("/data/tasks", { name: "main" }));
    expect(calls.filter((c) => c.path === "/api/data/tasks").map((c) => c.body)).toEqual([
      '{"name":"main"}',
      '{"name":"main"}',
    ]);
  });
});
