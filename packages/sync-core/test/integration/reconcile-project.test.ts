import { type AyonEmulator, startAyonEmulator } from "@kitsu-ayon/ayon-emulator";
import { createAyonClient } from "@kitsu-ayon/ayon-sdk";
import { createKitsuClient } from "@kitsu-ayon/kitsu-sdk";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type ReconcileReport, reconcileProject } from "../../src/index.js";
import "../../../local-kitsu/test/integration/kitsu-context.js";
import { type SeededProduction, seedProduction } from "./seed-production.js";

const connection = inject("kitsu");
const kitsu = createKitsuClient({
  apiUrl: connection.apiUrl,
  eventsUrl: connection.eventsUrl,
  auth: { token: connection.bot.token },
});
let emulator: AyonEmulator;
let seeded: SeededProduction;
let first: ReconcileReport;

const ayonClient = () =>
  createAyonClient({
    serverUrl: emulator.url,
    apiKey: emulator.apiKey,
    sender: "kitsu-sync-test",
    senderType: "kitsu",
  });

beforeAll(async () => {
  emulator = await startAyonEmulator();
  seeded = await seedProduction(kitsu);
  first = await reconcileProject({ kitsu, ayon: ayonClient() }, seeded.projectId);
}, 120_000);
afterAll(() => emulator?.stop());

/** The tree AYON must have, built from what Kitsu answers (names lower-cased, as all seeded names are plain). */
async function expectedFolders(): Promise<string[]> {
  const [episodes, sequences, shots, assets, assetTypes] = await Promise.all([
    kitsu.episodes.list(seeded.projectId),
    kitsu.sequences.list(seeded.projectId),
    kitsu.shots.list(seeded.projectId),
    kitsu.assets.list(seeded.projectId),
    kitsu.projects.assetTypes(seeded.projectId),
  ]);
  const name = (id: string | null | undefined, rows: { id: string; name: string }[]) =>
    rows.find((row) => row.id === id)?.name.toLowerCase();
  const rows = [
    "/episodes Folder episode",
    "/assets Folder asset",
    ...episodes.map((e) => `/episodes/${e.name.toLowerCase()} Episode ${e.id}`),
    ...sequences.map((s) => `/episodes/${name(s.parent_id, episodes)}/${s.name.toLowerCase()} Sequence ${s.id}`),
    ...shots.map((shot) => {
      const sequence = sequences.find((s) => s.id === shot.parent_id);
      return `/episodes/${name(sequence?.parent_id, episodes)}/${name(shot.parent_id, sequences)}/${shot.name.toLowerCase()} Shot ${shot.id}`;
    }),
    ...assetTypes.map((type) => `/assets/${type.name.toLowerCase()} Folder ${type.id}`),
    ...assets.map(
      (asset) => `/assets/${name(asset.entity_type_id, assetTypes)}/${asset.name.toLowerCase()} Asset ${asset.id}`,
    ),
  ];
  return rows.sort();
}

describe("reconcileProject, real Zou into the AYON emulator", () => {
  it("creates the paired project with exactly the expected tree, and reports no failure", async () => {
    const ayon = ayonClient();
    expect(first.failures).toEqual([]);
    expect(first.createdProject).toBe(true);
    const project = await ayon.projects.get(first.ayonProject);
    expect(project.data).toMatchObject({ kitsuProjectId: seeded.projectId });
    const folders = await ayon.entities.folders(first.ayonProject);
    expect(folders.map((folder) => `${folder.path} ${folder.folderType} ${folder.data.kitsuId}`).sort()).toEqual(
      await expectedFolders(),
    );
    expect(folders.every((folder) => folder.active)).toBe(true);
  });

  it("gives every shot its frame range: frame_out, else frame_in + nb_frames - 1, else inherited", async () => {
    const folders = await ayonClient().entities.folders(first.ayonProject, {
      kitsuIds: seeded.shots.map((shot) => shot.id),
    });
    const byKitsuId = new Map(folders.map((folder) => [folder.data.kitsuId, folder]));
    for (const shot of seeded.shots) {
      const folder = byKitsuId.get(shot.id);
      const frameEnd =
        shot.frameOut ?? (shot.frameIn !== null && shot.nbFrames !== null ? shot.frameIn + shot.nbFrames - 1 : null);
      const own = [...(shot.frameIn === null ? [] : ["frameStart"]), ...(frameEnd === null ? [] : ["frameEnd"])];
      expect(folder?.ownAttrib.filter((name) => name.startsWith("frame")).sort(), shot.name).toEqual(own.sort());
      if (shot.frameIn !== null) expect(folder?.attrib.frameStart, shot.name).toBe(shot.frameIn);
      if (frameEnd !== null) expect(folder?.attrib.frameEnd, shot.name).toBe(frameEnd);
    }
  });

  it("creates every task under its entity's folder with its type, status and assignees", async () => {
    const ayon = ayonClient();
    const [folders, tasks, taskTypes, statuses] = await Promise.all([
      ayon.entities.folders(first.ayonProject),
      ayon.entities.tasks(first.ayonProject),
      kitsu.projects.taskTypes(seeded.projectId),
      kitsu.taskStatuses.list(),
    ]);
    const folderKitsuId = new Map(folders.map((folder) => [folder.id, folder.data.kitsuId]));
    const users = first.users.byPerson;
    const actual = tasks.map((task) => [
      task.data.kitsuId,
      folderKitsuId.get(task.folderId),
      task.taskType,
      task.status,
      [...task.assignees].sort(),
    ]);
    const expected = seeded.tasks.map((task) => [
      task.id,
      task.entityId,
      taskTypes.find((type) => type.id === task.taskTypeId)?.name,
      statuses.find((status) => status.id === task.taskStatusId)?.name,
      task.assigneeIds.map((id) => users.get(id)).sort(),
    ]);
    expect(actual.sort()).toEqual(expected.sort());
    expect(tasks.filter((task) => task.name === "main")).toEqual([]);
  });

  it("creates a user for every seeded person, with the Kitsu id, e-mail and access to the project", async () => {
    const ayon = ayonClient();
    const persons = await kitsu.persons.list();
    for (const id of seeded.personIds) {
      const name = first.users.byPerson.get(id) as string;
      const user = await ayon.users.get(name);
      const person = persons.find((candidate) => candidate.id === id);
      expect(user, name).toMatchObject({ data: { kitsuId: id }, attrib: { email: person?.email } });
      expect(
        (user.data as { accessGroups?: Record<string, string[]> }).accessGroups?.[first.ayonProject],
        name,
      ).toEqual(["artist"]);
    }
  });

  it("adds every Kitsu status and task type to the anatomy, keeping AYON's own", async () => {
    const project = await ayonClient().projects.get(first.ayonProject);
    const statuses = await kitsu.projects.taskStatuses(seeded.projectId);
    expect(project.statuses?.map((status) => status.name)).toEqual(
      expect.arrayContaining([...statuses.map((status) => status.name), "Not ready"]),
    );
    const types = await kitsu.projects.taskTypes(seeded.projectId);
    expect(project.taskTypes?.map((type) => type.name)).toEqual(expect.arrayContaining(types.map((type) => type.name)));
  });

  it("writes nothing the second time", async () => {
    const second = await reconcileProject({ kitsu, ayon: ayonClient() }, seeded.projectId);
    expect(second.plan.actions).toEqual([]);
    expect(second.writes).toBe(0);
    expect(second.createdProject).toBe(false);
  });
});

