import { type AyonEmulator, startAyonEmulator } from "@kitsu-ayon/ayon-emulator";
import { createAyonClient } from "@kitsu-ayon/ayon-sdk";
import { createMemoryCheckpointStore } from "@kitsu-ayon/sync-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  createSmallProject,
  kitsuClient,
  type SmallProject,
  waitFor,
} from "../../../sync-core/test/integration/engine-fixture.js";
import { expectAppliedOnce } from "./applied-once.js";
import "../../../local-kitsu/test/integration/kitsu-context.js";
import {
  KITSU_EVENT_TOPIC,
  KITSU_PROC_TOPIC,
  type Leecher,
  type Processor,
  startLeecher,
  startProcessor,
} from "../../src/scale-out/roles.js";

const kitsu = kitsuClient(inject("kitsu"));
let emulator: AyonEmulator;
let small: SmallProject;
const running: (Leecher | Processor)[] = [];

const ayonAs = (sender: string) =>
  createAyonClient({ serverUrl: emulator.url, apiKey: emulator.apiKey, sender, senderType: "kitsu" });

beforeAll(async () => {
  emulator = await startAyonEmulator();
  small = await createSmallProject(kitsu, "Scale Out");
}, 60_000);

afterAll(async () => {
  for (const role of running) await role.stop().catch(() => {});
  await emulator?.stop();
});

describe("scale-out on AYON's event system: leechers store Kitsu events, processors enroll them", () => {
  it("two leechers and two processors apply every change once; stopping one of each mid-burst loses nothing", async () => {
    const leecher = (name: string) => startLeecher({ kitsu, ayon: ayonAs(name) });
    const processor = (name: string) =>
      startProcessor({
        kitsu,
        ayon: ayonAs(name),
        sender: name,
        projects: [small.project.id],
        checkpoints: createMemoryCheckpointStore(),
        reconcileIntervalMs: 0,
        selectionRefreshMs: 1000,
        pollIntervalMs: 100,
      });
    const [l1, l2] = await Promise.all([leecher("leecher-1"), leecher("leecher-2")]);
    const [p1, p2] = await Promise.all([processor("processor-1"), processor("processor-2")]);
    running.push(l1, l2, p1, p2);
    const ayon = ayonAs("observer");
    // Both processors reconcile on start; whichever pairs first, the other adopts the pairing.
    const pairingOf = (processor: Processor) => processor.engine.status().projects[0]?.ayonProject;
    const project = await waitFor("the pairing", async () => pairingOf(p1) ?? pairingOf(p2), 60_000);

    const rows = Array.from({ length: 60 }, (_, i) => `SQ01,SH${String(i + 100).padStart(4, "0")}`);
    const importing = kitsu.shots.importCsv(small.project.id, `Sequence,Name\n${rows.join("\n")}\n`);
    // One leecher and one processor go away while the burst arrives.
    await waitFor("the first stored events", async () => l2.status().stored + l2.status().duplicates > 5);
    await Promise.all([l2.stop(), p2.stop({ drain: false })]);
    await importing;
    const shots = await kitsu.shots.list(small.project.id);
    const [renamed] = shots;
    if (!renamed) throw new Error("no shot");
    await kitsu.entities.update(renamed.id, { name: "RENAMED" });
    // They come back (same senders): the leecher resumes from AYON, the processor gets its job back.
    const [l3, p3] = await Promise.all([leecher("leecher-2"), processor("processor-2")]);
    running.push(l3, p3);

    await expectAppliedOnce(
      { kitsu, ayon },
      { kitsuProjectId: small.project.id, ayonProject: project, shots: shots.length, renamedTo: "renamed" },
    );
  }, 400_000);

  it("sharded processors each take their own projects' events, in parallel", async () => {
    const other = await createSmallProject(kitsu, "Scale Out B");
    const leecher = await startLeecher({ kitsu, ayon: ayonAs("leecher-shards") });
    const sharded = (shard: string, projectId: string) =>
      startProcessor({
        kitsu,
        ayon: ayonAs(`processor-${shard}`),
        sender: `processor-${shard}`,
        shard,
        projects: [projectId],
        checkpoints: createMemoryCheckpointStore(),
        reconcileIntervalMs: 0,
        pollIntervalMs: 100,
      });
    const [a, b] = await Promise.all([sharded("a", small.project.id), sharded("b", other.project.id)]);
    running.push(leecher, a, b);
    const ayon = ayonAs("observer-shards");
    const [shotA, shotB] = await Promise.all([
      kitsu.shots.create(small.project.id, { name: "SHARD_A", sequence_id: small.sequence.id }),
      kitsu.shots.create(other.project.id, { name: "SHARD_B", sequence_id: other.sequence.id }),
    ]);
    const projectA = a.engine.status().projects[0]?.ayonProject as string;
    const projectB = b.engine.status().projects[0]?.ayonProject as string;
    await waitFor(
      "both shots",
      async () => {
        const [inA, inB] = await Promise.all([
          ayon.entities.folders(projectA, { kitsuIds: [shotA.id] }),
          ayon.entities.folders(projectB, { kitsuIds: [shotB.id] }),
        ]);
        return inA.length === 1 && inB.length === 1;
      },
      60_000,
    );
    const stored = await ayon.events.list({ topics: [KITSU_EVENT_TOPIC] });
    const projectOf = new Map(stored.map((event) => [event.id, event.summary.kitsuProjectId]));
    const jobsA = await ayon.events.list({ topics: [`${KITSU_PROC_TOPIC}.a`] });
    const jobsB = await ayon.events.list({ topics: [`${KITSU_PROC_TOPIC}.b`] });
    expect(jobsA.length).toBeGreaterThan(0);
    expect(jobsB.length).toBeGreaterThan(0);
    // Each shard took only its project's events, and studio-wide ones (no Kitsu project).
    for (const job of jobsA) expect([small.project.id, null]).toContain(projectOf.get(job.dependsOn ?? "") ?? null);
    for (const job of jobsB) expect([other.project.id, null]).toContain(projectOf.get(job.dependsOn ?? "") ?? null);
  }, 120_000);
});
