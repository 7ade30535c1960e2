import type { DesiredFolder, DesiredProject, DesiredTask } from "../model/desired-state.js";
import type { CurrentProject } from "./plan.js";

/**
 * The part of a project a live reconcile looks at: the keys (`data.kitsuId`) of the folders and
 * tasks that changed. A key Kitsu no longer has is in scope too: that is how a delete is found.
 */
export interface SyncScope {
  folders: ReadonlySet<string>;
  tasks: ReadonlySet<string>;
}

/** What a scoped reconcile reads from AYON and plans against. */
export interface ScopedDesired {
  desired: DesiredProject;
  /** Folder and task keys to read from AYON. */
  folderKeys: string[];
  taskKeys: string[];
}

/**
 * Characters of a name that a sibling's suffixed variant keeps (`withSuffix` shortens the base only
 * when the whole would pass 64 characters, and keeps at least this many).
 */
const SHARED_PREFIX = 40;

/**
 * Narrows a desired project to a scope, widened so the plan is right on its own:
 * - every ancestor of a folder or task in scope, so a missing parent is created first and a move
 *   finds its new parent;
 * - the siblings whose names could collide with one in scope (the same name, or its suffixed
 *   variant), so a name that passes from one sibling to another is planned on both;
 * - the other tasks of a task's folder, for the same reason.
 * Statuses, types and project attributes are kept whole (they are small).
 */
export function scopeDesired(desired: DesiredProject, scope: SyncScope): ScopedDesired {
  const folders = new Map(desired.folders.map((folder) => [folder.key, folder]));
  const children = new Map<string | null, DesiredFolder[]>();
  for (const folder of desired.folders) push(children, folder.parentKey, folder);
  const tasksOf = new Map<string, DesiredTask[]>();
  for (const task of desired.tasks) push(tasksOf, task.folderKey, task);
  const tasks = new Map(desired.tasks.map((task) => [task.key, task]));

  const folderKeys = new Set<string>();
  const taskKeys = new Set<string>();
  const withAncestors = (key: string | null) => {
    for (let at = key; at !== null && !folderKeys.has(at); at = folders.get(at)?.parentKey ?? null) folderKeys.add(at);
  };
  for (const key of scope.folders) {
    folderKeys.add(key);
    const folder = folders.get(key);
    if (!folder) continue;
    withAncestors(folder.parentKey);
    const prefix = folder.name.toLowerCase().slice(0, SHARED_PREFIX);
    for (const sibling of children.get(folder.parentKey) ?? []) {
      const name = sibling.name.toLowerCase();
      if (name.startsWith(prefix) || prefix.startsWith(name)) folderKeys.add(sibling.key);
    }
  }
  for (const key of scope.tasks) {
    taskKeys.add(key);
    const task = tasks.get(key);
    if (!task) continue;
    withAncestors(task.folderKey);
    for (const sibling of tasksOf.get(task.folderKey) ?? []) taskKeys.add(sibling.key);
  }
  return {
    desired: {
      ...desired,
      // Kept in the mapping's order: parents before children.
      folders: desired.folders.filter((folder) => folderKeys.has(folder.key)),
      tasks: desired.tasks.filter((task) => taskKeys.has(task.key)),
    },
    folderKeys: [...folderKeys],
    taskKeys: [...taskKeys],
  };
}

/**
 * Leaves out of a plan what a filter excluded, on both sides: an excluded entity is neither written
 * nor deleted. Excluding a folder excludes everything under it, in Kitsu and in AYON.
 */
export function excludeEntities(
  desired: DesiredProject,
  current: CurrentProject,
  keep: { folder: (folder: DesiredFolder) => boolean; task: (task: DesiredTask) => boolean },
): { desired: DesiredProject; current: CurrentProject; excluded: number } {
  const excludedFolders = new Set<string>();
  for (const folder of desired.folders) {
    // Parents come first, so a parent's exclusion is known when its children are seen.
    if ((folder.parentKey !== null && excludedFolders.has(folder.parentKey)) || !keep.folder(folder))
      excludedFolders.add(folder.key);
  }
  const excludedTasks = new Set(
    desired.tasks.filter((task) => excludedFolders.has(task.folderKey) || !keep.task(task)).map((task) => task.key),
  );
  if (excludedFolders.size === 0 && excludedTasks.size === 0) return { desired, current, excluded: 0 };
  // AYON entities under an excluded folder are left alone too, unless Kitsu keeps them elsewhere
  // (moved out of the excluded part: planned as a move, not created twice).
  const kept = new Set<string>();
  for (const folder of desired.folders) if (!excludedFolders.has(folder.key)) kept.add(folder.key);
  for (const task of desired.tasks) if (!excludedTasks.has(task.key)) kept.add(task.key);
  const excludedIds = new Set<string>();
  const keyOf = (entity: { data: Record<string, unknown> }) =>
    typeof entity.data.kitsuId === "string" ? entity.data.kitsuId : undefined;
  const byId = new Map(current.folders.map((folder) => [folder.id, folder]));
  const isExcluded = (folderId: string | null): boolean => {
    for (let id = folderId; id !== null; id = byId.get(id)?.parentId ?? null) {
      if (excludedIds.has(id)) return true;
      const key = keyOf(byId.get(id) ?? { data: {} });
      if (key !== undefined && excludedFolders.has(key)) {
        excludedIds.add(id);
        return true;
      }
    }
    return false;
  };
  return {
    desired: {
      ...desired,
      folders: desired.folders.filter((folder) => !excludedFolders.has(folder.key)),
      tasks: desired.tasks.filter((task) => !excludedTasks.has(task.key)),
    },
    current: {
      folders: current.folders.filter((folder) => {
        const key = keyOf(folder);
        return key !== undefined && kept.has(key) ? true : !isExcluded(folder.id);
      }),
      tasks: current.tasks.filter((task) => {
        const key = keyOf(task);
        if (key !== undefined && excludedTasks.has(key)) return false;
        return key !== undefined && kept.has(key) ? true : !isExcluded(task.folderId);
      }),
    },
    excluded: excludedFolders.size + excludedTasks.size,
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
