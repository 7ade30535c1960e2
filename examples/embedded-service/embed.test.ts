import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startAyonEmulator } from "@kitsu-ayon/ayon-emulator";
import { createKitsuClient } from "@kitsu-ayon/kitsu-sdk";
import { describe, expect, inject, it } from "vitest";
import "../studio-rules/kitsu-context.js";
import { exampleConfig, startStudioApp } from "./embed.js";

describe("example: the service embedded in an existing HTTP server (real Zou, AYON emulator)", () => {
  it("serves the program's own routes and the sync's health and metrics under /kitsu-ayon/", async () => {
    const connection = inject("kitsu");
    const emulator = await startAyonEmulator();
    const stateDir = mkdtempSync(join(tmpdir(), "kitsu-ayon-embedded-"));
    const kitsu = createKitsuClient({ apiUrl: connection.apiUrl, auth: { token: connection.bot.token } });
    const project = await kitsu.projects.create({ name: `Embedded ${Date.now()}`, production_type: "short" });
    const app = await startStudioApp(
      exampleConfig({
        kitsu: { apiUrl: connection.apiUrl, eventsUrl: connection.eventsUrl, token: connection.bot.token },
        ayon: { url: emulator.url, apiKey: emulator.apiKey },
        projectId: project.id,
        stateDir,
      }),
    );
    try {
      expect(app.service.url).toBeUndefined();
      expect(await (await fetch(`${app.url}/hello`)).json()).toEqual({ hello: "from the studio's own API" });
      const health = await fetch(`${app.url}/kitsu-ayon/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({
        ok: true,
        state: "running",
        kitsu: { ok: true },
        ayon: { ok: true },
      });
      const metrics = await (await fetch(`${app.url}/kitsu-ayon/metrics`)).text();
      expect(metrics).toMatch(/^kitsu_ayon_full_reconciles_total 1$/m);
      expect((await fetch(`${app.url}/nothing`)).status).toBe(404);
    } finally {
      await app.stop();
      await emulator.stop();
      rmSync(stateDir, { recursive: true, force: true });
    }
  });
});
