import { notNullViolation } from "../model/failures.js";
import { type ActivityRecord, type ProjectFileRecord, projectActivities } from "../state/activity-records.js";
import type { Json, JsonObject, ProjectRecord } from "../state/records.js";
import { uuidListParameter } from "./activity-store.js";

// Project files (comment attachments): ayon_server/files/project_storage.py and
// ayon_server/activities/utils.py `process_activity_files`.

/** Files nobody links to are deleted once untouched this long (`delete_unused_files`). */
const UNUSED_FILE_GRACE_MS = 5 * 60_000;

/**
 * `process_activity_files`: the metadata an activity keeps in `data.files` for the given ids. Ids
 * of files that do not exist are silently left out; ids that are not UUIDs fail (a 500).
 */
export function activityFiles(project: ProjectRecord, ids: string[]): JsonObject[] {
  const wanted = new Set(uuidListParameter(ids));
  const result: JsonObject[] = [];
  for (const file of projectActivities(project).files.values()) {
    if (!wanted.has(file.id)) continue;
    const info: JsonObject = {
      id: file.id,
      size: file.size,
      author: file.author,
      created_at: file.createdAt,
      updated_at: file.updatedAt,
    };
    if (typeof file.data.filename === "string" && file.data.filename) info.filename = file.data.filename;
    if (typeof file.data.mime === "string" && file.data.mime) info.mime = file.data.mime;
    result.push(info);
  }
  return result;
}

/** `UPDATE files SET activity_id = $1 WHERE id = ANY($2)`. */
export function linkFiles(project: ProjectRecord, activityId: string, ids: string[], time: string): void {
  const wanted = new Set(uuidListParameter(ids, 2));
  for (const file of projectActivities(project).files.values()) {
    if (wanted.has(file.id)) Object.assign(file, { activityId, updatedAt: time });
  }
}

/** Unlinks the activity's files that are not in `keep` (all of them without `keep`). */
export function unlinkFiles(project: ProjectRecord, activityId: string, time: string, keep: string[] = []): void {
  const kept = new Set(uuidListParameter(keep, 2));
  for (const file of projectActivities(project).files.values()) {
    if (file.activityId === activityId && !kept.has(file.id))
      Object.assign(file, { activityId: null, updatedAt: time });
  }
}

/**
 * `delete_file`: the record, then the file's entry in every activity's `data.files`, in one
 * UPDATE. Removing an activity's last file makes `jsonb_set(data, '{files}', NULL)` NULL, which the
 * NOT NULL `data` column refuses: the file is gone, the activities keep listing it, and the
 * request fails (a 500 with `not-null-violation`).
 */
export function deleteFile(project: ProjectRecord, id: string): void {
  const store = projectActivities(project);
  store.files.delete(id);
  const updates: [ActivityRecord, Json[]][] = [];
  for (const activity of store.activities.values()) {
    const files = activity.data.files;
    if (!Array.isArray(files) || !files.some((file) => isFileEntry(file, id))) continue;
    updates.push([activity, files.filter((file) => !isFileEntry(file, id))]);
  }
  if (updates.some(([, rest]) => rest.length === 0)) throw notNullViolation("data");
  for (const [activity, rest] of updates) activity.data = { ...activity.data, files: rest };
}

const isFileEntry = (file: unknown, id: string) =>
  typeof file === "object" && file !== null && !Array.isArray(file) && (file as JsonObject).id === id;

/**
 * `delete_unused_files`, which AYON runs in the background after every activity write: files that
 * belong to no activity and were not touched for five minutes.
 */
export function deleteUnusedFiles(project: ProjectRecord, now: string): void {
  const limit = Date.parse(now) - UNUSED_FILE_GRACE_MS;
  const unused = [...projectActivities(project).files.values()].filter(
    (file: ProjectFileRecord) => file.activityId === null && Date.parse(file.updatedAt) < limit,
  );
  for (const file of unused) {
    try {
      deleteFile(project, file.id);
    } catch {
      // AYON ignores a file it cannot delete.
    }
  }
}
