import type { IncomingMessage } from "node:http";
import type { RequestContext, UserRecord } from "../state/records.js";
import { NAME_REGEX } from "../state/rules.js";
import type { EmulatorState } from "../state/store.js";
import { unauthorized } from "./errors.js";

/** Service sessions (API keys) last 600 s and are not extended on use (SessionModel.ttl). */
export const API_KEY_SESSION_TTL_MS = 600_000;

const header = (request: IncomingMessage, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * The caller, by AYON's precedence (ayon_server/api/auth.py): an API key in `x-api-key` or
 * `Authorization: ApiKey`, else an access token from the `accessToken` cookie, `Authorization:
 * Bearer` or `?token=`.
 */
export function authenticate(state: EmulatorState, request: IncomingMessage, query: URLSearchParams): RequestContext {
  const authorization = header(request, "authorization") ?? "";
  const [scheme = "", credential = ""] = authorization.split(/\s+/, 2);
  const apiKey = header(request, "x-api-key") ?? (scheme.toLowerCase() === "apikey" ? credential : undefined);
  let user: UserRecord | undefined;
  let token: string | undefined;
  if (apiKey) {
    user = [...state.users.values()].find((candidate) => candidate.apiKey === apiKey && candidate.active);
    if (!user) throw unauthorized("Invalid API key");
    token = apiKey;
    if (
      !state.apiKeySessions.has(apiKey) ||
      Date.now() - (state.apiKeySessions.get(apiKey) ?? 0) > API_KEY_SESSION_TTL_MS
    ) {
      state.apiKeySessions.set(apiKey, Date.now());
    }
  } else {
    token =
      cookie(request, "accessToken") ??
      (scheme.toLowerCase() === "bearer" ? credential : undefined) ??
      query.get("token") ??
      undefined;
    if (!token) throw unauthorized("Access token is missing");
    const name = state.sessions.get(token);
    user = name === undefined ? undefined : state.users.get(name.toLowerCase());
    if (!user?.active) throw unauthorized("Invalid session");
  }
  return {
    user,
    token,
    sender: validated(header(request, "x-sender")) ?? null,
    senderType: validated(header(request, "x-sender-type")) ?? "api",
  };
}

/** Like RequestContextMiddleware: a header that does not match NAME_REGEX is silently ignored. */
function validated(value: string | undefined): string | undefined {
  return value !== undefined && NAME_REGEX.test(value) ? value : undefined;
}

function cookie(request: IncomingMessage, name: string): string | undefined {
  for (const part of (header(request, "cookie") ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return undefined;
}

export const isAdmin = (user: UserRecord) => user.data.isAdmin === true || user.data.isService === true;
export const isManager = (user: UserRecord) => user.data.isManager === true || isAdmin(user);
export const isService = (user: UserRecord) => user.data.isService === true;
