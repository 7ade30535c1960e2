import type { Json, JsonObject } from "../state/records.js";
import type { EventDraft } from "./operation-types.js";
import { type ParsedModel, pythonRepr } from "./pydantic.js";
import type { Kind, RecordOf } from "./transaction.js";

// The events an update produces, as ayon_server/events/patch.py (build_pl_entity_change_events)
// builds them, quirks included:
// - every event of one update shares ONE summary object, so `summary.value` ends up holding the
//   value of the last event that set it;
// - a tags change yields two `tags_changed` events (the dedicated one and the generic column one);
// - `data_changed` also carries `summary.value` (a string comparison meant to exclude it never matches).

/** ADDITIONAL_COLUMNS, in upstream order. */
const EXTRA_COLUMNS: [string, string][] = [
  ["data", "data_changed"],
  ["label", "label_changed"],
  ["folder_type", "type_changed"],
  ["task_type", "type_changed"],
  ["thumbnail_id", "thumbnail_changed"],
  ["active", "active_changed"],
  ["assignees", "assignees_changed"],
  ["product_type", "product_type_changed"],
  ["author", "author_changed"],
  ["tags", "tags_changed"],
  ["parent_id", "parent_changed"],
  ["folder_id", "folder_changed"],
  ["task_id", "task_changed"],
  ["product_id", "product_changed"],
];

/** Which of those columns each entity class has (`hasattr`), and the record key holding it. */
const ENTITY_COLUMNS: Record<Kind, Record<string, string>> = {
  folder: {
    data: "data",
    label: "label",
    folder_type: "folderType",
    thumbnail_id: "thumbnailId",
    active: "active",
    tags: "tags",
    parent_id: "parentId",
  },
  task: {
    data: "data",
    label: "label",
    task_type: "taskType",
    thumbnail_id: "thumbnailId",
    active: "active",
    assignees: "assignees",
    tags: "tags",
    folder_id: "folderId",
  },
  product: { data: "data", active: "active", product_type: "productType", tags: "tags", folder_id: "folderId" },
  version: {
    data: "data",
    active: "active",
    author: "author",
    tags: "tags",
    task_id: "taskId",
    product_id: "productId",
  },
};

export interface ChangeSubject<K extends Kind> {
  kind: K;
  record: RecordOf[K];
  /** The entity's name (a version's is `v001`). */
  name: string;
  path: string;
  parentId: string | null;
  project: string;
  user: string | null;
}

/** Python `==` on JSON values: dict key order does not matter, list order does. */
export function pythonEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => pythonEquals(item, b[i]));
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return (
    keys.length === Object.keys(right).length &&
    keys.every((key) => key in right && pythonEquals(left[key], right[key]))
  );
}

const clone = (value: unknown): Json => (value === undefined ? null : (structuredClone(value) as Json));

export function buildChangeEvents<K extends Kind>(subject: ChangeSubject<K>, patch: ParsedModel): EventDraft[] {
  const summary: JsonObject = { entityId: subject.record.id, parentId: subject.parentId, entityPath: subject.path };
  const events: EventDraft[] = [];
  const push = (topic: string, description: string, payload?: JsonObject) => {
    const event: EventDraft = {
      topic: `entity.${subject.kind}.${topic}`,
      description,
      project: subject.project,
      user: subject.user,
      summary,
    };
    if (payload) event.payload = payload;
    events.push(event);
  };
  const value = (name: string) => (patch.set.has(name) ? patch.values[name] : undefined);
  const record = subject.record as unknown as Record<string, unknown>;
  const what = `${subject.kind} ${subject.path}`;

  const newName = value("name");
  if (newName !== undefined && newName !== null && newName !== subject.name) {
    push("renamed", `Renamed ${what} to ${newName}`, { oldValue: subject.name, newValue: clone(newName) });
    summary.value = clone(newName);
  }
  const newStatus = value("status");
  if (newStatus !== undefined && newStatus !== null && newStatus !== record.status) {
    push("status_changed", `Changed ${what} status to ${newStatus}`, {
      oldValue: clone(record.status),
      newValue: clone(newStatus),
    });
    summary.value = clone(newStatus);
  }
  const newTags = value("tags");
  if (Array.isArray(newTags) && !pythonEquals(newTags, record.tags)) {
    const description = tagsDescription(what, record.tags as string[], newTags as string[]);
    if (description) {
      push("tags_changed", description, { oldValue: clone(record.tags), newValue: clone(newTags) });
      summary.value = clone(newTags);
    }
  }
  attribEvent(subject, value("attrib") as ParsedModel | null | undefined, push);
  for (const [column, topic] of EXTRA_COLUMNS) {
    const key = ENTITY_COLUMNS[subject.kind][column];
    if (key === undefined || !patch.set.has(column)) continue;
    const next = patch.values[column];
    if (pythonEquals(record[key], next)) continue;
    push(topic, columnDescription(subject, column, next), { oldValue: clone(record[key]), newValue: clone(next) });
    summary.value = clone(next);
  }
  return events;
}

function attribEvent<K extends Kind>(
  subject: ChangeSubject<K>,
  patch: ParsedModel | null | undefined,
  push: (topic: string, description: string, payload?: JsonObject) => void,
) {
  if (!patch || patch.set.size === 0 || !("ownAttrib" in subject.record)) return;
  const own = subject.record.ownAttrib;
  const oldValue: JsonObject = {};
  const newValue: JsonObject = {};
  for (const key of patch.set) newValue[key] = clone(patch.values[key]);
  for (const [key, current] of Object.entries(own)) {
    if (!(key in newValue)) continue;
    if (pythonEquals(newValue[key], current)) delete newValue[key];
    else oldValue[key] = clone(current);
  }
  const keys = Object.keys(newValue);
  if (keys.length === 0) return;
  push("attrib_changed", `Changed ${subject.kind} ${subject.path} attributes: ${keys.join(", ")}`, {
    oldValue,
    newValue,
  });
}

function columnDescription<K extends Kind>(subject: ChangeSubject<K>, column: string, next: unknown): string {
  if (column === "active") {
    const type = subject.kind.charAt(0).toUpperCase() + subject.kind.slice(1);
    return `${type} ${subject.path} ${next ? "activated" : "deactivated"}`;
  }
  const text = pythonRepr(next, false);
  return `Changed ${subject.kind} ${subject.path} ${column}${text.length < 30 ? ` to ${text}` : ""}`;
}

/** get_tags_description, byte for byte (its missing separators and double spaces included). */
export function tagsDescription(entity: string, before: string[], after: string[]): string {
  const added = after.filter((tag, i) => !before.includes(tag) && after.indexOf(tag) === i);
  const removed = before.filter((tag, i) => !after.includes(tag) && before.indexOf(tag) === i);
  let description = "";
  if (added.length > 0) description += `Added ${entity}${added.length === 1 ? " tag " : " tags "}${added.join(", ")}`;
  if (removed.length > 0) {
    const what = added.length > 0 ? "" : `${entity}${removed.length === 1 ? " tag " : " tags "}`;
    description += `Removed ${what} ${removed.join(", ")}`;
  }
  return description.trim();
}
