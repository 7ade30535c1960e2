import type { AyonClient } from "@kitsu-ayon/ayon-sdk";
import type { KitsuClient } from "@kitsu-ayon/kitsu-sdk";
import type { MappingWarning } from "../model/desired-state.js";
import type { FieldOwnership } from "./field-ownership.js";
import type { PersonMap } from "./person-map.js";
import { type AyonTaskState, type KitsuTaskWrite, planTaskPush } from "./plan-task-push.js";
import { pushTaskWrites } from "./push-task-writes.js";

export interface TaskPushTarget {
  ayonProject: string;
  kitsuProjectId: string;
  /** AYON task ids whose changes to send. */
  taskIds: readonly string[];
  ownership: FieldOwnership;
  people: PersonMap;
  /** The AYON user whose change it is, named in status comments. */
  actor?: string;
  dryRun?: boolean;
  signal?: AbortSignal;
}

export interface TaskPushReport {
  /** Writes made (planned, with `dryRun`). */
  writes: KitsuTaskWrite[];
  refused: { write: KitsuTaskWrite; error: string }[];
  warnings: MappingWarning[];
}

/** AYON tasks by id, 500 ids per filter. */
async function readTasks(ayon: AyonClient, project: string, ids: readonly string[], o: { signal?: AbortSignal }) {
  const slices: string[][] = [];
  for (let start = 0; start < ids.length; start += 500) slices.push(ids.slice(start, start + 500));
  const read = slices.map((slice) =>
    ayon.entities.tasks(project, { filter: { conditions: [{ key: "id", operator: "in", value: slice }] }, ...o }),
  );
  return (await Promise.all(read)).flat();
}

/**
 * AYON -> Kitsu for tasks: reads the AYON tasks and their Kitsu tasks as they are now, plans the
 * writes (values compared first, so an echo or a repeat is nothing) and sends them. An AYON task
 * Kitsu has no task for is a warning; the others go on.
 */
export async function pushTasksToKitsu(
  clients: { kitsu: KitsuClient; ayon: AyonClient },
  target: TaskPushTarget,
): Promise<TaskPushReport> {
  const o = target.signal ? { signal: target.signal } : {};
  const report: TaskPushReport = { writes: [], refused: [], warnings: [] };
  const [ayonTasks, project, statuses] = await Promise.all([
    readTasks(clients.ayon, target.ayonProject, target.taskIds, o),
    clients.ayon.projects.get(target.ayonProject, o),
    clients.kitsu.projects.taskStatuses(target.kitsuProjectId, o),
  ]);
  const states: AyonTaskState[] = [];
  for (const task of ayonTasks) {
    const kitsuId = task.data.kitsuId;
    if (typeof kitsuId === "string")
      states.push({ id: task.id, kitsuId, status: task.status, assignees: task.assignees });
    else
      report.warnings.push({
        kitsuId: "",
        message: `AYON task ${task.id} has no Kitsu task (no data.kitsuId); not sent`,
      });
  }
  const kitsuTasks = new Map(
    (
      await clients.kitsu.tasks.listByIds(
        states.map((state) => state.kitsuId),
        o,
      )
    ).map((task) => [task.id, task]),
  );
  const context = {
    ownership: target.ownership,
    statuses,
    ayonStatuses: project.statuses ?? [],
    personOf: target.people.personOf,
    userOf: target.people.userOf,
  };
  const writes: KitsuTaskWrite[] = [];
  for (const state of states) {
    const kitsuTask = kitsuTasks.get(state.kitsuId);
    if (!kitsuTask) {
      report.warnings.push({
        kitsuId: state.kitsuId,
        message: `Kitsu has no task ${state.kitsuId} any more; not sent`,
      });
      continue;
    }
    const plan = planTaskPush(state, kitsuTask, context);
    writes.push(...plan.writes);
    report.warnings.push(...plan.warnings);
  }
  if (target.dryRun) return { ...report, writes };
  const pushed = await pushTaskWrites(clients.kitsu, writes, {
    ...(target.actor ? { actor: target.actor } : {}),
    ...o,
  });
  report.writes = pushed.applied;
  report.refused = pushed.refused.map(({ write, error }) => ({ write, error: String(error) }));
  return report;
}
