/**
 * Generates `src/generated/kitsu-api.ts` from the curated Kitsu (Zou) OpenAPI document.
 *
 *   npm run generate -w packages/kitsu-sdk             writes the file
 *   npm run generate -w packages/kitsu-sdk -- --check  exits 1 when the committed file is stale (CI)
 */
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const SOURCE = "openapi/kitsu.openapi.yaml";
const TARGET = "src/generated/kitsu-api.ts";
const COMMAND = "npm run generate -w packages/kitsu-sdk";

const packageRoot = new URL("../", import.meta.url);

const HEADER = [
  "/**",
  ` * Generated from packages/kitsu-sdk/${SOURCE} by packages/kitsu-sdk/scripts/generate-types.ts.`,
  " * Do not edit by hand: change the OpenAPI document, then regenerate with",
  ` *   ${COMMAND}`,
  " */",
  "",
].join("\n");

async function render(): Promise<string> {
  // `defaultNonNullable: false`: a request field with a default stays optional for the caller.
  const ast = await openapiTS(new URL(SOURCE, packageRoot), { silent: true, defaultNonNullable: false });
  return `${HEADER}\n${astToString(ast)}`;
}

async function readCurrent(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

async function main(check: boolean): Promise<number> {
  const targetPath = fileURLToPath(new URL(TARGET, packageRoot));
  const generated = await render();
  if (!check) {
    await writeFile(targetPath, generated);
    process.stdout.write(`wrote packages/kitsu-sdk/${TARGET}\n`);
    return 0;
  }
  const current = await readCurrent(targetPath);
  if (current === generated) {
    process.stdout.write(`packages/kitsu-sdk/${TARGET} is up to date\n`);
    return 0;
  }
  process.stderr.write(
    `packages/kitsu-sdk/${TARGET} is ${current === undefined ? "missing" : "out of date"} ` +
      `with packages/kitsu-sdk/${SOURCE}.\nRun \`${COMMAND}\` and commit the result.\n`,
  );
  return 1;
}

process.exitCode = await main(process.argv.includes("--check"));
