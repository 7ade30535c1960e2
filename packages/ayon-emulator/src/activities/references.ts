import type { RecordOf } from "../model/transaction.js";
import type { JsonObject } from "../state/records.js";
import type { ActivityEntity } from "./activity-entity.js";

/** A reference about to be stored (ActivityReferenceModel); `id` is set once stored. */
export interface ReferenceDraft {
  id?: string;
  referenceType: string;
  entityType: string;
  entityId: string | null;
  entityName: string | null;
  data: JsonObject;
}

export const userReference = (referenceType: string, name: string, data: JsonObject = {}): ReferenceDraft => ({
  referenceType,
  entityType: "user",
  entityId: null,
  entityName: name,
  data,
});

export const entityReference = (referenceType: string, entityType: string, id: string): ReferenceDraft => ({
  referenceType,
  entityType,
  entityId: id,
  entityName: null,
  data: {},
});

/**
 * A set of references with ActivityReferenceModel's equality: two references are the same when
 * they name the same entity or user, whatever their reference type. The first one added wins, so a
 * user who is the author is never also "mentioned" or "watching" on the same activity.
 */
export class ReferenceSet {
  private readonly byKey = new Map<string, ReferenceDraft>();

  static keyOf(reference: ReferenceDraft): string {
    return JSON.stringify([reference.entityType, reference.entityId, reference.entityName]);
  }

  add(reference: ReferenceDraft): void {
    const key = ReferenceSet.keyOf(reference);
    if (!this.byKey.has(key)) this.byKey.set(key, reference);
  }

  addAll(references: Iterable<ReferenceDraft>): void {
    for (const reference of references) this.add(reference);
  }

  has(reference: ReferenceDraft): boolean {
    return this.byKey.has(ReferenceSet.keyOf(reference));
  }

  values(): ReferenceDraft[] {
    return [...this.byKey.values()];
  }
}

const assignee = (name: string) => userReference("relation", name, { role: "assignee" });

/**
 * `get_references_from_entity` (ayon_server/activities/references.py): a task's assignees, versions
 * and folder; a folder's tasks' assignees; a version's folder, author, task and task assignees.
 */
export function relationsOf(entity: ActivityEntity): ReferenceDraft[] {
  const { project } = entity;
  if (entity.kind === "task") {
    const task = entity.record as RecordOf["task"];
    const versions = [...project.versions.values()].filter((version) => version.taskId === task.id);
    return [
      ...task.assignees.map(assignee),
      ...versions.map((version) => entityReference("relation", "version", version.id)),
      entityReference("relation", "folder", task.folderId),
    ];
  }
  if (entity.kind === "folder") {
    const tasks = [...project.tasks.values()].filter((task) => task.folderId === entity.record.id);
    return tasks.flatMap((task) => task.assignees.map(assignee));
  }
  if (entity.kind === "version") return versionRelations(entity, entity.record as RecordOf["version"]);
  return [];
}

function versionRelations(entity: ActivityEntity, version: RecordOf["version"]): ReferenceDraft[] {
  const { project } = entity;
  const product = project.products.get(version.productId);
  const references: ReferenceDraft[] = [];
  if (product) references.push(entityReference("relation", "folder", product.folderId));
  if (version.author) references.push(userReference("relation", version.author, { role: "author" }));
  const task = version.taskId === null ? undefined : project.tasks.get(version.taskId);
  if (version.taskId !== null) references.push(entityReference("relation", "task", version.taskId));
  if (task) references.push(...task.assignees.map(assignee));
  return references;
}
