import type { AttribValue, DesiredFolder, DesiredTask } from "../model/desired-state.js";

/** One field that will change, with the value AYON has and the value it will get. */
export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

export type PlannedAction =
  | { kind: "create"; entity: "folder"; id: string; desired: DesiredFolder; parentId: string | null }
  | { kind: "create"; entity: "task"; id: string; desired: DesiredTask; folderId: string }
  | { kind: "update"; entity: "folder" | "task"; id: string; key: string; path: string; changes: FieldChange[] }
  | { kind: "delete"; entity: "folder" | "task"; id: string; key: string; path: string; active: boolean };

/**
 * What a reconcile will do, in the order it will do it: creates (parents first), updates (moves,
 * renames, attribute and status changes, deactivations), then deletes.
 */
export interface ReconcilePlan {
  actions: PlannedAction[];
  /** Problems found while planning (duplicate Kitsu ids in AYON, a parent that cannot be found...). */
  warnings: { key: string; message: string }[];
}

export type AttribPatch = Record<string, AttribValue>;
