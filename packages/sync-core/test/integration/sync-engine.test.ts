import { type AyonEmulator, startAyonEmulator } from "@kitsu-ayon/ayon-emulator";
import type { AyonClient } from "@kitsu-ayon/ayon-sdk";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  type BatchReport,
  createMemoryCheckpointStore,
  createSyncEngine,
  reconcileProject,
  type SyncEngine,
} from "../../src/index.js";
import "../../../local-kitsu/test/integration/kitsu-context.js";
import {
  ayonClient,
  createSmallProject,
  folderOf,
  kitsuClient,
  type SmallProject,
  taskOf,
  userOf,
  waitFor,
} from "./engine-fixture.js";

const kitsu = kitsuClient(inject("kitsu"));
let emulator: AyonEmulator;
let ayon: AyonClient;
let engine: SyncEngine;
let small: SmallProject;
let project: string;
const checkpoints = createMemoryCheckpointStore();
const batches: BatchReport[] = [];
const lateName = `Late Project ${Date.now()}`;

beforeAll(async () => {
  emulator = await startAyonEmulator();
  ayon = ayonClient(emulator);
  small = await createSmallProject(kitsu, "Engine");
  engine = createSyncEngine({
    kitsu,
    ayon,
    projects: [small.project.id, lateName],
    checkpoints,
    coalesceMs: 100,
    reconcileIntervalMs: 0,
  });
  engine.onBatch((batch) => batches.push(batch));
  await engine.start();
  const status = engine.status();
  project = status.projects[0]?.ayonProject as string;
}, 60_000);

afterAll(async () => {
  await engine?.stop();
  await emulator?.stop();
});

