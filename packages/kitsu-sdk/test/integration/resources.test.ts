import { describe, expect, inject, it } from "vitest";
import "../../../local-kitsu/test/integration/kitsu-context.js";
import { createKitsuClient } from "../../src/client/create-kitsu-client.js";
import { KitsuBadRequestError, KitsuNotFoundError } from "../../src/errors.js";
import { createContractFetch, loadCuratedDocument } from "../support/contract.js";
import { solidPng } from "../support/png.js";

const kitsu = inject("kitsu");

/**
 * Every resource method against the real Zou, through a fetch that validates each answer against the
 * curated OpenAPI schemas: the types cannot drift from the server without this test failing.
 */
describe("resources against a real Zou", () => {
  it("exercise the whole read and write surface, and every answer matches the curated schemas", async () => {
    const contract = createContractFetch({ apiUrl: kitsu.apiUrl });
    const client = createKitsuClient({
      apiUrl: kitsu.apiUrl,
      eventsUrl: kitsu.eventsUrl,
      auth: { token: kitsu.bot.token },
      fetch: contract.fetch,
    });
    const stamp = Date.now();

    expect(await client.serverInfo()).toMatchObject({ api: "Zou" });
    expect(await client.whoAmI()).toMatchObject({ user: { id: kitsu.bot.id } });

    // Studio-wide settings.
    const shotType = await client.taskTypes.create({ name: `Anim ${stamp}`, for_entity: "Shot", color: "#112233" });
    const assetType = await client.taskTypes.create({ name: `Model ${stamp}`, for_entity: "Asset", color: "#445566" });
    expect(await client.taskTypes.get(shotType.id)).toMatchObject({ name: `Anim ${stamp}` });
    await client.taskTypes.update(shotType.id, { short_name: "anm" });
    expect((await client.taskTypes.list()).map((t) => t.id)).toContain(shotType.id);
    const wip = await client.taskStatuses.create({
      name: `Doing ${stamp}`,
      short_name: `d${stamp % 1000}`,
      color: "#00ff00",
      is_wip: true,
    });
    await client.taskStatuses.update(wip.id, { color: "#00ee00" });
    expect(await client.taskStatuses.get(wip.id)).toMatchObject({ color: "#00ee00", is_wip: true });
    const statuses = await client.taskStatuses.list();
    const todo = statuses.find((s) => s.is_default) ?? statuses[0];
    if (!todo) throw new Error("no task status");
    const props = await client.assetTypes.create({ name: `Props ${stamp}` });
    await client.assetTypes.update(props.id, { description: "small things" });
    expect(await client.assetTypes.get(props.id)).toMatchObject({ name: `Props ${stamp}` });
    expect((await client.assetTypes.list()).map((t) => t.id)).toContain(props.id);

    // A production with its settings and team.
    const project = await client.projects.create({ name: `Resources ${stamp}`, production_type: "tvshow" });
    await client.projects.update(project.id, { fps: "24", description: "a test show" });
    expect(await client.projects.get(project.id)).toMatchObject({ fps: "24" });
    expect((await client.projects.listOpen()).map((p) => p.id)).toContain(project.id);
    expect((await client.projects.listAll()).map((p) => p.id)).toContain(project.id);
    await client.projects.addTaskType(project.id, shotType.id);
    await client.projects.addTaskType(project.id, assetType.id);
    await client.projects.addTaskStatus(project.id, todo.id);
    await client.projects.addTaskStatus(project.id, wip.id);
    await client.projects.addAssetType(project.id, props.id);
    expect((await client.projects.taskTypes(project.id)).map((t) => t.id)).toEqual(
      expect.arrayContaining([shotType.id, assetType.id]),
    );
    expect((await client.projects.taskStatuses(project.id)).map((s) => s.id)).toContain(wip.id);
    expect(await client.projects.assetTypes(project.id)).toEqual(expect.any(Array));
    expect(await client.projects.metadataDescriptors(project.id)).toEqual([]);
    await client.projects.addMetadataDescriptor(project.id, { entity_type: "Shot", name: "Camera" });
    expect((await client.projects.metadataDescriptors(project.id)).map((d) => d.field_name)).toEqual(["camera"]);
    expect((await client.projects.statuses()).map((s) => s.name)).toContain("Open");

    const artist = await client.persons.create({
      first_name: "Ada",
      last_name: `Artist${stamp}`,
      email: `ada${stamp}@example.com`,
      role: "user",
    });
    await client.persons.update(artist.id, { position: "lead" });
    expect(await client.persons.get(artist.id)).toMatchObject({ first_name: "Ada" });
    expect((await client.persons.list({ email: `ada${stamp}@example.com` })).map((p) => p.id)).toEqual([artist.id]);
    await client.projects.addTeamMember(project.id, artist.id);
    expect((await client.projects.team(project.id)).map((p) => p.id)).toContain(artist.id);

    // The hierarchy.
    const episode = await client.episodes.create(project.id, { name: "E01" });
    const sequence = await client.sequences.create(project.id, { name: "SQ01", episode_id: episode.id });
    const shot = await client.shots.create(project.id, {
      name: "SH010",
      sequence_id: sequence.id,
      nb_frames: 48,
      data: { frame_in: 1001, frame_out: 1048, fps: "24" },
    });
    const asset = await client.assets.create(project.id, props.id, { name: "Chair", description: "a chair" });
    const edit = await client.edits.create(project.id, { name: "Trailer", episode_id: episode.id });
    const concept = await client.concepts.create(project.id, { name: "Moodboard" });
    expect(await client.episodes.get(episode.id)).toMatchObject({ name: "E01" });
    expect(await client.sequences.get(sequence.id)).toMatchObject({ parent_id: episode.id });
    expect(await client.shots.get(shot.id)).toMatchObject({ nb_frames: 48, frame_in: 1001, frame_out: 1048 });
    expect(await client.assets.get(asset.id)).toMatchObject({ name: "Chair", asset_type_id: props.id });
    expect(await client.edits.get(edit.id)).toMatchObject({ name: "Trailer" });
    expect(await client.concepts.get(concept.id)).toMatchObject({ name: "Moodboard" });
    for (const [list, id] of [
      [client.episodes.list, episode.id],
      [client.sequences.list, sequence.id],
      [client.shots.list, shot.id],
      [client.assets.list, asset.id],
      [client.edits.list, edit.id],
      [client.concepts.list, concept.id],
    ] as const) {
      expect((await list(project.id)).map((e: { id: string }) => e.id)).toContain(id);
    }
    await client.entities.update(shot.id, { data: { frame_out: 1050 } });
    // Renames and moves, read back.
    const sequence2 = await client.sequences.create(project.id, { name: "SQ02", episode_id: episode.id });
    await client.shots.rename(shot.id, "SH011");
    await client.shots.move(shot.id, sequence2.id);
    await client.shots.move(shot.id, sequence.id);
    await client.sequences.rename(sequence2.id, "SQ020");
    await client.sequences.move(sequence2.id, null);
    await client.episodes.rename(episode.id, "E01b");
    await client.assets.rename(asset.id, "Armchair");
    await client.assets.setEpisode(asset.id, episode.id);
    expect(await client.shots.get(shot.id)).toMatchObject({ name: "SH011", sequence_id: sequence.id });
    expect(await client.sequences.get(sequence2.id)).toMatchObject({ name: "SQ020", parent_id: null });
    expect(await client.assets.get(asset.id)).toMatchObject({ name: "Armchair", episode_id: episode.id });
    expect((await client.episodes.get(episode.id)).name).toBe("E01b");
    await client.sequences.delete(sequence2.id, { force: true });
    expect(await client.entities.get(shot.id)).toMatchObject({ data: { frame_in: 1001, frame_out: 1050 } });
    // The spreadsheet import: one request, a sequence created on the way, one shot:new per row.
    const imported = await client.shots.importCsv(
      project.id,
      "Episode,Sequence,Name,Frame In,Frame Out\nE01,SQ90,SH900,1001,1010\nE01,SQ90,SH910,1001,1020\n",
    );
    expect(imported.map((row) => row.name).sort()).toEqual(["SH900", "SH910"]);
    expect((await client.shots.list(project.id)).find((row) => row.name === "SH910")).toMatchObject({
      nb_frames: 20,
      data: { frame_in: 1001, frame_out: 1020 },
    });
    await expect(client.shots.importCsv(project.id, "Episode,Sequence,Name\nE01,,SH999\n")).rejects.toBeInstanceOf(
      KitsuBadRequestError,
    );
    // Bulk reads by id, of any kind, over several requests; unknown ids are simply absent.
    const unknown = Array.from({ length: 70 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`);
    const byId = await client.entities.listByIds([...unknown, episode.id, shot.id, asset.id, concept.id, shot.id]);
    expect(byId.map((e) => e.id).sort()).toEqual([episode.id, shot.id, asset.id, concept.id].sort());
    expect(byId.find((e) => e.id === shot.id)).toMatchObject({ parent_id: sequence.id, data: { frame_out: 1050 } });

    // Tasks, status changes, assignment.
    const [shotTask] = await client.tasks.createForShots(project.id, shotType.id, [shot.id]);
    await client.tasks.createForAssets(project.id, assetType.id);
    if (!shotTask) throw new Error("no task created");
    const extra = await client.tasks.create({
      project_id: project.id,
      entity_id: shot.id,
      task_type_id: shotType.id,
      task_status_id: todo.id,
      name: "second",
    });
    await expect(
      client.tasks.create({
        project_id: project.id,
        entity_id: shot.id,
        task_type_id: shotType.id,
        task_status_id: todo.id,
        name: "second",
      }),
    ).rejects.toBeInstanceOf(KitsuBadRequestError);
    await client.tasks.update(extra.id, { priority: 2 });
    expect(await client.tasks.get(extra.id)).toMatchObject({ priority: 2 });
    expect(await client.tasks.getFull(shotTask.id)).toMatchObject({ entity: { id: shot.id } });
    const changed = await client.tasks.setStatus(shotTask.id, wip.id, "started");
    expect(changed).toMatchObject({ task_status_id: wip.id });
    await client.tasks.comment(shotTask.id, { task_status_id: wip.id, comment: "more work" });
    await client.tasks.comment(
      shotTask.id,
      { task_status_id: wip.id, comment: "with a file" },
      { attachments: [{ data: new TextEncoder().encode("notes"), filename: "notes.txt" }] },
    );
    expect((await client.tasks.comments(shotTask.id)).map((c) => c.text)).toEqual(
      expect.arrayContaining(["started", "more work", "with a file"]),
    );
    expect((await client.tasks.comments(shotTask.id)).find((c) => c.text === "with a file")?.attachment_files).toEqual([
      expect.objectContaining({ name: "notes.txt", size: 5 }),
    ]);
    // Review previews: a record on the comment, then its file.
    const preview = await client.previews.add(shotTask.id, changed.id, {
      data: solidPng(16, 9),
      filename: "frame.png",
    });
    expect(await client.previews.get(preview.id)).toMatchObject({ status: "ready", width: 16, height: 9 });
    const second = await client.previews.create(shotTask.id, changed.id);
    expect(await client.previews.upload(second.id, { data: solidPng(4, 4), filename: "b.png" })).toMatchObject({
      status: "ready",
    });
    await client.previews.remove(shotTask.id, changed.id, second.id);
    await expect(client.previews.get(second.id)).rejects.toBeInstanceOf(KitsuNotFoundError);
    await client.tasks.assign(shotTask.id, artist.id);
    await client.tasks.assignMany(artist.id, [extra.id]);
    expect((await client.tasks.list({ assignee: artist.id })).map((t) => t.id).sort()).toEqual(
      [shotTask.id, extra.id].sort(),
    );
    expect(
      (await client.tasks.listByIds([shotTask.id, extra.id, ...unknown])).map((t) => [t.id, t.assignees]).sort(),
    ).toEqual(
      [
        [shotTask.id, [artist.id]],
        [extra.id, [artist.id]],
      ].sort(),
    );
    await client.tasks.unassign([extra.id], artist.id);
    expect((await client.tasks.get(extra.id)).assignees).toEqual([]);
    expect((await client.tasks.listForProject(project.id)).map((t) => t.id)).toEqual(
      expect.arrayContaining([shotTask.id, extra.id]),
    );
    expect((await client.tasks.list({ projectId: project.id, taskTypeId: assetType.id })).length).toBe(1);

    // Bulk reads of a whole project.
    const shots = await client.shots.listWithTasks(project.id);
    expect(shots.find((s) => s.id === shot.id)?.tasks.map((t) => t.id)).toEqual(
      expect.arrayContaining([shotTask.id, extra.id]),
    );
    expect((await client.assets.listWithTasks(project.id))[0]?.tasks).toHaveLength(1);
    expect(await client.sequences.listWithTasks(project.id)).toEqual(expect.any(Array));
    expect(await client.episodes.listWithTasks(project.id)).toEqual(expect.any(Array));
    expect(await client.edits.listWithTasks(project.id)).toEqual(expect.any(Array));

    // The event log.
    const since = new Date(stamp - 5000).toISOString().slice(0, 19);
    const logged = await client.events.read(since, { projectId: project.id });
    expect(logged.map((e) => e.name)).toEqual(
      expect.arrayContaining(["shot:new", "task:status-changed", "task:assign"]),
    );
    expect(await client.events.names()).toEqual(expect.arrayContaining(["shot:new"]));

    // Deletes: a non-forced delete of a shot with tasks only cancels it.
    await client.shots.delete(shot.id);
    expect(await client.shots.get(shot.id)).toMatchObject({ canceled: true });
    await client.shots.delete(shot.id, { force: true });
    await expect(client.shots.get(shot.id)).rejects.toBeInstanceOf(KitsuNotFoundError);
    await client.tasks
      .delete(extra.id, { force: true })
      .catch((error: unknown) => expect(error).toBeInstanceOf(KitsuNotFoundError));
    await client.assets.delete(asset.id, { force: true });
    await client.edits.delete(edit.id, { force: true });
    await client.concepts.delete(concept.id, { force: true });
    await client.sequences.delete(sequence.id, { force: true });
    await client.episodes.delete(episode.id, { force: true });
    const spare = await client.shots.create(project.id, { name: "SPARE" });
    await client.entities.delete(spare.id);
    await client.projects.removeTeamMember(project.id, artist.id);
    await client.persons.delete(artist.id);
    // Zou deletes only closed projects; then the settings it used can go.
    const closed = (await client.projects.statuses()).find((s) => s.name === "Closed");
    await client.projects.update(project.id, { project_status_id: closed?.id ?? "" });
    await client.projects.delete(project.id, { force: true });
    await expect(client.projects.get(project.id)).rejects.toBeInstanceOf(KitsuNotFoundError);
    await client.taskTypes.delete(shotType.id);
    await client.taskTypes.delete(assetType.id);
    await client.taskStatuses.delete(wip.id);
    await client.assetTypes.delete(props.id);

    contract.assertNoViolations();
    // Auth routes are exercised by auth.test.ts, outside the resources.
    const authRoutes = ["login", "refreshToken", "logout"];
    expect(allOperationIds().filter((id) => !contract.covered.has(id) && !authRoutes.includes(id))).toEqual([]);
  }, 60_000);
});

function allOperationIds(): string[] {
  const document = loadCuratedDocument();
  return Object.values(document.paths).flatMap((item) =>
    Object.values(item as Record<string, { operationId?: string }>).flatMap((op) =>
      op?.operationId ? [op.operationId] : [],
    ),
  );
}
