import { readFileSync } from "node:fs";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { parse } from "yaml";

/**
 * Contract checking for tests: a `fetch` that forwards to the real one, then validates every JSON
 * response against the curated OpenAPI document (`openapi/kitsu.openapi.yaml`). Integration tests use
 * it to prove that the schemas match a real Zou; it never changes what the caller receives.
 */

export const CURATED_DOCUMENT_URL = new URL("../../openapi/kitsu.openapi.yaml", import.meta.url);

const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;
const DOCUMENT_ID = "https://kitsu-ayon.invalid/kitsu.openapi.json";
const COMPONENT_REF = "#/components/schemas/";

export interface OpenApiOperation {
  operationId?: string;
  responses?: Record<string, OpenApiResponse>;
  [key: string]: unknown;
}

export interface OpenApiResponse {
  content?: Record<string, { schema?: unknown }>;
  [key: string]: unknown;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, unknown>; [key: string]: unknown };
  [key: string]: unknown;
}

export type ViolationKind =
  | "unknown-route"
  | "undeclared-status"
  | "undocumented-body"
  | "invalid-json"
  | "invalid-schema"
  | "schema";

export interface SchemaError {
  /** JSON pointer into the response body; for a missing field, the pointer the field should have. */
  path: string;
  message: string;
  /** Where in the schema the check failed, e.g. `#/required`. */
  schemaPath: string;
}

export interface ContractViolation {
  kind: ViolationKind;
  method: string;
  /** Request path without the API base path and query string. */
  path: string;
  status: number;
  /** The curated path template the request matched. */
  route?: string;
  operationId?: string;
  errors: SchemaError[];
}

export interface ContractFetchOptions {
  /** The fetch to forward to. @default globalThis.fetch */
  fetch?: typeof fetch;
  /** The API root; its path (e.g. `/api`) is stripped before matching routes. @default no prefix */
  apiUrl?: string;
  /** The OpenAPI document to check against. @default the curated `openapi/kitsu.openapi.yaml` */
  document?: OpenApiDocument;
}

export interface ContractFetch {
  fetch: typeof fetch;
  /** Every violation seen so far, in order. */
  readonly violations: readonly ContractViolation[];
  /** The operationIds that received at least one request. */
  readonly covered: ReadonlySet<string>;
  /** Throws an error listing every violation, if any. */
  assertNoViolations(): void;
}

interface Route {
  template: string;
  segments: string[];
  method: string;
  operation: OpenApiOperation;
}

export function loadCuratedDocument(url: URL = CURATED_DOCUMENT_URL): OpenApiDocument {
  const document: unknown = parse(readFileSync(url, "utf8"));
  if (!isRecord(document) || !isRecord(document.paths)) throw new Error(`${url.pathname} has no paths`);
  return document as OpenApiDocument;
}

export function createContractFetch(options: ContractFetchOptions = {}): ContractFetch {
  const document = options.document ?? loadCuratedDocument();
  const forward = options.fetch ?? globalThis.fetch;
  const basePath = options.apiUrl === undefined ? "" : new URL(options.apiUrl).pathname.replace(/\/+$/, "");
  const routes = collectRoutes(document);
  const validators = createValidators(document);
  const violations: ContractViolation[] = [];
  const covered = new Set<string>();

  const check = async (method: string, url: URL, response: Response): Promise<void> => {
    const path = stripBase(url.pathname, basePath);
    const finding = await inspect({ routes, validators, covered }, method, path, response);
    if (finding !== undefined) violations.push({ method, path, status: response.status, ...finding });
  };

  const contractFetch: typeof fetch = async (input, init) => {
    const response = await forward(input, init);
    await check(methodOf(input, init), urlOf(input), response.clone());
    return response;
  };

  return {
    fetch: contractFetch,
    violations,
    covered,
    assertNoViolations() {
      if (violations.length > 0) throw new Error(formatViolations(violations));
    },
  };
}

/** A violation without the request it belongs to. */
type Finding = Omit<ContractViolation, "method" | "path" | "status">;

interface Checker {
  routes: Route[];
  validators: (route: Route, responseKey: string) => Compiled;
  covered: Set<string>;
}

async function inspect(
  checker: Checker,
  method: string,
  path: string,
  response: Response,
): Promise<Finding | undefined> {
  const route = findRoute(checker.routes, method, path);
  if (route === undefined) return { kind: "unknown-route", errors: [] };
  const where = { route: route.template, ...operationIdOf(route.operation) };
  if (where.operationId !== undefined) checker.covered.add(where.operationId);
  const declared = findResponse(route.operation, response.status);
  if (declared === undefined) return { ...where, kind: "undeclared-status", errors: [] };
  if (!isJson(response)) return undefined;
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    return { ...where, kind: "invalid-json", errors: [errorOf("", String(error))] };
  }
  const finding = validateBody(checker.validators(route, declared.key), body);
  return finding === undefined ? undefined : { ...where, ...finding };
}

function validateBody(compiled: Compiled, body: unknown): Pick<Finding, "kind" | "errors"> | undefined {
  if (compiled === undefined) return { kind: "undocumented-body", errors: [] };
  if ("compileError" in compiled) return { kind: "invalid-schema", errors: [errorOf("", compiled.compileError)] };
  return compiled(body) ? undefined : { kind: "schema", errors: toSchemaErrors(compiled.errors) };
}

export function formatViolations(violations: readonly ContractViolation[]): string {
  const lines = violations.map((violation) => {
    const head = `${violation.method} ${violation.path} -> ${violation.status}`;
    const operation = violation.operationId === undefined ? "" : ` (${violation.operationId})`;
    const details = violation.errors.map((error) => `\n    ${error.path || "/"}: ${error.message}`).join("");
    return `  ${head}${operation}: ${violation.kind}${details}`;
  });
  return `${violations.length} contract violation(s):\n${lines.join("\n")}`;
}

