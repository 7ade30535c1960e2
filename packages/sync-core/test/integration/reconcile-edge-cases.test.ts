import { type AyonOperation, assertOperationsSucceeded, createAyonClient, newEntityId } from "@kitsu-ayon/ayon-sdk";
import { type AyonEmulator, startAyonEmulator } from "@kitsu-ayon/ayon-sdk/testing";
import { createKitsuClient } from "@kitsu-ayon/kitsu-sdk";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { reconcileProject } from "../../src/index.js";
import "./kitsu-context.js";

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
});
