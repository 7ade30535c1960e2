import type { KitsuSchemas } from "@kitsu-ayon/kitsu-sdk";
import type { DesiredFolder, DesiredProject, DesiredTask } from "../model/desired-state.js";
import type { KitsuSnapshot } from "../model/kitsu-snapshot.js";

/** What the hooks are told about the run they are part of. */
export interface SyncHookContext {
  kitsuProjectId: string;
  ayonProject: string;
  /** The Kitsu project as last read (a live sync keeps it current from events). */
  snapshot: KitsuSnapshot;
  /** `full` for a whole-project reconcile; `partial` for a live one over the entities that changed. */
  scope: "full" | "partial";
}

/** An entity the sync is about to write (or delete), with the Kitsu row it comes from. */
export type SyncEntity =
  | { type: "folder"; desired: DesiredFolder; kitsu: KitsuSchemas["Entity"] | undefined }
  | { type: "task"; desired: DesiredTask; kitsu: KitsuSchemas["TaskWithAssignees"] | undefined };

/**
 * Decides which entities sync. Returning false leaves the entity alone in AYON: not created, not
 * updated, not deleted. A folder left out takes everything under it along. Grouping folders (the
 * layout's `shots`, `assets`...) have no Kitsu row.
 */
export type SyncFilter = (entity: SyncEntity, context: SyncHookContext) => boolean;

/**
 * Changes the desired AYON state before it is planned and written: edit `desired` in place or return
 * a new one. On a live sync it holds the entities in scope (and their parents), not the whole project.
 */
export type SyncTransform = (
  desired: DesiredProject,
  context: SyncHookContext,
) => DesiredProject | undefined | Promise<DesiredProject | undefined>;

export interface SyncHooks {
  filter?: SyncFilter;
  transform?: SyncTransform;
}

/** The filter as the planner uses it: by desired entity, with the Kitsu rows looked up once. */
export function filterPredicates(filter: SyncFilter, context: SyncHookContext) {
  const { snapshot } = context;
  const entities = new Map<string, KitsuSchemas["Entity"]>();
  for (const list of [
    snapshot.episodes,
    snapshot.sequences,
    snapshot.shots,
    snapshot.assets,
    snapshot.edits,
    snapshot.concepts,
  ])
    for (const entity of list) entities.set(entity.id, entity);
  const tasks = new Map(snapshot.tasks.map((task) => [task.id, task]));
  return {
    folder: (desired: DesiredFolder) => filter({ type: "folder", desired, kitsu: entities.get(desired.key) }, context),
    task: (desired: DesiredTask) => filter({ type: "task", desired, kitsu: tasks.get(desired.key) }, context),
  };
}
