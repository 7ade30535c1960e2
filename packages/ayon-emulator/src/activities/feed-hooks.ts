import type { DispatchOrigin } from "../model/event-dispatch.js";
import type { RecordOf } from "../model/transaction.js";
import type { EventRecord, Json, JsonObject } from "../state/records.js";
import type { EmulatorState } from "../state/store.js";
import { type ActivityEntity, loadActivityEntity, nameOf } from "./activity-entity.js";
import { attribText, pythonText } from "./attrib-text.js";
import { createActivity } from "./create-activity.js";
import { ensureNotWatching, ensureWatching } from "./set-watchers.js";
import { publishActivity } from "./version-publish.js";

// ayon_server/activities/event_hook.py (ActivityFeedEventHook): entity events become activities.
// AYON runs these hooks inside EventStream.dispatch, right after the event is stored and published,
// and logs (then ignores) whatever they raise.

type Handler = (state: EmulatorState, event: EventRecord, entity: ActivityEntity) => void;

const HANDLERS: Record<string, Handler> = {
  "entity.folder.status_changed": statusChanged,
  "entity.folder.attrib_changed": attribChanged,
  "entity.task.status_changed": statusChanged,
  "entity.task.attrib_changed": attribChanged,
  "entity.version.status_changed": statusChanged,
  "entity.version.attrib_changed": attribChanged,
  "entity.product.status_changed": statusChanged,
  "entity.product.attrib_changed": attribChanged,
  "entity.task.assignees_changed": assigneesChanged,
  "entity.version.created": (state, event, entity) => publishActivity(state, entity, originOf(event)),
};

/** Subscribes the activity feed to the event bus. */
export function installActivityFeed(state: EmulatorState): () => void {
  return state.events.hook((event) => {
    const handler = HANDLERS[event.topic];
    const project = event.project === null ? undefined : state.projects.get(event.project.toLowerCase());
    const entityId = event.summary.entityId;
    if (!handler || !project || typeof entityId !== "string") return;
    try {
      handler(state, event, loadActivityEntity(project, event.topic.split(".")[1] ?? "", entityId));
    } catch {
      // log_traceback(f"Error in event handler ...") and carry on.
    }
  });
}

/** The hooks pass no sender, so the request's is used, as it is for the event itself. */
const originOf = (event: EventRecord): DispatchOrigin => ({
  sender: event.sender,
  senderType: event.senderType,
  user: event.user,
});

const link = (entity: ActivityEntity) => `[${nameOf(entity)}](${entity.kind}:${entity.record.id})`;
const payloadValue = (payload: JsonObject, key: string): Json => payload[key] ?? null;

function statusChanged(state: EmulatorState, event: EventRecord, entity: ActivityEntity) {
  const oldValue = payloadValue(event.payload, "oldValue");
  const newValue = payloadValue(event.payload, "newValue");
  createActivity(
    state,
    entity,
    {
      activityType: "status.change",
      body: `${link(entity)} status changed from ${pythonText(oldValue)} to ${pythonText(newValue)}`,
      author: event.user,
      data: { oldValue, newValue },
    },
    originOf(event),
  );
}

/** One activity per changed attribute; calculated attributes are left out. */
function attribChanged(state: EmulatorState, event: EventRecord, entity: ActivityEntity) {
  const objectOf = (value: Json | undefined): JsonObject =>
    value && typeof value === "object" && !Array.isArray(value) ? value : {};
  const next = objectOf(event.payload.newValue);
  const previous = objectOf(event.payload.oldValue);
  const calculated = Array.isArray(event.payload.calculatedAttributes) ? event.payload.calculatedAttributes : [];
  const keys = [...new Set([...Object.keys(next), ...Object.keys(previous)])].filter(
    (key) => !calculated.includes(key),
  );
  for (const key of keys) {
    const oldValue = previous[key] ?? null;
    const newValue = next[key] ?? null;
    const text = (value: Json) => attribText(state.attributes, key, value);
    createActivity(
      state,
      entity,
      {
        activityType: "attrib.change",
        body: `${link(entity)} attrib '${key}' changed from '${text(oldValue)}' to '${text(newValue)}'`,
        author: event.user,
        data: { key, oldValue, newValue },
      },
      originOf(event),
    );
  }
}

/** Each added assignee starts watching the task, each removed one stops; both get an activity. */
function assigneesChanged(state: EmulatorState, event: EventRecord, entity: ActivityEntity) {
  const names = (value: Json | undefined) => (Array.isArray(value) ? value.map(String) : []);
  const before = names(event.payload.oldValue);
  const after = names(event.payload.newValue);
  const added = [...new Set(after)].filter((name) => !before.includes(name));
  const removed = [...new Set(before)].filter((name) => !after.includes(name));
  const tags = nameTags(state, [...new Set([...before, ...after])]);
  const task = `[${(entity.record as RecordOf["task"]).name}](task:${entity.record.id})`;
  const origin = originOf(event);
  const activity = (activityType: string, body: string, assignee: string) =>
    createActivity(state, entity, { activityType, body, author: event.user, data: { assignee } }, origin);
  for (const name of added) {
    ensureWatching(state, entity, name, origin);
    activity("assignee.add", `Added ${tags.get(name)} to ${task}`, name);
  }
  for (const name of removed) {
    ensureNotWatching(state, entity, name, origin);
    activity("assignee.remove", `Removed ${tags.get(name)} from ${task}`, name);
  }
}

/** `[Full Name](user:name)`, or `[name](user:name)` for users without a full name (or unknown). */
function nameTags(state: EmulatorState, names: string[]): Map<string, string> {
  const tags = new Map<string, string>();
  for (const name of names) {
    const user = state.users.get(name.toLowerCase());
    const fullName = user && user.name === name ? user.attrib.fullName : undefined;
    tags.set(name, `[${typeof fullName === "string" && fullName ? fullName : name}](user:${name})`);
  }
  return tags;
}
