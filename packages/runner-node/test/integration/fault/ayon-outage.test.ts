import { type AyonEmulator, startAyonEmulator } from "@kitsu-ayon/ayon-emulator";
import type { KitsuSchemas } from "@kitsu-ayon/kitsu-sdk";
import { type FaultProxy, startFaultProxy } from "@kitsu-ayon/local-kitsu";
import { reconcileProject } from "@kitsu-ayon/sync-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { kitsuClient } from "../../../../sync-core/test/integration/engine-fixture.js";
import "../../../../local-kitsu/test/integration/kitsu-context.js";
import { killAll, mask, tempDirs, waitHealthy } from "../cli-fixture.js";
import {
  converge,
  differences,
  type FaultProject,
  kitsuWrite,
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

const CHANGES = 60;
/** One change every this often: 60 changes take about 24 s. */
const CHANGE_EVERY_MS = 400;
const DOWN_AFTER_FIRST_CHANGE_MS = 1_000;
const OUTAGE_MS = 45_000;
const CONVERGE_WITHIN_MS = 30_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  emulator = await startAyonEmulator();
  proxy = await startFaultProxy({ target: emulator.url });
  seeded = await seedFaultProject(kitsu, "Fault Outage", { sequences: 2, shotsPerSequence: 5 });
}, 60_000);

afterAll(async () => {
  await killAll();
  await proxy?.close();
  await emulator?.stop();
  dirs.cleanup();
});

/** Creates, renames and status changes, in turn: a third of the changes each. */
function changeMaker(project: FaultProject) {
  const shots = [...project.shots];
  const names = new Map(shots.map((shot) => [shot.id, shot.name]));
  let created = 0;
  let renamed = 0;
  let statusChanges = 0;
  const taskOfShot = async (shotId: string) => (await kitsu.tasks.list({ entityId: shotId }))[0];
  return {
    counts: () => ({ created, renamed, statusChanges }),
    async make(index: number): Promise<void> {
      const kind = index % 3;
      if (kind === 0) {
        const sequence = project.sequences[index % project.sequences.length] as KitsuSchemas["Entity"];
        const name = `SH${String(5000 + index).padStart(4, "0")}`;
        const shot = await kitsuWrite(
          () => kitsu.shots.create(project.project.id, { name, sequence_id: sequence.id }),
          async () => (await kitsu.shots.list(project.project.id)).find((entry) => entry.name === name),
        );
        await kitsuWrite(
          () => kitsu.tasks.createForShots(project.project.id, project.taskType.id, [shot.id]),
          async () => ((await taskOfShot(shot.id)) ? [] : undefined),
        );
        shots.push(shot);
        names.set(shot.id, name);
        created++;
      } else if (kind === 1) {
        // The newest shots first: some are renamed before AYON ever saw them.
        const shot = shots[shots.length - 1 - (renamed % shots.length)] as KitsuSchemas["Entity"];
        const name = `${names.get(shot.id)}_v${index}`;
        await kitsu.entities.update(shot.id, { name });
        names.set(shot.id, name);
        renamed++;
      } else {
        const shot = shots[(statusChanges * 7) % shots.length] as KitsuSchemas["Entity"];
        const task = await taskOfShot(shot.id);
        if (!task) throw new Error(`shot ${names.get(shot.id)} has no task`);
        const current = project.statuses.findIndex((status) => status.id === task.task_status_id);
        const next = project.statuses[(current + 1) % project.statuses.length] as KitsuSchemas["TaskStatus"];
        await kitsuWrite(
          () => kitsu.tasks.setStatus(task.id, next.id, `change ${index}`),
          async () => ((await kitsu.tasks.get(task.id)).task_status_id === next.id ? {} : undefined),
        );
        statusChanges++;
      }
    },
  };
}

describe("kitsu-ayon serve through a 45 s AYON outage in the middle of 60 Kitsu changes", () => {
  it("brings AYON level with Kitsu once AYON is back, without a restart and with no dead letter", async () => {
    const cwd = dirs.make("outage");
    const { serve, opsUrl, project, clients, start } = await serveThroughProxy({
      connection,
      emulator,
      ayonUrl: proxy.url,
      kitsu,
      kitsuProjectId: seeded.project.id,
      cwd,
    });
    expect(start.problems, "AYON after the start-up reconcile").toEqual([]);

    const maker = changeMaker(seeded);
    const t0 = Date.now();
    let outageStarted = 0;
    let outageEnded = 0;
    const healthDuringOutage: number[] = [];
    let behindBeforeUp = 0;
    const outage = (async () => {
      await sleep(DOWN_AFTER_FIRST_CHANGE_MS);
      proxy.down();
      outageStarted = Date.now();
      // /healthz as a load balancer would see it, once in the middle of the outage.
      await sleep(OUTAGE_MS / 2);
      healthDuringOutage.push((await fetch(`${opsUrl}/healthz`)).status);
      await sleep(outageStarted + OUTAGE_MS - Date.now() - 1_000);
      // Read directly, not through the proxy: AYON is behind, so the comparison below has something to find.
      behindBeforeUp = (await differences(clients, seeded.project.id, project)).length;
      await sleep(outageStarted + OUTAGE_MS - Date.now());
      proxy.up();
      outageEnded = Date.now();
    })();
    for (let index = 0; index < CHANGES; index++) {
      await sleep(t0 + index * CHANGE_EVERY_MS - Date.now());
      await maker.make(index);
    }
    const changesSeconds = (Date.now() - t0) / 1000;
    await outage;

    const result = await converge(() => differences(clients, seeded.project.id, project), CONVERGE_WITHIN_MS);
    const deadLetters = await metric(opsUrl, "kitsu_ayon_dead_letters");
    const retries = await metric(opsUrl, "kitsu_ayon_retries_total");
    console.log(
      `[ayon-outage] ${CHANGES} changes (${JSON.stringify(maker.counts())}) in ${changesSeconds.toFixed(1)} s; ` +
        `AYON down ${((outageEnded - outageStarted) / 1000).toFixed(1)} s from ${((outageStarted - t0) / 1000).toFixed(1)} s after the first change; ` +
        `${result.problems.length === 0 ? "converged" : "NOT converged"} ${result.seconds.toFixed(1)} s after up(); ` +
        `${behindBeforeUp} differences just before up(); dead letters ${deadLetters}, retries ${retries}, /healthz during the outage ${healthDuringOutage.join(",")}; ` +
        `proxy ${JSON.stringify(proxy.counters())}`,
    );
    if (result.problems.length > 0) console.log(`[ayon-outage] still different:\n  ${result.problems.join("\n  ")}`);

    const shown = mask(
      `${result.problems.length} differences:\n${result.problems.join("\n")}\n--- serve warnings\n${warnings(serve.lines())}\n--- stderr\n${serve.stderr()}`,
    );
    expect(behindBeforeUp, "AYON is behind Kitsu while down").toBeGreaterThan(0);
    expect(serve.child.exitCode, shown).toBeNull();
    expect(result.problems, shown).toEqual([]);
    expect(deadLetters, shown).toBe(0);
    expect(healthDuringOutage, "/healthz during the outage").toEqual([503]);
    const fresh = await reconcileProject(clients, seeded.project.id, { dryRun: true });
    expect(fresh.plan.actions).toEqual([]);
    await waitHealthy(opsUrl, 30_000);

    serve.child.kill("SIGTERM");
    expect((await serve.exited).code, mask(serve.stderr())).toBe(0);
  }, 240_000);
});
