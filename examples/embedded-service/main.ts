// Embeds the sync in an existing Node HTTP server, against a local Kitsu and the AYON emulator:
//   npx tsx examples/embedded-service/main.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startAyonEmulator } from "@kitsu-ayon/ayon-emulator";
import { createKitsuClient } from "@kitsu-ayon/kitsu-sdk";
import { startLocalKitsu } from "@kitsu-ayon/local-kitsu";
import { exampleConfig, startStudioApp } from "./embed.js";

const kitsuServer = await startLocalKitsu();
const emulator = await startAyonEmulator();
const stateDir = mkdtempSync(join(tmpdir(), "kitsu-ayon-embedded-"));
try {
  const kitsu = createKitsuClient({ apiUrl: kitsuServer.apiUrl, auth: { token: kitsuServer.bot.token } });
  const project = await kitsu.projects.create({ name: `Embedded ${Date.now()}`, production_type: "short" });
  const app = await startStudioApp(
    exampleConfig({
      kitsu: { apiUrl: kitsuServer.apiUrl, eventsUrl: kitsuServer.eventsUrl, token: kitsuServer.bot.token },
      ayon: { url: emulator.url, apiKey: emulator.apiKey },
      projectId: project.id,
      stateDir,
    }),
  );
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
