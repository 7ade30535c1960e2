import { type AyonEmulator, startAyonEmulator } from "@kitsu-ayon/ayon-emulator";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createMemoryCheckpointStore, createSyncEngine, reconcileProject, type SyncEngine } from "../../src/index.js";
import "../../../local-kitsu/test/integration/kitsu-context.js";
import { ayonClient, createSmallProject, kitsuClient, type SmallProject, waitFor } from "./engine-fixture.js";

const kitsu = kitsuClient(inject("kitsu"));
let emulator: AyonEmulator;
let small: SmallProject;
const engines: SyncEngine[] = [];

beforeAll(async () => {
  emulator = await startAyonEmulator();
  small = await createSmallProject(kitsu, "Restart");
}, 60_000);

afterAll(async () => {
  for (const engine of engines) await engine.stop({ drain: false });
  await emulator?.stop();
});

const SHOTS = 240;

describe("kill and restart in the middle of a burst", () => {
  it("resumes from the checkpoint: AYON ends equal to a fresh full reconcile, with no duplicate and nothing missing", async () => {
    const ayon = ayonClient(emulator);
    const checkpoints = createMemoryCheckpointStore();
    const options = {
      kitsu,
      ayon,
      projects: [small.project.id],
      checkpoints,
      chunkSize: 40,
      coalesceMs: 30,
      coalesceMaxMs: 150,
      maxBatchEvents: 60,
      reconcileIntervalMs: 0,
    };
    const first = createSyncEngine(options);
    engines.push(first);
    await first.start();
    const project = first.status().projects[0]?.ayonProject as string;

    // Killed (no drain) as soon as the first batch of the burst is written.
    let killed: Promise<void> | undefined;
    first.onBatch((batch) => {
      if (!killed && batch.events.some((event) => event.name === "shot:new")) killed = first.stop({ drain: false });
    });
    const rows = Array.from({ length: SHOTS }, (_, i) => `SQ${1 + (i % 3)},SH${String(i + 100).padStart(4, "0")}`);
    const importing = kitsu.shots.importCsv(small.project.id, `Sequence,Name\n${rows.join("\n")}\n`);
    await waitFor("the kill", async () => killed !== undefined, 60_000);
    await killed;
    const written = (await ayon.entities.folders(project, { withKitsuId: true })).filter(
      (folder) => folder.folderType === "Shot",
    ).length;
    expect(written).toBeLessThan(SHOTS);
    const stored = [...checkpoints.entries.values()][0];
    expect(stored?.cursor?.after).toMatch(/^\d{4}-/);
    await importing;

    // More changes while nothing runs.
    const shots = await kitsu.shots.list(small.project.id);
    const [renamed, removed] = shots.filter((shot) => shot.name.startsWith("SH0"));
    if (!renamed || !removed) throw new Error("no imported shot");
    await kitsu.entities.update(renamed.id, { name: "RENAMED" });
    await kitsu.shots.delete(removed.id, { force: true });

    // Restarted from the checkpoint, without the start-up reconcile: only the event log can bring AYON up to date.
    const second = createSyncEngine({ ...options, reconcileOnStart: false });
    engines.push(second);
    await second.start();
    expect(second.status().cursor).toEqual(stored?.cursor);
    await waitFor(
      "every shot in AYON",
      async () => {
        const folders = await ayon.entities.folders(project, { withKitsuId: true });
        return (
          folders.filter((folder) => folder.folderType === "Shot").length === SHOTS &&
          second.metrics().eventsPending === 0
        );
      },
      60_000,
    );
    expect(second.metrics().eventsIn).toBeGreaterThan(SHOTS - written);

    const folders = await ayon.entities.folders(project, { withKitsuId: true });
    const keys = folders.map((folder) => folder.data.kitsuId);
    expect(new Set(keys).size).toBe(keys.length);
    expect(folders.find((folder) => folder.data.kitsuId === renamed.id)?.name).toBe("renamed");
    expect(keys).not.toContain(removed.id);
    const fresh = await reconcileProject({ kitsu, ayon }, small.project.id, { dryRun: true });
    expect(fresh.plan.actions).toEqual([]);
    await second.stop();
  }, 120_000);
});
