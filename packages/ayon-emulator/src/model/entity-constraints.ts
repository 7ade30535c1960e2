import type { ProjectRecord } from "../state/records.js";
import { foreignKeyViolation, notNullViolation, nulInJsonFailure, uniqueViolation } from "./failures.js";
import { dashedUuid } from "./hierarchy.js";
import { childNameKey, folderNameKey, type ProjectIndex, versionKey } from "./project-index.js";
import type { Kind, RecordOf } from "./transaction.js";

// The table constraints of schemas/schema.project.sql, checked in PostgreSQL's order: NOT NULL
// columns, then unique indexes (primary key first), then foreign keys (in column order).

type Row = Record<string, unknown>;

/** NOT NULL columns in table order: [column, record key]. */
const NOT_NULL: Record<Kind, [string, string][]> = {
  folder: [
    ["id", "id"],
    ["name", "name"],
    ["folder_type", "folderType"],
    ["attrib", "ownAttrib"],
    ["data", "data"],
    ["status", "status"],
    ["tags", "tags"],
    ["active", "active"],
  ],
  task: [
    ["id", "id"],
    ["name", "name"],
    ["folder_id", "folderId"],
    ["task_type", "taskType"],
    ["assignees", "assignees"],
    ["attrib", "ownAttrib"],
    ["data", "data"],
    ["active", "active"],
    ["status", "status"],
    ["tags", "tags"],
  ],
  product: [
    ["id", "id"],
    ["name", "name"],
    ["folder_id", "folderId"],
    ["product_type", "productType"],
    ["data", "data"],
    ["active", "active"],
    ["status", "status"],
    ["tags", "tags"],
  ],
  version: [
    ["id", "id"],
    ["version", "version"],
    ["product_id", "productId"],
    ["data", "data"],
    ["active", "active"],
    ["status", "status"],
    ["tags", "tags"],
  ],
};

export function checkNotNull(kind: Kind, row: Row): void {
  for (const [column, key] of NOT_NULL[kind]) {
    if (row[key] === null || row[key] === undefined) throw notNullViolation(column);
  }
}

const TABLES: Record<Kind, string> = { folder: "folders", task: "tasks", product: "products", version: "versions" };

/** The partial unique index on active rows: its key, and how PostgreSQL describes it. */
function uniqueName(kind: Kind, row: Row): { key: string; columns: string; value: string } {
  switch (kind) {
    case "folder": {
      const parentId = row.parentId as string | null;
      const name = String(row.name);
      return parentId === null
        ? { key: folderNameKey(null, name), columns: "lower(name::text)", value: name.toLowerCase() }
        : {
            key: folderNameKey(parentId, name),
            columns: "parent_id, lower(name::text)",
            value: `${dashedUuid(parentId)}, ${name.toLowerCase()}`,
          };
    }
    case "task":
    case "product": {
      const folderId = String(row.folderId);
      const name = String(row.name);
      return {
        key: childNameKey(folderId, name),
        columns: "folder_id, lower(name::text)",
        value: `${dashedUuid(folderId)}, ${name.toLowerCase()}`,
      };
    }
    case "version": {
      const productId = String(row.productId);
      return {
        key: versionKey(productId, Number(row.version)),
        columns: "product_id, version",
        value: `${dashedUuid(productId)}, ${row.version}`,
      };
    }
  }
}

const NAME_INDEX: Record<Kind, keyof ProjectIndex> = {
  folder: "folderNames",
  task: "taskNames",
  product: "productNames",
  version: "versionNumbers",
};

/** The primary key (inserts only) and the name index of active rows. */
export function checkUnique(
  kind: Kind,
  index: ProjectIndex,
  row: Row,
  existing: RecordOf[Kind] | undefined,
  insert: boolean,
) {
  const id = String(row.id);
  if (insert && existing) throw uniqueViolation(TABLES[kind], "id", dashedUuid(id));
  if (row.active !== true) return;
  const unique = uniqueName(kind, row);
  const names = index[NAME_INDEX[kind]] as Map<string, string>;
  const holder = names.get(unique.key);
  if (holder !== undefined && holder !== id) throw uniqueViolation(TABLES[kind], unique.columns, unique.value);
}

interface ForeignKey {
  column: string;
  key: string;
  table: string;
  uuid: boolean;
  exists(project: ProjectRecord, value: string): boolean;
}

const fk = (column: string, key: string, table: string, exists: ForeignKey["exists"], uuid = true): ForeignKey => ({
  column,
  key,
  table,
  uuid,
  exists,
});

const hasName = (items: { name: string }[], value: string) => items.some((item) => item.name === value);
const STATUS_FK = fk("status", "status", "statuses", (project, value) => hasName(project.statuses, value), false);
/** The emulator stores no thumbnails, so any thumbnail id is missing from the thumbnails table. */
const THUMBNAIL_FK = fk("thumbnail_id", "thumbnailId", "thumbnails", () => false);
const FOLDER_FK = fk("folder_id", "folderId", "folders", (project, value) => project.folders.has(value));

const FOREIGN_KEYS: Record<Kind, ForeignKey[]> = {
  folder: [
    fk("folder_type", "folderType", "folder_types", (project, value) => hasName(project.folderTypes, value), false),
    fk("parent_id", "parentId", "folders", (project, value) => project.folders.has(value)),
    THUMBNAIL_FK,
    STATUS_FK,
  ],
  task: [
    FOLDER_FK,
    fk("task_type", "taskType", "task_types", (project, value) => hasName(project.taskTypes, value), false),
    THUMBNAIL_FK,
    STATUS_FK,
  ],
  product: [FOLDER_FK, STATUS_FK],
  version: [
    fk("product_id", "productId", "products", (project, value) => project.products.has(value)),
    fk("task_id", "taskId", "tasks", (project, value) => project.tasks.has(value)),
    STATUS_FK,
  ],
};

/** Foreign keys of the new row; on update only the changed ones, as PostgreSQL's RI triggers do. */
export function checkForeignKeys(kind: Kind, project: ProjectRecord, row: Row, previous: Row | undefined) {
  for (const key of FOREIGN_KEYS[kind]) {
    const value = row[key.key];
    if (value === null || value === undefined) continue;
    if (previous && previous[key.key] === value) continue;
    const text = String(value);
    if (!key.exists(project, text))
      throw foreignKeyViolation(key.column, key.uuid ? dashedUuid(text) : text, key.table);
  }
}

/** Whether a JSON value holds a NUL character, in a key or a string. */
function hasNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (Array.isArray(value)) return value.some(hasNul);
  if (value && typeof value === "object") {
    return Object.entries(value).some(([key, item]) => key.includes("\u0000") || hasNul(item));
  }
  return false;
}

/** PostgreSQL refuses a NUL character in `jsonb` when it reads the statement's parameters. */
export function checkJsonText(row: Row): void {
  for (const key of ["data", "ownAttrib"]) if (hasNul(row[key])) throw nulInJsonFailure();
}

/** Every constraint of an INSERT or UPDATE of `row`, after its parameters were read. */
export function checkRow(
  kind: Kind,
  project: ProjectRecord,
  index: ProjectIndex,
  row: Row,
  previous: RecordOf[Kind] | undefined,
  insert: boolean,
): void {
  checkJsonText(row);
  checkNotNull(kind, row);
  checkUnique(kind, index, row, previous, insert);
  checkForeignKeys(kind, project, row, insert ? undefined : (previous as unknown as Row));
}
