import type { ProjectRecord } from "../state/records.js";
import { folderPath, taskPath } from "../state/store.js";
import { entityIdToLoad } from "./entity-id.js";
import { productPath, versionName, versionPath } from "./entity-view.js";
import { notFoundException } from "./failures.js";
import type { Kind, RecordOf, Transaction } from "./transaction.js";

/** `{Entity}.load(project, id)`: the id parsed like EntityID.parse, then 404 when missing. */
export function loadEntity<K extends Kind>(tx: Transaction, kind: K, rawId: string): RecordOf[K] {
  const id = entityIdToLoad(rawId);
  const record = tx.get(kind, id);
  if (!record) throw notFoundException(`Entity ${rawId} not found`);
  return record;
}

/** The entity's `path` property, as event descriptions and summaries use it. */
export function entityPath(project: ProjectRecord, kind: Kind, record: RecordOf[Kind]): string {
  switch (kind) {
    case "folder":
      return folderPath(project, record as RecordOf["folder"]);
    case "task":
      return taskPath(project, record as RecordOf["task"]);
    case "product":
      return productPath(project, record as RecordOf["product"]);
    default:
      return versionPath(project, record as RecordOf["version"]);
  }
}

/** The entity's `name` property (a version's is its `v001` label). */
export function entityName(kind: Kind, record: RecordOf[Kind]): string {
  if (kind === "version") return versionName((record as RecordOf["version"]).version);
  return (record as RecordOf["folder"]).name;
}
