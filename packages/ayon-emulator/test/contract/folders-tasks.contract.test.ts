import {
  AyonConflictError,
  AyonForbiddenError,
  AyonNotFoundError,
  AyonValidationError,
  newEntityId,
} from "@kitsu-ayon/ayon-sdk";
import { describe, expect, it } from "vitest";
import { failure } from "../support.js";
import { unique, useContractTarget } from "./setup.js";

const ANATOMY = {
  folder_types: [{ name: "Folder" }, { name: "Sequence" }, { name: "Shot" }],
  task_types: [{ name: "Animation" }, { name: "Compositing" }],
  statuses: [{ name: "Not ready" }, { name: "In progress" }, { name: "Approved" }],
};

const {
  ayon,
  project,
  inProject,
  folderAt: folderPath,
  taskAt: taskPath,
  createFolder,
  postFolder,
  patchFolder,
  getFolder,
  createTask,
  postTask,
  getTask,
  personWithAccess,
} = useContractTarget({ project: { prefix: "entities", anatomy: ANATOMY } });

describe("folders", () => {
  it("creates a folder (201 with its id) and reads it back without null fields", async () => {
    const name = unique("sq");
    const { data, response } = await postFolder({ name, folderType: "Sequence" });
    expect(response.status).toBe(201);
    const id = (data as { id: string }).id;
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    const folder = await getFolder(id);
    expect(folder).toMatchObject({
      id,
      name,
      folderType: "Sequence",
      path: `/${name}`,
      hasVersions: false,
      status: "Not ready",
      tags: [],
      data: {},
      active: true,
      ownAttrib: [],
    });
    for (const key of ["label", "parentId", "thumbnailId"]) expect(folder).not.toHaveProperty(key);
    expect(folder.attrib).toMatchObject({ fps: 25 });
  });

  it("accepts a client-generated id", async () => {
    const id = newEntityId();
    expect(await createFolder({ id, name: unique("client"), folderType: "Folder" })).toBe(id);
  });

  it("gives a folder without a type the project's first folder type", async () => {
    expect((await getFolder(await createFolder({ name: unique("untyped") }))).folderType).toBe("Folder");
  });

  it("rejects names outside NAME_REGEX and labels with ' or ; with 400", async () => {
    for (const name of ["sh 010", "", "-sh010", "sh010.", "séq"]) {
      expect(await failure(postFolder({ name, folderType: "Shot" })), name).toBeInstanceOf(AyonValidationError);
    }
    for (const label of ["Bob's shot", "a;b"]) {
      expect(await failure(postFolder({ name: unique("label"), label, folderType: "Shot" })), label).toBeInstanceOf(
        AyonValidationError,
      );
    }
    expect(
      await createFolder({ name: "x", label: "Any label: with (punctuation) & unicode é", folderType: "Shot" }),
    ).toMatch(/^[0-9a-f]{32}$/);
  });

  it("keeps names unique among active siblings, case-insensitively (409), but not across parents", async () => {
    const parent = await createFolder({ name: unique("sq"), folderType: "Sequence" });
    await createFolder({ name: "sh010", folderType: "Shot", parentId: parent });
    const error = await failure(postFolder({ name: "SH010", folderType: "Shot", parentId: parent }));
    expect(error).toBeInstanceOf(AyonConflictError);
    expect(error.detail).toMatch(/already exists/);
    const otherParent = await createFolder({ name: unique("sq"), folderType: "Sequence" });
    expect(await createFolder({ name: "SH010", folderType: "Shot", parentId: otherParent })).toMatch(/^[0-9a-f]{32}$/);
  });

  it("frees a name when the sibling is deactivated, and refuses to reactivate it while the name is taken", async () => {
    const parent = await createFolder({ name: unique("sq"), folderType: "Sequence" });
    const old = await createFolder({ name: "sh020", folderType: "Shot", parentId: parent });
    await patchFolder(old, { active: false });
    await createFolder({ name: "Sh020", folderType: "Shot", parentId: parent });
    expect(await failure(patchFolder(old, { active: true }))).toBeInstanceOf(AyonConflictError);
    expect((await getFolder(old)).active).toBe(false);
  });

  it("refuses an unknown folder type (types are case-sensitive), status or parent with 409", async () => {
    for (const body of [
      { name: unique("f"), folderType: "Nope" },
      { name: unique("f"), folderType: "shot" },
      { name: unique("f"), folderType: "Shot", status: "Unknown" },
      { name: unique("f"), folderType: "Shot", parentId: newEntityId() },
    ]) {
      const error = await failure(postFolder(body));
      expect(error, JSON.stringify(body)).toBeInstanceOf(AyonConflictError);
      expect(error.detail).toMatch(/is not present in table/);
    }
  });

  it("patches a folder (204): name, label, status and tags replaced", async () => {
    const id = await createFolder({ name: unique("patch"), folderType: "Shot", tags: ["a"] });
    const { response } = await patchFolder(id, { name: "renamed", label: "Renamed", status: "Approved", tags: ["b"] });
    expect(response.status).toBe(204);
    expect(await getFolder(id)).toMatchObject({ name: "renamed", label: "Renamed", status: "Approved", tags: ["b"] });
  });

  it("refuses to move a folder under itself or under one of its descendants (400)", async () => {
    const top = await createFolder({ name: unique("top"), folderType: "Folder" });
    const child = await createFolder({ name: "child", folderType: "Folder", parentId: top });
    const grandchild = await createFolder({ name: "grandchild", folderType: "Folder", parentId: child });
    const self = await failure(patchFolder(top, { parentId: top }));
    expect(self).toBeInstanceOf(AyonValidationError);
    expect(self.detail).toBe("Folder cannot be its own parent");
    const below = await failure(patchFolder(top, { parentId: grandchild }));
    expect(below.detail).toBe("Folder cannot be moved to one of its descendants");
  });

  it("moves a folder under another parent, its path following", async () => {
    const a = await createFolder({ name: unique("a"), folderType: "Folder" });
    const b = await createFolder({ name: unique("b"), folderType: "Folder" });
    const moved = await createFolder({ name: "moved", folderType: "Folder", parentId: a });
    await patchFolder(moved, { parentId: b });
    expect((await getFolder(moved)).path).toBe(`${(await getFolder(b)).path}/moved`);
  });

  it("deletes a folder (204) with its subfolders and tasks", async () => {
    const top = await createFolder({ name: unique("del"), folderType: "Sequence" });
    const shot = await createFolder({ name: "sh010", folderType: "Shot", parentId: top });
    const task = await createTask({ name: "anim", taskType: "Animation", folderId: shot });
    const { response } = await ayon().http.DELETE("/api/projects/{project_name}/folders/{folder_id}", folderPath(top));
    expect(response.status).toBe(204);
    expect(await failure(getFolder(shot))).toBeInstanceOf(AyonNotFoundError);
    expect(await failure(getTask(task))).toBeInstanceOf(AyonNotFoundError);
  });

  it("answers 400 for an id that is not 32 hex characters and 404 for an unknown one", async () => {
    expect(await failure(getFolder("not-an-id"))).toBeInstanceOf(AyonValidationError);
    expect(await failure(getFolder("A".repeat(32)))).toBeInstanceOf(AyonValidationError);
    const missing = await failure(getFolder(newEntityId()));
    expect(missing).toBeInstanceOf(AyonNotFoundError);
  });

  it("lists every folder, inactive ones included, without data, attributes only on request", async () => {
    const top = await createFolder({ name: unique("list"), folderType: "Sequence", data: { kitsuId: "x" } });
    const inactive = await createFolder({ name: "off", folderType: "Shot", parentId: top, active: false });
    await createTask({ name: "anim", taskType: "Animation", folderId: top });
    const plain = await ayon().http.GET("/api/projects/{project_name}/folders", inProject());
    const item = plain.data?.folders.find((folder) => folder.id === top);
    expect(item).toMatchObject({ hasTasks: true, hasChildren: true, taskNames: ["anim"], folderType: "Sequence" });
    expect(item).not.toHaveProperty("data");
    expect(item).not.toHaveProperty("attrib");
    expect(plain.data?.folders.some((folder) => folder.id === inactive)).toBe(true);
    const withAttrib = await ayon().http.GET("/api/projects/{project_name}/folders", {
      params: { path: { project_name: project() }, query: { attrib: true } },
    });
    expect(withAttrib.data?.folders.find((folder) => folder.id === top)?.attrib).toMatchObject({ fps: 25 });
  });
});

