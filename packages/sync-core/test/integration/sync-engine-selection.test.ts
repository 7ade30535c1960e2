import { type AyonEmulator, startAyonEmulator } from "@kitsu-ayon/ayon-emulator";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createMemoryCheckpointStore, createSyncEngine, reconcileProject, type SyncEngine } from "../../src/index.js";
import "../../../local-kitsu/test/integration/kitsu-context.js";
import { ayonClient, createSmallProject, folderOf, kitsuClient, waitFor } from "./engine-fixture.js";

const kitsu = kitsuClient(inject("kitsu"));
let emulator: AyonEmulator;
let engine: SyncEngine;
const others: SyncEngine[] = [];
const emulators: AyonEmulator[] = [];

beforeAll(async () => {
  emulator = await startAyonEmulator();
}, 60_000);

afterAll(async () => {
  await engine?.stop();
  for (const other of others) await other.stop({ drain: false });
  for (const each of emulators) await each.stop();
  await emulator?.stop();
});

describe("project selection: paired projects, picked up and dropped while running", () => {
  it("syncs a project once it is paired, and stops when it is closed in Kitsu", async () => {
    const ayon = ayonClient(emulator);
    const small = await createSmallProject(kitsu, "Paired");
    engine = createSyncEngine({
      kitsu,
      ayon,
      projects: "paired",
      checkpoints: createMemoryCheckpointStore(),
      coalesceMs: 50,
      reconcileIntervalMs: 0,
      selectionRefreshMs: 200,
    });
    await engine.start();
    // Nothing is paired with this emulator yet: every Kitsu project is left alone.
    expect(engine.status().projects).toEqual([]);

    // Paired from elsewhere (a one-off sync), then followed live.
    const paired = await reconcileProject({ kitsu, ayon }, small.project.id);
    await waitFor("the pairing picked up", async () =>
      engine.status().projects.some((each) => each.kitsuProjectId === small.project.id && each.state === "ready"),
    );
    const shot = await kitsu.shots.create(small.project.id, { name: "SH020", sequence_id: small.sequence.id });
    await waitFor("a live change", () => folderOf(ayon, paired.ayonProject, shot.id));

    // Closed in Kitsu: dropped, and its later changes are not synced.
    const closed = (await kitsu.projects.statuses()).find((status) => status.name === "Closed");
    await kitsu.projects.update(small.project.id, { project_status_id: closed?.id ?? "" });
    await waitFor("the project dropped", async () => engine.status().projects.length === 0);
    const late = await kitsu.shots.create(small.project.id, { name: "SH030", sequence_id: small.sequence.id });
    await waitFor(
      "the late event read",
      async () => engine.metrics().eventsPending === 0 && engine.metrics().eventsIgnored > 0,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await folderOf(ayon, paired.ayonProject, late.id)).toBeUndefined();
  }, 60_000);

  it("all open projects: one created while running is picked up, one closed is dropped", async () => {
    const openEmulator = await startAyonEmulator();
    emulators.push(openEmulator);
    const ayon = ayonClient(openEmulator);
    const open = createSyncEngine({
      kitsu,
      ayon,
      checkpoints: createMemoryCheckpointStore(),
      coalesceMs: 50,
      reconcileIntervalMs: 0,
      // Other tests' projects are synced too; this one only looks at its own.
      reconcileOnStart: false,
    });
    others.push(open);
    await open.start();
    const created = await kitsu.projects.create({ name: `Open Pickup ${Date.now()}`, production_type: "short" });
    const lane = await waitFor("the new project synced", async () =>
      open.status().projects.find((each) => each.kitsuProjectId === created.id && each.ayonProject),
    );
    const sequence = await kitsu.sequences.create(created.id, { name: "SQ01" });
    await waitFor("a live change", () => folderOf(ayon, lane.ayonProject as string, sequence.id));
    const closed = (await kitsu.projects.statuses()).find((status) => status.name === "Closed");
    await kitsu.projects.update(created.id, { project_status_id: closed?.id ?? "" });
    await waitFor("the closed project dropped", async () =>
      open.status().projects.every((each) => each.kitsuProjectId !== created.id),
    );
  }, 60_000);

  it("the periodic reconcile repairs an edit made directly in AYON to a synced field", async () => {
    // Its own emulator: the "paired" engine above would also pick this project up once paired.
    const own = await startAyonEmulator();
    emulators.push(own);
    const ayon = ayonClient(own);
    const small = await createSmallProject(kitsu, "Periodic");
    const periodic = createSyncEngine({
      kitsu,
      ayon,
      projects: [small.project.id],
      checkpoints: createMemoryCheckpointStore(),
      reconcileIntervalMs: 500,
      selectionRefreshMs: 1000,
    });
    others.push(periodic);
    await periodic.start();
    // A start-up reconcile that failed under load is tried again at the next selection refresh.
    const project = await waitFor(
      "the pairing",
      async () => {
        const lane = periodic.status().projects[0];
        if (lane?.ayonProject) return lane.ayonProject;
        // Shown if it never pairs.
        if (lane?.lastError) throw new Error(lane.lastError);
        return undefined;
      },
      60_000,
    );
    const folder = await waitFor("the shot", () => folderOf(ayon, project, small.shot.id));
    // AYON edits send no Kitsu event: only the periodic reconcile can see them.
    await ayon.folders.update(project, folder.id, { label: "edited in AYON" });
    await waitFor("the label set back", async () => (await folderOf(ayon, project, small.shot.id))?.label === "SH010");
    await waitFor("the periodic reconcile counted", async () => periodic.metrics().fullReconciles >= 2);
    expect(periodic.metrics().eventsIn).toBe(0);
  }, 60_000);
});
