import { beforeAll, describe, expect, inject, it } from "vitest";
import "../../../local-kitsu/test/integration/kitsu-context.js";
import { createKitsuClient } from "../../src/client/create-kitsu-client.js";
import { KitsuBadRequestError } from "../../src/errors.js";
import type { Schemas } from "../../src/resources/http.js";
import { createContractFetch } from "../support/contract.js";
import { createProduction, eventsCausedBy, type Production, summarize } from "../support/production.js";
import { refusal } from "../support/refusal.js";

const kitsu = inject("kitsu");
const contract = createContractFetch({ apiUrl: kitsu.apiUrl });
const client = createKitsuClient({ apiUrl: kitsu.apiUrl, auth: { token: kitsu.bot.token }, fetch: contract.fetch });
const MISSING_ID = "00000000-0000-4000-8000-000000000001";

/**
 * The breakdown writes a sync makes in Kitsu: creating, renaming and re-parenting episodes,
 * sequences, shots and assets, and custom fields with their values, each read back from Zou.
 */
describe("hierarchy writes against a real Zou", () => {
  let production: Production;
  let projectId: string;
  let e01: Schemas["Episode"];
  let e02: Schemas["Episode"];
  let sq01: Schemas["Sequence"];
  let sq02: Schemas["Sequence"];
  let sh010: Schemas["Shot"];
  let sh020: Schemas["Shot"];
  let chair: Schemas["Asset"];

  beforeAll(async () => {
    production = await createProduction(client, "Hierarchy");
    projectId = production.project.id;
  });

  it("creates episodes, sequences in an episode, shots in a sequence and assets tied to an episode", async () => {
    // A new TV show already has an episode E01.
    e01 = await client.episodes.create(projectId, { name: "EP1" });
    e02 = await client.episodes.create(projectId, { name: "EP2" });
    sq01 = await client.sequences.create(projectId, { name: "SQ01", episode_id: e01.id });
    sq02 = await client.sequences.create(projectId, { name: "SQ02", episode_id: e02.id });
    sh010 = await client.shots.create(projectId, { name: "SH010", sequence_id: sq01.id });
    sh020 = await client.shots.create(projectId, { name: "SH020", sequence_id: sq01.id });
    chair = await client.assets.create(projectId, production.assetType.id, { name: "Chair", episode_id: e01.id });

    expect(await client.sequences.get(sq01.id)).toMatchObject({ parent_id: e01.id, episode_id: e01.id });
    expect(await client.shots.get(sh010.id)).toMatchObject({
      sequence_id: sq01.id,
      episode_id: e01.id,
      episode_name: "EP1",
    });
    expect(await client.assets.get(chair.id)).toMatchObject({
      episode_id: e01.id,
      asset_type_id: production.assetType.id,
    });
    expect(await client.entities.get(chair.id)).toMatchObject({ source_id: e01.id, parent_id: null });
  });

  it("renames an episode, a sequence, a shot and an asset, each emitting its own update event", async () => {
    const { events } = await eventsCausedBy(client, projectId, async () => {
      await client.episodes.rename(e01.id, "EP01");
      await client.sequences.rename(sq01.id, "SQ010");
      await client.shots.rename(sh010.id, "SH011");
      await client.assets.rename(chair.id, "Armchair");
    });

    expect((await client.episodes.get(e01.id)).name).toBe("EP01");
    expect((await client.sequences.get(sq01.id)).name).toBe("SQ010");
    expect(await client.shots.get(sh010.id)).toMatchObject({
      name: "SH011",
      sequence_name: "SQ010",
      episode_name: "EP01",
    });
    expect((await client.assets.get(chair.id)).name).toBe("Armchair");
    expect(summarize(events, "episode_id", "sequence_id", "shot_id", "asset_id")).toEqual([
      { name: "episode:update", episode_id: e01.id },
      { name: "sequence:update", sequence_id: sq01.id },
      { name: "shot:update", shot_id: sh010.id },
      { name: "asset:update", asset_id: chair.id },
    ]);
  });

  it("moves a shot to a sequence of another episode with one shot:update that carries only the shot id", async () => {
    const { events } = await eventsCausedBy(client, projectId, () => client.shots.move(sh010.id, sq02.id));

    expect(await client.shots.get(sh010.id)).toMatchObject({
      parent_id: sq02.id,
      sequence_id: sq02.id,
      episode_id: e02.id,
    });
    const board = await client.shots.listWithTasks(projectId, { episodeId: e02.id });
    expect(board.map((shot) => shot.id)).toEqual([sh010.id]);
    expect(events.map((event) => [event.name, event.data])).toEqual([
      ["shot:update", { shot_id: sh010.id, project_id: projectId }],
    ]);
  });

  it("moves a sequence to another episode, its shots following, with only a sequence:update", async () => {
    const { events } = await eventsCausedBy(client, projectId, () => client.sequences.move(sq01.id, e02.id));

    expect(await client.sequences.get(sq01.id)).toMatchObject({ parent_id: e02.id, episode_id: e02.id });
    const board = await client.shots.listWithTasks(projectId);
    expect(board.find((shot) => shot.id === sh020.id)).toMatchObject({ sequence_id: sq01.id, episode_id: e02.id });
    expect(summarize(events, "sequence_id")).toEqual([{ name: "sequence:update", sequence_id: sq01.id }]);
  });

  it("ties an asset to another episode, then to none", async () => {
    await client.assets.setEpisode(chair.id, e02.id);
    expect(await client.assets.get(chair.id)).toMatchObject({ episode_id: e02.id });
    await client.assets.setEpisode(chair.id, null);
    expect(await client.entities.get(chair.id)).toMatchObject({ source_id: null });
  });

  it("refuses with 400 a name a sibling has and a parent that does not exist, leaving the shot as it was", async () => {
    await client.shots.move(sh020.id, sq02.id);
    const clash = await refusal(client.shots.rename(sh020.id, "SH011"));
    const orphan = await refusal(client.shots.move(sh020.id, MISSING_ID));

    expect(clash).toBeInstanceOf(KitsuBadRequestError);
    expect(clash).toMatchObject({ status: 400, serverMessage: expect.stringContaining("already exists") });
    expect(orphan).toBeInstanceOf(KitsuBadRequestError);
    expect(orphan).toMatchObject({ status: 400, method: "PUT", path: `/data/entities/${sh020.id}` });
    expect(await client.entities.get(sh020.id)).toMatchObject({ name: "SH020", parent_id: sq02.id });
  });

  it("creates custom fields, and sets their values on shots, assets and tasks, merged key by key", async () => {
    const lens = await client.projects.addMetadataDescriptor(projectId, {
      entity_type: "Shot",
      name: "Camera Lens",
      data_type: "list",
      choices: ["35mm", "50mm"],
    });
    const material = await client.projects.addMetadataDescriptor(projectId, { entity_type: "Asset", name: "Material" });
    const take = await client.projects.addMetadataDescriptor(projectId, {
      entity_type: "Task",
      name: "Take",
      data_type: "number",
      task_type_id: production.shotTaskType.id,
    });
    expect([lens.field_name, material.field_name, take.field_name]).toEqual(["camera_lens", "material", "take"]);
    expect((await client.projects.metadataDescriptors(projectId)).map((d) => [d.entity_type, d.field_name])).toEqual(
      expect.arrayContaining([
        ["Shot", "camera_lens"],
        ["Asset", "material"],
        ["Task", "take"],
      ]),
    );

    await client.entities.update(sh020.id, { data: { camera_lens: "35mm" } });
    await client.entities.update(sh020.id, { data: { camera_lens: "85mm", frame_in: 1001 } });
    await client.entities.update(chair.id, { data: { material: "oak" } });
    const task = await client.tasks.create({
      project_id: projectId,
      entity_id: sh020.id,
      task_type_id: production.shotTaskType.id,
      task_status_id: production.todo.id,
    });
    await client.tasks.update(task.id, { data: { take: 3 } });
    await client.tasks.update(task.id, { data: { notes: "from AYON" } });

    // Zou does not hold values to the descriptor's choices: 85mm is stored.
    expect((await client.entities.get(sh020.id)).data).toEqual({ camera_lens: "85mm", frame_in: 1001 });
    expect((await client.shots.listWithTasks(projectId)).find((shot) => shot.id === sh020.id)?.data).toMatchObject({
      camera_lens: "85mm",
    });
    expect((await client.assets.get(chair.id)).data).toEqual({ material: "oak" });
    expect((await client.tasks.get(task.id)).data).toEqual({ take: 3, notes: "from AYON" });
  });

  it("refuses with 400 a task field without a task type and a field defined twice", async () => {
    const withoutTaskType = await refusal(
      client.projects.addMetadataDescriptor(projectId, { entity_type: "Task", name: "Frames" }),
    );
    const twice = await refusal(
      client.projects.addMetadataDescriptor(projectId, { entity_type: "Shot", name: "Camera lens" }),
    );

    expect(withoutTaskType).toBeInstanceOf(KitsuBadRequestError);
    expect(withoutTaskType).toMatchObject({
      status: 400,
      serverMessage: "Task metadata descriptors require a task_type_id.",
    });
    expect(twice).toBeInstanceOf(KitsuBadRequestError);
    expect(twice).toMatchObject({ status: 400, serverMessage: "Metadata descriptor already exists." });
    expect((await client.projects.metadataDescriptors(projectId)).map((d) => d.field_name).sort()).toEqual([
      "camera_lens",
      "material",
      "take",
    ]);
  });

  it("gets only answers that match the curated schemas", () => {
    contract.assertNoViolations();
  });
});
