import type { KitsuSchemas } from "@kitsu-ayon/kitsu-sdk";
import type { SyncEngine, SyncTransform } from "@kitsu-ayon/sync-core";

export interface StudioRulesOptions {
  /** When a task of this type is approved (a status marked "done" in Kitsu)... */
  approvedTaskType: string;
  /** ...the same entity's task of this type... */
  nextTaskType: string;
  /** ...gets this status, if it has not started yet. */
  readyStatus: string;
}

/**
 * A studio rule as a handler: "when an animation task is approved, set the shot's comp task to
 * ready". It writes to Kitsu; the status change it makes is itself an event, so the engine carries
 * it to AYON like any other. Returns the function that removes the rule.
 */
export function registerStudioRules(engine: SyncEngine, options: StudioRulesOptions): () => void {
  return engine.on("task:status-changed", async ({ event, kitsu, logger }) => {
    const [statuses, types, task] = await Promise.all([
      kitsu.taskStatuses.list(),
      kitsu.taskTypes.list(),
      kitsu.tasks.get(event.data.task_id),
    ]);
    const status = (id: string | null) => statuses.find((each) => each.id === id);
    const type = (name: string) => types.find((each) => each.name === name);
    const approved = type(options.approvedTaskType);
    const next = type(options.nextTaskType);
    const ready = statuses.find((each) => each.name === options.readyStatus);
    if (!approved || !next || !ready) {
      logger.warn("studio rule: a task type or status it needs is missing in Kitsu", { ...options });
      return;
    }
    if (task.task_type_id !== approved.id || !status(event.data.new_task_status_id)?.is_done) return;
    const followers = await kitsu.tasks.list({ entityId: task.entity_id ?? "", taskTypeId: next.id });
    for (const follower of followers) {
      const current = status(follower.task_status_id);
      if (current && !current.is_default) continue; // already started: leave it
      await kitsu.tasks.setStatus(follower.id, ready.id, `${options.approvedTaskType} approved: ready to start`);
      logger.info("studio rule: next task set to ready", { taskId: follower.id });
    }
  });
}

/**
 * A Kitsu metadata field copied into an AYON attribute, as a transform hook: Kitsu's `cut_in`
 * (a shot metadata column) becomes AYON's `clipIn`. The transform sees the desired AYON state of the
 * entities being synced and the Kitsu snapshot they come from.
 */
export function copyMetadata(field: string, attribute: string): SyncTransform {
  return (desired, { snapshot }) => {
    const shots = new Map<string, KitsuSchemas["Entity"]>(snapshot.shots.map((shot) => [shot.id, shot]));
    for (const folder of desired.folders) {
      const value = (shots.get(folder.key)?.data as Record<string, unknown> | null | undefined)?.[field];
      if (value === undefined || value === null || value === "") continue;
      const number = Number(value);
      if (Number.isInteger(number)) folder.attrib[attribute] = number;
    }
    return desired;
  };
}
