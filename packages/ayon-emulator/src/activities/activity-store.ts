import { InternalFailure } from "../model/failures.js";
import { pythonRepr } from "../model/pydantic.js";
import type { ActivityReferenceRecord, ProjectActivities } from "../state/activity-records.js";
import { newEntityId } from "../state/rules.js";
import type { ReferenceDraft } from "./references.js";

// Row-level writes on a project's activity tables, with the column rules of schema.project.sql.

/**
 * A value for a UUID column or parameter. AYON's codec (ayon_server/lib/postgres_setup.py) drops
 * dashes and wants 32 characters, then PostgreSQL wants hex; either failure is an untranslated
 * database error, so a 500.
 */
export function uuidParameter(value: string, describe: () => string): string {
  const hex = value.replaceAll("-", "");
  if (hex.length !== 32) {
    throw new InternalFailure(
      `asyncpg.exceptions.DataError: invalid input for query argument ${describe()} (Invalid entity ID ${value})`,
    );
  }
  if (!/^[0-9a-fA-F]{32}$/.test(hex)) {
    throw new InternalFailure(
      `asyncpg.exceptions.InvalidTextRepresentationError: invalid input syntax for type uuid: "${hex}"`,
    );
  }
  return hex.toLowerCase();
}

/** A list bound as one `uuid[]` parameter (`WHERE id = ANY($1)`). */
export function uuidListParameter(values: string[], position = 1): string[] {
  return values.map((value) => uuidParameter(value, () => `$${position}: ${pythonRepr(values)}`));
}

/**
 * The references as `executemany` would insert them: every entity id must be a UUID (a mention of
 * `task:foo` fails the whole activity). Returns them with their ids normalised.
 */
export function checkedReferences(references: ReferenceDraft[]): ReferenceDraft[] {
  return references.map((reference, index) =>
    reference.entityId === null
      ? reference
      : {
          ...reference,
          entityId: uuidParameter(
            reference.entityId,
            () => `$5 in element #${index} of executemany() sequence: '${reference.entityId}'`,
          ),
        },
  );
}

/** Inserts a reference (a new creation order; a new id unless it has one). */
export function insertReference(
  store: ProjectActivities,
  activityId: string,
  draft: ReferenceDraft,
  time: string,
): ActivityReferenceRecord {
  const record: ActivityReferenceRecord = {
    id: draft.id ?? newEntityId(),
    activityId,
    referenceType: draft.referenceType,
    entityType: draft.entityType,
    entityId: draft.entityId,
    entityName: draft.entityName,
    active: true,
    data: structuredClone(draft.data),
    createdAt: time,
    updatedAt: time,
    creationOrder: ++store.serial.references,
  };
  store.references.delete(record.id);
  store.references.set(record.id, record);
  return record;
}

export function referencesOf(store: ProjectActivities, activityId: string): ActivityReferenceRecord[] {
  return [...store.references.values()].filter((reference) => reference.activityId === activityId);
}

/** `DELETE FROM activities`: references cascade, attached files lose their activity (ON DELETE SET NULL). */
export function dropActivity(store: ProjectActivities, activityId: string): void {
  store.activities.delete(activityId);
  for (const reference of referencesOf(store, activityId)) store.references.delete(reference.id);
  for (const file of store.files.values()) if (file.activityId === activityId) file.activityId = null;
}

/** `summary.references` of `activity.*` events: the references to entities (users left out). */
export function summaryReferences(references: ReferenceDraft[]) {
  return references
    .filter((reference) => reference.entityId !== null)
    .map((reference) => ({
      entity_id: reference.entityId,
      entity_type: reference.entityType,
      reference_type: reference.referenceType,
    }));
}

/** Python's `str.capitalize()`. */
export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();
