import { createKitsuClient } from "@kitsu-ayon/kitsu-sdk";
import { describe, expect, inject, it } from "vitest";
import { readKitsuSnapshot } from "../../src/kitsu/read-snapshot.js";
import "../../../local-kitsu/test/integration/kitsu-context.js";
import { seedProduction } from "./seed-production.js";

const kitsu = inject("kitsu");

/** A client whose requests are recorded (method and path, without the query). */
function countingClient() {
  const requests: string[] = [];
  const client = createKitsuClient({
    apiUrl: kitsu.apiUrl,
    eventsUrl: kitsu.eventsUrl,
    auth: { token: kitsu.bot.token },
    fetch: (request) => {
      requests.push(`${request.method} ${new URL(request.url).pathname}`);
      return fetch(request);
    },
  });
  return { client, requests };
}

const ids = (rows: { id: string }[]) => rows.map((row) => row.id).sort();

describe("readKitsuSnapshot against a real Zou", () => {
  it("reads a seeded production whole, in a fixed number of bulk requests", async () => {
    const { client, requests } = countingClient();
    const started = performance.now();
    const seeded = await seedProduction(client);
    const seedSeconds = (performance.now() - started) / 1000;
    console.info(
      `seeded ${JSON.stringify(seeded.summary)} in ${seedSeconds.toFixed(1)} s, ${requests.length} requests`,
    );

    expect(seeded.summary).toMatchObject({
      episodes: 2,
      sequences: 6,
      shots: 60,
      assetTypes: 3,
      assets: 30,
      taskTypes: 5,
      taskStatuses: 5,
      persons: 8,
    });

    requests.length = 0;
    const snapshot = await readKitsuSnapshot(client, seeded.projectId);

    // Fourteen reads of one request each, whatever the number of entities, plus the task list: Zou
    // pages it by 100, so the 193 tasks take two pages and one re-read of the first. 17 requests in all.
    const project = `/data/projects/${seeded.projectId}`;
    expect([...requests].sort()).toEqual(
      [
        `GET ${project}`,
        `GET ${project}/asset-types`,
        `GET ${project}/episodes`,
        `GET ${project}/sequences`,
        `GET ${project}/shots`,
        `GET ${project}/assets`,
        `GET ${project}/edits`,
        `GET ${project}/concepts`,
        `GET ${project}/tasks`,
        `GET ${project}/tasks`,
        `GET ${project}/tasks`,
        `GET ${project}/task-types`,
        `GET ${project}/settings/task-status`,
        "GET /data/task-types",
        "GET /data/task-status",
        "GET /data/persons",
        `GET ${project}/team`,
      ].sort(),
    );
    expect(seeded.tasks).toHaveLength(193);
    expect(requests).toHaveLength(17);

    // Exactly the seeded entities.
    expect(snapshot.project).toMatchObject({ id: seeded.projectId, name: seeded.projectName });
    expect(ids(snapshot.episodes)).toEqual([...seeded.episodeIds].sort());
    expect(ids(snapshot.sequences)).toEqual([...seeded.sequenceIds].sort());
    expect(ids(snapshot.shots)).toEqual(ids(seeded.shots));
    expect(ids(snapshot.assets)).toEqual(ids(seeded.assets));
    expect(ids(snapshot.assetTypes)).toEqual([...seeded.assetTypeIds].sort());
    expect(ids(snapshot.taskTypes)).toEqual([...seeded.taskTypeIds].sort());
    expect(ids(snapshot.taskStatuses)).toEqual([...seeded.taskStatusIds].sort());
    expect(ids(snapshot.tasks)).toEqual(ids(seeded.tasks));
    expect([...snapshot.team].sort()).toEqual([...seeded.personIds].sort());
    expect(ids(snapshot.persons)).toEqual(expect.arrayContaining([...seeded.personIds, kitsu.bot.id]));

    // The hierarchy: sequences under episodes, shots under sequences, assets of their type.
    const sequenceParents = new Map(snapshot.sequences.map((sequence) => [sequence.id, sequence.parent_id]));
    for (const id of seeded.sequenceIds) expect(seeded.episodeIds).toContain(sequenceParents.get(id));
    const shotsById = new Map(snapshot.shots.map((shot) => [shot.id, shot]));
    for (const seededShot of seeded.shots) {
      const shot = shotsById.get(seededShot.id);
      expect(shot).toMatchObject({ name: seededShot.name, parent_id: seededShot.sequenceId });
      // Frame data as written: nb_frames a column, the range in `data`, absent keys stay absent.
      expect(shot?.nb_frames ?? null).toBe(seededShot.nbFrames);
      expect(shot?.data?.frame_in ?? null).toBe(seededShot.frameIn);
      expect(shot?.data?.frame_out ?? null).toBe(seededShot.frameOut);
    }
    expect(seeded.summary).toMatchObject({ shotsWithFrameRange: 42, shotsWithoutFrameOut: 12, shotsWithoutFrames: 6 });
    const assetsById = new Map(snapshot.assets.map((asset) => [asset.id, asset]));
    for (const asset of seeded.assets) {
      expect(assetsById.get(asset.id)).toMatchObject({ name: asset.name, entity_type_id: asset.assetTypeId });
    }

    // Tasks: names, types, statuses and assignees as seeded.
    const tasksById = new Map(snapshot.tasks.map((task) => [task.id, task]));
    for (const seededTask of seeded.tasks) {
      const task = tasksById.get(seededTask.id);
      expect(task).toMatchObject({
        name: seededTask.name,
        entity_id: seededTask.entityId,
        task_type_id: seededTask.taskTypeId,
        task_status_id: seededTask.taskStatusId,
        project_id: seeded.projectId,
      });
      expect([...(task?.assignees ?? [])].sort()).toEqual([...seededTask.assigneeIds].sort());
    }
    const names = snapshot.tasks.map((task) => task.name);
    expect(names.filter((name) => name === "main")).toHaveLength(seeded.summary.tasksNamedMain);
    expect(names.filter((name) => name !== "main").sort()).toEqual(["cleanup", "crowd", "crowd", "lowpoly", "lowpoly"]);
    expect(new Set(snapshot.tasks.map((task) => task.task_status_id)).size).toBe(5);
    const assigned = new Set(snapshot.tasks.flatMap((task) => task.assignees));
    expect([...assigned].sort()).toEqual([...seeded.personIds].sort());
  }, 180_000);

  it("reads an empty project in the same requests, the task list being one page", async () => {
    const { client, requests } = countingClient();
    const project = await client.projects.create({ name: `Empty ${Date.now()}`, production_type: "short" });
    requests.length = 0;
    const snapshot = await readKitsuSnapshot(client, project.id);
    expect(requests).toHaveLength(15);
    expect(snapshot).toMatchObject({
      project: { id: project.id },
      assetTypes: [],
      episodes: [],
      sequences: [],
      shots: [],
      assets: [],
      edits: [],
      concepts: [],
      tasks: [],
      taskTypes: [],
      taskStatuses: [],
      team: [],
    });
  });

  it("stops when its signal is aborted", async () => {
    const { client } = countingClient();
    const project = await client.projects.create({ name: `Aborted ${Date.now()}`, production_type: "short" });
    const controller = new AbortController();
    const reading = readKitsuSnapshot(client, project.id, { signal: controller.signal });
    controller.abort();
    await expect(reading).rejects.toThrow();
  });
});
