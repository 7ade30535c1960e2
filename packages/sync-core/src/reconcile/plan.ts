import type { AyonFolderNode, AyonTaskNode } from "@kitsu-ayon/ayon-sdk";
import { newEntityId } from "@kitsu-ayon/ayon-sdk";
import type { AttribValue, DesiredFolder, DesiredProject, DesiredTask } from "../model/desired-state.js";
import type { FieldChange, ReconcilePlan } from "./plan-types.js";

/** The AYON side a plan is made against: the folders and tasks that carry a `data.kitsuId`. */
export interface CurrentProject {
  folders: AyonFolderNode[];
  tasks: AyonTaskNode[];
}

const kitsuIdOf = (entity: { data: Record<string, unknown> }) =>
  typeof entity.data.kitsuId === "string" ? entity.data.kitsuId : undefined;

/**
 * Indexes entities by Kitsu id. Two AYON entities with the same Kitsu id (a hand-made copy, a
 * crashed earlier sync) are reported; the active one, else the first, is the one kept in sync.
 */
function byKitsuId<T extends { data: Record<string, unknown>; active: boolean; id: string }>(
  entities: T[],
  warnings: ReconcilePlan["warnings"],
): Map<string, T> {
  const index = new Map<string, T>();
  for (const entity of entities) {
    const key = kitsuIdOf(entity);
    if (key === undefined) continue;
    const existing = index.get(key);
    if (existing) {
      warnings.push({
        key,
        message: `AYON has two entities for this Kitsu id (${existing.id}, ${entity.id}); only one is synced`,
      });
      if (existing.active || !entity.active) continue;
    }
    index.set(key, entity);
  }
  return index;
}

/**
 * Changes to the attributes the sync owns. A value is written as the entity's own value; `null`
 * removes an own value so AYON falls back to the inherited one. Equal own values are left alone, so
 * a second run writes nothing.
 */
export function attribChanges(
  desired: Record<string, AttribValue>,
  current: { attrib: Record<string, unknown>; ownAttrib: string[] },
): FieldChange[] {
  const own = new Set(current.ownAttrib);
  const changes: FieldChange[] = [];
  for (const [name, value] of Object.entries(desired)) {
    const old = own.has(name) ? current.attrib[name] : null;
    if (value === null ? !own.has(name) : own.has(name) && sameValue(old, value)) continue;
    changes.push({ field: `attrib.${name}`, old, new: value });
  }
  return changes;
}

