import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { HandlerInput, Router } from "../http/router.js";
import { forbiddenException, unauthorizedException } from "../model/failures.js";
import type { ModelSpec } from "../model/pydantic.js";
import { ayonRoute, callerOf, parseBody } from "../model/route-support.js";
import { userView } from "../model/user-view.js";
import type { UserRecord } from "../state/records.js";
import { NAME_REGEX } from "../state/rules.js";
import type { EmulatorState } from "../state/store.js";

// api/auth/auth.py, ayon_server/auth/password.py and ayon_server/auth/session.py.

const LOGIN_MODEL: ModelSpec = {
  name: "LoginRequestModel",
  camelize: true,
  fields: [
    { name: "name", type: "str", required: true },
    { name: "password", type: "str", required: true },
  ],
};

export function registerAuthRoutes(router: Router): void {
  router.add("POST", "/api/auth/login", ayonRoute(login), { public: true });
  router.add("POST", "/api/auth/logout", ayonRoute(logout), { public: true });
  router.add(
    "GET",
    "/api/users/me",
    ayonRoute((input) => {
      const { user } = callerOf(input);
      const view = userView(input.state, user, { exposure: true, caller: true });
      delete (view.data as Record<string, unknown>).supportToken;
      return { status: 200, body: view };
    }),
  );
}

function login(input: HandlerInput) {
  const body = parseBody(LOGIN_MODEL, input);
  const user = findByLoginName(input.state, String(body.values.name).trim());
  // Upstream answers 403, not 401, for bad credentials ("TODO: this should raise 401").
  if (!user) throw forbiddenException("Invalid login/password combination");
  if (user.data.isService === true) throw forbiddenException("Service users cannot log in");
  if (user.password === undefined) throw forbiddenException("Password login is not enabled for this user");
  if (user.data.disablePasswordLogin === true) throw forbiddenException("Password login is disabled");
  if (user.password !== body.values.password) throw forbiddenException("Invalid login/password combination");
  if (!user.active) throw unauthorizedException("User is not active");
  const token = randomBytes(32).toString("hex");
  input.state.sessions.set(token, user.name);
  dispatchAuthEvent(input, "auth.login", "User logged in", user.name, {});
  return {
    status: 200,
    body: {
      detail: `Logged in as ${user.name}`,
      error: null,
      token,
      user: userView(input.state, user, { excludeNone: false }),
      redirectUrl: null,
    },
  };
}

/** `WHERE name ILIKE $1`: case-insensitive, with `%` and `_` acting as wildcards. */
function findByLoginName(state: EmulatorState, name: string): UserRecord | undefined {
  const source = [...name].map((char) =>
    char === "%" ? ".*" : char === "_" ? "." : char.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
  );
  const pattern = new RegExp(`^${source.join("")}$`, "is");
  for (const user of state.users.values()) if (pattern.test(user.name)) return user;
  return undefined;
}

/** The access token as the logout dependency reads it: `?token=`, the cookie, then `Authorization`. */
function accessToken(input: HandlerInput): string | undefined {
  const fromQuery = input.query.get("token");
  if (fromQuery) return fromQuery;
  const cookie = header(input.request, "cookie")
    ?.split(";")
    .map((part) => part.trim().split("="))
    .find(([key]) => key === "accessToken");
  if (cookie) return cookie.slice(1).join("=");
  const [scheme = "", token] = (header(input.request, "authorization") ?? "").split(/\s+/, 2);
  return scheme.toLowerCase() === "bearer" ? token : undefined;
}

function logout(input: HandlerInput) {
  const token = accessToken(input);
  const name = token === undefined ? undefined : input.state.sessions.get(token);
  if (token !== undefined && name !== undefined) {
    const user = input.state.users.get(name.toLowerCase());
    if (user && user.data.isService !== true)
      dispatchAuthEvent(input, "auth.logout", "User logged out", name, { token });
    input.state.sessions.delete(token);
  }
  return { status: 200, body: { detail: "Logged out" } };
}

const header = (request: IncomingMessage, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** The request context's sender headers (invalid values ignored), since these routes are public. */
function dispatchAuthEvent(
  input: HandlerInput,
  topic: string,
  description: string,
  user: string,
  summary: Record<string, string>,
) {
  const valid = (value: string | undefined) => (value !== undefined && NAME_REGEX.test(value) ? value : undefined);
  input.state.events.dispatch({
    topic,
    description,
    user,
    summary,
    sender: valid(header(input.request, "x-sender")) ?? null,
    senderType: valid(header(input.request, "x-sender-type")) ?? "api",
  });
}
