import { type AyonEmulator, startAyonEmulator } from "@kitsu-ayon/ayon-emulator";
import { type AyonOperation, assertOperationsSucceeded, createAyonClient, newEntityId } from "@kitsu-ayon/ayon-sdk";
import { createKitsuClient } from "@kitsu-ayon/kitsu-sdk";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { FOLDER_ATTRIBUTE_ROWS, PairingError, reconcileProject, toText } from "../../src/index.js";
import "../../../local-kitsu/test/integration/kitsu-context.js";

const connection = inject("kitsu");
const kitsu = createKitsuClient({
  apiUrl: connection.apiUrl,
  eventsUrl: connection.eventsUrl,
  auth: { token: connection.bot.token },
});
let emulator: AyonEmulator;
const ayonClient = () =>
  createAyonClient({
    serverUrl: emulator.url,
    apiKey: emulator.apiKey,
    sender: "kitsu-sync-test",
    senderType: "kitsu",
  });
const stamp = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;

beforeAll(async () => {
  emulator = await startAyonEmulator();
});
afterAll(() => emulator?.stop());

describe("reconcile edge cases against a real Zou", () => {
  it("lands hostile names with warnings, and nothing aborts the run", async () => {
    const project = await kitsu.projects.create({ name: `Hostile ${stamp()}`, production_type: "short" });
    const sequence = await kitsu.sequences.create(project.id, { name: "Bob's seq; final" });
    const names = [
      "SH'010",
      "sh;010",
      "SH010",
      "sh010",
      "Ça marche ✓",
      "🎬🎬",
      "!!!",
      "x".repeat(150),
      "Shot 1",
      "Shot_1",
    ];
    const shots = [];
    for (const name of names) shots.push(await kitsu.shots.create(project.id, { name, sequence_id: sequence.id }));

    const report = await reconcileProject({ kitsu, ayon: ayonClient() }, project.id);
    expect(report.failures).toEqual([]);
    expect(report.warnings.length).toBeGreaterThan(0);
    const folders = await ayonClient().entities.folders(report.ayonProject, { kitsuIds: shots.map((shot) => shot.id) });
    expect(folders).toHaveLength(names.length);
    const names_ = folders.map((folder) => folder.name);
    expect(new Set(names_.map((name) => name.toLowerCase())).size).toBe(names.length);
    for (const folder of folders) {
      expect(folder.name).toMatch(/^[a-zA-Z0-9_]([a-zA-Z0-9_.-]*[a-zA-Z0-9_])?$/);
      expect(folder.name.length).toBeLessThanOrEqual(64);
      expect(folder.label ?? "").not.toMatch(/[';]/);
    }
    const [sequenceFolder] = await ayonClient().entities.folders(report.ayonProject, { kitsuIds: [sequence.id] });
    expect(sequenceFolder?.label).toBe("Bobs seq final");
    expect((await reconcileProject({ kitsu, ayon: ayonClient() }, project.id)).writes).toBe(0);
  });

  it("adopts an AYON project left by the Python addon, with no duplicates", async () => {
    const project = await kitsu.projects.create({ name: `Addon ${stamp()}`, production_type: "short" });
    const sequence = await kitsu.sequences.create(project.id, { name: "SQ010" });
    const shot = await kitsu.shots.create(project.id, {
      name: "SH010",
      sequence_id: sequence.id,
      data: { frame_in: 1001, frame_out: 1050 },
    });
    const ayon = ayonClient();
    // The addon's state: its layout, names slugged, labels verbatim, `data` holding only kitsuId.
    const ayonName = `addon_${stamp()}`;
    await ayon.projects.deploy({ name: ayonName, code: ayonName });
    await ayon.projects.patch(ayonName, { data: { kitsuProjectId: project.id } });
    const [root, sq, sh] = [newEntityId(), newEntityId(), newEntityId()];
    const operations: AyonOperation[] = [
      {
        type: "create",
        entityType: "folder",
        entityId: root,
        data: { name: "sequences", label: "Sequences", folderType: "Folder", data: { kitsuId: "sequence" } },
      },
      {
        type: "create",
        entityType: "folder",
        entityId: sq,
        data: { name: "sq010", label: "SQ010", folderType: "Sequence", parentId: root, data: { kitsuId: sequence.id } },
      },
      {
        type: "create",
        entityType: "folder",
        entityId: sh,
        data: {
          name: "sh010",
          label: "SH010",
          folderType: "Shot",
          parentId: sq,
          attrib: { frameStart: 1001, frameEnd: 1050 },
          data: { kitsuId: shot.id },
        },
      },
    ];
    assertOperationsSucceeded(await ayon.operations.run(ayonName, operations));

    const report = await reconcileProject({ kitsu, ayon }, project.id);
    expect(report.failures).toEqual([]);
    expect(report.createdProject).toBe(false);
    expect(report.ayonProject).toBe(ayonName);
    expect(report.plan.actions.filter((action) => action.kind === "create")).toEqual([]);
    const folders = await ayon.entities.folders(ayonName);
    expect(folders.map((folder) => `${folder.path} ${folder.data.kitsuId}`).sort()).toEqual(
      [`/sequences sequence`, `/sequences/sq010 ${sequence.id}`, `/sequences/sq010/sh010 ${shot.id}`].sort(),
    );
    expect(folders.find((folder) => folder.id === sh)?.data).toEqual({ kitsuId: shot.id });
  });

  it("a dry run returns the plan and writes nothing", async () => {
    const project = await kitsu.projects.create({ name: `Dry ${stamp()}`, production_type: "short" });
    const sequence = await kitsu.sequences.create(project.id, { name: "SQ010" });
    await kitsu.shots.create(project.id, { name: "SH010", sequence_id: sequence.id });
    const ayon = ayonClient();
    const before = (await ayon.projects.list()).length;
    const report = await reconcileProject({ kitsu, ayon }, project.id, { dryRun: true });
    expect(report).toMatchObject({ dryRun: true, createdProject: true, writes: 0 });
    expect(report.plan.actions.map((action) => `${action.kind} ${action.entity}`)).toEqual([
      "create folder",
      "create folder",
      "create folder",
    ]);
    expect((await ayon.projects.list()).length).toBe(before);
  });

  it("isolates an entity AYON refuses, reports it with its Kitsu id and reason, and writes the others", async () => {
    const project = await kitsu.projects.create({ name: `Refused ${stamp()}`, production_type: "short" });
    const sequence = await kitsu.sequences.create(project.id, { name: "SQ010" });
    const shots = [];
    for (const name of ["SH010", "SH020", "SH030"])
      shots.push(await kitsu.shots.create(project.id, { name, sequence_id: sequence.id }));
    const ayon = ayonClient();
    const first = await reconcileProject({ kitsu, ayon }, project.id, { dryRun: false });
    const [sequenceFolder] = await ayon.entities.folders(first.ayonProject, { kitsuIds: [sequence.id] });
    // A folder made by hand in AYON takes the name a new Kitsu shot will want.
    await ayon.folders.create(first.ayonProject, {
      name: "sh040",
      folderType: "Shot",
      parentId: sequenceFolder?.id as string,
    });
    const blocked = await kitsu.shots.create(project.id, { name: "SH040", sequence_id: sequence.id });
    const fine = await kitsu.shots.create(project.id, { name: "SH050", sequence_id: sequence.id });

    const report = await reconcileProject({ kitsu, ayon }, project.id);
    expect(report.failures).toEqual([
      expect.objectContaining({
        kitsuId: blocked.id,
        entity: "folder",
        action: "create",
        path: "sh040",
        status: 409,
        errorCode: "unique-violation",
      }),
    ]);
    expect(await ayon.entities.folders(first.ayonProject, { kitsuIds: [fine.id] })).toHaveLength(1);
  });

  it("keeps a folder with published versions: a refused rename is reported, a refused delete deactivates it", async () => {
    const project = await kitsu.projects.create({ name: `Published ${stamp()}`, production_type: "short" });
    const sequence = await kitsu.sequences.create(project.id, { name: "SQ010" });
    const [renamed, deleted] = [
      await kitsu.shots.create(project.id, { name: "SH010", sequence_id: sequence.id }),
      await kitsu.shots.create(project.id, { name: "SH020", sequence_id: sequence.id }),
    ];
    const ayon = ayonClient();
    const first = await reconcileProject({ kitsu, ayon }, project.id);
    const folders = await ayon.entities.folders(first.ayonProject, { kitsuIds: [renamed.id, deleted.id] });
    const publish: AyonOperation[] = folders.flatMap((folder) => {
      const product = newEntityId();
      return [
        {
          type: "create",
          entityType: "product",
          entityId: product,
          data: { name: "renderMain", productType: "render", folderId: folder.id },
        },
        { type: "create", entityType: "version", data: { version: 1, productId: product } },
      ];
    });
    assertOperationsSucceeded(await ayon.operations.run(first.ayonProject, publish));
    await kitsu.entities.update(renamed.id, { name: "SH010 new" });
    await kitsu.shots.delete(deleted.id, { force: true });

    const report = await reconcileProject({ kitsu, ayon }, project.id);
    expect(report.failures.map((failure) => [failure.kitsuId, failure.action, failure.status])).toEqual([
      [renamed.id, "update", 403],
      [deleted.id, "delete", 409],
    ]);
    const after = new Map(
      (await ayon.entities.folders(first.ayonProject, { kitsuIds: [renamed.id, deleted.id] })).map((f) => [
        f.data.kitsuId,
        f,
      ]),
    );
    expect(after.get(renamed.id)).toMatchObject({ name: "sh010", active: true });
    expect(after.get(deleted.id)).toMatchObject({ active: false });
    // The next run tries once more, reports the same, and does not write the deactivation again.
    const again = await reconcileProject({ kitsu, ayon }, project.id);
    expect(again.failures).toHaveLength(2);
    expect(again.writes).toBe(0);
  });

  it("places edits under /edits and concepts under /concepts", async () => {
    const project = await kitsu.projects.create({ name: `Edits ${stamp()}`, production_type: "short" });
    const edit = await kitsu.edits.create(project.id, { name: "Trailer v1" });
    const concept = await kitsu.concepts.create(project.id, { name: "hero_sketch.png" });
    const report = await reconcileProject({ kitsu, ayon: ayonClient() }, project.id);
    expect(report.failures).toEqual([]);
    const folders = await ayonClient().entities.folders(report.ayonProject);
    expect(folders.map((folder) => `${folder.path} ${folder.folderType} ${folder.data.kitsuId}`).sort()).toEqual(
      [
        "/concepts Folder concept",
        `/concepts/hero_sketch_png Concept ${concept.id}`,
        "/edits Folder edit",
        `/edits/trailer_v1 Edit ${edit.id}`,
      ].sort(),
    );
  });

  it("refuses to pair onto a taken project name with a clear error, and pairs with explicit names", async () => {
    const name = `Taken_${stamp()}`;
    const project = await kitsu.projects.create({ name, production_type: "short" });
    const ayon = ayonClient();
    await ayon.projects.deploy({ name, code: `c${stamp()}` });
    const failure = reconcileProject({ kitsu, ayon }, project.id);
    await expect(failure).rejects.toBeInstanceOf(PairingError);
    await expect(failure).rejects.toThrow(/name "Taken_\d+" or code "\w+" is taken .*pass an explicit name and code/);
    const report = await reconcileProject({ kitsu, ayon }, project.id, {
      pairing: { name: `${name}_kitsu`, code: `k${stamp()}` },
    });
    expect(report).toMatchObject({ createdProject: true, ayonProject: `${name}_kitsu`, failures: [] });
  });

  it("uses AYON's spelling of an existing type, and leaves out attributes AYON does not define", async () => {
    const project = await kitsu.projects.create({ name: `Spelling ${stamp()}`, production_type: "short" });
    const sequence = await kitsu.sequences.create(project.id, { name: "SQ010" });
    const shot = await kitsu.shots.create(project.id, {
      name: "SH010",
      sequence_id: sequence.id,
      data: { mood: "calm" },
    });
    const taskType = (await kitsu.taskTypes.list()).find((type) => type.for_entity === "Shot") as {
      id: string;
      name: string;
    };
    await kitsu.projects.addTaskType(project.id, taskType.id);
    await kitsu.tasks.createForShots(project.id, taskType.id, [shot.id]);
    const ayon = ayonClient();
    const ayonName = `spelling_${stamp()}`;
    // An AYON project that already spells the Kitsu task type in lower case.
    await ayon.projects.deploy({
      name: ayonName,
      code: ayonName,
      anatomy: { task_types: [{ name: taskType.name.toLowerCase() }] } as never,
    });
    await ayon.projects.patch(ayonName, { data: { kitsuProjectId: project.id } });
    const mapping = {
      attributeRows: {
        folder: [...FOLDER_ATTRIBUTE_ROWS, { attribute: "kitsuMood", from: ["data.mood"], convert: toText }],
      },
    };

    const report = await reconcileProject({ kitsu, ayon }, project.id, { mapping });
    expect(report.failures).toEqual([]);
    expect(report.warnings.map((warning) => warning.message)).toContain(
      'AYON has no folder attribute "kitsuMood": it is not synced',
    );
    const tasks = await ayon.entities.tasks(ayonName);
    expect(tasks.map((task) => task.taskType)).toEqual([taskType.name.toLowerCase()]);
    expect((await reconcileProject({ kitsu, ayon }, project.id, { mapping })).writes).toBe(0);
  });
});
