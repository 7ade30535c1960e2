import { type AyonHttpError, AyonServerError, AyonValidationError } from "@kitsu-ayon/ayon-sdk";
import { describe, expect, it } from "vitest";
import { failure, raw } from "../support.js";
import { at, useContractTarget } from "./setup.js";

const { target, ayon, deployProject } = useContractTarget();

type Item = { name: string } & Record<string, unknown>;
type Project = { statuses: Item[]; folderTypes: Item[]; taskTypes: Item[]; tags: Item[] };

const STATUSES = [
  { name: "Todo", shortName: "TDO", state: "not_started" },
  { name: "Doing", shortName: "DNG", state: "in_progress" },
  { name: "Done", shortName: "DNE", state: "done" },
];

const getProject = async (name: string) =>
  (await ayon().http.GET("/api/projects/{project_name}", at(name))).data as unknown as Project;
const patch = (name: string, body: Record<string, unknown>) =>
  ayon().http.PATCH("/api/projects/{project_name}", { ...at(name), body: body as never });
const names = (items: Item[]) => items.map((item) => item.name);

const newProject = (prefix: string) =>
  deployProject(prefix, {
    folder_types: [{ name: "Folder" }, { name: "Shot" }],
    task_types: [{ name: "Comp" }],
    statuses: STATUSES,
  });

async function newFolder(project: string, body: Record<string, unknown>): Promise<string> {
  const { data } = await ayon().http.POST("/api/projects/{project_name}/folders", {
    ...at(project),
    body: body as never,
  });
  return (data as { id: string }).id;
}

