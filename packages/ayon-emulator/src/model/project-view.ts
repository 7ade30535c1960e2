import type { Json, JsonObject, ProjectRecord } from "../state/records.js";
import type { EmulatorState } from "../state/store.js";
import { DEFAULT_TEMPLATES } from "./anatomy-defaults.js";
import { FOLDER_TYPE_MODEL, itemObject, STATUS_MODEL, TAG_MODEL, TASK_TYPE_MODEL } from "./anatomy-models.js";
import { attribModel } from "./attrib-model.js";
import { type ModelSpec, parseModel } from "./pydantic.js";

const clone = <T>(value: T): T => structuredClone(value);

/** ProjectModel as `GET /api/projects/{name}` returns it (exclude_none, exclude_unset). */
export function projectView(project: ProjectRecord): JsonObject {
  const entries: [string, Json][] = [
    ["name", project.name],
    ["code", project.code],
    ["label", project.label],
    ["library", project.library],
    ["folderTypes", clone(project.folderTypes)],
    ["taskTypes", clone(project.taskTypes)],
    ["linkTypes", clone(project.linkTypes)],
    ["statuses", clone(project.statuses)],
    ["tags", clone(project.tags)],
    ["config", clone(project.config)],
    ["attrib", clone(project.attrib)],
    ["data", clone(project.data)],
    ["active", project.active],
    ["ownAttrib", Object.keys(project.attrib)],
    ["createdAt", project.createdAt],
    ["updatedAt", project.updatedAt],
  ];
  return Object.fromEntries(entries.filter(([, value]) => value !== null));
}

/** ListProjectsItemModel (nulls included). */
export function projectListItem(project: ProjectRecord, pinned: boolean): JsonObject {
  const color = project.data.color;
  const folder = project.data.projectFolder;
  return {
    name: project.name,
    code: project.code,
    label: project.label,
    color: typeof color === "string" ? color : null,
    active: project.active,
    library: project.library,
    skeleton: false,
    pinned,
    projectFolder: typeof folder === "string" && folder ? folder : null,
    createdAt: project.createdAt,
    updatedAt: project.updatedAt,
  };
}

/**
 * A stored anatomy item through its settings model: every field, defaults filled in, and
 * `original_name` its own name (BaseAuxModel's `validate_original_name`, as AYON answers it).
 */
function fullItem(model: ModelSpec, item: JsonObject): JsonObject {
  const full = itemObject(model, parseModel(model, item), false);
  return "original_name" in full ? { ...full, original_name: full.original_name ?? full.name ?? null } : full;
}

const asObject = (value: Json | undefined): JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};

/** The Anatomy `GET /api/projects/{name}/anatomy` rebuilds from the project (extract_project_anatomy). */
export function anatomyView(
  state: EmulatorState,
  project: Pick<ProjectRecord, "config" | "attrib" | "folderTypes" | "taskTypes" | "linkTypes" | "statuses" | "tags">,
): JsonObject {
  const config = project.config;
  const templates = asObject(config.templates);
  const roots = Object.entries(asObject(config.roots)).map(([name, paths]) => ({
    name,
    windows: "",
    linux: "",
    darwin: "",
    ...asObject(paths),
  }));
  const attributes = parseModel(attribModel(state.attributes, "project"), project.attrib).values as JsonObject;
  return {
    entity_naming: { capitalization: "lower", separator: "_", ...asObject(config.entityNaming) },
    roots,
    templates: { ...DEFAULT_TEMPLATES, ...asObject(templates.common) },
    attributes,
    folder_types: project.folderTypes.map((item) => fullItem(FOLDER_TYPE_MODEL, item)),
    task_types: project.taskTypes.map((item) => fullItem(TASK_TYPE_MODEL, item)),
    link_types: project.linkTypes.map((item) => {
      const data = asObject(item.data);
      return {
        link_type: item.linkType ?? null,
        input_type: item.inputType ?? null,
        output_type: item.outputType ?? null,
        color: data.color || null,
        style: data.style || "solid",
      };
    }),
    statuses: project.statuses.map((item) => fullItem(STATUS_MODEL, item)),
    tags: project.tags.map((item) => fullItem(TAG_MODEL, item)),
    product_base_types: clone(asObject(config.productBaseTypes)),
  };
}
