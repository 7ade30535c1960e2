import type { AyonFolderNode, AyonTaskNode } from "@kitsu-ayon/ayon-sdk";
import { describe, expect, it } from "vitest";
import type { DesiredFolder, DesiredProject, DesiredTask } from "../../src/model/desired-state.js";
import { planReconcile } from "../../src/reconcile/plan.js";
import { folder, task } from "./desired-fixtures.js";

const desiredOf = (folders: DesiredFolder[], tasks: DesiredTask[] = []): DesiredProject => ({
  folders,
  tasks,
  statuses: [],
  taskTypes: [],
  folderTypes: [],
  attrib: {},
  warnings: [],
});
const ayonFolder = (
  id: string,
  desired: DesiredFolder,
  parentId: string | null,
  extra: Partial<AyonFolderNode> = {},
): AyonFolderNode => ({
  id,
  name: desired.name,
  label: desired.label,
  folderType: desired.folderType,
  parentId,
  path: `/${desired.name}`,
  status: "Not ready",
  tags: [],
  active: true,
  attrib: {},
  ownAttrib: [],
  data: { kitsuId: desired.key },
  updatedAt: "",
  ...extra,
});
const ayonTask = (
  id: string,
  desired: DesiredTask,
  folderId: string,
  extra: Partial<AyonTaskNode> = {},
): AyonTaskNode => ({
  id,
  name: desired.name,
  label: desired.label,
  taskType: desired.taskType,
  folderId,
  status: desired.status,
  tags: [],
  assignees: desired.assignees,
  active: true,
  attrib: {},
  ownAttrib: [],
  data: { kitsuId: desired.key },
  updatedAt: "",
  ...extra,
});

describe("planReconcile", () => {
  it("creates parents before children, with client ids that link them", () => {
    const plan = planReconcile(
      desiredOf([folder("root", null), folder("sq", "root"), folder("sh", "sq")], [task("t", "sh")]),
      { folders: [], tasks: [] },
    );
    expect(plan.actions.map((action) => `${action.kind} ${action.entity}`)).toEqual([
      "create folder",
      "create folder",
      "create folder",
      "create task",
    ]);
    const [root, sq, sh, t] = plan.actions as Extract<(typeof plan.actions)[number], { kind: "create" }>[];
    expect(sq && "parentId" in sq && sq.parentId).toBe(root?.id);
    expect(sh && "parentId" in sh && sh.parentId).toBe(sq?.id);
    expect(t && "folderId" in t && t.folderId).toBe(sh?.id);
  });

  it("plans nothing when AYON already matches, own attributes and assignee order included", () => {
    const sh = folder("sh", null, { attrib: { frameStart: 1001, fps: null } });
    const t = task("t", "sh", { assignees: ["bob", "alice"], attrib: { startDate: "2024-01-01T00:00:00Z" } });
    const current = {
      folders: [ayonFolder("f1", sh, null, { attrib: { frameStart: 1001, fps: 25 }, ownAttrib: ["frameStart"] })],
      tasks: [
        ayonTask("t1", t, "f1", {
          assignees: ["alice", "bob"],
          attrib: { startDate: "2024-01-01T00:00:00+00:00" },
          ownAttrib: ["startDate"],
        }),
      ],
    };
    expect(planReconcile(desiredOf([sh], [t]), current).actions).toEqual([]);
  });

  it.each([
    { given: { name: "sh010_v2" }, want: [{ field: "name", old: "sh", new: "sh010_v2" }] },
    { given: { active: false }, want: [{ field: "active", old: true, new: false }] },
    {
      given: { attrib: { frameEnd: null } },
      current: { ownAttrib: ["frameEnd"], attrib: { frameEnd: 1100 } },
      want: [{ field: "attrib.frameEnd", old: 1100, new: null }],
    },
    {
      given: { attrib: { fps: 24 } },
      current: { ownAttrib: [], attrib: { fps: 24 } },
      want: [{ field: "attrib.fps", old: null, new: 24 }],
    },
  ])("updates a folder whose $want.0.field changed in Kitsu", ({ given, current, want }) => {
    const desired = folder("sh", null, given);
    const existing = ayonFolder("f1", folder("sh", null), null, current ?? {});
    const [action] = planReconcile(desiredOf([desired]), { folders: [existing], tasks: [] }).actions;
    expect(action).toMatchObject({ kind: "update", entity: "folder", id: "f1", changes: want });
  });

  it("moves a folder to its new parent and a task to its new folder", () => {
    const [a, b, sh] = [folder("a", null), folder("b", null), folder("sh", "b")];
    const t = task("t", "b");
    const current = {
      folders: [ayonFolder("fa", a, null), ayonFolder("fb", b, null), ayonFolder("fsh", sh, "fa")],
      tasks: [ayonTask("t1", t, "fsh")],
    };
    const plan = planReconcile(desiredOf([a, b, sh], [t]), current);
    expect(plan.actions).toEqual([
      expect.objectContaining({ kind: "update", id: "fsh", changes: [{ field: "parentId", old: "fa", new: "fb" }] }),
      expect.objectContaining({ kind: "update", id: "t1", changes: [{ field: "folderId", old: "fsh", new: "fb" }] }),
    ]);
  });

  it("deletes what Kitsu no longer has, once per deleted subtree, and leaves entities without a Kitsu id alone", () => {
    const [sq, sh] = [folder("sq", null), folder("sh", "sq")];
    const t = task("t", "sh");
    const current = {
      folders: [
        ayonFolder("fsq", sq, null),
        ayonFolder("fsh", sh, "fsq"),
        ayonFolder("manual", folder("manual", null), null, { data: {} }),
      ],
      tasks: [ayonTask("t1", t, "fsh")],
    };
    const plan = planReconcile(desiredOf([]), current);
    expect(plan.actions).toEqual([expect.objectContaining({ kind: "delete", entity: "folder", id: "fsq" })]);
  });

  it("reports two AYON entities with the same Kitsu id and keeps the active one in sync", () => {
    const sh = folder("sh", null);
    const current = {
      folders: [ayonFolder("old", sh, null, { active: false, name: "x" }), ayonFolder("new", sh, null)],
      tasks: [],
    };
    const plan = planReconcile(desiredOf([sh]), current);
    expect(plan.warnings).toEqual([expect.objectContaining({ key: "sh" })]);
    expect(plan.actions).toEqual([]);
  });
});
