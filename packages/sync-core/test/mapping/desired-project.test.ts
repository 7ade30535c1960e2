import { describe, expect, it } from "vitest";
import { FOLDER_ATTRIBUTE_ROWS, mapMetadata } from "../../src/mapping/attributes.js";
import { buildDesiredProject } from "../../src/mapping/desired-project.js";
import { taskTitle } from "../../src/mapping/desired-tasks.js";
import { AYON_LABEL_PATTERN, AYON_NAME_PATTERN } from "../../src/mapping/names.js";
import type { KitsuSnapshot } from "../../src/model/kitsu-snapshot.js";
import { kitsu, snapshotOf } from "./fixtures.js";

const users = new Map([
  ["person-ann", "ann.lee"],
  ["person-bob", "bob.ray"],
]);

const withShot = (parts: Partial<KitsuSnapshot> = {}) =>
  snapshotOf({
    sequences: [kitsu.entity("seq-1", "SQ01")],
    shots: [kitsu.entity("shot-1", "SH010", { parent_id: "seq-1" })],
    persons: [
      kitsu.person("person-ann", "Ann", "Lee"),
      kitsu.person("person-bob", "Bob", "Ray"),
      kitsu.person("person-cid", "Cid", "Moe", { email: "cid@studio.test" }),
    ],
    ...parts,
  });

