import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { loadCuratedDocument, type OpenApiOperation } from "../support/contract.js";

/**
 * The curated document (`openapi/kitsu.openapi.yaml`) against Zou's published OpenAPI document, which
 * is only trusted as a route inventory. The repository root is four levels up from this file and the
 * shared specs sit beside it.
 */
const repoRoot = new URL("../../../../", import.meta.url);
const PUBLISHED_SPEC = new URL("../shared/specs/kitsu-zou-1.0.67.openapi.json", repoRoot);

/**
 * Curated routes that Zou 1.0.67's published inventory lacks because they are newer (the curated
 * document follows Zou 1.0.97). Each entry needs a reason; the test below keeps the list honest.
 * Empty today: every route the sync uses was already published in 1.0.67.
 */
const NEWER_THAN_PUBLISHED: ReadonlyArray<{ route: string; reason: string }> = [];

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;

interface PublishedSpec {
  paths: Record<string, Record<string, unknown>>;
}

const curated = loadCuratedDocument();
const published = JSON.parse(readFileSync(PUBLISHED_SPEC, "utf8")) as PublishedSpec;

function operationsOf(paths: Record<string, Record<string, unknown>>) {
  return Object.entries(paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method] !== undefined).map((method) => ({
      path,
      method,
      operation: item[method] as OpenApiOperation,
      item,
    })),
  );
}

/** `GET /data/shots/{shot_id}` and `GET /data/shots/{id}` are the same route. */
function routeKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path.replace(/\{[^}]+\}/g, "{}")}`;
}

function collectRefs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const child of value) collectRefs(child, found);
  } else if (typeof value === "object" && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === "$ref" && typeof child === "string") found.push(child);
      else collectRefs(child, found);
    }
  }
  return found;
}

function resolvePointer(ref: string): unknown {
  return ref
    .slice(2)
    .split("/")
    .reduce<unknown>(
      (node, key) =>
        typeof node === "object" && node !== null
          ? (node as Record<string, unknown>)[key.replaceAll("~1", "/").replaceAll("~0", "~")]
          : undefined,
      curated,
    );
}

function resolveIfRef(value: unknown): unknown {
  const ref = typeof value === "object" && value !== null ? (value as { $ref?: unknown }).$ref : undefined;
  return typeof ref === "string" ? resolvePointer(ref) : value;
}

const curatedOperations = operationsOf(curated.paths);
const publishedRoutes = new Set(operationsOf(published.paths).map(({ method, path }) => routeKey(method, path)));

describe("curated Kitsu OpenAPI document", () => {
  it("uses unprefixed paths, like Zou's published inventory", () => {
    const allPaths = [...Object.keys(published.paths), ...Object.keys(curated.paths)];
    expect(Object.keys(published.paths).length).toBeGreaterThan(500);
    expect(allPaths.filter((path) => path.startsWith("/api/"))).toEqual([]);
  });

  it("finds every curated method and path in Zou's published route inventory", () => {
    const allowed = new Set(NEWER_THAN_PUBLISHED.map(({ route }) => route));
    const missing = curatedOperations
      .map(({ method, path }) => routeKey(method, path))
      .filter((key) => !publishedRoutes.has(key) && !allowed.has(key));
    expect(missing).toEqual([]);
  });

  it("keeps the allow-list to curated routes the published inventory lacks", () => {
    const curatedRoutes = new Set(curatedOperations.map(({ method, path }) => routeKey(method, path)));
    for (const { route, reason } of NEWER_THAN_PUBLISHED) {
      expect(reason).not.toBe("");
      expect(curatedRoutes.has(route)).toBe(true);
      expect(publishedRoutes.has(route)).toBe(false);
    }
  });

  it("gives every operation a unique camelCase operationId and a summary", () => {
    const ids = curatedOperations.map(({ operation }) => operation.operationId);
    const malformed = curatedOperations
      .filter(({ operation }) => !/^[a-z][a-zA-Z0-9]*$/.test(String(operation.operationId)) || !operation.summary)
      .map(({ method, path }) => routeKey(method, path));
    expect(malformed).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("resolves every $ref to a component that exists", () => {
    const dangling = collectRefs(curated).filter((ref) => !ref.startsWith("#/") || resolvePointer(ref) === undefined);
    expect(dangling).toEqual([]);
  });

  it("declares every path template parameter as a path parameter", () => {
    const undeclared = curatedOperations.flatMap(({ path, method, operation, item }) => {
      const parameters = [item.parameters, operation.parameters]
        .flatMap((list) => (Array.isArray(list) ? list : []))
        .map(resolveIfRef)
        .filter(
          (parameter): parameter is { name: string; in: string } => typeof parameter === "object" && parameter !== null,
        )
        .filter((parameter) => parameter.in === "path")
        .map((parameter) => parameter.name);
      const names = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
      return names
        .filter((name) => !parameters.includes(name ?? ""))
        .map((name) => `${routeKey(method, path)} ${name}`);
    });
    expect(undeclared).toEqual([]);
  });

  it("declares a JSON schema for every success response except 204", () => {
    const withoutSchema = curatedOperations.flatMap(({ method, path, operation }) =>
      Object.entries(operation.responses ?? {})
        .filter(([status]) => status.startsWith("2") && status !== "204")
        .filter(([, response]) => response.content?.["application/json"]?.schema === undefined)
        .map(([status]) => `${routeKey(method, path)} ${status}`),
    );
    const withoutSuccess = curatedOperations
      .filter(({ operation }) => !Object.keys(operation.responses ?? {}).some((status) => status.startsWith("2")))
      .map(({ method, path }) => routeKey(method, path));
    expect(withoutSchema).toEqual([]);
    expect(withoutSuccess).toEqual([]);
  });

  it("compiles every component schema as strict JSON Schema 2020-12", () => {
    const id = "https://kitsu-ayon.invalid/components.json";
    const schemas = curated.components?.schemas ?? {};
    const defs = JSON.parse(JSON.stringify(schemas).replaceAll('"#/components/schemas/', '"#/$defs/')) as object;
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
    addFormatsModule.default(ajv);
    ajv.addSchema({ $id: id, $defs: defs });
    const names = Object.keys(schemas);
    expect(names.length).toBeGreaterThan(50);
    for (const name of names) {
      expect(() => ajv.getSchema(`${id}#/$defs/${name}`), name).not.toThrow();
    }
  });
});
