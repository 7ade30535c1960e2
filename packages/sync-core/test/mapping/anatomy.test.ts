import { describe, expect, it } from "vitest";
import {
  deriveShortName,
  desiredFolderTypes,
  desiredStatuses,
  desiredTaskTypes,
  statusIcon,
  statusState,
} from "../../src/mapping/anatomy.js";
import { kitsu, snapshotOf } from "./fixtures.js";

describe("status state", () => {
  it.each([
    { case: "done", flags: { is_done: true }, shortName: "done", want: "done" },
    {
      case: "a done status that also asks for feedback",
      flags: { is_done: true, is_feedback_request: true },
      shortName: "x",
      want: "done",
    },
    { case: "work in progress", flags: { is_wip: true }, shortName: "wip", want: "in_progress" },
    { case: "a feedback request", flags: { is_feedback_request: true }, shortName: "wfa", want: "in_progress" },
    { case: "a retake", flags: { is_retake: true }, shortName: "retake", want: "in_progress" },
    { case: "the default status", flags: { is_default: true }, shortName: "todo", want: "not_started" },
    { case: "an unflagged 'ready'", flags: {}, shortName: "ready", want: "not_started" },
    { case: "an unflagged 'hold'", flags: {}, shortName: "HOLD", want: "blocked" },
    { case: "an unflagged 'rejected'", flags: {}, shortName: "rejected", want: "blocked" },
    { case: "an unflagged 'approved'", flags: {}, shortName: "approved", want: "done" },
    { case: "an unknown unflagged status", flags: {}, shortName: "zzz", want: "not_started" },
    { case: "flags with null values", flags: { is_done: null, is_wip: null }, shortName: "zzz", want: "not_started" },
  ] as const)("$case -> $want", ({ flags, shortName, want }) => {
    expect(statusState(kitsu.taskStatus("s", "Status", shortName, flags))).toBe(want);
  });

  it("lets an option override the state by short name or name, whatever the flags", () => {
    const status = kitsu.taskStatus("s", "Client Review", "crev", { is_feedback_request: true });
    expect(statusState(status, { CREV: "blocked" })).toBe("blocked");
    expect(statusState(status, { "client review": "done" })).toBe("done");
  });
});

describe("status icon", () => {
  it.each([
    { shortName: "todo", state: "not_started", want: "fiber_new" },
    { shortName: "WIP", state: "in_progress", want: "play_arrow" },
    { shortName: "wfa", state: "in_progress", want: "visibility" },
    { shortName: "done", state: "done", want: "task_alt" },
    { shortName: "zzz", state: "blocked", want: "block" },
    { shortName: "zzz", state: "in_progress", want: "play_arrow" },
  ] as const)("$shortName ($state) -> $want", ({ shortName, state, want }) => {
    expect(statusIcon(kitsu.taskStatus("s", "S", shortName), state)).toBe(want);
  });

  it("prefers an icon given in the options", () => {
    expect(statusIcon(kitsu.taskStatus("s", "Done", "done"), "done", { done: "verified" })).toBe("verified");
  });
});

