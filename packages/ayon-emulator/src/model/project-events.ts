import type { Json, JsonObject, ProjectRecord } from "../state/records.js";
import type { EmulatorState } from "../state/store.js";
import { attribModel } from "./attrib-model.js";
import { pythonEquals } from "./change-events.js";
import type { EventDraft } from "./operation-types.js";
import { AUX_LISTS, listItems, type ProjectChange } from "./project-write.js";
import { type ParsedModel, parseModel } from "./pydantic.js";

/** The project columns of ADDITIONAL_COLUMNS, in upstream order, with their record keys. */
const COLUMNS: [string, keyof ProjectRecord, string][] = [
  ["data", "data", "data_changed"],
  ["label", "label", "label_changed"],
  ["active", "active", "active_changed"],
  ["config", "config", "config_changed"],
  ["statuses", "statuses", "statuses_changed"],
  ["tags", "tags", "tags_changed"],
  ["folder_types", "folderTypes", "folder_types_changed"],
  ["task_types", "taskTypes", "task_types_changed"],
];

/**
 * build_project_change_events (ayon_server/events/patch.py): `attrib_changed` with the values that
 * differ, one event per other changed column (compared with what was sent, not with the merged
 * result), and always `entity.project.changed` last. Project events carry no summary.
 */
export function projectChangeEvents(
  state: EmulatorState,
  project: ProjectRecord,
  change: ProjectChange,
  user: string,
): EventDraft[] {
  const { values, set } = change.patch;
  const events: EventDraft[] = [];
  const push = (topic: string, description: string, payload?: JsonObject) =>
    events.push({
      topic: `entity.project.${topic}`,
      description,
      project: project.name,
      user,
      summary: {},
      ...(payload ? { payload } : {}),
    });
  const attrib = set.has("attrib") ? (values.attrib as ParsedModel | null) : null;
  if (attrib && attrib.set.size > 0) {
    const { oldValue, newValue } = attribChanges(state, project, attrib);
    if (Object.keys(oldValue).length + Object.keys(newValue).length > 0) {
      push("attrib_changed", "Changed project attributes", { oldValue, newValue });
    }
  }
  for (const [column, key, topic] of COLUMNS) {
    if (!set.has(column)) continue;
    const next = sentValue(change, column);
    const current = project[key] as Json;
    if (pythonEquals(next, current)) continue;
    const description =
      column === "active" ? (next ? "Project activated" : "Project deactivated") : `Changed project ${column}`;
    push(topic, description, { oldValue: structuredClone(current), newValue: structuredClone(next) });
  }
  push("changed", `Updated project ${project.name}`);
  return events;
}

/** The sent value; list items without `original_name`, which the comparison ignores. */
function sentValue(change: ProjectChange, column: string): Json {
  const list = AUX_LISTS.find((item) => item.column === column);
  if (!list) return structuredClone(change.patch.values[column] ?? null) as Json;
  return listItems(list.model, change.patch.values[column], change.itemsOnlySet).map(
    ({ original_name: _, ...item }) => item,
  );
}

/** Per attribute: the old value (the model default when unset) against the new one, if they differ. */
function attribChanges(state: EmulatorState, project: ProjectRecord, attrib: ParsedModel) {
  const current = parseModel(attribModel(state.attributes, "project"), project.attrib).values;
  const oldValue: JsonObject = {};
  const newValue: JsonObject = {};
  for (const key of attrib.set) {
    const next = (attrib.values[key] ?? null) as Json;
    const previous = (current[key] ?? null) as Json;
    if (pythonEquals(previous, next)) continue;
    oldValue[key] = previous;
    newValue[key] = next;
  }
  return { oldValue, newValue };
}
