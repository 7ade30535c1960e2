import { entityName } from "../model/entity-load.js";
import { notFoundException } from "../model/failures.js";
import type { Kind, RecordOf } from "../model/transaction.js";
import type { JsonObject, ProjectRecord } from "../state/records.js";

/** The entity an activity is about (`ProjectLevelEntity` in ayon_server/activities). */
export interface ActivityEntity {
  project: ProjectRecord;
  kind: Kind;
  record: RecordOf[Kind];
}

const TABLES: Record<Kind, (project: ProjectRecord) => Map<string, RecordOf[Kind]>> = {
  folder: (project) => project.folders,
  task: (project) => project.tasks,
  product: (project) => project.products,
  version: (project) => project.versions,
};

const isKind = (type: string): type is Kind => type in TABLES;

/**
 * `get_entity_class(type).load(project, id)`: 404 "Entity <id> not found" when missing. The emulator
 * has no representations or workfiles, so those are always missing.
 */
export function loadActivityEntity(project: ProjectRecord, entityType: string, id: string): ActivityEntity {
  const record = isKind(entityType) ? TABLES[entityType](project).get(id) : undefined;
  if (!record || !isKind(entityType)) throw notFoundException(`Entity ${id} not found`);
  return { project, kind: entityType, record };
}

/** The entity as it is now (hooks load it again after the change that triggered them). */
export function reloadActivityEntity(entity: ActivityEntity): ActivityEntity {
  return loadActivityEntity(entity.project, entity.kind, entity.record.id);
}

export const nameOf = (entity: ActivityEntity) => entityName(entity.kind, entity.record);

/** `data.origin` of a new activity (ayon_server/activities/create_activity.py). */
export function originOf(entity: ActivityEntity): JsonObject {
  const origin: JsonObject = { type: entity.kind, id: entity.record.id, name: nameOf(entity) };
  const record = entity.record as Partial<RecordOf["task"] & RecordOf["folder"] & RecordOf["product"]>;
  if (entity.kind === "task") origin.subtype = record.taskType ?? null;
  else if (entity.kind === "folder") origin.subtype = record.folderType ?? null;
  else if (entity.kind === "product") origin.subtype = record.productType ?? null;
  // `hasattr(entity, "label")`: only folders and tasks have one.
  if (entity.kind === "task" || entity.kind === "folder") origin.label = record.label ?? null;
  return origin;
}

/** `data.parents` (ayon_server/activities/parents.py): a task's folder; a version's folder and product. */
export function parentsOf(entity: ActivityEntity): JsonObject[] {
  const { project } = entity;
  if (entity.kind === "task") {
    const folder = project.folders.get((entity.record as RecordOf["task"]).folderId);
    return folder ? [folderParent(folder)] : [];
  }
  if (entity.kind === "version") {
    const product = project.products.get((entity.record as RecordOf["version"]).productId);
    const folder = product ? project.folders.get(product.folderId) : undefined;
    if (!product || !folder) return [];
    return [
      folderParent(folder),
      { type: "product", subtype: product.productType, id: product.id, name: product.name },
    ];
  }
  return [];
}

const folderParent = (folder: RecordOf["folder"]): JsonObject => ({
  type: "folder",
  subtype: folder.folderType,
  id: folder.id,
  name: folder.name,
  label: folder.label,
});