describe("anatomy", () => {
  it("replaces a list and its order on PATCH", async () => {
    const project = await newProject("order");
    await patch(project, { statuses: [STATUSES[2], STATUSES[0], { name: "Review", shortName: "RVW" }, STATUSES[1]] });
    expect(names((await getProject(project)).statuses)).toEqual(["Done", "Todo", "Review", "Doing"]);
  });

  it("stores only the item fields sent on PATCH", async () => {
    const project = await newProject("fields");
    await patch(project, { tags: [{ name: "hero" }] });
    expect((await getProject(project)).tags).toEqual([{ name: "hero" }]);
  });

  /**
   * A violation while saving the anatomy lists (an item in use dropped, a name taken in another case)
   * aborts the transaction; `ProjectEntity.save()` then commits on it, and that second error is the
   * answer: HTTP 500 that no longer names the violation. Nothing is changed.
   */
  const expectAbortedSave = (error: AyonHttpError) => {
    expect(error).toBeInstanceOf(AyonServerError);
    expect(error.status).toBe(500);
    expect(error.detail).toContain("current transaction is aborted");
  };

  it("drops an item no entity uses when the list leaves it out", async () => {
    const project = await newProject("dropunused");
    await patch(project, { statuses: [STATUSES[0], STATUSES[1]] });
    expect(names((await getProject(project)).statuses)).toEqual(["Todo", "Doing"]);
  });

  it("fails to drop a status still in use (a foreign-key violation) and changes nothing", async () => {
    const project = await newProject("dropused");
    await newFolder(project, { name: "sh010", folderType: "Shot", status: "Done" });
    const error = await failure(patch(project, { statuses: [STATUSES[0]], label: "changed" }));
    expectAbortedSave(error);
    const after = (await ayon().http.GET("/api/projects/{project_name}", at(project))).data as Project & {
      label?: string;
    };
    expect(names(after.statuses)).toEqual(["Todo", "Doing", "Done"]);
    expect(after.label).toBeUndefined();
  });

  it("fails to drop a folder type or task type in use", async () => {
    const project = await newProject("droptypes");
    const folder = await newFolder(project, { name: "sh010", folderType: "Shot" });
    await ayon().http.POST("/api/projects/{project_name}/tasks", {
      ...at(project),
      body: { name: "comp", taskType: "Comp", folderId: folder },
    });
    expectAbortedSave(await failure(patch(project, { folderTypes: [{ name: "Folder" }] })));
    expectAbortedSave(await failure(patch(project, { taskTypes: [{ name: "Other" }] })));
    expect(names((await getProject(project)).folderTypes)).toEqual(expect.arrayContaining(["Shot"]));
  });

  it("renames an item through original_name; the entities using it follow", async () => {
    const project = await newProject("rename");
    const folder = await newFolder(project, { name: "sh010", folderType: "Shot", status: "Doing" });
    await patch(project, {
      statuses: [STATUSES[0], { name: "In progress", original_name: "Doing", shortName: "PRG" }, STATUSES[2]],
      folderTypes: [{ name: "Folder" }, { name: "Shot_", original_name: "Shot" }],
    });
    expect(names((await getProject(project)).statuses)).toEqual(["Todo", "In progress", "Done"]);
    const { data } = await ayon().http.GET("/api/projects/{project_name}/folders/{folder_id}", {
      params: { path: { project_name: project, folder_id: folder } },
    });
    expect(data).toMatchObject({ status: "In progress", folderType: "Shot_" });
  });

  it("does not understand a camelCase originalName: the old item is dropped instead of renamed", async () => {
    const project = await newProject("camel");
    await newFolder(project, { name: "sh010", folderType: "Shot", status: "Doing" });
    const error = await failure(
      patch(project, { statuses: [STATUSES[0], { name: "In progress", originalName: "Doing" }, STATUSES[2]] }),
    );
    expectAbortedSave(error);
    expect(names((await getProject(project)).statuses)).toEqual(["Todo", "Doing", "Done"]);
  });

  it("keeps item names unique case-insensitively: a new item differing only in case is refused", async () => {
    const project = await newProject("unique");
    const error = await failure(patch(project, { statuses: [...STATUSES, { name: "done" }] }));
    expectAbortedSave(error);
    expect(names((await getProject(project)).statuses)).toEqual(["Todo", "Doing", "Done"]);
  });

  it("refuses to leave a project without folder types, task types or statuses", async () => {
    const project = await newProject("empty");
    expect(await failure(patch(project, { statuses: [] }))).toBeInstanceOf(AyonServerError);
    expect(names((await getProject(project)).statuses)).toEqual(["Todo", "Doing", "Done"]);
  });

  it("validates the items: a status state outside not_started, in_progress, done, blocked is a 400", async () => {
    const project = await newProject("state");
    const error = await failure(patch(project, { statuses: [{ name: "Todo", state: "waiting" }] }));
    expect(error).toBeInstanceOf(AyonValidationError);
  });

  it("gives a new entity the first status, by position, whose scope includes its type", async () => {
    const project = await newProject("scope");
    await patch(project, {
      statuses: [
        { name: "Task only", scope: ["task"] },
        { name: "Folder first", scope: ["folder", "task"] },
      ],
    });
    const folder = await newFolder(project, { name: "sh010", folderType: "Shot" });
    const { data: task } = await ayon().http.POST("/api/projects/{project_name}/tasks", {
      ...at(project),
      body: { name: "comp", taskType: "Comp", folderId: folder },
    });
    const readFolder = await ayon().http.GET("/api/projects/{project_name}/folders/{folder_id}", {
      params: { path: { project_name: project, folder_id: folder } },
    });
    const readTask = await ayon().http.GET("/api/projects/{project_name}/tasks/{task_id}", {
      params: { path: { project_name: project, task_id: (task as { id: string }).id } },
    });
    expect(readFolder.data?.status).toBe("Folder first");
    expect(readTask.data?.status).toBe("Task only");
  });

  it("reads the anatomy in snake_case with every item's defaults filled in", async () => {
    const project = await newProject("read");
    const { data } = await ayon().http.GET("/api/projects/{project_name}/anatomy", at(project));
    expect(data?.folder_types?.map((item) => item.name)).toEqual(["Folder", "Shot"]);
    expect(data?.statuses?.[2]).toMatchObject({ name: "Done", shortName: "DNE", state: "done", color: "#cacaca" });
    expect(data?.attributes).toMatchObject({ fps: 25 });
    expect(data?.roots?.[0]?.name).toBe("work");
  });

  it("replaces the anatomy with POST /anatomy (204), attributes included", async () => {
    const project = await newProject("replace");
    const { response } = await ayon().http.POST("/api/projects/{project_name}/anatomy", {
      ...at(project),
      body: {
        folder_types: [{ name: "Asset" }],
        task_types: [{ name: "Modeling" }],
        statuses: [{ name: "Open" }],
        attributes: { fps: 50 },
      } as never,
    });
    expect(response.status).toBe(204);
    const after = await getProject(project);
    expect(names(after.folderTypes)).toEqual(["Asset"]);
    expect(names(after.statuses)).toEqual(["Open"]);
    const { data } = await ayon().http.GET("/api/projects/{project_name}", at(project));
    expect(data?.attrib).toMatchObject({ fps: 50, resolutionWidth: 1920 });
  });

  it("emits statuses_changed and changed when the statuses change, only changed otherwise", async () => {
    const project = await newProject("events");
    await patch(project, { data: {} });
    await patch(project, { statuses: [...STATUSES, { name: "Extra" }] });
    const events = await ayon().events.list({ projects: [project], topics: ["entity.project.*"] });
    expect(events.map((event) => event.topic)).toEqual([
      "entity.project.created",
      "entity.project.changed",
      "entity.project.statuses_changed",
      "entity.project.changed",
    ]);
    const newValue = (events[2]?.payload as { newValue?: Item[] } | undefined)?.newValue ?? [];
    expect(newValue.map((item) => item.name)).toEqual(["Todo", "Doing", "Done", "Extra"]);
  });
});