describe("buildDesiredProject", () => {
  it("maps a whole project: folders parents first, tasks, anatomy and project attributes", () => {
    const snapshot = withShot({
      project: kitsu.project({ fps: "24", resolution: "2048x858" }),
      tasks: [kitsu.task("task-1", "shot-1", { assignees: ["person-bob", "person-ann"], task_status_id: "ts-wip" })],
    });
    const desired = buildDesiredProject(snapshot, { users });
    expect(desired.folders.map((folder) => folder.key)).toEqual(["sequence", "seq-1", "shot-1"]);
    expect(desired.tasks).toEqual([
      {
        key: "task-1",
        folderKey: "shot-1",
        name: "animation",
        label: "animation",
        taskType: "Animation",
        status: "Work In Progress",
        assignees: ["ann.lee", "bob.ray"],
        attrib: { startDate: null, endDate: null, priority: "normal", description: null },
        active: true,
      },
    ]);
    expect(desired.statuses.map((status) => status.name)).toContain("Work In Progress");
    expect(desired.taskTypes.map((type) => type.name)).toEqual(["Animation", "Modeling"]);
    expect(desired.folderTypes.map((type) => type.name)).toContain("Shot");
    expect(desired.attrib).toMatchObject({ fps: 24, resolutionWidth: 2048, resolutionHeight: 858 });
    expect(desired.warnings).toEqual([]);
  });

  it("gives every name and label a form AYON accepts, whatever the Kitsu names", () => {
    const hostile = ["Bob's; shot", "Élodie 🎬", "🎬", "x".repeat(200), "SH010", "sh010", "';'"];
    const snapshot = withShot({
      shots: hostile.map((name, index) => kitsu.entity(`shot-${index}`, name, { parent_id: "seq-1" })),
      tasks: hostile.map((name, index) => kitsu.task(`task-${index}`, "shot-0", { name })),
    });
    const desired = buildDesiredProject(snapshot, { users });
    for (const item of [...desired.folders, ...desired.tasks]) {
      expect(item.name).toMatch(AYON_NAME_PATTERN);
      expect(item.name.length).toBeLessThanOrEqual(64);
      expect(item.label).toMatch(AYON_LABEL_PATTERN);
    }
    const shotNames = desired.folders
      .filter((folder) => folder.kind === "Shot")
      .map((folder) => folder.name.toLowerCase());
    expect(new Set(shotNames).size).toBe(hostile.length);
    const taskNames = desired.tasks.map((task) => task.name.toLowerCase());
    expect(new Set(taskNames).size).toBe(hostile.length);
  });

  it("reports each person without an AYON user once, with the number of assignments left out", () => {
    const snapshot = withShot({
      shots: [
        kitsu.entity("shot-1", "SH010", { parent_id: "seq-1" }),
        kitsu.entity("shot-2", "SH020", { parent_id: "seq-1" }),
      ],
      tasks: [
        kitsu.task("task-1", "shot-1", { assignees: ["person-ann", "person-cid"] }),
        kitsu.task("task-2", "shot-2", { assignees: ["person-cid", "person-gone"] }),
      ],
    });
    const desired = buildDesiredProject(snapshot, { users });
    expect(desired.tasks.map((task) => task.assignees)).toEqual([["ann.lee"], []]);
    expect(desired.warnings).toEqual([
      { kitsuId: "person-cid", message: "Cid Moe <cid@studio.test> has no AYON user; left out of 2 task assignments" },
      {
        kitsuId: "person-gone",
        message: "a person not in the snapshot has no AYON user; left out of 1 task assignment",
      },
    ]);
  });

  it("skips a task whose entity is unknown, with a warning", () => {
    const desired = buildDesiredProject(withShot({ tasks: [kitsu.task("task-1", "shot-gone")] }), { users });
    expect(desired.tasks).toEqual([]);
    expect(desired.warnings).toEqual([
      { kitsuId: "task-1", message: "its entity shot-gone is not in the snapshot; task skipped" },
    ]);
  });

  it("skips a task whose task type is unknown, with a warning", () => {
    const desired = buildDesiredProject(
      withShot({ tasks: [kitsu.task("task-1", "shot-1", { task_type_id: "tt-gone" })] }),
      {
        users,
      },
    );
    expect(desired.tasks).toEqual([]);
    expect(desired.warnings[0]?.message).toBe("its task type tt-gone is not in the snapshot; task skipped");
  });

  it("gives a task with an unknown status Kitsu's default status, with a warning", () => {
    const desired = buildDesiredProject(
      withShot({ tasks: [kitsu.task("task-1", "shot-1", { task_status_id: "ts-gone" })] }),
      {
        users,
      },
    );
    expect(desired.tasks[0]?.status).toBe("Todo");
    expect(desired.warnings[0]?.message).toBe('its status ts-gone is not in the snapshot; given "Todo"');
  });

  it("suffixes tasks of one folder whose names collide", () => {
    const snapshot = withShot({
      tasks: [
        kitsu.task("task-a", "shot-1", { name: "main" }),
        kitsu.task("task-b", "shot-1", { name: "Animation" }),
        kitsu.task("task-c", "shot-1", { name: "Layout" }),
      ],
    });
    const desired = buildDesiredProject(snapshot, { users });
    expect(desired.tasks.map((task) => [task.key, task.name, task.label])).toEqual([
      ["task-a", "animation", "animation"],
      ["task-b", "animation_taskb", "Animation"],
      ["task-c", "layout", "Layout"],
    ]);
    expect(desired.warnings.map((warning) => warning.kitsuId)).toEqual(["task-b"]);
  });

  it("passes the users' attribute rows through", () => {
    const snapshot = withShot({ shots: [kitsu.entity("shot-1", "SH010", { parent_id: "seq-1", data: { cut: "A" } })] });
    const desired = buildDesiredProject(snapshot, {
      users,
      attributeRows: {
        folder: [...FOLDER_ATTRIBUTE_ROWS, ...mapMetadata([{ field: "cut", attribute: "cutVersion" }])],
      },
    });
    expect(desired.folders.find((folder) => folder.key === "shot-1")?.attrib.cutVersion).toBe("A");
  });

  it("is a pure function: the same snapshot gives the same project", () => {
    const snapshot = withShot({ tasks: [kitsu.task("task-1", "shot-1")] });
    expect(buildDesiredProject(snapshot, { users })).toEqual(buildDesiredProject(structuredClone(snapshot), { users }));
  });
});

describe("taskTitle", () => {
  it.each([
    { case: "a task named main takes its type's name, lower-cased as the addon did", name: "main", want: "animation" },
    { case: "whatever the case of main", name: " Main ", want: "animation" },
    { case: "an unnamed task takes its type's name", name: "", want: "animation" },
    { case: "a named task keeps its name", name: "Lip Sync", want: "Lip Sync" },
  ])("$case", ({ name, want }) => {
    expect(taskTitle(name, "Animation")).toBe(want);
  });
});