function collectRoutes(document: OpenApiDocument): Route[] {
  const routes: Route[] = [];
  for (const [template, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isRecord(operation)) continue;
      routes.push({ template, segments: splitPath(template), method: method.toUpperCase(), operation });
    }
  }
  // A literal segment wins over a parameter at the same position: `/data/shots/with-tasks` must not be
  // read as `/data/shots/{shot_id}`.
  return routes.sort((a, b) => compareSpecificity(a.segments, b.segments));
}

function compareSpecificity(a: string[], b: string[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    const aParam = isParam(a[index]);
    const bParam = isParam(b[index]);
    if (aParam !== bParam) return aParam ? 1 : -1;
  }
  return 0;
}

function findRoute(routes: Route[], method: string, path: string): Route | undefined {
  const segments = splitPath(path);
  return routes.find(
    (route) =>
      route.method === method &&
      route.segments.length === segments.length &&
      route.segments.every((segment, index) => isParam(segment) || segment === segments[index]),
  );
}

function findResponse(operation: OpenApiOperation, status: number): { key: string } | undefined {
  const responses = operation.responses ?? {};
  const range = `${String(status).charAt(0)}XX`;
  // `default` stands for error bodies only: a success status must be declared.
  const keys = status >= 400 ? [String(status), range, "default"] : [String(status), range];
  const key = keys.find((candidate) => responses[candidate] !== undefined);
  return key === undefined ? undefined : { key };
}

/** A compiled response schema; `undefined` when the response declares no JSON body. */
type Compiled = ValidateFunction | { compileError: string } | undefined;

/**
 * Compiles each response schema once, with `$ref`s to components resolved through one shared schema.
 * A schema Ajv refuses (strict mode) becomes a violation rather than an exception in the caller's fetch.
 */
function createValidators(document: OpenApiDocument) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormatsModule.default(ajv);
  ajv.addSchema({ $id: DOCUMENT_ID, $defs: rewriteRefs(document.components?.schemas ?? {}) });
  const cache = new Map<string, Compiled>();
  const compile = (route: Route, responseKey: string): Compiled => {
    const response = resolveLocal(document, route.operation.responses?.[responseKey]);
    const schema = isRecord(response) && isRecord(response.content) ? jsonSchemaOf(response.content) : undefined;
    if (schema === undefined) return undefined;
    try {
      return ajv.compile(rewriteRefs(schema) as object);
    } catch (error) {
      return { compileError: error instanceof Error ? error.message : String(error) };
    }
  };
  return (route: Route, responseKey: string): Compiled => {
    const cacheKey = `${route.method} ${route.template} ${responseKey}`;
    if (!cache.has(cacheKey)) cache.set(cacheKey, compile(route, responseKey));
    return cache.get(cacheKey);
  };
}

/** Follows a local `$ref` (e.g. to `#/components/responses/Error`) to the object it names. */
function resolveLocal(document: OpenApiDocument, value: unknown): unknown {
  if (!isRecord(value) || typeof value.$ref !== "string" || !value.$ref.startsWith("#/")) return value;
  const target = value.$ref
    .slice(2)
    .split("/")
    .reduce<unknown>(
      (node, key) => (isRecord(node) ? node[key.replaceAll("~1", "/").replaceAll("~0", "~")] : undefined),
      document,
    );
  return resolveLocal(document, target);
}

function jsonSchemaOf(content: Record<string, unknown>): unknown {
  const media = content["application/json"];
  return isRecord(media) ? media.schema : undefined;
}

function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) =>
      key === "$ref" && typeof child === "string" && child.startsWith(COMPONENT_REF)
        ? [key, `${DOCUMENT_ID}#/$defs/${child.slice(COMPONENT_REF.length)}`]
        : [key, rewriteRefs(child)],
    ),
  );
}

function toSchemaErrors(errors: ErrorObject[] | null | undefined): SchemaError[] {
  return (errors ?? []).map((error) => {
    const missing = error.keyword === "required" ? `/${String(error.params.missingProperty)}` : "";
    return errorOf(`${error.instancePath}${missing}`, error.message ?? error.keyword, error.schemaPath);
  });
}

function errorOf(path: string, message: string, schemaPath = ""): SchemaError {
  return { path, message, schemaPath };
}

function operationIdOf(operation: OpenApiOperation): { operationId?: string } {
  return typeof operation.operationId === "string" ? { operationId: operation.operationId } : {};
}

function methodOf(input: Parameters<typeof fetch>[0], init: Parameters<typeof fetch>[1]): string {
  const method = init?.method ?? (input instanceof Request ? input.method : "GET");
  return method.toUpperCase();
}

function urlOf(input: Parameters<typeof fetch>[0]): URL {
  if (input instanceof URL) return input;
  return new URL(input instanceof Request ? input.url : input);
}

function stripBase(pathname: string, basePath: string): string {
  if (basePath !== "" && (pathname === basePath || pathname.startsWith(`${basePath}/`))) {
    return pathname.slice(basePath.length) || "/";
  }
  return pathname;
}

function splitPath(path: string): string[] {
  return path.split("/").filter((segment) => segment !== "");
}

function isParam(segment: string | undefined): boolean {
  return /^\{[^}]+\}$/.test(segment ?? "");
}

function isJson(response: Response): boolean {
  const type = response.headers.get("content-type") ?? "";
  return /^application\/(?:[\w.+-]+\+)?json\b/i.test(type);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
