import type { AyonFolderNode, AyonTaskNode } from "@kitsu-ayon/ayon-sdk";
import { describe, expect, it } from "vitest";
import { withSuffix } from "../../src/mapping/names.js";
import type { DesiredFolder, DesiredProject, DesiredTask } from "../../src/model/desired-state.js";
import { type CurrentProject, planReconcile } from "../../src/reconcile/plan.js";
import { excludeEntities, type SyncScope, scopeDesired } from "../../src/reconcile/scope.js";
import { folder, task } from "./desired-fixtures.js";

const desiredOf = (folders: DesiredFolder[], tasks: DesiredTask[] = []): DesiredProject => ({
  folders,
  tasks,
  statuses: [{ name: "Todo", shortName: "todo", color: "#ffffff", state: "not_started", icon: "task_alt" }],
  taskTypes: [{ name: "Animation", shortName: "anim", icon: "directions_run" }],
  folderTypes: [{ name: "Shot", shortName: "sh", icon: "movie" }],
  attrib: { fps: 25, resolutionWidth: 1920 },
  warnings: [{ kitsuId: "x", message: "a mapping warning" }],
});
const scopeOf = (folders: string[] = [], tasks: string[] = []): SyncScope => ({
  folders: new Set(folders),
  tasks: new Set(tasks),
});
const ayonFolder = (
  id: string,
  key: string,
  parentId: string | null,
  extra: Partial<AyonFolderNode> = {},
): AyonFolderNode => ({
  id,
  name: key,
  label: key.toUpperCase(),
  folderType: "Shot",
  parentId,
  path: `/${key}`,
  status: "Not ready",
  tags: [],
  active: true,
  attrib: {},
  ownAttrib: [],
  data: { kitsuId: key },
  updatedAt: "",
  ...extra,
});
const ayonTask = (id: string, key: string, folderId: string, extra: Partial<AyonTaskNode> = {}): AyonTaskNode => ({
  id,
  name: key,
  label: key,
  taskType: "Animation",
  folderId,
  status: "Todo",
  tags: [],
  assignees: [],
  active: true,
  attrib: {},
  ownAttrib: [],
  data: { kitsuId: key },
  updatedAt: "",
  ...extra,
});

const keys = (entities: { key: string }[]) => entities.map((entity) => entity.key);
const ids = (entities: { id: string }[]) => entities.map((entity) => entity.id);

