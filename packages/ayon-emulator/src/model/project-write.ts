import type { AnatomyItem, JsonObject, ProjectRecord } from "../state/records.js";
import { FOLDER_TYPE_MODEL, itemObject, STATUS_MODEL, TAG_MODEL, TASK_TYPE_MODEL } from "./anatomy-models.js";
import { type AuxTable, saveAuxTable } from "./aux-table-update.js";
import { mergeOneLevel } from "./entity-update.js";
import { InternalFailure, uniqueViolation } from "./failures.js";
import type { ModelSpec, ParsedModel } from "./pydantic.js";

// ProjectEntity.patch + ProjectEntity._save (ayon_server/entities/project.py): lists replace the
// aux tables, dicts merge one level, scalar nulls are dropped by `exclude_none` (no change).

export const AUX_LISTS: {
  column: AuxTable;
  key: "folderTypes" | "taskTypes" | "statuses" | "tags";
  model: ModelSpec;
}[] = [
  { column: "folder_types", key: "folderTypes", model: FOLDER_TYPE_MODEL },
  { column: "task_types", key: "taskTypes", model: TASK_TYPE_MODEL },
  { column: "statuses", key: "statuses", model: STATUS_MODEL },
  { column: "tags", key: "tags", model: TAG_MODEL },
];

/** The items of a validated list, as stored: every field, or only those the client sent. */
export function listItems(model: ModelSpec, items: unknown, onlySet: boolean): JsonObject[] {
  return (items as (ParsedModel | JsonObject)[]).map((item) => itemObject(model, item, onlySet));
}

/** A link type as the project stores it: keyed `linkType|inputType|outputType`. */
export function projectLinkType(
  linkType: string,
  inputType: string,
  outputType: string,
  data: JsonObject,
): AnatomyItem {
  return { name: `${linkType}|${inputType}|${outputType}`, linkType, inputType, outputType, data };
}

export interface ProjectChange {
  patch: ParsedModel;
  /** Store only the item fields the client sent (PATCH) rather than every field (anatomy). */
  itemsOnlySet: boolean;
}

/** Builds the updated project, checking everything the transaction would; the project is unchanged on failure. */
export function applyProjectChange(
  projects: Iterable<ProjectRecord>,
  project: ProjectRecord,
  change: ProjectChange,
  now: string,
): { next: ProjectRecord; renames: Map<AuxTable, Map<string, string>> } {
  const { values, set } = change.patch;
  const next: ProjectRecord = { ...project, updatedAt: now };
  for (const key of ["code", "label", "library", "active"] as const) {
    if (set.has(key) && values[key] !== null) (next as unknown as Record<string, unknown>)[key] = values[key];
  }
  if (set.has("attrib") && values.attrib) {
    const attrib = values.attrib as ParsedModel;
    next.attrib = mergeOneLevel(project.attrib, attrib.values, attrib.set);
  }
  for (const key of ["data", "config"] as const) {
    const patch = values[key] as JsonObject | null;
    if (set.has(key) && patch) next[key] = mergeOneLevel(project[key], patch, Object.keys(patch));
  }
  ensureRequiredLists(change, project);
  ensureUniqueProject(projects, next);
  const renames = new Map<AuxTable, Map<string, string>>();
  for (const list of AUX_LISTS) {
    const items = set.has(list.column)
      ? listItems(list.model, values[list.column], change.itemsOnlySet)
      : project[list.key];
    const result = saveAuxTable(project, list.column, project[list.key], items);
    next[list.key] = result.items;
    renames.set(list.column, result.renames);
  }
  if (set.has("link_types") && Array.isArray(values.link_types))
    next.linkTypes = linkTypesOf(values.link_types as ParsedModel[]);
  return { next, renames };
}

/** `_save`'s asserts: a project keeps at least one folder type, task type and status. */
function ensureRequiredLists(change: ProjectChange, project: ProjectRecord) {
  const checks: [string, AuxTable, "folderTypes" | "taskTypes" | "statuses"][] = [
    ["folder type", "folder_types", "folderTypes"],
    ["task type", "task_types", "taskTypes"],
    ["status", "statuses", "statuses"],
  ];
  for (const [what, column, key] of checks) {
    const items = change.patch.set.has(column) ? (change.patch.values[column] as unknown[]) : project[key];
    if (items.length === 0) throw new InternalFailure(`Project must have at least one ${what}`, "assertion");
  }
}

/** projectcode_idx and projectlabel_idx: code and label unique case-insensitively. */
export function ensureUniqueProject(projects: Iterable<ProjectRecord>, candidate: ProjectRecord) {
  for (const other of projects) {
    if (other.name.toLowerCase() === candidate.name.toLowerCase()) continue;
    if (other.code.toLowerCase() === candidate.code.toLowerCase()) {
      throw uniqueViolation("projects", "lower(code::text)", candidate.code.toLowerCase());
    }
    if (candidate.label !== null && other.label?.toLowerCase() === candidate.label.toLowerCase()) {
      throw uniqueViolation("projects", "lower(label::text)", candidate.label.toLowerCase());
    }
  }
}

/** link_types_update: replaced as a whole, keyed by `link|input|output`. */
function linkTypesOf(items: ParsedModel[]): AnatomyItem[] {
  const byName = new Map<string, AnatomyItem>();
  for (const item of items) {
    const {
      link_type: linkType,
      input_type: inputType,
      output_type: outputType,
      data,
    } = item.values as Record<string, string>;
    const linkTypeItem = projectLinkType(
      String(linkType),
      String(inputType),
      String(outputType),
      (data ?? {}) as unknown as JsonObject,
    );
    byName.set(linkTypeItem.name, linkTypeItem);
  }
  return [...byName.values()];
}

/** Commits a checked change: the project record, then entities following renamed types (ON UPDATE CASCADE). */
export function commitProjectChange(
  project: ProjectRecord,
  next: ProjectRecord,
  renames: Map<AuxTable, Map<string, string>>,
) {
  Object.assign(project, next);
  const folderTypes = renames.get("folder_types") ?? new Map();
  const taskTypes = renames.get("task_types") ?? new Map();
  const statuses = renames.get("statuses") ?? new Map<string, string>();
  if (folderTypes.size + taskTypes.size + statuses.size === 0) return;
  for (const folder of project.folders.values()) {
    const folderType = folderTypes.get(folder.folderType) ?? folder.folderType;
    const status = statuses.get(folder.status) ?? folder.status;
    if (folderType !== folder.folderType || status !== folder.status)
      project.folders.set(folder.id, { ...folder, folderType, status });
  }
  for (const task of project.tasks.values()) {
    const taskType = taskTypes.get(task.taskType) ?? task.taskType;
    const status = statuses.get(task.status) ?? task.status;
    if (taskType !== task.taskType || status !== task.status) project.tasks.set(task.id, { ...task, taskType, status });
  }
  for (const kind of ["products", "versions"] as const) {
    const map = project[kind] as Map<string, { id: string; status: string }>;
    for (const record of map.values()) {
      const status = statuses.get(record.status);
      if (status !== undefined) map.set(record.id, { ...record, status });
    }
  }
}
