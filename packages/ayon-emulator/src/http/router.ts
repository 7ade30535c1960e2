import type { IncomingMessage } from "node:http";
import type { RequestContext } from "../state/records.js";
import type { EmulatorState } from "../state/store.js";
import { EmulatorHttpError } from "./errors.js";

export interface HandlerInput {
  state: EmulatorState;
  method: string;
  /** The URL path, e.g. `/api/projects/demo/folders`. */
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  /** Parsed JSON body (a Buffer on `rawBody` routes); `undefined` when there is none. */
  body: unknown;
  /** The caller; `undefined` only on routes registered with `{ public: true }`. */
  context: RequestContext | undefined;
  request: IncomingMessage;
}

export interface HandlerResult {
  status: number;
  /** Sent as JSON; a Buffer is sent as it is. */
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (input: HandlerInput) => HandlerResult | Promise<HandlerResult>;

export interface RouteOptions {
  /** Answer without authentication (`/api/info`, `/api/auth/login`). @default false */
  public?: boolean;
  /** Hand the body over as a Buffer instead of parsing JSON (file uploads). @default false */
  rawBody?: boolean;
}

interface Route {
  method: string;
  /** The pattern as registered, e.g. `/api/events/:eventId`. */
  path: string;
  pattern: RegExp;
  keys: string[];
  handler: Handler;
  options: RouteOptions;
}

/** Method + path pattern (`/api/projects/:projectName/folders/:folderId`) to handler. */
export interface Router {
  add(method: string, path: string, handler: Handler, options?: RouteOptions): void;
  match(
    method: string,
    path: string,
  ): { route: Route; params: Record<string, string> } | "method-not-allowed" | undefined;
  /** The registered routes, in registration order (read-only; for the OpenAPI document). */
  routes(): { method: string; path: string; public: boolean }[];
}

export function createRouter(): Router {
  const routes: Route[] = [];
  return {
    add(method, path, handler, options = {}) {
      const keys: string[] = [];
      const source = path.replace(/:([a-zA-Z]+)/g, (_, key: string) => {
        keys.push(key);
        return "([^/]+)";
      });
      routes.push({ method: method.toUpperCase(), path, pattern: new RegExp(`^${source}/?$`), keys, handler, options });
    },
    match(method, path) {
      let pathMatched = false;
      for (const route of routes) {
        const found = route.pattern.exec(path);
        if (!found) continue;
        pathMatched = true;
        if (route.method !== method) continue;
        const params: Record<string, string> = {};
        route.keys.forEach((key, index) => {
          params[key] = decodeURIComponent(found[index + 1] ?? "");
        });
        return { route, params };
      }
      return pathMatched ? "method-not-allowed" : undefined;
    },
    routes() {
      return routes.map((route) => ({ method: route.method, path: route.path, public: route.options.public === true }));
    },
  };
}

export const json = (status: number, body?: unknown): HandlerResult =>
  body === undefined ? { status } : { status, body };
export { EmulatorHttpError };