describe("scopeDesired", () => {
  // shots
  // ├── sq1 ── sh1 (t1a, t1b), sh2 (t2)
  // └── sq2 ── sh3 (t3)
  const desired = desiredOf(
    [
      folder("shots", null),
      folder("sq1", "shots"),
      folder("sq2", "shots"),
      folder("sh1", "sq1", { name: "sh010" }),
      folder("sh2", "sq1", { name: "sh020" }),
      folder("sh3", "sq2", { name: "sh010" }),
    ],
    [task("t1a", "sh1"), task("t1b", "sh1"), task("t2", "sh2"), task("t3", "sh3")],
  );

  it.each([
    {
      given: "a folder",
      scope: scopeOf(["sh2"]),
      wantFolders: ["shots", "sq1", "sh2"],
      wantTasks: [],
    },
    {
      given: "a task",
      scope: scopeOf([], ["t3"]),
      wantFolders: ["shots", "sq2", "sh3"],
      wantTasks: ["t3"],
    },
    {
      given: "a root folder",
      scope: scopeOf(["shots"]),
      wantFolders: ["shots"],
      wantTasks: [],
    },
  ])("adds every ancestor of $given in scope", ({ scope, wantFolders, wantTasks }) => {
    const scoped = scopeDesired(desired, scope);
    expect(keys(scoped.desired.folders)).toEqual(wantFolders);
    expect(keys(scoped.desired.tasks)).toEqual(wantTasks);
    expect([...scoped.folderKeys].sort()).toEqual([...wantFolders].sort());
    expect(scoped.taskKeys).toEqual(wantTasks);
  });

  it("keeps folders in the mapping's order, parents first, whatever the scope's order", () => {
    const scoped = scopeDesired(desired, scopeOf(["sh3", "sh2"], ["t1a"]));
    expect(keys(scoped.desired.folders)).toEqual(["shots", "sq1", "sq2", "sh1", "sh2", "sh3"]);
    expect(keys(scoped.desired.tasks)).toEqual(["t1a", "t1b"]);
  });

  it("keeps statuses, task types, folder types, project attributes and warnings whole", () => {
    const scoped = scopeDesired(desired, scopeOf(["sh2"]));
    expect(scoped.desired.statuses).toEqual(desired.statuses);
    expect(scoped.desired.taskTypes).toEqual(desired.taskTypes);
    expect(scoped.desired.folderTypes).toEqual(desired.folderTypes);
    expect(scoped.desired.attrib).toEqual(desired.attrib);
    expect(scoped.desired.warnings).toEqual(desired.warnings);
  });

  it("does not change the desired project it narrows", () => {
    const before = structuredClone(desired);
    scopeDesired(desired, scopeOf(["sh1", "sh3"], ["t2"]));
    expect(desired).toEqual(before);
  });

  it("keeps a key Kitsu no longer has in the keys to read, so the plan deletes it", () => {
    const scoped = scopeDesired(desired, scopeOf(["gone-shot"], ["gone-task"]));
    expect(scoped.folderKeys).toEqual(["gone-shot"]);
    expect(scoped.taskKeys).toEqual(["gone-task"]);
    expect(scoped.desired.folders).toEqual([]);
    expect(scoped.desired.tasks).toEqual([]);

    // What AYON answers for those keys: both are deleted (the task on its own, it is not under the folder).
    const current: CurrentProject = {
      folders: [ayonFolder("f-gone", "gone-shot", null)],
      tasks: [ayonTask("t-gone", "gone-task", "f-other")],
    };
    expect(planReconcile(scoped.desired, current).actions).toEqual([
      expect.objectContaining({ kind: "delete", entity: "folder", id: "f-gone", key: "gone-shot" }),
      expect.objectContaining({ kind: "delete", entity: "task", id: "t-gone", key: "gone-task" }),
    ]);
  });

  it("keeps a deleted key next to the ones still in Kitsu", () => {
    const scoped = scopeDesired(desired, scopeOf(["gone-shot", "sh2"], ["gone-task", "t3"]));
    expect(scoped.folderKeys).toEqual(expect.arrayContaining(["gone-shot", "sh2", "sq1", "shots", "sh3", "sq2"]));
    expect(scoped.taskKeys).toEqual(["gone-task", "t3"]);
  });

  const long = "a_very_long_shot_name_that_goes_on_and_on_and_on_for_ever_more"; // 62 characters
  it.each([
    { given: "the same name in another case", scoped: "sh010", sibling: "SH010", added: true },
    { given: "its suffixed variant", scoped: "sh010", sibling: "sh010_ab12cd", added: true },
    { given: "its numbered variant", scoped: "sh010", sibling: "sh010_2", added: true },
    { given: "the plain name of a suffixed one", scoped: "sh010_ab12cd", sibling: "sh010", added: true },
    {
      given: "the plain name, in another case, of a suffixed one",
      scoped: "SH010_ab12cd",
      sibling: "sh010",
      added: true,
    },
    {
      given: "a long name's shortened suffixed variant",
      scoped: long,
      sibling: withSuffix(long, "ab12cd"),
      added: true,
    },
    {
      given: "a long name from its shortened suffixed variant",
      scoped: withSuffix(long, "ab12cd"),
      sibling: long,
      added: true,
    },
    { given: "an unrelated name", scoped: "sh010", sibling: "sh020", added: false },
    { given: "an unrelated name sharing a prefix", scoped: "sh010", sibling: "sh011", added: false },
  ])("adds a sibling holding $given: $added", ({ scoped, sibling, added }) => {
    const project = desiredOf(
      [
        folder("sq", null),
        folder("in-scope", "sq", { name: scoped }),
        folder("sibling", "sq", { name: sibling }),
        folder("other-sq", null),
        folder("cousin", "other-sq", { name: scoped }),
      ],
      [task("sibling-task", "sibling")],
    );
    const result = scopeDesired(project, scopeOf(["in-scope"]));
    expect(keys(result.desired.folders)).toEqual(added ? ["sq", "in-scope", "sibling"] : ["sq", "in-scope"]);
    expect(result.folderKeys.includes("sibling")).toBe(added);
    // A folder of the same name under another parent cannot collide; a sibling's tasks are not needed.
    expect(result.folderKeys).not.toContain("cousin");
    expect(result.taskKeys).toEqual([]);
  });

  it("adds the sibling of a root folder that could collide", () => {
    const project = desiredOf([folder("a", null, { name: "assets" }), folder("b", null, { name: "Assets_2" })]);
    expect(keys(scopeDesired(project, scopeOf(["a"])).desired.folders)).toEqual(["a", "b"]);
  });

  it("adds the other tasks of a task's folder, not those of another folder", () => {
    const scoped = scopeDesired(desired, scopeOf([], ["t1b"]));
    expect(keys(scoped.desired.tasks)).toEqual(["t1a", "t1b"]);
    expect(scoped.taskKeys).toEqual(["t1b", "t1a"]);
    expect(keys(scoped.desired.folders)).toEqual(["shots", "sq1", "sh1"]);
  });
});

