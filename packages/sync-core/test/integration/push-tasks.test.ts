import { type AyonEmulator, startAyonEmulator } from "@kitsu-ayon/ayon-emulator";
import { createAyonClient } from "@kitsu-ayon/ayon-sdk";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { reconcileProject } from "../../src/index.js";
import { DEFAULT_FIELD_OWNERSHIP } from "../../src/to-kitsu/field-ownership.js";
import { createPersonMap } from "../../src/to-kitsu/person-map.js";
import { pushTasksToKitsu } from "../../src/to-kitsu/push-tasks.js";
import "../../../local-kitsu/test/integration/kitsu-context.js";
import { ayonClient, createSmallProject, kitsuClient, taskOf } from "./engine-fixture.js";

const connection = inject("kitsu");
const kitsu = kitsuClient(connection);
let emulator: AyonEmulator;
beforeAll(async () => {
  emulator = await startAyonEmulator();
});
afterAll(() => emulator?.stop());

/** Someone working in AYON's web UI: its own sender type, not the sync's. */
const artistTool = () =>
  createAyonClient({ serverUrl: emulator.url, apiKey: emulator.apiKey, sender: "web", senderType: "web" });

async function syncedProject(label: string) {
  const small = await createSmallProject(kitsu, label);
  const report = await reconcileProject({ kitsu, ayon: ayonClient(emulator) }, small.project.id);
  const [kitsuTask] = await kitsu.tasks.listForProject(small.project.id);
  if (!kitsuTask) throw new Error("no task");
  const ayonTask = await taskOf(ayonClient(emulator), report.ayonProject, kitsuTask.id);
  if (!ayonTask) throw new Error("the task did not reach AYON");
  const artistUser = report.users.byPerson.get(small.artist.id) as string;
  const people = createPersonMap({ byPerson: report.users.byPerson, persons: [], ayonUsers: [] });
  return { ...small, report, kitsuTask, ayonTask, artistUser, people };
}

describe("AYON -> Kitsu for tasks, against a real Zou and the emulator", () => {
  it("sends a status (as a bot comment saying so) and an assignee set in AYON, once; then both sides are equal", async () => {
    const p = await syncedProject("Push");
    const doneName = (await ayonClient(emulator).projects.get(p.report.ayonProject)).statuses?.find(
      (status) => status.shortName === p.done.short_name,
    )?.name as string;
    await artistTool().tasks.update(p.report.ayonProject, p.ayonTask.id, {
      status: doneName,
      assignees: [p.artistUser],
    });

    const target = {
      ayonProject: p.report.ayonProject,
      kitsuProjectId: p.project.id,
      taskIds: [p.ayonTask.id],
      ownership: DEFAULT_FIELD_OWNERSHIP,
      people: p.people,
      actor: "jane",
    };
    const first = await pushTasksToKitsu({ kitsu, ayon: ayonClient(emulator) }, target);
    expect(first.warnings).toEqual([]);
    expect(first.writes.map((write) => write.kind)).toEqual(["status", "assign"]);

    const [task] = await kitsu.tasks.listByIds([p.kitsuTask.id]);
    expect(task?.task_status_id).toBe(p.done.id);
    expect(task?.assignees).toEqual([p.artist.id]);
    const [comment] = await kitsu.tasks.comments(p.kitsuTask.id);
    expect(comment).toMatchObject({
      person_id: connection.bot.id,
      task_status_id: p.done.id,
      text: `Status set to "${doneName}" in AYON by jane.`,
    });

    // Values are compared first: a second push, and the forward sync, write nothing.
    expect((await pushTasksToKitsu({ kitsu, ayon: ayonClient(emulator) }, target)).writes).toEqual([]);
    expect((await reconcileProject({ kitsu, ayon: ayonClient(emulator) }, p.project.id)).writes).toBe(0);
  });

  it("unassigns in Kitsu whom AYON unassigned, and reports a write Kitsu refuses while the others go on", async () => {
    const p = await syncedProject("Refusal");
    await kitsu.tasks.assign(p.kitsuTask.id, p.artist.id);
    // AYON's admin taken for the bot: Kitsu refuses to give a task to a bot (403).
    const people = {
      personOf: (user: string) => (user === "admin" ? connection.bot.id : p.people.personOf(user)),
      userOf: p.people.userOf,
    };
    await artistTool().tasks.update(p.report.ayonProject, p.ayonTask.id, { assignees: ["admin"] });
    const report = await pushTasksToKitsu(
      { kitsu, ayon: ayonClient(emulator) },
      {
        ayonProject: p.report.ayonProject,
        kitsuProjectId: p.project.id,
        taskIds: [p.ayonTask.id],
        ownership: DEFAULT_FIELD_OWNERSHIP,
        people,
      },
    );
    expect(report.refused.map(({ write, error }) => [write.kind, error.split(":")[0]])).toEqual([
      ["assign", "KitsuPermissionError"],
    ]);
    expect(report.writes.map((write) => write.kind)).toEqual(["unassign"]);
    const [task] = await kitsu.tasks.listByIds([p.kitsuTask.id]);
    expect(task?.assignees).toEqual([]);
  });
});
