import type { AnatomyItem, JsonObject, ProjectRecord } from "../state/records.js";
import { IntegrityViolation, InternalFailure, stillReferencedViolation, uniqueViolation } from "./failures.js";

export type AuxTable = "folder_types" | "task_types" | "statuses" | "tags";

interface Row {
  name: string;
  data: JsonObject;
  position: number;
  /** The row's name before this update; undefined for a row this update inserted. */
  initial: string | undefined;
}

export interface AuxTableResult {
  items: AnatomyItem[];
  /** Old name -> new name, for rows renamed through `original_name` (ON UPDATE CASCADE). */
  renames: Map<string, string>;
}

/**
 * Replays `aux_table_update` (ayon_server/entities/project_aux_tables.py) against the current rows:
 * each item renames (`original_name`), updates or inserts a row at its position, then every old
 * row the list did not mention is deleted. Throws what PostgreSQL would: a unique violation on the
 * primary key or the case-insensitive name index, or a foreign-key violation when a deleted row is
 * still used by an entity (the references have no ON DELETE action).
 */
export function replayAuxTableUpdate(
  project: ProjectRecord,
  table: AuxTable,
  current: AnatomyItem[],
  update: JsonObject[],
): AuxTableResult {
  const rows = new Map<string, Row>(
    current.map((item, index) => [item.name, { name: item.name, data: item, position: index + 1, initial: item.name }]),
  );
  const oldNames = new Set(rows.keys());
  update.forEach((item, index) => {
    applyItem(table, rows, oldNames, item, index + 1);
  });
  for (const name of oldNames) {
    ensureUnreferenced(project, table, name);
    rows.delete(name);
  }
  return collect(rows);
}

function applyItem(table: AuxTable, rows: Map<string, Row>, oldNames: Set<string>, item: JsonObject, position: number) {
  const { original_name: originalName, ...data } = item;
  const name = String(data.name);
  if (typeof originalName === "string" && originalName && oldNames.has(originalName) && name !== originalName) {
    const row = rows.get(originalName);
    oldNames.delete(originalName);
    if (!row) return;
    ensureUnique(table, rows, name, row);
    rows.delete(originalName);
    rows.set(name, { ...row, name, data, position });
    return;
  }
  const existing = rows.get(name);
  if (existing) {
    rows.set(name, { ...existing, data, position });
  } else {
    ensureUnique(table, rows, name, undefined);
    rows.set(name, { name, data, position, initial: undefined });
  }
  oldNames.delete(name);
}

/** The primary key on `name`, then `{table}_ci_name_unique ON LOWER(name)` (tags have no such index). */
function ensureUnique(table: AuxTable, rows: Map<string, Row>, name: string, self: Row | undefined) {
  if (rows.has(name) && rows.get(name) !== self) throw uniqueViolation(table, "name", name);
  if (table === "tags") return;
  const lower = name.toLowerCase();
  for (const row of rows.values()) {
    if (row !== self && row.name.toLowerCase() === lower) throw uniqueViolation(table, "lower(name::text)", lower);
  }
}

const REFERENCES: Record<AuxTable, { table: string; kinds: ("folders" | "tasks" | "products" | "versions")[] }[]> = {
  folder_types: [{ table: "folders", kinds: ["folders"] }],
  task_types: [{ table: "tasks", kinds: ["tasks"] }],
  statuses: [
    { table: "folders", kinds: ["folders"] },
    { table: "tasks", kinds: ["tasks"] },
    { table: "products", kinds: ["products"] },
    { table: "versions", kinds: ["versions"] },
  ],
  tags: [],
};

function ensureUnreferenced(project: ProjectRecord, table: AuxTable, name: string) {
  for (const reference of REFERENCES[table]) {
    for (const kind of reference.kinds) {
      if (isReferenced(project, table, kind, name)) throw stillReferencedViolation("name", name, reference.table);
    }
  }
}

function isReferenced(
  project: ProjectRecord,
  table: AuxTable,
  kind: "folders" | "tasks" | "products" | "versions",
  name: string,
): boolean {
  for (const record of project[kind].values()) {
    if (table === "statuses" && record.status === name) return true;
    if (table === "folder_types" && "folderType" in record && record.folderType === name) return true;
    if (table === "task_types" && "taskType" in record && record.taskType === name) return true;
  }
  return false;
}

function collect(rows: Map<string, Row>): AuxTableResult {
  const ordered = [...rows.values()].sort((a, b) => a.position - b.position);
  const renames = new Map<string, string>();
  for (const row of ordered) {
    if (row.initial !== undefined && row.initial !== row.name) renames.set(row.initial, row.name);
  }
  const items = ordered.map((row) => ({ name: row.name, ...row.data }) as AnatomyItem);
  return { items, renames };
}

/**
 * `aux_table_update` as `ProjectEntity.save()` runs it. A violation aborts the transaction, and the
 * `finally: await self.commit()` that follows rebuilds the project list on the aborted transaction,
 * so the answer is that second error, a plain HTTP 500 that no longer names the violation
 * (ayon_server/entities/project.py, helpers/project_list.py; seen on AYON 1.15.18).
 */
export function saveAuxTable(
  ...args: Parameters<typeof replayAuxTableUpdate>
): ReturnType<typeof replayAuxTableUpdate> {
  try {
    return replayAuxTableUpdate(...args);
  } catch (error) {
    if (error instanceof IntegrityViolation) throw new InternalFailure(ABORTED_TRANSACTION);
    throw error;
  }
}

export const ABORTED_TRANSACTION =
  "asyncpg.exceptions.InFailedSQLTransactionError: current transaction is aborted, commands ignored until end of transaction block";