describe("tasks", () => {
  it("creates a task (201) that reads back with its folder, path and default status", async () => {
    const folder = await createFolder({ name: unique("shot"), folderType: "Shot" });
    const id = await createTask({
      name: "comp",
      label: "Comp",
      taskType: "Compositing",
      folderId: folder,
      assignees: ["nobody"],
    });
    const task = await getTask(id);
    expect(task).toMatchObject({
      id,
      name: "comp",
      label: "Comp",
      taskType: "Compositing",
      folderId: folder,
      status: "Not ready",
      assignees: ["nobody"],
      ownAttrib: [],
    });
    expect(task.path).toBe(`${(await getFolder(folder)).path}/comp`);
  });

  it("keeps task names unique in a folder, case-insensitively (409)", async () => {
    const folder = await createFolder({ name: unique("shot"), folderType: "Shot" });
    await createTask({ name: "anim", taskType: "Animation", folderId: folder });
    expect(await failure(postTask({ name: "ANIM", taskType: "Animation", folderId: folder }))).toBeInstanceOf(
      AyonConflictError,
    );
    const other = await createFolder({ name: unique("shot"), folderType: "Shot" });
    expect(await createTask({ name: "anim", taskType: "Animation", folderId: other })).toMatch(/^[0-9a-f]{32}$/);
  });

  it("requires a task type (400) that exists in the project (409), and a folder (409)", async () => {
    const folder = await createFolder({ name: unique("shot"), folderType: "Shot" });
    expect(await failure(postTask({ name: "x", folderId: folder }))).toBeInstanceOf(AyonValidationError);
    expect(await failure(postTask({ name: "x", taskType: "Lighting", folderId: folder }))).toBeInstanceOf(
      AyonConflictError,
    );
    const noFolder = await failure(postTask({ name: "x", taskType: "Animation" }));
    // A NOT NULL violation, raised as a plain 409 by `raise_on_error`.
    expect(noFolder).toBeInstanceOf(AyonConflictError);
    expect(noFolder.detail).toBe("Missing required field: folder_id");
  });

  it("patches (204) and deletes (204) a task", async () => {
    const folder = await createFolder({ name: unique("shot"), folderType: "Shot" });
    const id = await createTask({ name: "anim", taskType: "Animation", folderId: folder });
    const { response } = await ayon().http.PATCH("/api/projects/{project_name}/tasks/{task_id}", {
      ...taskPath(id),
      body: { status: "In progress", assignees: ["ann", "bob"], taskType: "Compositing" },
    });
    expect(response.status).toBe(204);
    expect(await getTask(id)).toMatchObject({
      status: "In progress",
      assignees: ["ann", "bob"],
      taskType: "Compositing",
    });
    const deleted = await ayon().http.DELETE("/api/projects/{project_name}/tasks/{task_id}", taskPath(id));
    expect(deleted.response.status).toBe(204);
    expect(await failure(getTask(id))).toBeInstanceOf(AyonNotFoundError);
  });

  it("adds, removes and sets assignees with /assign, without checking the user names", async () => {
    const folder = await createFolder({ name: unique("shot"), folderType: "Shot" });
    const id = await createTask({ name: "anim", taskType: "Animation", folderId: folder });
    const assign = (mode: "add" | "remove" | "set", users: string[]) =>
      ayon().http.POST("/api/projects/{project_name}/tasks/{task_id}/assign", {
        ...taskPath(id),
        body: { mode, users },
      });
    expect((await assign("add", ["ann", "bob"])).response.status).toBe(204);
    await assign("remove", ["ann"]);
    expect((await getTask(id)).assignees).toEqual(["bob"]);
    await assign("set", ["carl", "dora"]);
    expect([...((await getTask(id)).assignees as string[])].sort()).toEqual(["carl", "dora"]);
    const events = await ayon().events.list({ projects: [project()], topics: ["entity.task.assignees_changed"] });
    const mine = events.filter((event) => event.summary.entityId === id);
    expect(mine).toHaveLength(3);
    expect(mine[0]?.summary).toEqual({ entityId: id, parentId: folder });
    expect(mine[1]?.payload).toEqual({ oldValue: expect.arrayContaining(["ann", "bob"]), newValue: ["bob"] });
  });

  it("lets a normal user assign only themselves (403 otherwise)", async () => {
    const folder = await createFolder({ name: unique("shot"), folderType: "Shot" });
    const id = await createTask({ name: "anim", taskType: "Animation", folderId: folder });
    const { name: artist, client: asArtist } = await personWithAccess("assignee", ["artist"]);
    const assign = (users: string[]) =>
      asArtist.http.POST("/api/projects/{project_name}/tasks/{task_id}/assign", {
        ...taskPath(id),
        body: { mode: "add", users },
      });
    expect(await failure(assign(["someone"]))).toBeInstanceOf(AyonForbiddenError);
    await assign([artist]);
    expect((await getTask(id)).assignees).toEqual([artist]);
  });
});

