import { describe, expect, inject, it } from "vitest";
import "../../../local-kitsu/test/integration/kitsu-context.js";
import type { components } from "../../src/generated/kitsu-api.js";
import { createContractFetch, loadCuratedDocument } from "../support/contract.js";
import { solidPng } from "../support/png.js";

/**
 * Calls every route of the curated OpenAPI document on a real Zou, through the contract fetch, with the
 * data a sync handles: a TV show with an episode, sequences, shots, assets, an edit, a concept, tasks,
 * comments, assignments, persons and events. Deletes come last. Any response that does not match its
 * schema is a violation, reported by the last test.
 */

type Schemas = components["schemas"];

const kitsu = inject("kitsu");
const contract = createContractFetch({ apiUrl: kitsu.apiUrl });
const run = Date.now().toString(36);

interface CallOptions {
  body?: unknown;
  /** A bearer token; `null` sends none. @default the admin bot's token */
  token?: string | null;
  /** The status to expect. @default 201 for POST, 204 for DELETE, 200 otherwise */
  status?: number;
}

async function call<T>(method: string, path: string, options: CallOptions = {}): Promise<T> {
  const token = options.token === undefined ? kitsu.bot.token : options.token;
  const response = await contract.fetch(`${kitsu.apiUrl}${path}`, {
    method,
    headers: {
      ...(token === null ? {} : { authorization: `Bearer ${token}` }),
      ...(options.body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  const expected = options.status ?? (method === "POST" ? 201 : method === "DELETE" ? 204 : 200);
  if (response.status !== expected) {
    throw new Error(`${method} ${path}: expected HTTP ${expected}, got ${response.status} ${text.slice(0, 300)}`);
  }
  return (text === "" ? undefined : JSON.parse(text)) as T;
}

/** A multipart POST through the contract fetch: `fields` are form fields, or files. */
async function postForm<T>(path: string, fields: Record<string, string | File>): Promise<T> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const response = await contract.fetch(`${kitsu.apiUrl}${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${kitsu.bot.token}` },
    body: form,
  });
  const text = await response.text();
  if (response.status !== 201)
    throw new Error(`POST ${path}: expected HTTP 201, got ${response.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}

const get = <T>(path: string, options?: CallOptions) => call<T>("GET", path, options);
const post = <T>(path: string, body?: unknown) => call<T>("POST", path, { body });
const put = <T>(path: string, body: unknown) => call<T>("PUT", path, { body });
const del = (path: string, status = 204) => call<undefined>("DELETE", path, { status });

function statusNamed(statuses: Schemas["TaskStatus"][], shortName: string): Schemas["TaskStatus"] {
  const status = statuses.find((candidate) => candidate.short_name === shortName);
  if (status === undefined) throw new Error(`no task status ${shortName}`);
  return status;
}

describe("curated Kitsu schemas against a real Zou", () => {
  let statuses: Schemas["TaskStatus"][] = [];
  let layout!: Schemas["TaskType"];
  let modeling!: Schemas["TaskType"];
  let spareStatus!: Schemas["TaskStatus"];
  let propType!: Schemas["EntityType"];
  let project!: Schemas["ProjectWithRelations"];
  let artist!: Schemas["PersonWithToken"];
  let bot!: Schemas["PersonWithToken"];
  let episode!: Schemas["Episode"];
  let sequence!: Schemas["Sequence"];
  let shot!: Schemas["Shot"];
  let shotWithoutTask!: Schemas["Shot"];
  let asset!: Schemas["Asset"];
  let looseAsset!: Schemas["Asset"];
  let edit!: Schemas["Edit"];
  let concept!: Schemas["Concept"];
  let shotTask!: Schemas["TaskWithAssignees"];
  let assetTask!: Schemas["CreatedTask"];

  it("serves the API version and the login, refresh, who-am-I and logout routes", async () => {
    await expect(get<Schemas["ApiInfo"]>("/", { token: null })).resolves.toMatchObject({ api: "Zou" });
    const login = await call<Schemas["LoginResponse"]>("POST", "/auth/login", {
      token: null,
      status: 200,
      body: { email: kitsu.admin.email, password: kitsu.admin.password },
    });
    expect(login.user.email).toBe(kitsu.admin.email);
    const refreshed = await get<{ access_token?: string }>("/auth/refresh-token", { token: login.refresh_token });
    expect(typeof refreshed.access_token).toBe("string");
    const me = await get<Schemas["AuthenticatedResponse"]>("/auth/authenticated");
    expect(me.user).toMatchObject({ id: kitsu.bot.id, is_bot: true, role: "admin" });
    await expect(get("/auth/logout", { token: login.access_token })).resolves.toEqual({ logout: true });
  });

  it("reads and writes the studio's task types, task statuses and asset types", async () => {
    expect((await get<Schemas["ProjectStatus"][]>("/data/project-status")).map((s) => s.name)).toContain("Closed");
    statuses = await get<Schemas["TaskStatus"][]>("/data/task-status");
    expect(statuses.map((status) => status.short_name)).toEqual(expect.arrayContaining(["todo", "wip", "done"]));
    expect((await get<Schemas["TaskType"][]>("/data/task-types")).length).toBeGreaterThan(0);

    layout = await post("/data/task-types", { name: `Layout ${run}`, color: "#123456", for_entity: "Shot" });
    modeling = await post("/data/task-types", { name: `Modeling ${run}`, for_entity: "Asset" });
    await expect(get(`/data/task-types/${layout.id}`)).resolves.toMatchObject({ for_entity: "Shot" });
    await expect(put(`/data/task-types/${layout.id}`, { short_name: "lay" })).resolves.toMatchObject({
      short_name: "lay",
    });

    spareStatus = await post("/data/task-status", {
      name: `Spare ${run}`,
      short_name: `s${run.slice(-6)}`,
      color: "#abcdef",
    });
    await expect(get(`/data/task-status/${spareStatus.id}`)).resolves.toMatchObject({ color: "#abcdef" });
    await expect(put(`/data/task-status/${spareStatus.id}`, { description: "unused" })).resolves.toMatchObject({
      description: "unused",
    });

    propType = await post("/data/entity-types", { name: `Prop ${run}` });
    await expect(put(`/data/entity-types/${propType.id}`, { short_name: "prp" })).resolves.toMatchObject({
      short_name: "prp",
      task_types: [],
    });
    await expect(get(`/data/asset-types/${propType.id}`)).resolves.toMatchObject({ type: "AssetType" });
    const assetTypes = await get<Schemas["AssetType"][]>("/data/asset-types");
    expect(assetTypes.map((type) => type.id)).toContain(propType.id);
  });

  it("creates a TV show with its settings, team and custom fields", async () => {
    project = await post("/data/projects", { name: `Curated ${run}`, production_type: "tvshow", fps: "24" });
    expect(project.first_episode_id).toEqual(expect.any(String));
    for (const taskType of [layout, modeling]) {
      await post(`/data/projects/${project.id}/settings/task-types`, { task_type_id: taskType.id });
    }
    for (const shortName of ["todo", "wip", "done"]) {
      await post(`/data/projects/${project.id}/settings/task-status`, {
        task_status_id: statusNamed(statuses, shortName).id,
      });
    }
    await post(`/data/projects/${project.id}/settings/asset-types`, { asset_type_id: propType.id });

    artist = await post("/data/persons", { first_name: "Ada", last_name: run, email: `ada-${run}@example.com` });
    await post(`/data/projects/${project.id}/team`, { person_id: artist.id });
    const team = await get<Schemas["TeamMember"][]>(`/data/projects/${project.id}/team`);
    expect(team).toEqual([expect.objectContaining({ id: artist.id, project_role: null })]);

    await expect(
      post(`/data/projects/${project.id}/metadata-descriptors`, {
        entity_type: "Shot",
        name: "Camera",
        data_type: "list",
        choices: ["static", "handheld"],
      }),
    ).resolves.toMatchObject({ field_name: "camera", choices: ["static", "handheld"] });
    const descriptors = await get<Schemas["MetadataDescriptor"][]>(`/data/projects/${project.id}/metadata-descriptors`);
    expect(descriptors).toEqual([expect.objectContaining({ field_name: "camera", entity_type: "Shot" })]);

    const detail = await get<Schemas["ProjectDetail"]>(`/data/projects/${project.id}`);
    expect(detail).toMatchObject({ project_status_name: "Open", team: [artist.id], asset_types: [propType.id] });
    expect(detail.descriptors).toHaveLength(1);
    await expect(put(`/data/projects/${project.id}`, { description: "Curated schemas" })).resolves.toMatchObject({
      description: "Curated schemas",
    });
    const open = await get<Schemas["ProjectWithSettings"][]>("/data/projects/open");
    expect(open.map((candidate) => candidate.id)).toContain(project.id);
    const all = await get<Schemas["Project"][]>("/data/projects/all");
    expect(all.map((candidate) => candidate.id)).toContain(project.id);
    const named = await get<Schemas["Project"][]>(`/data/projects/all?name=${encodeURIComponent(project.name)}`);
    expect(named.map((candidate) => candidate.id)).toEqual([project.id]);
    const taskTypes = await get<Schemas["TaskType"][]>(`/data/projects/${project.id}/task-types`);
    expect(taskTypes.map((taskType) => taskType.id).sort()).toEqual([layout.id, modeling.id].sort());
    const projectStatuses = await get<Schemas["TaskStatus"][]>(`/data/projects/${project.id}/settings/task-status`);
    expect(projectStatuses).toHaveLength(3);
  });

  it("creates the breakdown: episode, sequence, shots, assets, edit and concept", async () => {
    episode = await post(`/data/projects/${project.id}/episodes`, { name: "E02", description: "Second" });
    const episodes = await get<Schemas["Episode"][]>(`/data/projects/${project.id}/episodes`);
    expect(episodes.map((candidate) => candidate.name)).toEqual(["E01", "E02"]);
    await expect(get(`/data/episodes/${episode.id}`)).resolves.toMatchObject({ project_name: project.name });

    sequence = await post(`/data/projects/${project.id}/sequences`, { name: "SQ010", episode_id: episode.id });
    await expect(get(`/data/projects/${project.id}/sequences`)).resolves.toHaveLength(1);
    await expect(get(`/data/sequences/${sequence.id}`)).resolves.toMatchObject({ episode_name: "E02" });

    shot = await post(`/data/projects/${project.id}/shots`, {
      name: "SH010",
      sequence_id: sequence.id,
      nb_frames: 48,
      data: { frame_in: 1001, frame_out: 1048 },
    });
    shotWithoutTask = await post(`/data/projects/${project.id}/shots`, { name: "SH020", sequence_id: sequence.id });
    await expect(get(`/data/projects/${project.id}/shots`)).resolves.toHaveLength(2);
    await expect(get(`/data/shots/${shot.id}`)).resolves.toMatchObject({ frame_in: 1001, sequence_name: "SQ010" });

    asset = await post(`/data/projects/${project.id}/asset-types/${propType.id}/assets/new`, {
      name: "Chair",
      data: { material: "oak" },
      episode_id: episode.id,
    });
    looseAsset = await post(`/data/projects/${project.id}/asset-types/${propType.id}/assets/new`, { name: "Lamp" });
    await expect(get(`/data/projects/${project.id}/assets`)).resolves.toHaveLength(2);
    await expect(get(`/data/assets/${asset.id}`)).resolves.toMatchObject({ asset_type_name: propType.name });
    await expect(get(`/data/projects/${project.id}/asset-types`)).resolves.toEqual([
      expect.objectContaining({ id: propType.id }),
    ]);

    edit = await post(`/data/projects/${project.id}/edits`, { name: "Trailer", episode_id: episode.id });
    await expect(get(`/data/projects/${project.id}/edits`)).resolves.toHaveLength(1);
    await expect(get(`/data/edits/${edit.id}`)).resolves.toMatchObject({ episode_name: "E02" });

    concept = await post(`/data/projects/${project.id}/concepts`, { name: "Mood board" });
    await expect(get(`/data/projects/${project.id}/concepts`)).resolves.toHaveLength(1);
    await expect(get(`/data/concepts/${concept.id}`)).resolves.toMatchObject({ project_name: project.name });
  });

  it("creates tasks one by one and in bulk, and lists them whole or by page", async () => {
    const todo = statusNamed(statuses, "todo");
    shotTask = await post("/data/tasks", {
      project_id: project.id,
      entity_id: shot.id,
      task_type_id: layout.id,
      task_status_id: todo.id,
    });
    const bulkShotTasks = await post<Schemas["CreatedTask"][]>(
      `/actions/projects/${project.id}/task-types/${layout.id}/shots/create-tasks`,
      [],
    );
    expect(bulkShotTasks.map((task) => task.entity_id)).toEqual([shotWithoutTask.id]);
    const assetTasks = await post<Schemas["CreatedTask"][]>(
      `/actions/projects/${project.id}/task-types/${modeling.id}/assets/create-tasks`,
      [asset.id],
    );
    expect(assetTasks).toEqual([expect.objectContaining({ entity_id: asset.id, task_status_short_name: "todo" })]);
    assetTask = assetTasks[0] as Schemas["CreatedTask"];

    await expect(get(`/data/tasks/${shotTask.id}`)).resolves.toMatchObject({ assignees: [] });
    await expect(get(`/data/tasks/${shotTask.id}/full`)).resolves.toMatchObject({
      entity: { id: shot.id },
      sequence: { id: sequence.id },
      episode: { id: episode.id },
    });
    await put(`/data/tasks/${shotTask.id}`, { priority: 2, data: { camera: "static" } });
    await expect(put(`/data/tasks/${shotTask.id}`, { data: { lens: 35 } })).resolves.toMatchObject({
      priority: 2,
      data: { camera: "static", lens: 35 },
    });

    await expect(get(`/data/tasks?project_id=${project.id}`)).resolves.toHaveLength(3);
    await expect(get(`/data/tasks?project_id=${project.id}&page=1&limit=2`)).resolves.toMatchObject({
      total: 3,
      nb_pages: 2,
    });
    await expect(get(`/data/projects/${project.id}/tasks`)).resolves.toHaveLength(3);
    await expect(get(`/data/projects/${project.id}/tasks?page=1`)).resolves.toMatchObject({ total: 3, page: 1 });
  });

  it("changes a task status by commenting, and lists the comment", async () => {
    const wip = statusNamed(statuses, "wip");
    const comment = await post<Schemas["CreatedComment"]>(`/actions/tasks/${shotTask.id}/comment`, {
      task_status_id: wip.id,
      comment: "Blocking started",
    });
    expect(comment.task_status.short_name).toBe("wip");
    await expect(get(`/data/tasks/${shotTask.id}`)).resolves.toMatchObject({ task_status_id: wip.id });
    const comments = await get<Schemas["TaskComment"][]>(`/data/tasks/${shotTask.id}/comments`);
    expect(comments).toEqual([expect.objectContaining({ text: "Blocking started", task_status: expect.any(Object) })]);
  });

  it("comments with an attachment, and adds, reads and removes a review preview", async () => {
    const withFile = await postForm<Schemas["CreatedComment"]>(`/actions/tasks/${shotTask.id}/comment`, {
      task_status_id: statusNamed(statuses, "wip").id,
      comment: "Notes attached",
      file: new File(["frame 1001"], "notes.txt", { type: "text/plain" }),
    });
    expect(withFile.attachment_files).toEqual([expect.objectContaining({ name: "notes.txt", size: 10 })]);

    const preview = await post<Schemas["PreviewFile"]>(
      `/actions/tasks/${shotTask.id}/comments/${withFile.id}/add-preview`,
      {},
    );
    expect(preview).toMatchObject({ status: "processing", comments: [withFile.id] });
    const uploaded = await postForm<Schemas["PreviewFile"]>(`/pictures/preview-files/${preview.id}`, {
      file: new File([solidPng(8, 8)], "frame.png", { type: "image/png" }),
    });
    expect(uploaded).toMatchObject({ status: "ready", extension: "png", width: 8 });
    await expect(get(`/data/preview-files/${preview.id}`)).resolves.toMatchObject({ original_name: "frame" });
    await del(`/actions/tasks/${shotTask.id}/comments/${withFile.id}/preview-files/${preview.id}`);
    await get(`/data/preview-files/${preview.id}`, { status: 404 });
  });

  it("assigns tasks to a person and clears the assignment", async () => {
    await expect(put(`/actions/tasks/${shotTask.id}/assign`, { person_id: artist.id })).resolves.toMatchObject({
      assignees: [artist.id],
    });
    const assigned = await put<Schemas["TaskWithAssignees"][]>(`/actions/persons/${artist.id}/assign`, {
      task_ids: [assetTask.id],
    });
    expect(assigned.map((task) => task.id)).toEqual([assetTask.id]);
    const full = await get<Schemas["TaskWithRelations"]>(`/data/tasks/${shotTask.id}/full`);
    expect(full).toMatchObject({ assigner: { id: kitsu.bot.id }, persons: [{ id: artist.id }] });
    const assignedTasks = await get<Schemas["Task"][]>(
      `/data/tasks?project_id=${project.id}&relations=true&assignees=${artist.id}`,
    );
    expect(assignedTasks.map((task) => [task.id, task.assignees])).toEqual(
      expect.arrayContaining([
        [shotTask.id, [artist.id]],
        [assetTask.id, [artist.id]],
      ]),
    );
    expect(assignedTasks).toHaveLength(2);
    await expect(put("/actions/tasks/clear-assignation", { task_ids: [shotTask.id, assetTask.id] })).resolves.toEqual([
      shotTask.id,
      assetTask.id,
    ]);
  });

  it("lists the board views of shots, assets, sequences, episodes and edits with their tasks", async () => {
    const shots = await get<Schemas["ShotWithTasks"][]>(`/data/shots/with-tasks?project_id=${project.id}`);
    expect(shots.find((row) => row.id === shot.id)?.tasks).toHaveLength(1);
    const assets = await get<Schemas["AssetWithTasks"][]>(
      `/data/assets/with-tasks?project_id=${project.id}&episode_id=${episode.id}`,
    );
    expect(assets).toEqual([expect.objectContaining({ id: asset.id, ready_for: "None", preview_file_id: "" })]);
    const sequences = await get<Schemas["EntityWithTasks"][]>(`/data/sequences/with-tasks?project_id=${project.id}`);
    expect(sequences).toEqual([expect.objectContaining({ id: sequence.id, episode_id: episode.id })]);
    const episodes = await get<Schemas["EntityWithTasks"][]>(`/data/episodes/with-tasks?project_id=${project.id}`);
    expect(episodes.map((row) => row.episode_id)).toEqual(["None", "None"]);
    await expect(get(`/data/edits/with-tasks?project_id=${project.id}`)).resolves.toHaveLength(1);
  });

  it("shallow-merges data when updating a generic entity", async () => {
    await expect(get(`/data/entities/${shot.id}`)).resolves.toMatchObject({ type: "Shot", entities_out: [] });
    await put(`/data/entities/${shot.id}`, { data: { fps: 24 } });
    const updated = await put<Schemas["EntityWithRelations"]>(`/data/entities/${shot.id}`, {
      description: "Opening",
      data: { frame_out: null },
    });
    expect(updated).toMatchObject({ description: "Opening", data: { frame_in: 1001, frame_out: null, fps: 24 } });
  });

  it("lists, filters and updates persons, and creates a bot with its token", async () => {
    const persons = await get<Schemas["Person"][]>("/data/persons?relations=true");
    expect(persons.map((person) => person.id)).toEqual(expect.arrayContaining([artist.id, kitsu.bot.id]));
    await expect(get(`/data/persons?email=${encodeURIComponent(artist.email ?? "")}`)).resolves.toEqual([
      expect.objectContaining({ id: artist.id }),
    ]);
    await expect(get(`/data/persons/${artist.id}`)).resolves.toMatchObject({ full_name: `Ada ${run}` });
    await expect(put(`/data/persons/${artist.id}`, { phone: "+33 1 23 45 67 89" })).resolves.toMatchObject({
      phone: "+33 1 23 45 67 89",
    });
    bot = await post("/data/persons", {
      first_name: `Sync bot ${run}`,
      last_name: "",
      email: `bot-${run}@example.com`,
      role: "manager",
      is_bot: true,
    });
    expect(bot.is_bot).toBe(true);
    expect(typeof bot.access_token).toBe("string");
  });

  it("reads the event log of the project and the names of the logged events", async () => {
    const events = await get<Schemas["ApiEvent"][]>(`/data/events/last?project_id=${project.id}&limit=200`);
    expect(events.map((event) => event.name)).toEqual(expect.arrayContaining(["shot:new", "task:status-changed"]));
    const names = await get<string[]>("/data/events/names");
    expect(names).toEqual(expect.arrayContaining(["task:status-changed", "task:assign"]));
  });

  it("only cancels a shot or an asset with tasks unless the delete is forced", async () => {
    await del(`/data/shots/${shot.id}`);
    await expect(get(`/data/entities/${shot.id}`)).resolves.toMatchObject({ canceled: true });
    await del(`/data/shots/${shot.id}?force=true`);
    await get(`/data/entities/${shot.id}`, { status: 404 });

    await del(`/data/assets/${asset.id}`);
    await expect(get(`/data/entities/${asset.id}`)).resolves.toMatchObject({ canceled: true });
    await del(`/data/assets/${asset.id}?force=true`);
    await get(`/data/entities/${asset.id}`, { status: 404 });
  });

  it("deletes tasks, edits, concepts, plain entities, sequences and episodes", async () => {
    const remaining = await get<Schemas["Task"][]>(`/data/tasks?project_id=${project.id}`);
    for (const task of remaining) await del(`/data/tasks/${task.id}?force=true`);
    await del(`/data/edits/${edit.id}`);
    await del(`/data/concepts/${concept.id}`);
    await del(`/data/entities/${looseAsset.id}`);
    await del(`/data/sequences/${sequence.id}?force=true`);
    await del(`/data/episodes/${episode.id}?force=true`);
    const left = await get<Schemas["Episode"][]>(`/data/projects/${project.id}/episodes`);
    expect(left.map((candidate) => candidate.name)).toEqual(["E01"]);
    await expect(get(`/data/projects/${project.id}/shots`)).resolves.toEqual([]);
  });

  it("imports shots from a spreadsheet, and reads entities and tasks by id in bulk", async () => {
    const form = new FormData();
    form.append("file", new Blob(["Episode,Sequence,Name\nE02,SQ010,SH900\n"], { type: "text/csv" }), "shots.csv");
    const response = await contract.fetch(`${kitsu.apiUrl}/import/csv/projects/${project.id}/shots`, {
      method: "POST",
      headers: { authorization: `Bearer ${kitsu.bot.token}` },
      body: form,
    });
    expect(response.status).toBe(201);
    const [imported] = (await response.json()) as Schemas["Entity"][];
    // The breakdown was deleted above: the import creates the episode and sequence again.
    expect(imported).toMatchObject({ name: "SH900", parent_id: expect.any(String) });
    const wanted = [imported?.id, imported?.parent_id];
    const entities = await get<Schemas["Entity"][]>(`/data/entities?id=${encodeURIComponent(JSON.stringify(wanted))}`);
    expect(entities.map((entity) => entity.id).sort()).toEqual([...wanted].sort());
    const tasks = await get<Schemas["Task"][]>(
      `/data/tasks?id=${encodeURIComponent(JSON.stringify([shotTask.id]))}&relations=true`,
    );
    // That task was deleted above: absent, not an error.
    expect(tasks).toEqual([]);
  });

  it("deletes the team member, the persons, the closed project and the studio settings it used", async () => {
    await del(`/data/projects/${project.id}/team/${artist.id}`);
    await del(`/data/persons/${artist.id}?force=true`);
    await del(`/data/persons/${bot.id}`);
    await del(`/data/projects/${project.id}`, 400);
    const closed = (await get<Schemas["ProjectStatus"][]>("/data/project-status")).find((s) => s.name === "Closed");
    await put(`/data/projects/${project.id}`, { project_status_id: closed?.id });
    await del(`/data/projects/${project.id}?force=true`);
    await get(`/data/projects/${project.id}`, { status: 404 });
    await del(`/data/task-types/${layout.id}?force=true`);
    await del(`/data/task-types/${modeling.id}?force=true`);
    await del(`/data/task-status/${spareStatus.id}`);
    await del(`/data/entity-types/${propType.id}`);
  });

  it("calls every operation of the curated document", () => {
    const operationIds = Object.values(loadCuratedDocument().paths).flatMap((item) =>
      Object.values(item).flatMap((operation) =>
        typeof operation === "object" && operation !== null && "operationId" in operation
          ? [String(operation.operationId)]
          : [],
      ),
    );
    expect(operationIds.filter((operationId) => !contract.covered.has(operationId))).toEqual([]);
  });

  it("gets only responses that match the curated schemas", () => {
    contract.assertNoViolations();
  });
});
