import type { DispatchOrigin } from "../model/event-dispatch.js";
import { forbiddenException, notFoundException } from "../model/failures.js";
import { projectActivities } from "../state/activity-records.js";
import type { ProjectRecord } from "../state/records.js";
import type { EmulatorState } from "../state/store.js";
import { DO_NOT_TRACK } from "./activity-models.js";
import { dropActivity, referencesOf } from "./activity-store.js";
import { unlinkFiles } from "./project-files.js";
import type { Editor } from "./update-activity.js";

// ayon_server/activities/delete_activity.py

/**
 * Deletes an activity (only its author or an admin may; one without an author, anybody) and
 * dispatches `activity.deleted`. Its files are unlinked, not deleted: the file cleaner removes them
 * later.
 */
export function deleteActivity(
  state: EmulatorState,
  project: ProjectRecord,
  activityId: string,
  editor: Editor,
  origin: DispatchOrigin,
): void {
  const store = projectActivities(project);
  const activity = store.activities.get(activityId);
  if (!activity) throw notFoundException("Activity not found");
  if (editor.name && !editor.isAdmin && "author" in activity.data && activity.data.author !== editor.name) {
    throw forbiddenException("You are not the author of this activity");
  }
  const references = referencesOf(store, activityId)
    .filter((reference) => reference.entityId !== null)
    .map((reference) => ({
      entity_type: reference.entityType,
      entity_id: reference.entityId,
      reference_type: reference.referenceType,
    }));
  unlinkFiles(project, activityId, state.now());
  dropActivity(store, activityId);
  state.events.dispatch({
    topic: "activity.deleted",
    project: project.name,
    description: `Deleted ${activity.activityType} activity`,
    summary: { activity_id: activityId, activity_type: activity.activityType, references },
    store: !DO_NOT_TRACK.has(activity.activityType),
    user: editor.name ?? origin.user,
    sender: origin.sender,
    senderType: origin.senderType,
  });
}