describe("the live engine, real Zou into the AYON emulator", () => {
  it("reconciles the selected project on start, stores a checkpoint and reports the missing one", async () => {
    const status = engine.status();
    expect(status.state).toBe("running");
    expect(status.projects).toMatchObject([{ kitsuProjectId: small.project.id, state: "ready" }]);
    expect(status.missingProjects).toEqual([lateName]);
    expect(await folderOf(ayon, project, small.shot.id)).toMatchObject({ name: "sh010", folderType: "Shot" });
    expect([...checkpoints.entries.values()][0]?.cursor?.after).toMatch(/^\d{4}-/);
  });

  it("entity created, renamed, moved", async () => {
    const shot = await kitsu.shots.create(small.project.id, { name: "SH020", sequence_id: small.sequence.id });
    const sequenceFolder = await waitFor("SQ01 folder", () => folderOf(ayon, project, small.sequence.id));
    await waitFor("the new shot", async () => (await folderOf(ayon, project, shot.id))?.parentId === sequenceFolder.id);

    await kitsu.entities.update(shot.id, { name: "SH025" });
    await waitFor("the rename", async () => (await folderOf(ayon, project, shot.id))?.name === "sh025");

    const other = await kitsu.sequences.create(small.project.id, { name: "SQ02" });
    await kitsu.entities.update(shot.id, { parent_id: other.id });
    const moved = await waitFor("the move", async () => {
      const [folder, parent] = await Promise.all([folderOf(ayon, project, shot.id), folderOf(ayon, project, other.id)]);
      return folder && parent && folder.parentId === parent.id ? folder : undefined;
    });
    expect(moved.path).toMatch(/\/sq02\/sh025$/);
  });

  it("asset created, its type changed, deleted", async () => {
    const [props, characters] = await Promise.all([
      kitsu.assetTypes.create({ name: `Props ${Date.now()}` }),
      kitsu.assetTypes.create({ name: `Chars ${Date.now()}` }),
    ]);
    const asset = await kitsu.assets.create(small.project.id, props.id, { name: "Lamp" });
    const folder = await waitFor("the asset", () => folderOf(ayon, project, asset.id));
    expect(folder).toMatchObject({ name: "lamp", folderType: "Asset" });
    expect(folder.path).toMatch(/\/props_\d+\/lamp$/);
    await kitsu.entities.update(asset.id, { entity_type_id: characters.id });
    await waitFor("the new asset type", async () =>
      /\/chars_\d+\/lamp$/.test((await folderOf(ayon, project, asset.id))?.path ?? ""),
    );
    await kitsu.assets.delete(asset.id, { force: true });
    await waitFor("the asset gone", async () => (await folderOf(ayon, project, asset.id)) === undefined);
  });

  it("entity cancelled (deactivated) and deleted (removed)", async () => {
    const [kept, gone] = await Promise.all([
      kitsu.shots.create(small.project.id, { name: "SH030", sequence_id: small.sequence.id }),
      kitsu.shots.create(small.project.id, { name: "SH040", sequence_id: small.sequence.id }),
    ]);
    await kitsu.tasks.createForShots(small.project.id, small.anim.id, [kept.id]);
    await waitFor(
      "both shots",
      async () => (await ayon.entities.folders(project, { kitsuIds: [kept.id, gone.id] })).length === 2,
    );
    // A shot with tasks is only cancelled by a non-forced delete; one without is deleted.
    await kitsu.shots.delete(kept.id);
    await kitsu.shots.delete(gone.id, { force: true });
    await waitFor(
      "the cancelled shot inactive",
      async () => (await folderOf(ayon, project, kept.id))?.active === false,
    );
    await waitFor("the deleted shot gone", async () => (await folderOf(ayon, project, gone.id)) === undefined);
  });

  it("task created, status changed through a comment, assigned, unassigned, deleted", async () => {
    const [task] = await kitsu.tasks.createForShots(small.project.id, small.comp.id, [small.shot.id]);
    if (!task) throw new Error("no task created");
    const created = await waitFor("the new task", () => taskOf(ayon, project, task.id));
    expect(created).toMatchObject({
      name: small.comp.name.toLowerCase().replace(/ /g, "_"),
      taskType: small.comp.name,
    });

    await kitsu.tasks.setStatus(task.id, small.wip.id, "started");
    await waitFor("the status", async () => (await taskOf(ayon, project, task.id))?.status === small.wip.name);

    await kitsu.tasks.assign(task.id, small.artist.id);
    const user = await waitFor("the artist's user", () => userOf(ayon, small.artist.id));
    await waitFor("the assignee", async () => (await taskOf(ayon, project, task.id))?.assignees.includes(user.name));

    await kitsu.tasks.unassign([task.id], small.artist.id);
    await waitFor("no assignee", async () => (await taskOf(ayon, project, task.id))?.assignees.length === 0);

    await kitsu.tasks.delete(task.id, { force: true });
    await waitFor("the task gone", async () => (await taskOf(ayon, project, task.id)) === undefined);
  });

  it("task type and task status added to the project reach the anatomy", async () => {
    const stamp = Date.now();
    const [fx, review] = await Promise.all([
      kitsu.taskTypes.create({ name: `FX ${stamp}`, for_entity: "Shot", color: "#aa2200" }),
      kitsu.taskStatuses.create({ name: `Review ${stamp}`, short_name: `rv${stamp % 100000}`, color: "#aa00aa" }),
    ]);
    await kitsu.projects.addTaskType(small.project.id, fx.id);
    await kitsu.projects.addTaskStatus(small.project.id, review.id);
    await waitFor("the anatomy", async () => {
      const anatomy = await ayon.projects.get(project);
      return (
        anatomy.taskTypes?.some((type) => type.name === fx.name) &&
        anatomy.statuses?.some((status) => status.name === review.name)
      );
    });
  });

  it("person created and deactivated", async () => {
    const stamp = Date.now();
    const person = await kitsu.persons.create({
      first_name: "Bo",
      last_name: `New${stamp}`,
      email: `bo.${stamp}@example.com`,
      role: "user",
    });
    const user = await waitFor("the new user", () => userOf(ayon, person.id));
    expect(user).toMatchObject({ active: true, attrib: { email: `bo.${stamp}@example.com` } });
    await kitsu.persons.update(person.id, { active: false });
    await waitFor("the user deactivated", async () => (await ayon.users.get(user.name)).active === false);
  });

  it("project settings changed", async () => {
    await kitsu.projects.update(small.project.id, { fps: "30" });
    await waitFor("the project fps", async () => (await ayon.projects.get(project)).attrib?.fps === 30);
  });

  it("a project created in Kitsu while the engine runs is synced without a restart", async () => {
    const late = await kitsu.projects.create({ name: lateName, production_type: "short" });
    const sequence = await kitsu.sequences.create(late.id, { name: "SQ01" });
    const shot = await kitsu.shots.create(late.id, { name: "SH010", sequence_id: sequence.id });
    const lane = await waitFor("the late project's lane", async () =>
      engine.status().projects.find((each) => each.kitsuProjectId === late.id && each.ayonProject),
    );
    await waitFor("the late project's shot", () => folderOf(ayon, lane.ayonProject as string, shot.id));
    expect(engine.status().missingProjects).toEqual([]);
    // Live changes after the pickup flow too.
    await kitsu.entities.update(shot.id, { name: "SH011" });
    await waitFor(
      "the rename",
      async () => (await folderOf(ayon, lane.ayonProject as string, shot.id))?.name === "sh011",
    );
  });

  it("counts what it did, and a fresh full reconcile then has nothing to do", async () => {
    await waitFor("nothing pending", async () => engine.metrics().eventsPending === 0);
    const metrics = engine.metrics();
    expect(metrics.eventsIn).toBeGreaterThan(10);
    expect(metrics.eventsProcessed).toBe(metrics.eventsIn);
    expect(metrics.writes.create).toBeGreaterThan(5);
    expect(metrics.writes.update).toBeGreaterThan(3);
    expect(metrics.writes.delete).toBeGreaterThanOrEqual(2);
    expect(metrics.deadLetters).toBe(0);
    expect(metrics.lagSeconds).toBe(0);
    expect(batches.length).toBeGreaterThan(0);
    const report = await reconcileProject({ kitsu, ayon }, small.project.id, { dryRun: true });
    expect(report.plan.actions).toEqual([]);
    expect(report.failures).toEqual([]);
  });
});
