import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { installActivityFeed } from "./activities/feed-hooks.js";
import { attachWebSocket } from "./events/websocket.js";
import { registerGraphqlRoute } from "./graphql/route.js";
import { authenticate } from "./http/context.js";
import { EmulatorHttpError, validationError } from "./http/errors.js";
import { createRouter, type Router } from "./http/router.js";
import { registerActivityRoutes } from "./routes/activities.js";
import { registerAnatomyPresetRoutes } from "./routes/anatomy-presets.js";
import { registerAttributeRoutes } from "./routes/attributes.js";
import { registerAuthRoutes } from "./routes/auth.js";
import { registerEnrollRoutes } from "./routes/enroll.js";
import { registerEventRoutes } from "./routes/events.js";
import { registerFileRoutes } from "./routes/files.js";
import { registerFolderRoutes } from "./routes/folders.js";
import { registerFrontendRoute } from "./routes/frontend.js";
import { registerInfoRoutes } from "./routes/info.js";
import { registerOperationsRoutes } from "./routes/operations.js";
import { registerProjectRoutes } from "./routes/projects.js";
import { registerSecretRoutes } from "./routes/secrets.js";
import { registerTaskRoutes } from "./routes/tasks.js";
import { registerUserRoutes } from "./routes/users.js";
import type { AttributeDefinition } from "./state/attributes.js";
import { createEmulatorState, type EmulatorState } from "./state/store.js";

export interface AyonEmulatorOptions {
  /** @default 0 (a free port) */
  port?: number;
  /** @default "127.0.0.1" */
  host?: string;
  /** The service user's API key (32 letters or digits). @default a random key */
  apiKey?: string;
  /** @default "service" */
  serviceUserName?: string;
  /** An admin who can log in with a password. @default { name: "admin", password: a random one } */
  admin?: { name: string; password: string };
  /** Attribute definitions. @default AYON 1.16's defaults */
  attributes?: AttributeDefinition[];
  /**
   * The document served at `/openapi.json` (managers only, as on AYON), for instance a real server's
   * spec read by the caller. @default a document listing the emulator's own routes
   */
  openapi?: unknown;
  /** Installed addons, with their studio settings (`GET /api/addons/{name}/{version}/settings`). */
  addons?: { name: string; version: string; settings: Record<string, unknown> }[];
  /** Secrets (`/api/secrets`), by name. */
  secrets?: Record<string, string>;
}

export interface AyonEmulator {
  /** `http://127.0.0.1:PORT`: AYON's server URL (REST under `/api`, `/graphql`, `/ws`). */
  readonly url: string;
  /** The service user's API key, as AYON's service host would pass it (`AYON_API_KEY`). */
  readonly apiKey: string;
  readonly serviceUserName: string;
  readonly admin: { name: string; password: string };
  /** The emulated server's data, for assertions and for seeding in tests. */
  readonly state: EmulatorState;
  /**
   * Cuts every `/ws` connection at once, as a network failure would, to test reconnection. Returns
   * how many clients were connected.
   */
  dropWebSocketClients(): number;
  /** Closes WebSocket clients and the HTTP server. */
  stop(): Promise<void>;
}

const randomKey = () => crypto.randomUUID().replaceAll("-", "");

/**
 * Starts an AYON emulator: a real HTTP + WebSocket server in this process that answers the routes
 * the SDK uses the way AYON 1.16 does (validation, uniqueness, inheritance, atomic operations,
 * events, enroll). See the package README for what it deliberately does differently.
 */
