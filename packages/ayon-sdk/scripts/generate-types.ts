/**
 * Generates the AYON types: `src/generated/ayon-api.ts` from AYON's OpenAPI 3.1 document and
 * `src/generated/ayon-graphql.ts` from its GraphQL introspection. Attribute types differ per AYON
 * server (they come from its `attributes` table), so the sources can be a live server as well.
 *
 *   npm run generate -w packages/ayon-sdk                              from ../shared/specs (newest files)
 *   npm run generate -w packages/ayon-sdk -- --openapi F --graphql G   from given files
 *   AYON_API_KEY=... npm run generate -w packages/ayon-sdk -- --url https://ayon.example.com
 *   npm run generate -w packages/ayon-sdk -- --check                   exit 1 when the committed files are stale (CI)
 *   ... --out DIR                                                     write into DIR instead of the package
 */
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { codegen } from "@graphql-codegen/core";
import * as typescriptPlugin from "@graphql-codegen/typescript";
import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery, parse, printSchema } from "graphql";
import openapiTS, { astToString } from "openapi-typescript";

const packageRoot = fileURLToPath(new URL("../", import.meta.url));
const specsDir = join(packageRoot, "../../../shared/specs");
const COMMAND = "npm run generate -w packages/ayon-sdk";

interface Sources {
  openapi: unknown;
  introspection: IntrospectionQuery;
  /** Where they came from, for the do-not-edit header (never a secret). */
  origin: string;
}

/** The newest `<prefix>-<version>...json` in the shared specs folder. */
function newestSpec(prefix: string): string {
  const version = (name: string) => (name.match(/(\d+)\.(\d+)\.(\d+)/)?.slice(1) ?? []).map(Number);
  const newer = (a: string, b: string) => {
    const [va, vb] = [version(a), version(b)];
    for (let i = 0; i < 3; i++) if ((va[i] ?? 0) !== (vb[i] ?? 0)) return (vb[i] ?? 0) - (va[i] ?? 0);
    return 0;
  };
  const [newest] = readdirSync(specsDir)
    .filter((name) => name.startsWith(prefix) && name.endsWith(".json"))
    .sort(newer);
  if (!newest) throw new Error(`no ${prefix}*.json in ${specsDir}`);
  return join(specsDir, newest);
}

function fromFiles(openapiFile: string, graphqlFile: string): Sources {
  const introspection = JSON.parse(readFileSync(graphqlFile, "utf8")) as {
    data?: IntrospectionQuery;
  } & IntrospectionQuery;
  return {
    openapi: JSON.parse(readFileSync(openapiFile, "utf8")),
    introspection: introspection.data ?? introspection,
    origin: `${basename(openapiFile)} and ${basename(graphqlFile)}`,
  };
}

async function fromServer(url: string, apiKey: string): Promise<Sources> {
  const base = url.replace(/\/+$/, "");
  const headers = { "x-api-key": apiKey, "content-type": "application/json" };
  const answer = async (response: Response, what: string) => {
    if (!response.ok)
      throw new Error(
        `${what}: HTTP ${response.status} from ${base} (the key must be valid and have manager rights for /openapi.json)`,
      );
    return response.json() as Promise<Record<string, unknown>>;
  };
  const openapi = await answer(await fetch(`${base}/openapi.json`, { headers }), "GET /openapi.json");
  const graphql = await answer(
    await fetch(`${base}/graphql`, {
      method: "POST",
      headers,
      body: JSON.stringify({ query: getIntrospectionQuery() }),
    }),
    "POST /graphql",
  );
  const info = openapi.info as { version?: string } | undefined;
  return {
    openapi,
    introspection: graphql.data as IntrospectionQuery,
    origin: `the AYON server ${base} (version ${info?.version ?? "unknown"})`,
  };
}

const header = (origin: string, what: string) =>
  [
    "/**",
    ` * Generated from ${origin} by packages/ayon-sdk/scripts/generate-types.ts (${what}).`,
    ` * Do not edit by hand: regenerate with \`${COMMAND}\`.`,
    " */",
    "",
  ].join("\n");

async function render(sources: Sources): Promise<Record<string, string>> {
  const ast = await openapiTS(sources.openapi as Parameters<typeof openapiTS>[0], {
    silent: true,
    defaultNonNullable: false,
    // AYON's free-form objects (`data`, `summary`, `payload`, `config`) are `type: object` without
    // properties; the default would type them `Record<string, never>`, which accepts nothing.
    emptyObjectsUnknown: true,
  });
  const schema = parse(printSchema(buildClientSchema(sources.introspection)));
  const graphqlTypes = await codegen({
    schema,
    documents: [],
    filename: "ayon-graphql.ts",
    config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTime: "string", JSON: "unknown" } },
    plugins: [{ typescript: {} }],
    pluginMap: { typescript: typescriptPlugin },
  });
  return {
    "src/generated/ayon-api.ts": `${header(sources.origin, "OpenAPI paths and schemas")}\n${astToString(ast)}`,
    "src/generated/ayon-graphql.ts": `${header(sources.origin, "GraphQL schema types")}\n${graphqlTypes}`,
  };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      openapi: { type: "string" },
      graphql: { type: "string" },
      url: { type: "string" },
      "api-key": { type: "string" },
      check: { type: "boolean", default: false },
      out: { type: "string" },
    },
  });
  const apiKey = values["api-key"] ?? process.env.AYON_API_KEY;
  if (values.url && !apiKey) throw new Error("--url needs --api-key or AYON_API_KEY");
  const sources =
    values.url && apiKey
      ? await fromServer(values.url, apiKey)
      : fromFiles(values.openapi ?? newestSpec("ayon-openapi"), values.graphql ?? newestSpec("ayon-graphql"));
  const files = await render(sources);
  let stale = 0;
  const outRoot = values.out ? resolve(values.out) : packageRoot;
  for (const [file, content] of Object.entries(files)) {
    const path = join(outRoot, file);
    if (!values.check) {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, content);
      process.stdout.write(`wrote packages/ayon-sdk/${file}\n`);
      continue;
    }
    const current = await readFile(path, "utf8").catch(() => undefined);
    if (current === content) process.stdout.write(`packages/ayon-sdk/${file} is up to date\n`);
    else {
      stale++;
      process.stderr.write(
        `packages/ayon-sdk/${file} is ${current === undefined ? "missing" : "out of date"}; run \`${COMMAND}\` and commit it\n`,
      );
    }
  }
  return stale > 0 ? 1 : 0;
}

process.exitCode = await main();