describe("desiredStatuses", () => {
  it("maps the project's statuses in Kitsu's order, with their short names and colors", () => {
    const { items, names, warnings } = desiredStatuses(snapshotOf());
    expect(items).toEqual([
      { name: "Todo", shortName: "todo", color: "#f5f5f5", state: "not_started", icon: "fiber_new" },
      { name: "Work In Progress", shortName: "wip", color: "#f5f5f5", state: "in_progress", icon: "play_arrow" },
      { name: "Waiting For Approval", shortName: "wfa", color: "#f5f5f5", state: "in_progress", icon: "visibility" },
      { name: "Retake", shortName: "retake", color: "#f5f5f5", state: "in_progress", icon: "timer" },
      { name: "Done", shortName: "done", color: "#f5f5f5", state: "done", icon: "task_alt" },
    ]);
    expect(names.get("ts-wip")).toBe("Work In Progress");
    expect(warnings).toEqual([]);
  });

  it("leaves out archived statuses unless a task still uses one", () => {
    const snapshot = snapshotOf({
      taskStatuses: [
        kitsu.taskStatus("old-1", "Old Unused", "old1", { archived: true }),
        kitsu.taskStatus("old-2", "Old Used", "old2", { archived: true }),
      ],
      tasks: [kitsu.task("t1", "shot-1", { task_status_id: "old-2" })],
    });
    expect(desiredStatuses(snapshot).items.map((status) => status.name)).toEqual(["Old Used"]);
  });

  it("merges statuses whose names differ only by case, with a warning", () => {
    const snapshot = snapshotOf({
      taskStatuses: [kitsu.taskStatus("a", "Done", "done"), kitsu.taskStatus("b", "DONE", "dn")],
    });
    const { items, names, warnings } = desiredStatuses(snapshot);
    expect(items.map((status) => status.name)).toEqual(["Done"]);
    expect(names.get("b")).toBe("Done");
    expect(warnings).toEqual([
      { kitsuId: "b", message: 'task status "DONE" differs from "Done" only by case; merged into it' },
    ]);
  });

  it("gives a status without a color AYON's default color", () => {
    const snapshot = snapshotOf({ taskStatuses: [kitsu.taskStatus("a", "Todo", "todo", { color: "" })] });
    expect(desiredStatuses(snapshot).items[0]?.color).toBe("#cacaca");
  });
});

describe("desiredTaskTypes", () => {
  it("takes short name and icon from the defaults by name, then from Kitsu, then derives them", () => {
    const snapshot = snapshotOf({
      taskTypes: [
        kitsu.taskType("a", "Animation", { short_name: "ANI" }),
        kitsu.taskType("b", "Crowd Sim", { short_name: "crwd", color: null }),
        kitsu.taskType("c", "Grooming", { short_name: "" }),
      ],
    });
    expect(desiredTaskTypes(snapshot).items).toEqual([
      { name: "Animation", shortName: "anim", color: "#22d160", icon: "directions_run" },
      { name: "Crowd Sim", shortName: "crwd", icon: "task_alt" },
      { name: "Grooming", shortName: "grmn", color: "#22d160", icon: "task_alt" },
    ]);
  });

  it("merges two Kitsu types of one name (one per entity kind) without a warning", () => {
    const snapshot = snapshotOf({
      taskTypes: [
        kitsu.taskType("c-asset", "Concept", { for_entity: "Asset" }),
        kitsu.taskType("c-shot", "Concept", { for_entity: "Shot" }),
      ],
    });
    const { items, names, warnings } = desiredTaskTypes(snapshot);
    expect(items).toHaveLength(1);
    expect(names.get("c-shot")).toBe("Concept");
    expect(warnings).toEqual([]);
  });

  it("applies icon and short name overrides", () => {
    const snapshot = snapshotOf({ taskTypes: [kitsu.taskType("a", "Animation")] });
    const [type] = desiredTaskTypes(snapshot, {
      taskTypeIcons: { animation: "gesture" },
      taskTypeShortNames: { ANIMATION: "an" },
    }).items;
    expect(type).toMatchObject({ shortName: "an", icon: "gesture" });
  });
});

describe("desiredFolderTypes", () => {
  it("lists the folder types the layout uses, with AYON's default icons", () => {
    expect(desiredFolderTypes().map((type) => [type.name, type.icon])).toEqual([
      ["Folder", "folder"],
      ["Asset", "smart_toy"],
      ["Episode", "live_tv"],
      ["Sequence", "theaters"],
      ["Shot", "movie"],
      ["Edit", "cut"],
      ["Concept", "image"],
    ]);
  });

  it("applies icon overrides by name", () => {
    const shot = desiredFolderTypes({ folderTypeIcons: { shot: "videocam" } }).find((type) => type.name === "Shot");
    expect(shot?.icon).toBe("videocam");
  });
});

describe("deriveShortName", () => {
  it.each([
    { given: "Compositing", want: "cmps" },
    { given: "FX", want: "fx" },
    { given: "Crowd Simulation", want: "cs" },
    { given: "anim2", want: "anm2" },
    { given: "Animation 2", want: "a2" },
    { given: "layout22", want: "lyt2" },
    { given: "Éclairage", want: "eclr" },
  ])("$given -> $want", ({ given, want }) => {
    expect(deriveShortName(given)).toBe(want);
  });
});
