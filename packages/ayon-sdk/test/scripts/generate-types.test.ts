import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { type AyonEmulator, startAyonEmulator } from "@kitsu-ayon/ayon-emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const packageRoot = fileURLToPath(new URL("../../", import.meta.url));
const spec = fileURLToPath(new URL("../../../../../shared/specs/ayon-openapi-1.16.8.subset.json", import.meta.url));

let emulator: AyonEmulator;
let out: string;

beforeAll(async () => {
  emulator = await startAyonEmulator({ openapi: JSON.parse(await readFile(spec, "utf8")) });
  out = await mkdtemp(join(tmpdir(), "ayon-generate-"));
});
afterAll(async () => {
  await emulator.stop();
  await rm(out, { recursive: true, force: true });
});

const generate = (args: string[], env: Record<string, string> = {}) =>
  run(process.execPath, ["--import", "tsx", "scripts/generate-types.ts", ...args], {
    cwd: packageRoot,
    env: { ...process.env, ...env },
  });

describe("generate-types --url", () => {
  it("generates both files from a live server's /openapi.json and GraphQL introspection", async () => {
    const { stdout } = await generate(["--url", emulator.url, "--out", out], { AYON_API_KEY: emulator.apiKey });
    expect(stdout).toContain("wrote packages/ayon-sdk/src/generated/ayon-api.ts");
    const api = await readFile(join(out, "src/generated/ayon-api.ts"), "utf8");
    expect(api).toContain(`Generated from the AYON server ${emulator.url} (version 1.16.8)`);
    expect(api).toContain('"/api/projects/{project_name}/operations"');
    const graphql = await readFile(join(out, "src/generated/ayon-graphql.ts"), "utf8");
    expect(graphql).toMatch(/export type FolderNode = \{[^}]*allAttrib: Scalars\['String'\]\['output'\];/);
    expect(api + graphql).not.toContain(emulator.apiKey);
  }, 60_000);

  it("fails with the reason, and without the key, when the key is refused", async () => {
    const wrongKey = "wrongwrongwrongwrongwrongwrong12";
    const failure = (await generate(["--url", emulator.url, "--out", out], { AYON_API_KEY: wrongKey }).catch(
      (error: unknown) => error,
    )) as {
      code: number;
      stderr: string;
    };
    expect(failure.code).not.toBe(0);
    expect(failure.stderr).toContain("GET /openapi.json: HTTP 403");
    expect(failure.stderr).not.toContain(wrongKey);
  }, 60_000);
});
