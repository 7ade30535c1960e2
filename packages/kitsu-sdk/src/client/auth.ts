import { describeRequest, type Middleware, readBody, type Send } from "@kitsu-ayon/http-transport";
import {
  KitsuAuthenticationError,
  KitsuHttpError,
  KitsuInactiveAccountError,
  KitsuInvalidCredentialsError,
  KitsuTwoFactorRequiredError,
} from "../errors.js";
import type { Logger } from "../logger.js";

/** A bot (or any pre-issued) access token. A function is called again whenever Zou rejects the token. */
export interface KitsuTokenAuth {
  token: string | (() => string | Promise<string>);
}

/** A person's credentials. Access tokens are refreshed, and the person logged in again when needed. */
export interface KitsuPasswordAuth {
  email: string;
  password: string;
  /** Returns a current TOTP code, for accounts with two-factor authentication. */
  totp?: () => string | Promise<string>;
  /** Tokens of an earlier session to resume before logging in. */
  session?: { accessToken: string; refreshToken?: string };
}

export type KitsuAuth = KitsuTokenAuth | KitsuPasswordAuth;

/** Gives the current access token and renews it when Zou rejects it. */
export interface TokenSource {
  current(): Promise<string>;
  /**
   * Called with the token Zou rejected; concurrent calls for the same token share one renewal.
   * Resolves to a different token, or to undefined when there is none to try.
   */
  renew(rejected: string): Promise<string | undefined>;
}

/** 401 (expired, revoked, missing) and 422 (malformed, bad signature) are flask-jwt-extended's token failures. */
export const isTokenFailure = (status: number) => status === 401 || status === 422;

/**
 * Sets `Authorization: Bearer` on each request; when Zou rejects the token, renews it (once for all
 * requests that hit the same token) and replays the request once.
 */
export function withAuth(tokens: TokenSource, apiUrl: string): Middleware {
  return (next) => async (request) => {
    const token = await tokens.current();
    const response = await next(authorized(request.clone(), token));
    if (!isTokenFailure(response.status)) return response;
    const refusal = await readBody(response);
    const renewed = await tokens.renew(token);
    if (renewed === undefined) {
      throw new KitsuAuthenticationError(
        describeRequest(request, apiUrl),
        response.status,
        refusal,
        "the token was refused and no other token is available",
      );
    }
    const replay = await next(authorized(request, renewed));
    if (!isTokenFailure(replay.status)) return replay;
    throw new KitsuAuthenticationError(
      describeRequest(request, apiUrl),
      replay.status,
      await readBody(replay),
      "the token was renewed and Zou still refused it",
    );
  };
}

function authorized(request: Request, token: string): Request {
  const headers = new Headers(request.headers);
  headers.set("authorization", `Bearer ${token}`);
  return new Request(request, { headers });
}

/** Runs `work` once for all concurrent callers; the next call after it settles runs it again. */
function singleFlight<T>(work: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined;
  return () => {
    running ??= work().finally(() => {
      running = undefined;
    });
    return running;
  };
}

export interface TokenSourceContext {
  apiUrl: string;
  /** The pipeline without auth (retries and timeouts), for the auth routes themselves. */
  send: Send;
  logger: Logger;
}

export function createTokenSource(auth: KitsuAuth, context: TokenSourceContext): TokenSource {
  return "token" in auth ? botTokens(auth, context) : personTokens(auth, context);
}

function botTokens(auth: KitsuTokenAuth, { logger }: TokenSourceContext): TokenSource {
  const read = async () => (typeof auth.token === "function" ? await auth.token() : auth.token);
  let current: string | undefined;
  const reread = singleFlight(async () => {
    const token = await read();
    current = token;
    return token;
  });
  return {
    current: async () => current ?? reread(),
    async renew(rejected) {
      if (current !== undefined && current !== rejected) return current;
      if (typeof auth.token === "string") return undefined;
      logger.info("kitsu token refused; asking the token source again");
      const token = await reread();
      return token === rejected ? undefined : token;
    },
  };
}

