import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { type AyonEmulator, startAyonEmulator } from "@kitsu-ayon/ayon-emulator";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { kitsuClient } from "../../../sync-core/test/integration/engine-fixture.js";
import "../../../local-kitsu/test/integration/kitsu-context.js";
import { cliEnv, killAll, mask, registerSecret, runBinary, startServe, tempDirs, waitHealthy } from "./cli-fixture.js";

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

  it("exits 3 within seconds when AYON revokes its key while it runs", async () => {
    const stamp = Date.now();
    const kitsu = kitsuClient(connection);
    const project = await kitsu.projects.create({ name: `Revoked key ${stamp}`, production_type: "short" });
    // A service user of its own, so revoking it leaves the emulator's admin key working.
    const key = `${"k".repeat(16)}${String(stamp).padStart(16, "0").slice(-16)}`.replace(/[^a-zA-Z0-9]/g, "k");
    registerSecret(key);
    const user = `svc-revoked-${stamp}`;
    const admin = { "x-api-key": emulator.apiKey, "content-type": "application/json" };
    const created = await fetch(`${emulator.url}/api/users/${user}`, {
      method: "PUT",
      headers: admin,
      body: JSON.stringify({ data: { isService: true }, apiKey: key }),
    });
    expect(created.status).toBe(204);
    const env = {
      ...cliEnv(connection, emulator, join(dirs.make("state"), "state")),
      AYON_API_KEY: key,
      KITSU_AYON_PROJECTS: project.id,
    };
    const serve = startServe(env, { cwd: dirs.make("cwd"), args: ["serve", "--port", "0"] });
    await waitHealthy(await serve.waitForUrl());
    const revoked = await fetch(`${emulator.url}/api/users/${user}`, {
      method: "PATCH",
      headers: admin,
      body: JSON.stringify({ active: false }),
    });
    expect(revoked.status).toBe(204);
    const changedAt = Date.now();
    await kitsu.sequences.create(project.id, { name: `SQ${String(stamp).slice(-3)}` });
    const result = await Promise.race([
      serve.exited,
      new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 30_000)),
    ]);
    const shown = mask(
      `exit ${result?.code} after ${(Date.now() - changedAt) / 1000} s\n${serve.stdout()}\n${serve.stderr()}`,
    );
    expect(result?.code, shown).toBe(3);
    expect(Date.now() - changedAt, shown).toBeLessThan(10_000);
    expect(serve.stderr(), shown).toMatch(/the sync stopped/);
    expect(`${serve.stdout()}${serve.stderr()}`).not.toContain(key);
  }, 60_000);
});
