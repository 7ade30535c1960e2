import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type AyonEmulator, startAyonEmulator } from "@kitsu-ayon/ayon-emulator";
import { afterAll, afterEach, describe, expect, inject, it } from "vitest";
import "../../../local-kitsu/test/integration/kitsu-context.js";
import { killAll, leaks, registerSecret, runBinary, tempDirs } from "./cli-fixture.js";

const connection = inject("kitsu");
const dirs = tempDirs();
const emulators: AyonEmulator[] = [];
let proxy: Server | undefined;

/**
 * Kitsu as studios run it, behind a web server that serves Zou's API under `/api` (the addon's
 * `server` setting is the site's root); the local harness serves Zou at the root of its port.
 */
async function kitsuBehindApiPrefix(): Promise<string> {
  const target = new URL(connection.apiUrl);
  proxy = createServer((incoming, outgoing) => {
    const path = (incoming.url ?? "/").replace(/^\/api/, "") || "/";
    const forwarded = httpRequest(
      { host: target.hostname, port: target.port, path, method: incoming.method, headers: incoming.headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forwarded.on("error", () => outgoing.destroy());
    incoming.pipe(forwarded);
  });
  await new Promise<void>((resolve) => proxy?.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
}

afterEach(async () => {
  await killAll();
});
afterAll(async () => {
  proxy?.close();
  for (const emulator of emulators) await emulator.stop();
  dirs.cleanup();
});

/** What AYON's service host gives a service: no Kitsu setting at all. */
const serviceEnv = (emulator: AyonEmulator) => ({
  AYON_SERVER_URL: emulator.url,
  AYON_API_KEY: registerSecret(emulator.apiKey),
  AYON_ADDON_NAME: "kitsu",
  AYON_ADDON_VERSION: "2.0.0",
  AYON_SERVICE_NAME: "kitsu-processor-1",
  KITSU_AYON_STATE_DIR: dirs.make("state"),
});

describe("as an AYON service: Kitsu settings from the addon's settings and AYON secrets", () => {
  it("reads the Kitsu URL from the addon's settings and the login from AYON secrets; doctor passes", async () => {
    registerSecret(connection.admin.password);
    const site = await kitsuBehindApiPrefix();
    const emulator = await startAyonEmulator({
      addons: [
        {
          name: "kitsu",
          version: "2.0.0",
          settings: { server: site, login_email: "kitsu_email", login_password: "kitsu_pw" },
        },
      ],
      secrets: { kitsu_email: connection.admin.email, kitsu_pw: connection.admin.password },
    });
    emulators.push(emulator);
    const result = await runBinary(
      ["doctor"],
      { ...serviceEnv(emulator), KITSU_EVENTS_URL: connection.eventsUrl },
      {
        cwd: dirs.make("cwd"),
      },
    );
    expect(result.stdout).toMatch(/^PASS Kitsu connection: .*answers/m);
    expect(result.stdout).toMatch(/^PASS Kitsu login: logged in as/m);
    expect(result.code).toBe(0);
    expect(leaks(`${result.stdout}${result.stderr}`, connection.admin.password)).toBe(false);
  });

  it("names the missing secret, and exits 2", async () => {
    const emulator = await startAyonEmulator({
      addons: [{ name: "kitsu", version: "2.0.0", settings: { server: connection.apiUrl } }],
    });
    emulators.push(emulator);
    const result = await runBinary(["sync", "--dry-run"], serviceEnv(emulator), { cwd: dirs.make("cwd") });
    expect(result.stderr).toContain('AYON has no secret "kitsu_email"');
    expect(result.code).toBe(2);
  });
});
