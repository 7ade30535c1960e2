import type { DispatchOrigin } from "../model/event-dispatch.js";
import { badRequestException, notFoundException } from "../model/failures.js";
import { projectActivities } from "../state/activity-records.js";
import type { JsonObject, ProjectRecord, UserRecord } from "../state/records.js";
import type { EmulatorState } from "../state/store.js";
import { referencesOf } from "./activity-store.js";

// api/activities/reactions.py: reactions live in the activity's `data.reactions`.

/**
 * Adds or removes the user's reaction, then publishes `activity.updated` without storing it. The
 * activity's `updatedAt` does not change.
 */
export function modifyReaction(
  state: EmulatorState,
  project: ProjectRecord,
  activityId: string,
  user: UserRecord,
  reaction: string,
  action: "add" | "remove",
  origin: DispatchOrigin,
): void {
  const store = projectActivities(project);
  const activity = store.activities.get(activityId);
  if (!activity) throw notFoundException("Activity not found");
  const current = Array.isArray(activity.data.reactions) ? (activity.data.reactions as JsonObject[]) : [];
  const mine = (item: JsonObject) => item.reaction === reaction && item.userName === user.name;
  let reactions: JsonObject[];
  if (action === "add") {
    if (current.some(mine)) throw badRequestException("Already reacted");
    const fullName = user.attrib.fullName;
    // `datetime.now().isoformat()`: the server's local time, without a zone.
    const timestamp = state.now().replace(/Z$/, "000");
    reactions = [
      ...current,
      {
        reaction,
        userName: user.name,
        fullName: typeof fullName === "string" && fullName ? fullName : null,
        timestamp,
      },
    ];
  } else {
    reactions = current.filter((item) => !mine(item));
  }
  activity.data = { ...activity.data, reactions };
  state.events.dispatch({
    topic: "activity.updated",
    project: project.name,
    description: "",
    summary: {
      activity_id: activityId,
      activity_type: activity.activityType,
      references: referencesOf(store, activityId).map((reference) => ({
        entity_id: reference.entityId,
        entity_type: reference.entityType,
        reference_type: reference.referenceType,
      })),
    },
    store: false,
    user: user.name,
    sender: origin.sender,
    senderType: origin.senderType,
  });
}