export async function startAyonEmulator(options: AyonEmulatorOptions = {}): Promise<AyonEmulator> {
  const state = createEmulatorState(options.attributes ? { attributes: options.attributes } : {});
  const apiKey = options.apiKey ?? randomKey();
  const serviceUserName = options.serviceUserName ?? "service";
  const admin = options.admin ?? { name: "admin", password: randomKey() };
  const time = state.now();
  // Both users are deployed as AYON's setup deploys users (setup/users.py, `deploy_users`): with an
  // empty `accessGroups` and `defaultAccessGroups`, and the key's preview.
  const deployed = () => ({ accessGroups: {}, defaultAccessGroups: [] });
  state.users.set(serviceUserName.toLowerCase(), {
    name: serviceUserName,
    attrib: { fullName: "Service" },
    data: { isService: true, apiKeyPreview: `${apiKey.slice(0, 4)}***${apiKey.slice(-4)}`, ...deployed() },
    active: true,
    apiKey,
    createdAt: time,
    updatedAt: time,
  });
  state.users.set(admin.name.toLowerCase(), {
    name: admin.name,
    attrib: { fullName: "Administrator" },
    data: { isAdmin: true, ...deployed() },
    active: true,
    password: admin.password,
    createdAt: time,
    updatedAt: time,
  });

  const router = createRouter();
  registerInfoRoutes(router, { openapi: options.openapi });
  registerAuthRoutes(router);
  registerUserRoutes(router);
  registerProjectRoutes(router);
  registerAnatomyPresetRoutes(router);
  registerAttributeRoutes(router);
  registerFolderRoutes(router);
  registerTaskRoutes(router);
  registerOperationsRoutes(router);
  registerEventRoutes(router);
  registerEnrollRoutes(router);
  registerSecretRoutes(router);
  registerActivityRoutes(router);
  registerFileRoutes(router);
  installActivityFeed(state);
  for (const addon of options.addons ?? []) state.addons.set(`${addon.name}@${addon.version}`, addon.settings);
  for (const [name, value] of Object.entries(options.secrets ?? {})) state.secrets.set(name, value);
  registerGraphqlRoute(router);
  registerFrontendRoute(router);

  const server = createServer((request, response) => {
    handle(state, router, request, response).catch((error: unknown) => {
      send(response, 500, { code: 500, detail: error instanceof Error ? error.message : String(error) });
    });
  });
  const webSocket = attachWebSocket(server, state);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${address.address}:${address.port}`,
    apiKey,
    serviceUserName,
    admin,
    state,
    dropWebSocketClients: () => webSocket.drop(),
    async stop() {
      await webSocket.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function handle(state: EmulatorState, router: Router, request: IncomingMessage, response: ServerResponse) {
  const url = new URL(request.url ?? "/", "http://emulator");
  const method = (request.method ?? "GET").toUpperCase();
  const path = url.pathname;
  try {
    const matched = router.match(method, path);
    if (matched === undefined) {
      throw new EmulatorHttpError(
        404,
        path.startsWith("/api/") ? `API endpoint ${path} not found` : "Not Found",
        undefined,
        {
          path,
        },
      );
    }
    if (matched === "method-not-allowed") throw new EmulatorHttpError(405, "Method Not Allowed");
    const body = matched.route.options.rawBody ? await readRaw(request) : await readJson(request, method, path);
    const context = matched.route.options.public
      ? tryAuthenticate(state, request, url.searchParams)
      : authenticate(state, request, url.searchParams);
    const result = await matched.route.handler({
      state,
      method,
      path,
      params: matched.params,
      query: url.searchParams,
      body,
      context,
      request,
    });
    send(response, result.status, result.body, result.headers);
  } catch (error) {
    if (error instanceof EmulatorHttpError) return send(response, error.status, error.envelope());
    throw error;
  }
}

function tryAuthenticate(state: EmulatorState, request: IncomingMessage, query: URLSearchParams) {
  try {
    return authenticate(state, request, query);
  } catch {
    return undefined;
  }
}

async function readRaw(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function readJson(request: IncomingMessage, method: string, path: string): Promise<unknown> {
  const raw = await readRaw(request);
  if (raw.length === 0) return undefined;
  const text = raw.toString("utf8");
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw validationError(method, path, [
      { loc: ["body"], msg: "Expecting value: invalid JSON", type: "value_error.jsondecode" },
    ]);
  }
}

function send(response: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) {
  if (response.headersSent) return;
  if (body === undefined || status === 204) {
    response.writeHead(status, headers).end();
    return;
  }
  if (Buffer.isBuffer(body)) {
    response.writeHead(status, headers).end(body);
    return;
  }
  // A string with its own content type (the `/` page) is sent as it is; anything else as JSON.
  const raw = typeof body === "string" && headers["content-type"] !== undefined;
  const text = raw ? body : JSON.stringify(body);
  response.writeHead(status, { "content-type": "application/json", ...headers }).end(text);
}