interface Session {
  accessToken: string;
  refreshToken: string | undefined;
}

function personTokens(auth: KitsuPasswordAuth, { apiUrl, send, logger }: TokenSourceContext): TokenSource {
  let session: Session | undefined = auth.session
    ? { accessToken: auth.session.accessToken, refreshToken: auth.session.refreshToken }
    : undefined;

  const call = (method: string, path: string, init: RequestInit = {}) =>
    send(new Request(new URL(path.slice(1), `${apiUrl.replace(/\/$/, "")}/`), { method, ...init }));

  const logIn = async (): Promise<Session> => {
    const body: Record<string, string> = { email: auth.email, password: auth.password };
    if (auth.totp) body.totp = await auth.totp();
    const response = await call("POST", "/auth/login", {
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const answer = await readBody(response);
    if (response.ok && isRecord(answer) && typeof answer.access_token === "string") {
      logger.info("logged in to kitsu", { email: auth.email });
      const refresh = answer.refresh_token;
      return { accessToken: answer.access_token, refreshToken: typeof refresh === "string" ? refresh : undefined };
    }
    throw loginError(response.status, answer);
  };

  const refresh = async (refreshToken: string): Promise<string | undefined> => {
    const response = await call("GET", "/auth/refresh-token", { headers: { authorization: `Bearer ${refreshToken}` } });
    const answer = await readBody(response);
    if (response.ok && isRecord(answer) && typeof answer.access_token === "string") return answer.access_token;
    if (isTokenFailure(response.status)) return undefined;
    throw new KitsuHttpError({ method: "GET", path: "/auth/refresh-token" }, response.status, answer);
  };

  // A refused login is final for this client: its email and password do not change, and logging in
  // again and again only gets the account locked by Zou. Every later request fails with it at once.
  let refused: Error | undefined;
  const renewSession = singleFlight(async () => {
    if (refused) throw refused;
    const refreshToken = session?.refreshToken;
    const accessToken = refreshToken ? await refresh(refreshToken) : undefined;
    if (accessToken !== undefined && refreshToken !== undefined) {
      logger.info("kitsu access token refreshed");
      session = { accessToken, refreshToken };
    } else {
      if (refreshToken) logger.info("kitsu refresh token refused; logging in again");
      try {
        session = await logIn();
      } catch (error) {
        if (isRefusal(error)) {
          refused = error;
          logger.error("kitsu login refused; no further login will be tried", { email: auth.email });
        }
        throw error;
      }
    }
    return session.accessToken;
  });

  return {
    current: async () => session?.accessToken ?? renewSession(),
    async renew(rejected) {
      if (session !== undefined && session.accessToken !== rejected) return session.accessToken;
      return renewSession();
    },
  };

  function loginError(status: number, answer: unknown): Error {
    const request = { method: "POST", path: "/auth/login" };
    const flags = isRecord(answer) ? answer : {};
    if (flags.missing_OTP === true || flags.two_factor_authentication_required === true) {
      return new KitsuTwoFactorRequiredError(request, status, answer, "pass auth.totp");
    }
    if (flags.unactive === true)
      return new KitsuInactiveAccountError(request, status, answer, "the account is inactive");
    if (status === 400 || status === 401) {
      const why =
        flags.wrong_OTP === true
          ? "wrong two-factor code"
          : flags.too_many_failed_login_attemps === true
            ? "too many failed attempts: the account is locked for a while"
            : flags.default_password === true
              ? "the account still has its default password: change it in Kitsu first"
              : "wrong email or password";
      return new KitsuInvalidCredentialsError(request, status, answer, why);
    }
    return new KitsuHttpError(request, status, answer, "login failed");
  }
}

/** Refusals that another try cannot cure: wrong credentials, a locked or inactive account, a missing 2FA setup. */
function isRefusal(error: unknown): error is Error {
  if (error instanceof KitsuInvalidCredentialsError) return !/wrong two-factor code/.test(error.message);
  return error instanceof KitsuInactiveAccountError || error instanceof KitsuTwoFactorRequiredError;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
