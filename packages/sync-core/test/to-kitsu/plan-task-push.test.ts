import type { KitsuSchemas } from "@kitsu-ayon/kitsu-sdk";
import { describe, expect, it } from "vitest";
import { DEFAULT_FIELD_OWNERSHIP, resolveFieldOwnership } from "../../src/to-kitsu/field-ownership.js";
import { kitsuStatusFor } from "../../src/to-kitsu/kitsu-status.js";
import { planTaskPush, type TaskPushContext } from "../../src/to-kitsu/plan-task-push.js";

const status = (id: string, name: string, short_name: string, archived = false) =>
  ({ id, name, short_name, archived }) as KitsuSchemas["TaskStatus"];
const STATUSES = [
  status("s-todo", "Todo", "todo"),
  status("s-wip", "Work In Progress", "wip"),
  status("s-done", "Done", "done"),
];
const people: Record<string, string> = { jane: "p-jane", bob: "p-bob" };
const context = (overrides: Partial<TaskPushContext> = {}): TaskPushContext => ({
  ownership: DEFAULT_FIELD_OWNERSHIP,
  statuses: STATUSES,
  ayonStatuses: [
    { name: "Todo", shortName: "todo" },
    { name: "WIP", shortName: "wip" },
  ],
  personOf: (user) => people[user],
  userOf: (personId) => Object.entries(people).find(([, id]) => id === personId)?.[0],
  ...overrides,
});
const kitsuTask = (task_status_id: string, assignees: string[]) => ({ id: "k-1", task_status_id, assignees });
const ayonTask = (statusName: string, assignees: string[]) => ({
  id: "a-1",
  kitsuId: "k-1",
  status: statusName,
  assignees,
});

describe("planTaskPush", () => {
  it.each([
    {
      case: "a changed status by name",
      given: { ayon: ayonTask("Done", []), kitsu: kitsuTask("s-todo", []) },
      want: [{ kind: "status", taskId: "k-1", statusId: "s-done", ayonStatus: "Done" }],
    },
    {
      case: "a status matched by its short name when the names differ",
      given: { ayon: ayonTask("WIP", []), kitsu: kitsuTask("s-todo", []) },
      want: [{ kind: "status", taskId: "k-1", statusId: "s-wip", ayonStatus: "WIP" }],
    },
    {
      case: "an equal status: no write",
      given: { ayon: ayonTask("todo", []), kitsu: kitsuTask("s-todo", []) },
      want: [],
    },
    {
      case: "an assignee added and one removed",
      given: { ayon: ayonTask("Todo", ["jane"]), kitsu: kitsuTask("s-todo", ["p-bob"]) },
      want: [
        { kind: "assign", taskId: "k-1", personId: "p-jane", ayonUser: "jane" },
        { kind: "unassign", taskId: "k-1", personId: "p-bob", ayonUser: "bob" },
      ],
    },
    {
      case: "a Kitsu assignee AYON has no user for stays",
      given: { ayon: ayonTask("Todo", []), kitsu: kitsuTask("s-todo", ["p-vendor"]) },
      want: [],
    },
  ])("$case", ({ given, want }) => {
    const plan = planTaskPush(given.ayon, given.kitsu, context());
    expect(plan.writes).toEqual(want);
    expect(plan.warnings).toEqual([]);
  });

  it("reports an AYON status and an AYON user Kitsu has no match for, and still sends the rest", () => {
    const plan = planTaskPush(ayonTask("Omitted", ["ghost", "jane"]), kitsuTask("s-todo", []), context());
    expect(plan.writes).toEqual([{ kind: "assign", taskId: "k-1", personId: "p-jane", ayonUser: "jane" }]);
    expect(plan.warnings.map((warning) => warning.message)).toEqual([
      'AYON status "Omitted" has no Kitsu status of that name or short name; status not sent',
      'AYON user "ghost" has no Kitsu person (by kitsuId or e-mail); not assigned in Kitsu',
    ]);
  });

  it("sends nothing of a field group Kitsu owns", () => {
    const ownership = resolveFieldOwnership({ status: "kitsu", assignees: "kitsu" });
    const plan = planTaskPush(ayonTask("Done", ["jane"]), kitsuTask("s-todo", []), context({ ownership }));
    expect(plan).toEqual({ writes: [], warnings: [] });
  });
});

describe("kitsuStatusFor", () => {
  it("prefers an active status to an archived one of the same name", () => {
    const statuses = [status("old", "Retake", "rtk", true), status("new", "Retake", "retake")];
    expect(kitsuStatusFor({ name: "retake" }, statuses)?.id).toBe("new");
  });
});

describe("resolveFieldOwnership", () => {
  it("keeps the defaults: Kitsu owns hierarchy and attributes, both own status, assignees, comments, descriptions", () => {
    expect(resolveFieldOwnership()).toEqual({
      hierarchy: "kitsu",
      attributes: "kitsu",
      status: "both",
      assignees: "both",
      comments: "both",
      descriptions: "both",
    });
  });

  it("names every unknown group and owner", () => {
    expect(() => resolveFieldOwnership({ statuses: "ayon", comments: "nobody" })).toThrow(
      'field ownership: unknown field group "statuses" (known: hierarchy, attributes, status, assignees, comments, descriptions); field group "comments": owner must be one of kitsu, ayon, both, not "nobody"',
    );
  });
});
