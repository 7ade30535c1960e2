import { describeRequest, type Middleware, readBody, type Send } from "@kitsu-ayon/http-transport";
import { AyonHttpError, AyonInvalidCredentialsError, AyonUnauthorizedError } from "../errors.js";
import type { Logger } from "../logger.js";

/**
 * How the client proves who it is. Services use a service user's API key (sent as `x-api-key`);
 * people log in with a name and password and get a bearer token, renewed by logging in again when
 * AYON refuses it; `token` reuses a session token obtained elsewhere.
 */
export type AyonAuth = { apiKey: string } | { credentials: { username: string; password: string } } | { token: string };

/** The headers that authenticate a request, renewed when AYON refuses them. */
export interface Credentials {
  headers(): Promise<Record<string, string>>;
  /** Called with the headers AYON refused; resolves to new ones, or undefined when there are none. */
  renew(refused: Record<string, string>): Promise<Record<string, string> | undefined>;
  /** Why renewal is impossible, for the error message. */
  readonly kind: "api key" | "session token" | "login";
}

export function createCredentials(
  auth: AyonAuth,
  login: (name: string, password: string) => Promise<string>,
): Credentials {
  if ("apiKey" in auth) {
    const headers = { "x-api-key": auth.apiKey };
    return { kind: "api key", headers: async () => headers, renew: async () => undefined };
  }
  if ("token" in auth) {
    const headers = { authorization: `Bearer ${auth.token}` };
    return { kind: "session token", headers: async () => headers, renew: async () => undefined };
  }
  const { username, password } = auth.credentials;
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  let current: Promise<string> | undefined;
  /** The token of the last successful login; cleared the moment AYON refuses it. */
  let latest: string | undefined;
  const start = () => {
    const attempt = login(username, password).then((token) => {
      latest = token;
      return token;
    });
    current = attempt;
    // A failed login is not cached: the next request tries again.
    attempt.catch(() => {
      if (current === attempt) current = undefined;
    });
    return attempt;
  };
  return {
    kind: "login",
    headers: async () => bearer(await (current ?? start())),
    async renew(refused) {
      // Every request refused with the same token shares one new login.
      if (latest !== undefined && refused.authorization === `Bearer ${latest}`) {
        latest = undefined;
        start();
      }
      return bearer(await (current ?? start()));
    },
  };
}

/**
 * `POST /api/auth/login`. AYON answers 403 "Invalid login/password combination" (and refuses service
 * users with 403 too); the answer's token is a 64-hex session token.
 */
export function loginWith(send: Send, serverUrl: string, logger: Logger) {
  return async (name: string, password: string): Promise<string> => {
    const request = new Request(`${serverUrl}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name, password }),
    });
    const response = await send(request);
    const body = await readBody(response);
    const info = describeRequest(request, serverUrl);
    if (response.status === 401 || response.status === 403) {
      throw new AyonInvalidCredentialsError(info, response.status, body, `login as ${JSON.stringify(name)} refused`);
    }
    const token = (body as { token?: unknown } | undefined)?.token;
    if (!response.ok || typeof token !== "string") throw new AyonHttpError(info, response.status, body, "login failed");
    logger.info("logged in to ayon", { user: name });
    return token;
  };
}

/**
 * Adds the credentials to each request; when AYON answers 401, renews them once (a new login for
 * password auth) and replays the request once. An API key is never renewed: a 401 is final.
 */
export function withAuth(credentials: Credentials, serverUrl: string): Middleware {
  return (next) => async (request) => {
    const headers = await credentials.headers();
    const response = await next(withHeaders(request.clone(), headers));
    if (response.status !== 401) return response;
    const refusal = await readBody(response);
    const renewed = await credentials.renew(headers);
    const info = describeRequest(request, serverUrl);
    if (renewed === undefined) {
      throw new AyonUnauthorizedError(info, 401, refusal, `the ${credentials.kind} was refused`);
    }
    const replay = await next(withHeaders(request, renewed));
    if (replay.status !== 401) return replay;
    throw new AyonUnauthorizedError(
      info,
      401,
      await readBody(replay),
      "logged in again and AYON still refused the session",
    );
  };
}

export function withHeaders(request: Request, extra: Record<string, string>): Request {
  const headers = new Headers(request.headers);
  for (const [name, value] of Object.entries(extra)) headers.set(name, value);
  return new Request(request, { headers });
}
