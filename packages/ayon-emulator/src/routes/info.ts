import { isAdmin, isManager, isService } from "../http/context.js";
import { forbidden } from "../http/errors.js";
import type { HandlerInput, HandlerResult, Router } from "../http/router.js";
import { attributeModel, withoutNone } from "../model/attribute-view.js";
import { userView } from "../model/user-view.js";

/** The AYON release the emulator behaves like. */
export const EMULATED_VERSION = "1.16.8";

/** `GET /api/info` (api/system/info.py) and `GET /openapi.json` (ayon_server/api/server.py). */
export function registerInfoRoutes(router: Router, options: { openapi: unknown }): void {
  const startedAt = Date.now();
  router.add("GET", "/api/info", (input) => info(input, startedAt), { public: true });
  router.add("GET", "/openapi.json", (input) => openapi(input, router, options.openapi), { public: true });
}

/** Without a user only the version and uptime; with one also the user, attributes and sites. */
function info({ state, query, context }: HandlerInput, startedAt: number): HandlerResult {
  const base = { version: EMULATED_VERSION, uptime: Math.floor((Date.now() - startedAt) / 1000) };
  if (!context) {
    const full = query.get("full") === "true";
    return { status: 200, body: full ? { ...base, ssoOptions: [], passwordRecoveryAvailable: false } : base };
  }
  const { user } = context;
  return {
    status: 200,
    body: {
      ...base,
      // The session's user: uiExposureLevel only for people (api/system/info.py).
      user: userView(state, user, { caller: true, exposure: !isService(user) }),
      // exclude_none: only the attribute fields that are set, `default` among them where there is one.
      attributes: state.attributes.map((definition, position) => withoutNone(attributeModel(definition, position))),
      sites: [],
      disableChangelog: !isAdmin(user),
      ssoOptions: [],
      frontendFlags: [],
    },
  };
}

/** Managers and services only; AYON answers 403 (not 401) to anonymous callers too. */
function openapi({ context }: HandlerInput, router: Router, document: unknown): HandlerResult {
  if (!context) throw forbidden("You must be logged in to access OpenAPI schema");
  if (context.user.data.isGuest === true) {
    throw forbidden(
      "You are not allowed to access this endpoint. If you think this is a mistake, please contact your administrator.",
    );
  }
  if (!isManager(context.user)) throw forbidden("You are not allowed to access OpenAPI schema");
  return { status: 200, body: document ?? routesDocument(router) };
}

/** A minimal OpenAPI 3.1 document of the emulator's `/api` routes. */
function routesDocument(router: Router): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of router.routes()) {
    if (!route.path.startsWith("/api/")) continue;
    const names: string[] = [];
    const path = route.path.replace(/:([a-zA-Z]+)/g, (_, name: string) => {
      names.push(snakeCase(name));
      return `{${snakeCase(name)}}`;
    });
    paths[path] ??= {};
    (paths[path] as Record<string, unknown>)[route.method.toLowerCase()] = {
      operationId: `${route.method.toLowerCase()}_${path.replace(/[^a-zA-Z0-9]+/g, "_").replace(/^_|_$/g, "")}`,
      parameters: names.map((name) => ({ name, in: "path", required: true, schema: { type: "string" } })),
      responses: { "200": { description: "Successful Response" } },
    };
  }
  return {
    openapi: "3.1.0",
    info: { title: "Ayon server", description: "AYON emulator", version: EMULATED_VERSION },
    paths,
    components: { schemas: {} },
  };
}

const snakeCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
