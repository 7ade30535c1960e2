import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { type AyonEmulator, startAyonEmulator } from "@kitsu-ayon/ayon-emulator";
import { type FaultProxy, startFaultProxy } from "@kitsu-ayon/local-kitsu";
import { reconcileProject } from "@kitsu-ayon/sync-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { kitsuClient } from "../../../../sync-core/test/integration/engine-fixture.js";
import "../../../../local-kitsu/test/integration/kitsu-context.js";
import { killAll, mask, tempDirs } from "../cli-fixture.js";
import {
  converge,
  differences,
  type FaultProject,
  metric,
  seedFaultProject,
  serveThroughProxy,
  warnings,
} from "./fault-fixture.js";

const connection = inject("kitsu");
const kitsu = kitsuClient(connection);
const dirs = tempDirs();
let emulator: AyonEmulator;
let proxy: FaultProxy;
let seeded: FaultProject;

const SHOTS = 200;
const RENAMES = 20;
const CONVERGE_WITHIN_MS = 150_000;

beforeAll(async () => {
  emulator = await startAyonEmulator();
  proxy = await startFaultProxy({ target: emulator.url });
  seeded = await seedFaultProject(kitsu, "Fault Flaky", { sequences: 1, shotsPerSequence: 1 });
}, 60_000);

afterAll(async () => {
  await killAll();
  await proxy?.close();
  await emulator?.stop();
  dirs.cleanup();
});

describe("kitsu-ayon serve while 10% of AYON requests get a 503 and 5% lose their connection", () => {
  it("ends with every imported shot and task once in AYON, the renames applied, and no dead letter", async () => {
    const cwd = dirs.make("flaky");
    // Small AYON writes: the import takes many requests, so faults land on writes as well as reads.
    writeFileSync(join(cwd, "kitsu-ayon.config.yaml"), "sync:\n  chunkSize: 20\n");
    const { ayon, serve, opsUrl, project, clients, start } = await serveThroughProxy({
      connection,
      emulator,
      ayonUrl: proxy.url,
      kitsu,
      kitsuProjectId: seeded.project.id,
      cwd,
    });
    expect(start.problems, "AYON after the start-up reconcile").toEqual([]);

    // Every AYON request of the serve from here on, reads and writes alike. The k-th request gets the
    // k-th fate the seed draws; with this seed the first 12 include a 503 and both kinds of drop (and
    // the first 100 hold 9 503s, 2 drops before forwarding and 4 after the answer), so every run sees
    // each fault while the ratios stay as asked.
    proxy.faults({ status503Ratio: 0.1, dropRatio: 0.05, seed: 103 });
    proxy.resetCounters();
    const t0 = Date.now();
    // The project has one shot task type: Zou's import gives each new shot one task of it.
    const rows = Array.from({ length: SHOTS }, (_, i) => `SQ0${1 + (i % 4)},SH${2000 + i}`);
    await kitsu.shots.importCsv(seeded.project.id, `Sequence,Name\n${rows.join("\n")}\n`);
    const importSeconds = (Date.now() - t0) / 1000;
    const imported = (await kitsu.shots.list(seeded.project.id)).filter((shot) => /^SH2\d{3}$/.test(shot.name));
    expect(imported).toHaveLength(SHOTS);
    const renamed = imported.filter((_, i) => i % (SHOTS / RENAMES) === 0);
    for (const shot of renamed) await kitsu.entities.update(shot.id, { name: `${shot.name}_R` });
    const changesSeconds = (Date.now() - t0) / 1000;

    const result = await converge(() => differences(clients, seeded.project.id, project), CONVERGE_WITHIN_MS);
    const counters = proxy.counters();
    const faultsByRoute: Record<string, number> = {};
    for (const entry of proxy.faulted()) {
      const route = `${entry.fault} ${entry.method} ${entry.path.split("?")[0]?.split(project).join("<project>")}`;
      faultsByRoute[route] = (faultsByRoute[route] ?? 0) + 1;
    }
    const deadLetters = await metric(opsUrl, "kitsu_ayon_dead_letters");
    const retries = await metric(opsUrl, "kitsu_ayon_retries_total");
    const tasks = await ayon.entities.tasks(project, { withKitsuId: true });
    console.log(
      `[flaky-import] ${SHOTS} shots imported in ${importSeconds.toFixed(1)} s, ${renamed.length} renamed by ${changesSeconds.toFixed(1)} s; ` +
        `${result.problems.length === 0 ? "converged" : "NOT converged"} ${(changesSeconds + result.seconds).toFixed(1)} s after the import started ` +
        `(${result.seconds.toFixed(1)} s after the last rename); dead letters ${deadLetters}, retries ${retries}, ` +
        `AYON tasks ${tasks.length}; proxy ${JSON.stringify(counters)}`,
    );
    console.log(`[flaky-import] faults by route: ${JSON.stringify(faultsByRoute, null, 1)}`);
    if (result.problems.length > 0)
      console.log(
        `[flaky-import] still different (${result.problems.length}):\n  ${result.problems.slice(0, 40).join("\n  ")}`,
      );

    const shown = mask(
      `${result.problems.length} differences:\n${result.problems.slice(0, 60).join("\n")}\n--- serve warnings\n${warnings(serve.lines())}\n--- stderr\n${serve.stderr()}`,
    );
    // The faults did happen: a run without any would prove nothing.
    expect(counters.status503).toBeGreaterThan(0);
    expect(counters.dropsBeforeForward).toBeGreaterThan(0);
    expect(counters.dropsAfterResponse).toBeGreaterThan(0);
    expect(serve.child.exitCode, shown).toBeNull();
    expect(result.problems, shown).toEqual([]);
    expect(deadLetters, shown).toBe(0);
    expect(tasks).toHaveLength(SHOTS + 1);
    const fresh = await reconcileProject(clients, seeded.project.id, { dryRun: true });
    expect(fresh.plan.actions).toEqual([]);

    proxy.faults({});
    serve.child.kill("SIGTERM");
    expect((await serve.exited).code, mask(serve.stderr())).toBe(0);
  }, 240_000);
});
