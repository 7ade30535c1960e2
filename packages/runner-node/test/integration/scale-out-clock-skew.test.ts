import { randomUUID } from "node:crypto";
import { type AyonEmulator, startAyonEmulator } from "@kitsu-ayon/ayon-emulator";
import { createAyonClient } from "@kitsu-ayon/ayon-sdk";
import { createMemoryCheckpointStore } from "@kitsu-ayon/sync-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import {
  createSmallProject,
  kitsuClient,
  type SmallProject,
  waitFor,
} from "../../../sync-core/test/integration/engine-fixture.js";
import "../../../local-kitsu/test/integration/kitsu-context.js";
import { KITSU_EVENT_TOPIC, KITSU_PROC_TOPIC, type Processor, startProcessor } from "../../src/scale-out/roles.js";

const kitsu = kitsuClient(inject("kitsu"));
let emulator: AyonEmulator;
let small: SmallProject;
const running: Processor[] = [];
const HOUR = 3_600_000;
const STUCK_TIMEOUT_MS = 3_000;
const SHARD = "skew";

const ayonAs = (sender: string) =>
  createAyonClient({ serverUrl: emulator.url, apiKey: emulator.apiKey, sender, senderType: "kitsu" });

/** AYON's clock, `offsetMs` away from this host's: the time it stamps on every event update. */
const skewAyonClock = (offsetMs: number) => {
  emulator.state.now = () => new Date(Date.now() + offsetMs).toISOString();
};

/**
 * A job left in progress by a processor that died: a stored studio-wide Kitsu event, enrolled by
 * `dead-processor.1` and marked in progress, at AYON's (skewed) time.
 */
async function jobOfDeadProcessor(): Promise<string> {
  const producer = ayonAs("leecher-skew");
  const kitsuEventId = randomUUID();
  await producer.events.dispatch({
    topic: KITSU_EVENT_TOPIC,
    hash: randomUUID().replaceAll("-", ""),
    summary: { kitsuEventId, kitsuProjectId: null, name: "task-type:update" },
    payload: {
      event: {
        id: kitsuEventId,
        name: "task-type:update",
        createdAt: new Date().toISOString(),
        userId: null,
        projectId: null,
        data: { task_type_id: small.anim.id },
      },
    },
    finished: true,
  });
  const dead = ayonAs("dead-processor");
  const job = await dead.events.enroll({
    sourceTopic: KITSU_EVENT_TOPIC,
    targetTopic: `${KITSU_PROC_TOPIC}.${SHARD}`,
    sender: "dead-processor.1",
    ignoreOlderThan: 0,
  });
  if (!job) throw new Error("nothing to enroll");
  await dead.events.update(job.id, { status: "in_progress", sender: "dead-processor.1" });
  return job.id;
}

const processor = () =>
  startProcessor({
    kitsu,
    ayon: ayonAs("processor-skew"),
    sender: "processor-skew",
    shard: SHARD,
    projects: [small.project.id],
    checkpoints: createMemoryCheckpointStore(),
    reconcileOnStart: false,
    reconcileIntervalMs: 0,
    pollIntervalMs: 100,
    stuckJobTimeoutMs: STUCK_TIMEOUT_MS,
  });

beforeAll(async () => {
  small = await createSmallProject(kitsu, "Clock Skew");
}, 60_000);
afterEach(async () => {
  for (const each of running.splice(0)) await each.stop({ drain: false }).catch(() => {});
  await emulator?.stop();
});
afterAll(async () => {
  await emulator?.stop().catch(() => {});
});

describe("a processor tells stuck jobs by its own clock, whatever AYON's clock says", () => {
  for (const { given, offsetMs } of [
    { given: "AYON's clock an hour ahead of this host", offsetMs: HOUR },
    { given: "AYON's clock an hour behind this host", offsetMs: -HOUR },
  ]) {
    it(`with ${given}, fails a dead processor's job once it stayed unchanged for the timeout, not before`, async () => {
      emulator = await startAyonEmulator();
      skewAyonClock(offsetMs);
      const jobId = await jobOfDeadProcessor();
      const started = performance.now();
      const p = await processor();
      running.push(p);
      // Failed by the sweep (and then handed out again, to this processor's own slots).
      await waitFor("the dead processor's job failed", async () => p.status().stuckFailed === 1, 30_000);
      const elapsed = performance.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(STUCK_TIMEOUT_MS);
      const job = await ayonAs("observer").events.get(jobId);
      expect(job.sender).not.toBe("dead-processor.1");
    }, 60_000);
  }
});
