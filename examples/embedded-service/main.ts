// Embeds the sync in an existing Node HTTP server, against a local Kitsu and the AYON emulator:
//   npx tsx examples/embedded-service/main.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startAyonEmulator } from "@kitsu-ayon/ayon-sdk/testing";
import { createKitsuClient } from "@kitsu-ayon/kitsu-sdk";
import { startLocalKitsu } from "@kitsu-ayon/kitsu-sdk/testing";
import { startStudioApp } from "./embed.js";

const kitsuServer = await startLocalKitsu();
const emulator = await startAyonEmulator();
const stateDir = mkdtempSync(join(tmpdir(), "kitsu-ayon-embedded-"));
try {
  const kitsu = createKitsuClient({ apiUrl: kitsuServer.apiUrl, auth: { token: kitsuServer.bot.token } });
  const project = await kitsu.projects.create({ name: `Embedded ${Date.now()}`, production_type: "short" });
  const app = await startStudioApp({
    kitsu: { apiUrl: kitsuServer.apiUrl, eventsUrl: kitsuServer.eventsUrl, auth: { token: kitsuServer.bot.token } },
    ayon: { serverUrl: emulator.url, apiKey: emulator.apiKey },
    projects: [project.id],
    stateDir,
    serve: { port: 0, host: "127.0.0.1", role: "all" },
    sync: { reconcileIntervalMinutes: 240, chunkSize: 500, maxLagSeconds: 300 },
    source: undefined,
  });
  for (const path of ["/hello", "/kitsu-ayon/healthz", "/kitsu-ayon/metrics"]) {
    const response = await fetch(`${app.url}${path}`);
    const text = await response.text();
    console.log(`GET ${path} -> ${response.status} ${text.split("\n")[0]?.slice(0, 100)}`);
  }
  await app.stop();
} finally {
  await emulator.stop();
  await kitsuServer.stop();
  rmSync(stateDir, { recursive: true, force: true });
}