describe("changes made in Kitsu are right after the next reconcile", () => {
  it("follows renames, moves, type, status, assignment and attribute changes, cancels, deletes, deactivations and project fps", async () => {
    const ayon = ayonClient();
    const [shotA, shotB, shotC, shotD, shotE] = seeded.shots;
    const [asset] = seeded.assets;
    if (!shotA || !shotB || !shotC || !shotD || !shotE || !asset) throw new Error("seed too small");
    const otherSequence = seeded.sequenceIds.find((id) => id !== shotB.sequenceId) as string;
    const otherAssetType = seeded.assetTypeIds.find((id) => id !== asset.assetTypeId) as string;
    const task = seeded.tasks.find((candidate) => candidate.entityId === shotA.id && candidate.assigneeIds.length > 0);
    if (!task) throw new Error("no assigned task on the first shot");
    const newStatus = seeded.taskStatusIds.find((id) => id !== task.taskStatusId) as string;
    const [personOut] = task.assigneeIds;
    const personIn = seeded.personIds.find((id) => !task.assigneeIds.includes(id)) as string;
    const deactivated = seeded.personIds.at(-1) as string;

    await kitsu.entities.update(shotA.id, { name: "SH999 Renamed" });
    await kitsu.entities.update(shotB.id, { parent_id: otherSequence, name: "SH_MOVED" });
    await kitsu.entities.update(asset.id, { entity_type_id: otherAssetType });
    await kitsu.entities.update(shotC.id, { data: { frame_in: null, frame_out: null } });
    await kitsu.tasks.setStatus(task.id, newStatus);
    await kitsu.tasks.unassign([task.id], personOut);
    await kitsu.tasks.assign(task.id, personIn);
    await kitsu.shots.delete(shotD.id); // has tasks: a non-forced delete cancels
    await kitsu.shots.delete(shotE.id, { force: true });
    await kitsu.persons.update(deactivated, { active: false });
    await kitsu.projects.update(seeded.projectId, { fps: "24" });

    const report = await reconcileProject({ kitsu, ayon }, seeded.projectId);
    expect(report.failures).toEqual([]);

    const folders = new Map(
      (await ayon.entities.folders(first.ayonProject)).map((folder) => [folder.data.kitsuId, folder]),
    );
    const byKitsuId = (id: string) => folders.get(id);
    expect(byKitsuId(shotA.id)).toMatchObject({ name: "sh999_renamed", label: "SH999 Renamed" });
    expect(byKitsuId(shotB.id)?.parentId).toBe(byKitsuId(otherSequence)?.id);
    expect(byKitsuId(asset.id)?.parentId).toBe(byKitsuId(otherAssetType)?.id);
    expect(byKitsuId(shotC.id)?.ownAttrib.filter((name) => name.startsWith("frame"))).toEqual([]);
    expect(byKitsuId(shotD.id)?.active).toBe(false);
    expect(byKitsuId(shotE.id)).toBeUndefined();

    const [ayonTask] = await ayon.entities.tasks(first.ayonProject, { kitsuIds: [task.id] });
    const statusName = (await kitsu.taskStatuses.get(newStatus)).name;
    expect(ayonTask?.status).toBe(statusName);
    expect(ayonTask?.assignees).toContain(report.users.byPerson.get(personIn));
    expect(ayonTask?.assignees).not.toContain(report.users.byPerson.get(personOut as string));

    expect((await ayon.users.get(report.users.byPerson.get(deactivated) as string)).active).toBe(false);
    expect((await ayon.projects.get(first.ayonProject)).attrib).toMatchObject({ fps: 24 });

    const again = await reconcileProject({ kitsu, ayon }, seeded.projectId);
    expect(again.writes).toBe(0);
  });
});