/** Dates come back from AYON with a time zone suffix of its own: compare instants, not strings. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === "string" && typeof b === "string") {
    const [ta, tb] = [Date.parse(a), Date.parse(b)];
    return !Number.isNaN(ta) && ta === tb && /\d{4}-\d\d-\d\dT/.test(a) && /\d{4}-\d\d-\d\dT/.test(b);
  }
  return typeof a === "number" && typeof b === "number" && Math.abs(a - b) < 1e-9;
}

function fieldChanges(pairs: [string, unknown, unknown][]): FieldChange[] {
  return pairs
    .filter(([, old, next]) => JSON.stringify(old) !== JSON.stringify(next))
    .map(([field, old, next]) => ({ field, old, new: next }));
}

function planFolders(
  desired: DesiredFolder[],
  current: Map<string, AyonFolderNode>,
  ids: Map<string, string>,
  plan: ReconcilePlan,
) {
  for (const folder of desired) {
    const parentId = folder.parentKey === null ? null : (ids.get(folder.parentKey) ?? null);
    if (folder.parentKey !== null && parentId === null) {
      plan.warnings.push({
        key: folder.key,
        message: `parent ${folder.parentKey} is not planned: the folder is skipped`,
      });
      continue;
    }
    const existing = current.get(folder.key);
    if (!existing) {
      const id = newEntityId();
      ids.set(folder.key, id);
      plan.actions.push({ kind: "create", entity: "folder", id, desired: folder, parentId });
      continue;
    }
    ids.set(folder.key, existing.id);
    const changes = [
      ...fieldChanges([
        ["name", existing.name, folder.name],
        ["label", existing.label ?? null, folder.label],
        ["folderType", existing.folderType, folder.folderType],
        ["parentId", existing.parentId ?? null, parentId],
        ["active", existing.active, folder.active],
      ]),
      ...attribChanges(folder.attrib, existing),
    ];
    if (changes.length)
      plan.actions.push({
        kind: "update",
        entity: "folder",
        id: existing.id,
        key: folder.key,
        path: existing.path,
        changes,
      });
  }
}

function planTasks(
  desired: DesiredTask[],
  current: Map<string, AyonTaskNode>,
  folderIds: Map<string, string>,
  plan: ReconcilePlan,
) {
  for (const task of desired) {
    const folderId = folderIds.get(task.folderKey);
    if (folderId === undefined) {
      plan.warnings.push({ key: task.key, message: `folder ${task.folderKey} is not planned: the task is skipped` });
      continue;
    }
    const existing = current.get(task.key);
    if (!existing) {
      plan.actions.push({ kind: "create", entity: "task", id: newEntityId(), desired: task, folderId });
      continue;
    }
    const changes = [
      ...fieldChanges([
        ["name", existing.name, task.name],
        ["label", existing.label ?? null, task.label],
        ["taskType", existing.taskType, task.taskType],
        ["status", existing.status, task.status],
        ["folderId", existing.folderId, folderId],
        ["assignees", [...existing.assignees].sort(), [...task.assignees].sort()],
        ["active", existing.active, task.active],
      ]),
      ...attribChanges(task.attrib, existing),
    ];
    if (changes.length)
      plan.actions.push({
        kind: "update",
        entity: "task",
        id: existing.id,
        key: task.key,
        path: `${existing.folderId}/${existing.name}`,
        changes,
      });
  }
}

/**
 * Deletes what carries a Kitsu id Kitsu no longer has. A folder's delete takes its subfolders and
 * tasks with it, so those are not deleted one by one.
 */
function planDeletes(desired: DesiredProject, current: CurrentProject, plan: ReconcilePlan) {
  const wantedFolders = new Set(desired.folders.map((folder) => folder.key));
  const wantedTasks = new Set(desired.tasks.map((task) => task.key));
  const gone = current.folders.filter((folder) => {
    const key = kitsuIdOf(folder);
    return key !== undefined && !wantedFolders.has(key);
  });
  const goneIds = new Set(gone.map((folder) => folder.id));
  const byId = new Map(current.folders.map((folder) => [folder.id, folder]));
  const underGone = (folderId: string | null): boolean => {
    for (let id = folderId; id !== null; id = byId.get(id)?.parentId ?? null) if (goneIds.has(id)) return true;
    return false;
  };
  for (const folder of gone) {
    if (underGone(folder.parentId)) continue;
    plan.actions.push({
      kind: "delete",
      entity: "folder",
      id: folder.id,
      key: kitsuIdOf(folder) as string,
      path: folder.path,
      active: folder.active,
    });
  }
  for (const task of current.tasks) {
    const key = kitsuIdOf(task);
    if (key === undefined || wantedTasks.has(key) || underGone(task.folderId)) continue;
    plan.actions.push({
      kind: "delete",
      entity: "task",
      id: task.id,
      key,
      path: `${task.folderId}/${task.name}`,
      active: task.active,
    });
  }
}

/** Diffs the desired project against AYON's current one, in memory. */
export function planReconcile(desired: DesiredProject, current: CurrentProject): ReconcilePlan {
  const plan: ReconcilePlan = { actions: [], warnings: [] };
  const folders = byKitsuId(current.folders, plan.warnings);
  const tasks = byKitsuId(current.tasks, plan.warnings);
  const folderIds = new Map<string, string>();
  planFolders(desired.folders, folders, folderIds, plan);
  planTasks(desired.tasks, tasks, folderIds, plan);
  planDeletes(desired, current, plan);
  const order = { create: 0, update: 1, delete: 2 } as const;
  plan.actions.sort((a, b) => order[a.kind] - order[b.kind]);
  return plan;
}
