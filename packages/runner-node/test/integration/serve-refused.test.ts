import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { type AyonEmulator, startAyonEmulator } from "@kitsu-ayon/ayon-emulator";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { kitsuClient } from "../../../sync-core/test/integration/engine-fixture.js";
import "../../../local-kitsu/test/integration/kitsu-context.js";
import { cliEnv, killAll, mask, registerSecret, runBinary, tempDirs } from "./cli-fixture.js";

const connection = inject("kitsu");
const dirs = tempDirs();
let emulator: AyonEmulator;
let counter: { url: string; logins: number; server: Server };

/** Forwards every request to Zou, counting the login attempts that reach it. */
async function startLoginCounter(target: string) {
  const state = { logins: 0 };
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    if (request.method === "POST" && request.url?.endsWith("/auth/login")) state.logins++;
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers))
      if (typeof value === "string" && name !== "host" && name !== "content-length") headers.set(name, value);
    const upstream = await fetch(`${target}${request.url}`, {
      method: request.method ?? "GET",
      headers,
      ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}),
    });
    response.writeHead(upstream.status, { "content-type": upstream.headers.get("content-type") ?? "text/plain" });
    response.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    server,
    get logins() {
      return state.logins;
    },
  };
}

beforeAll(async () => {
  emulator = await startAyonEmulator();
  counter = await startLoginCounter(connection.apiUrl);
});

afterAll(async () => {
  await killAll();
  await emulator?.stop();
  await new Promise((resolve) => counter?.server.close(resolve));
  dirs.cleanup();
});

describe("kitsu-ayon serve with credentials Zou refuses", () => {
  it("exits 3 within seconds after at most 2 login attempts, naming the refusal and no secret", async () => {
    const stamp = Date.now();
    const person = await kitsuClient(connection).persons.create({
      first_name: "Wrong",
      last_name: `Password ${stamp}`,
      email: `wrong-password-${stamp}@example.com`,
    });
    const password = `not-the-password-${stamp}`;
    registerSecret(password);
    const base = cliEnv(connection, emulator, join(dirs.make("state"), "state"));
    const env: Record<string, string> = {
      ...base,
      KITSU_API_URL: counter.url,
      KITSU_EMAIL: person.email ?? "",
      KITSU_PASSWORD: password,
    };
    delete env.KITSU_BOT_TOKEN;
    const started = Date.now();
    const result = await runBinary(["serve", "--port", "0"], env, { cwd: dirs.make("cwd"), timeoutMs: 30_000 });
    const seconds = (Date.now() - started) / 1000;
    const shown = mask(`exit ${result.code} after ${seconds} s\n${result.stdout}\n${result.stderr}`);
    expect(result.code, shown).toBe(3);
    expect(seconds, shown).toBeLessThan(10);
    expect(counter.logins, shown).toBeGreaterThanOrEqual(1);
    expect(counter.logins, shown).toBeLessThanOrEqual(2);
    expect(result.stderr, shown).toMatch(/wrong email or password/);
    expect(`${result.stdout}${result.stderr}`).not.toContain(password);
  }, 45_000);

  it("exits 3 within seconds when AYON refuses the API key", async () => {
    const project = await kitsuClient(connection).projects.create({
      name: `Refused key ${Date.now()}`,
      production_type: "short",
    });
    const wrongKey = "0123456789abcdef0123456789abcdef";
    registerSecret(wrongKey);
    const env = {
      ...cliEnv(connection, emulator, join(dirs.make("state"), "state")),
      AYON_API_KEY: wrongKey,
      KITSU_AYON_PROJECTS: project.id,
    };
    const started = Date.now();
    const result = await runBinary(["serve", "--port", "0"], env, { cwd: dirs.make("cwd"), timeoutMs: 30_000 });
    const seconds = (Date.now() - started) / 1000;
    const shown = mask(`exit ${result.code} after ${seconds} s\n${result.stdout}\n${result.stderr}`);
    expect(result.code, shown).toBe(3);
    expect(seconds, shown).toBeLessThan(10);
    expect(`${result.stdout}${result.stderr}`).not.toContain(wrongKey);
  }, 45_000);
});