describe("excludeEntities", () => {
  // shots
  // ├── sq1 (filtered out) ── sh1 (t1)
  // └── sq2 ── sh2 (t2: filtered out, t3)
  const desired = desiredOf(
    [
      folder("shots", null),
      folder("sq1", "shots"),
      folder("sh1", "sq1", { label: "SH1 renamed" }),
      folder("sq2", "shots"),
      folder("sh2", "sq2", { label: "SH2 renamed" }),
    ],
    [
      task("t1", "sh1", { status: "Done" }),
      task("t2", "sh2", { status: "Done" }),
      task("t3", "sh2", { status: "Done" }),
    ],
  );
  const current: CurrentProject = {
    folders: [
      ayonFolder("F-shots", "shots", null),
      ayonFolder("F-sq1", "sq1", "F-shots"),
      ayonFolder("F-sh1", "sh1", "F-sq1"),
      // Deleted in Kitsu, so no desired entry, but under the filtered-out sq1 in AYON.
      ayonFolder("F-sh1-gone", "sh1-gone", "F-sq1"),
      ayonFolder("F-deep-gone", "deep-gone", "F-sh1"),
      ayonFolder("F-sq2", "sq2", "F-shots"),
      ayonFolder("F-sh2", "sh2", "F-sq2"),
      ayonFolder("F-sh2-gone", "sh2-gone", "F-sq2"),
    ],
    tasks: [
      ayonTask("T1", "t1", "F-sh1"),
      ayonTask("T-sq1-gone", "sq1-task-gone", "F-sq1"),
      ayonTask("T-deep-gone", "deep-task-gone", "F-deep-gone"),
      ayonTask("T2", "t2", "F-sh2"),
      ayonTask("T3", "t3", "F-sh2"),
      ayonTask("T-sh2-gone", "sh2-task-gone", "F-sh2"),
    ],
  };
  const keepAll = { folder: () => true, task: () => true };

  it("excludes a filtered-out folder with everything under it, in Kitsu and in AYON", () => {
    const result = excludeEntities(desired, current, { folder: (f) => f.key !== "sq1", task: () => true });
    expect(keys(result.desired.folders)).toEqual(["shots", "sq2", "sh2"]);
    expect(keys(result.desired.tasks)).toEqual(["t2", "t3"]);
    expect(ids(result.current.folders)).toEqual(["F-shots", "F-sq2", "F-sh2", "F-sh2-gone"]);
    expect(ids(result.current.tasks)).toEqual(["T2", "T3", "T-sh2-gone"]);
    // sq1, sh1 and t1: the desired entities left out.
    expect(result.excluded).toBe(3);
  });

  it("excludes a filtered-out task alone, on both sides", () => {
    const result = excludeEntities(desired, current, { folder: () => true, task: (t) => t.key !== "t2" });
    expect(result.desired.folders).toEqual(desired.folders);
    expect(keys(result.desired.tasks)).toEqual(["t1", "t3"]);
    expect(result.current.folders).toEqual(current.folders);
    expect(ids(result.current.tasks)).toEqual(current.tasks.map((t) => t.id).filter((id) => id !== "T2"));
    expect(result.excluded).toBe(1);
  });

  it("returns its inputs unchanged when nothing is filtered out", () => {
    const result = excludeEntities(desired, current, keepAll);
    expect(result.desired).toBe(desired);
    expect(result.current).toBe(current);
    expect(result.excluded).toBe(0);
  });

  it("does not ask the filter about what it already excluded by a parent", () => {
    const asked: string[] = [];
    excludeEntities(desired, current, {
      folder: (f) => {
        asked.push(f.key);
        return f.key !== "sq1";
      },
      task: (t) => {
        asked.push(t.key);
        return true;
      },
    });
    expect(asked).toEqual(["shots", "sq1", "sq2", "sh2", "t2", "t3"]);
  });

  it("moves a folder and a task that Kitsu moved out of the excluded part, instead of creating them again", () => {
    // In Kitsu, sh1 moved from the filtered-out sq1 to sq2, and t1 to sh2; AYON still has them under sq1.
    const moved = desiredOf(
      [
        folder("shots", null),
        folder("sq1", "shots"),
        folder("sq2", "shots"),
        folder("sh1", "sq2"),
        folder("sh2", "sq2"),
      ],
      [task("t1", "sh2"), task("t3", "sh2")],
    );
    const result = excludeEntities(moved, current, { folder: (f) => f.key !== "sq1", task: () => true });
    const plan = planReconcile(result.desired, result.current);
    expect(plan.actions.filter((action) => action.kind === "create")).toEqual([]);
    expect(plan.actions).toContainEqual(
      expect.objectContaining({
        kind: "update",
        id: "F-sh1",
        changes: expect.arrayContaining([{ field: "parentId", old: "F-sq1", new: "F-sq2" }]),
      }),
    );
    expect(plan.actions).toContainEqual(
      expect.objectContaining({
        kind: "update",
        id: "T1",
        changes: expect.arrayContaining([{ field: "folderId", old: "F-sh1", new: "F-sh2" }]),
      }),
    );
    // What stays in the excluded part is still left alone.
    expect(plan.actions.map((action) => action.id)).not.toContain("F-sh1-gone");
  });

  it("leaves the excluded entities out of the plan while the others are still planned", () => {
    const byId = (plan: ReturnType<typeof planReconcile>) =>
      Object.fromEntries(plan.actions.map((action) => [action.id, `${action.kind} ${action.entity}`]));

    // Without a filter, every entity is planned: both branches are updated, deleted entities deleted.
    expect(byId(planReconcile(desired, current))).toEqual({
      "F-sh1": "update folder",
      "F-sh2": "update folder",
      T1: "update task",
      T2: "update task",
      T3: "update task",
      "F-sh1-gone": "delete folder",
      "F-deep-gone": "delete folder",
      "F-sh2-gone": "delete folder",
      "T-sq1-gone": "delete task",
      "T-sh2-gone": "delete task",
    });

    const result = excludeEntities(desired, current, {
      folder: (f) => f.key !== "sq1",
      task: (t) => t.key !== "t2",
    });
    expect(result.excluded).toBe(4);
    const plan = planReconcile(result.desired, result.current);
    expect(byId(plan)).toEqual({
      "F-sh2": "update folder",
      T3: "update task",
      "F-sh2-gone": "delete folder",
      "T-sh2-gone": "delete task",
    });
    expect(plan.warnings).toEqual([]);
  });
});
