import type { DispatchOrigin } from "../model/event-dispatch.js";
import { badRequestException, forbiddenException, InternalFailure, notFoundException } from "../model/failures.js";
import { type ActivityRecord, projectActivities } from "../state/activity-records.js";
import type { JsonObject, ProjectRecord } from "../state/records.js";
import type { EmulatorState } from "../state/store.js";
import { DO_NOT_TRACK, MAX_BODY_LENGTH } from "./activity-models.js";
import { capitalize, checkedReferences, insertReference, referencesOf, summaryReferences } from "./activity-store.js";
import { extractMentions, hasChecklist, onlyCheckboxesChanged, pythonLength } from "./mentions.js";
import { activityFiles, linkFiles, unlinkFiles } from "./project-files.js";
import { type ReferenceDraft, ReferenceSet } from "./references.js";

// ayon_server/activities/update_activity.py

export interface ActivityChanges {
  body?: string | null;
  tags?: string[] | null;
  files?: string[] | null;
  appendFiles?: boolean;
  data?: JsonObject | null;
}

export interface Editor {
  /** Who edits; null for the system. */
  name: string | null;
  isAdmin: boolean;
}

/** Updates an activity and dispatches `activity.updated`. */
export function updateActivity(
  state: EmulatorState,
  project: ProjectRecord,
  activityId: string,
  changes: ActivityChanges,
  editor: Editor,
  origin: DispatchOrigin,
): void {
  const store = projectActivities(project);
  const activity = store.activities.get(activityId);
  if (!activity) throw notFoundException("Activity not found");
  let { files, data } = changes;
  if (editor.name && !editor.isAdmin && editor.name !== authorOf(activity)) {
    // Someone else's activity: only its checkboxes may change. An empty body skips the check.
    if (changes.body && !onlyCheckboxesChanged(activity.body, changes.body)) {
      throw forbiddenException("You are not the owner, you cannot modify the comment");
    }
    files = null;
    data = null;
  }
  const body = changes.body ?? activity.body;
  const type = activity.activityType;
  if (pythonLength(body) > MAX_BODY_LENGTH) throw badRequestException(`${capitalize(type)} body is too long`);

  const activityData = structuredClone(activity.data);
  if (data) {
    const { author: _, ...rest } = data;
    Object.assign(activityData, rest);
  }
  delete activityData.hasChecklist;
  if (type === "comment" && hasChecklist(body)) activityData.hasChecklist = true;

  const references = currentReferences(store, activityId);
  const mentions = new ReferenceSet();
  mentions.addAll(extractMentions(body, project));
  const gone = references
    .values()
    .filter((reference) => reference.referenceType === "mention" && !mentions.has(reference));
  references.addAll(mentions.values());
  let fileIds: string[] | null = null;
  if (files !== null && files !== undefined) {
    fileIds = [...files, ...(changes.appendFiles ? keptFileIds(activityData, files) : [])];
    const metadata = activityFiles(project, fileIds);
    if (metadata.length > 0) activityData.files = metadata;
    else delete activityData.files;
  }
  const stored = checkedReferences(references.values());

  const now = state.now();
  Object.assign(activity, {
    body,
    tags: changes.tags ?? activity.tags,
    data: activityData,
    updatedAt: now,
  } satisfies Partial<ActivityRecord>);
  if (fileIds !== null) {
    unlinkFiles(project, activityId, now, fileIds);
    linkFiles(project, activityId, fileIds, now);
  }
  for (const reference of gone) if (reference.id !== undefined) store.references.delete(reference.id);
  upsertReferences(store, activityId, stored, now);

  state.events.dispatch({
    topic: "activity.updated",
    project: project.name,
    description: `Updated ${type} activity`,
    summary: { activity_id: activityId, activity_type: type, references: summaryReferences(stored) },
    payload: { body },
    store: !DO_NOT_TRACK.has(type),
    user: editor.name ?? origin.user,
    sender: origin.sender,
    senderType: origin.senderType,
  });
}

/** `activity_data["author"]`: a KeyError (a 500) when the activity has no author. */
function authorOf(activity: ActivityRecord): unknown {
  if (!("author" in activity.data)) throw new InternalFailure("'author'");
  return activity.data.author;
}

function currentReferences(store: ReturnType<typeof projectActivities>, activityId: string): ReferenceSet {
  const references = new ReferenceSet();
  for (const reference of referencesOf(store, activityId)) {
    references.add({
      id: reference.id,
      referenceType: reference.referenceType,
      entityType: reference.entityType,
      entityId: reference.entityId,
      entityName: reference.entityName,
      data: reference.data,
    });
  }
  return references;
}

/** With `appendFiles`, the ids of the files the activity already has and `files` lacks. */
function keptFileIds(data: JsonObject, files: string[]): string[] {
  const current = Array.isArray(data.files) ? data.files : [];
  const ids: string[] = [];
  for (const file of current) {
    const id = file && typeof file === "object" && !Array.isArray(file) ? file.id : undefined;
    if (typeof id === "string" && !files.includes(id)) ids.push(id);
  }
  return ids;
}

/**
 * `INSERT ... ON CONFLICT (id) DO UPDATE SET updated_at, data` for every reference (each insert
 * draws a creation order, used or not). Mentions that left the body were deleted, yet they are
 * still in the set written back, so they come back with the same id and a new creation time: a
 * removed mention is never really removed.
 */
function upsertReferences(
  store: ReturnType<typeof projectActivities>,
  activityId: string,
  references: ReferenceDraft[],
  now: string,
): void {
  for (const reference of references) {
    const existing = reference.id === undefined ? undefined : store.references.get(reference.id);
    if (!existing) {
      insertReference(store, activityId, reference, now);
      continue;
    }
    store.serial.references++;
    Object.assign(existing, { updatedAt: now, data: structuredClone(reference.data) });
  }
}