describe("entity events", () => {
  it("emits one event per change of a PATCH, sharing one summary, with the request's sender", async () => {
    const id = await createFolder({ name: unique("ev"), folderType: "Shot" });
    const path = (await getFolder(id)).path;
    await patchFolder(id, { name: "ev_renamed", status: "Approved" });
    const events = (await ayon().events.list({ projects: [project()], topics: ["entity.folder.*"] })).filter(
      (event) => event.summary.entityId === id,
    );
    expect(events.map((event) => event.topic)).toEqual([
      "entity.folder.created",
      "entity.folder.renamed",
      "entity.folder.status_changed",
    ]);
    expect(events[0]?.summary).toEqual({ entityId: id, parentId: null });
    expect(events[1]?.payload).toEqual({ oldValue: path?.toString().slice(1), newValue: "ev_renamed" });
    // Upstream builds both events around one summary dict: `value` is the last one set.
    expect(events[1]?.summary).toEqual({ entityId: id, parentId: null, entityPath: path, value: "Approved" });
    expect(events[2]?.payload).toEqual({ oldValue: "Not ready", newValue: "Approved" });
    expect(events.every((event) => event.sender === "contract")).toBe(true);
    expect((await ayon().events.get(events[1]?.id as string)).senderType).toBe("kitsu");
  });

  it("emits a single entity.folder.deleted for a folder deleted with its subtree, with the entity's data", async () => {
    const top = await createFolder({ name: unique("evdel"), folderType: "Sequence", data: { kitsuId: "k" } });
    await createFolder({ name: "child", folderType: "Shot", parentId: top });
    await ayon().http.DELETE("/api/projects/{project_name}/folders/{folder_id}", folderPath(top));
    const deleted = (await ayon().events.list({ projects: [project()], topics: ["entity.*.deleted"] })).filter(
      (event) => event.summary.entityId === top || event.description.includes("child"),
    );
    expect(deleted.map((event) => event.topic)).toEqual(["entity.folder.deleted"]);
    expect(deleted[0]?.payload).toMatchObject({
      entityData: { id: top, data: { kitsuId: "k" }, folderType: "Sequence" },
    });
  });
});
