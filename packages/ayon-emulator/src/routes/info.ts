import { isAdmin, isManager } from "../http/context.js";
import { forbidden } from "../http/errors.js";
import type { HandlerInput, HandlerResult, Router } from "../http/router.js";
import type { AttributeDefinition } from "../state/attributes.js";
import type { UserRecord } from "../state/records.js";

/** The AYON release the emulator behaves like. */
export const EMULATED_VERSION = "1.16.8";

/** Titles AYON deploys for its default attributes (setup/attributes.py). */
const TITLES: Record<string, string> = {
  priority: "Priority",
  fps: "FPS",
  resolutionWidth: "Width",
  resolutionHeight: "Height",
  pixelAspect: "Pixel aspect",
  clipIn: "Clip In",
  clipOut: "Clip Out",
  frameStart: "Start frame",
  frameEnd: "End frame",
  handleStart: "Handle start",
  handleEnd: "Handle end",
  fullName: "Full name",
  email: "E-Mail",
  avatarUrl: "Avatar URL",
  developerMode: "Developer mode",
  startDate: "Start date",
  endDate: "End date",
  description: "Description",
};

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
      user: userPayload(user),
      attributes: state.attributes.map(attributeInfo),
      sites: [],
      disableChangelog: !isAdmin(user),
      ssoOptions: [],
      frontendFlags: [],
    },
  };
}

function userPayload(user: UserRecord): Record<string, unknown> {
  return {
    name: user.name,
    attrib: withoutNulls(user.attrib),
    data: user.data,
    active: user.active,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
  };
}

/** The `AttributeModel` shape of `/api/attributes`, with null fields left out. */
function attributeInfo(definition: AttributeDefinition, position: number): Record<string, unknown> {
  const data: Record<string, unknown> = {
    type: definition.type,
    title: TITLES[definition.name] ?? definition.name.charAt(0).toUpperCase() + definition.name.slice(1).toLowerCase(),
  };
  if (definition.default !== undefined) data.default = definition.default;
  if (definition.gt !== undefined) data.gt = definition.gt;
  if (definition.lt !== undefined) data.lt = definition.lt;
  if (definition.enum) data.enum = definition.enum.map((value) => ({ value, label: value }));
  data.inherit = definition.inherit !== false;
  return { name: definition.name, position, scope: definition.scope, builtin: true, data };
}

const withoutNulls = (value: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(value).filter(([, item]) => item !== null && item !== undefined));

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