describe("anatomy presets", () => {
  it("answers the built-in preset as __builtin__, _ and (with no primary preset) __primary__", async () => {
    const list = await raw(target(), "GET", "/api/anatomy/presets");
    expect(list.body).toMatchObject({ version: "1.0.0", presets: expect.any(Array) });
    const hasPrimary = (list.body as { presets: { primary: boolean }[] }).presets.some((preset) => preset.primary);
    const builtin = (await raw(target(), "GET", "/api/anatomy/presets/__builtin__")).body as Record<string, Item[]>;
    expect((await raw(target(), "GET", "/api/anatomy/presets/_")).body).toEqual(builtin);
    if (!hasPrimary) expect((await raw(target(), "GET", "/api/anatomy/presets/__primary__")).body).toEqual(builtin);
    expect(names(builtin.folder_types ?? [])).toEqual(["Folder", "Library", "Asset", "Episode", "Sequence", "Shot"]);
    expect(names(builtin.statuses ?? [])).toEqual([
      "Not ready",
      "Ready to start",
      "In progress",
      "Pending review",
      "Approved",
      "On hold",
      "Omitted",
    ]);
    // BaseAuxModel's validator fills original_name with the name.
    expect(builtin.task_types?.[0]).toEqual({
      name: "Generic",
      original_name: "Generic",
      shortName: "gener",
      color: "#5c6c79",
      icon: "task_alt",
    });
    expect(builtin.attributes).toMatchObject({ fps: 25, resolutionWidth: 1920, frameStart: 1001, priority: "normal" });
  });

  it("answers 404 for a preset that does not exist", async () => {
    const answer = await raw(target(), "GET", "/api/anatomy/presets/kaTestNoSuchPreset");
    expect(answer).toMatchObject({
      status: 404,
      body: { code: 404, detail: "Anatomy preset kaTestNoSuchPreset not found." },
    });
  });

  it("deploys a project from the built-in preset sent back as its anatomy, as ayon-python-api's create_project does", async () => {
    const preset = (await raw(target(), "GET", "/api/anatomy/presets/_")).body as Record<string, unknown>;
    const project = await deployProject("preset", preset);
    const deployed = await getProject(project);
    expect(names(deployed.folderTypes)).toEqual(names(preset.folder_types as Item[]));
    expect(names(deployed.statuses)).toEqual(names(preset.statuses as Item[]));
  });
});
