import type { AttributeDefinition } from "../state/attributes.js";
import type { JsonObject } from "../state/records.js";
import {
  DEFAULT_FOLDER_TYPES,
  DEFAULT_LINK_TYPES,
  DEFAULT_ROOTS,
  DEFAULT_STATUSES,
  DEFAULT_TAGS,
  DEFAULT_TASK_TYPES,
  DEFAULT_TEMPLATES,
  ENTITY_TYPES,
} from "./anatomy-defaults.js";
import { attribModel } from "./attrib-model.js";
import { badRequestException } from "./failures.js";
import { type FieldSpec, type ModelSpec, type ParsedModel, parseModel } from "./pydantic.js";

// Anatomy item models (ayon_server/settings/anatomy/*.py). Settings models have no alias generator:
// their keys are exactly the Python field names (`original_name`, but `shortName`).

const str = (name: string, fallback: string): FieldSpec => ({ name, type: "str", default: () => fallback });

const AUX_BASE: FieldSpec[] = [
  { name: "name", type: "str", required: true, minLength: 1, maxLength: 100 },
  { name: "original_name", type: "str", nullable: true },
];

export const FOLDER_TYPE_MODEL: ModelSpec = {
  name: "FolderType",
  camelize: false,
  fields: [...AUX_BASE, str("shortName", ""), str("color", "#cccccc"), str("icon", "folder")],
};

export const TASK_TYPE_MODEL: ModelSpec = {
  name: "TaskType",
  camelize: false,
  fields: [...AUX_BASE, str("shortName", ""), str("color", "#cccccc"), str("icon", "task_alt")],
};

export const STATUS_MODEL: ModelSpec = {
  name: "Status",
  camelize: false,
  fields: [
    ...AUX_BASE,
    str("shortName", ""),
    {
      name: "state",
      type: { literal: ["not_started", "in_progress", "done", "blocked"] },
      default: () => "not_started",
    },
    str("icon", ""),
    str("color", "#cacaca"),
    { name: "scope", type: "list_str", nullable: true, default: () => [...ENTITY_TYPES] },
  ],
};

export const TAG_MODEL: ModelSpec = { name: "Tag", camelize: false, fields: [...AUX_BASE, str("color", "#cacaca")] };

const ENTITY_TYPE_LITERAL = { literal: ENTITY_TYPES };

/** Anatomy's link type (snake_case keys). */
const ANATOMY_LINK_TYPE_MODEL: ModelSpec = {
  name: "LinkType",
  camelize: false,
  fields: [
    { name: "link_type", type: "str", required: true, minLength: 1, maxLength: 100 },
    { name: "input_type", type: ENTITY_TYPE_LITERAL, required: true },
    { name: "output_type", type: ENTITY_TYPE_LITERAL, required: true },
    { name: "color", type: "str", nullable: true },
    { name: "style", type: { literal: ["solid", "dashed"] }, default: () => "solid" },
  ],
};

/** The project's stored link type (LinkTypeModel, camelCase keys). */
export const PROJECT_LINK_TYPE_MODEL: ModelSpec = {
  name: "LinkTypeModel",
  camelize: true,
  fields: [
    { name: "name", type: "str", required: true },
    { name: "link_type", type: "str", required: true },
    { name: "input_type", type: "str", required: true },
    { name: "output_type", type: "str", required: true },
    { name: "data", type: "dict", default: () => ({}) },
  ],
};

const ROOT_MODEL: ModelSpec = {
  name: "Root",
  camelize: false,
  fields: [{ name: "name", type: "str", required: true }, str("windows", ""), str("linux", ""), str("darwin", "")],
};

const list = (name: string, model: ModelSpec, fallback: JsonObject[]): FieldSpec => ({
  name,
  type: { listOf: model },
  default: () => structuredClone(fallback),
});

const UNIQUE_NAMED = ["roots", "folder_types", "task_types", "statuses", "tags"];

/** Anatomy validators: `ensure_unique_names` (case-sensitive), which raises a plain 400. */
function ensureUniqueNames(parsed: ParsedModel) {
  for (const field of UNIQUE_NAMED) {
    if (!parsed.set.has(field)) continue;
    const names = new Set<string>();
    for (const item of parsed.values[field] as ParsedModel[]) {
      const name = item.values.name as string;
      if (names.has(name)) throw badRequestException(`Duplicate name '${name}' in '${field}'`);
      names.add(name);
    }
  }
}

const anatomyCache = new WeakMap<AttributeDefinition[], ModelSpec>();

/** The Anatomy settings model; without an item, each list is AYON's built-in default. */
export function anatomyModel(definitions: AttributeDefinition[]): ModelSpec {
  const cached = anatomyCache.get(definitions);
  if (cached) return cached;
  const model: ModelSpec = {
    name: "Anatomy",
    camelize: false,
    validate: ensureUniqueNames,
    fields: [
      { name: "entity_naming", type: "dict", default: () => ({}) },
      list("roots", ROOT_MODEL, DEFAULT_ROOTS),
      { name: "templates", type: "dict", default: () => ({ ...DEFAULT_TEMPLATES }) },
      {
        name: "attributes",
        type: attribModel(definitions, "project"),
        default: () => parseModel(attribModel(definitions, "project"), {}),
      },
      list("folder_types", FOLDER_TYPE_MODEL, DEFAULT_FOLDER_TYPES),
      list("task_types", TASK_TYPE_MODEL, DEFAULT_TASK_TYPES),
      list("link_types", ANATOMY_LINK_TYPE_MODEL, DEFAULT_LINK_TYPES),
      list("statuses", STATUS_MODEL, DEFAULT_STATUSES),
      list("tags", TAG_MODEL, DEFAULT_TAGS),
      { name: "product_base_types", type: "dict", default: () => ({}) },
    ],
  };
  anatomyCache.set(definitions, model);
  return model;
}

/**
 * A validated item as a plain object: every field (`model.dict()`, as deploy stores items) or
 * only the fields the client sent (`dict(exclude_unset=True)`, as PATCH stores them).
 */
export function itemObject(model: ModelSpec, item: ParsedModel | JsonObject, onlySet: boolean): JsonObject {
  if (!("values" in item && "set" in item)) return { ...(item as JsonObject) };
  const parsed = item as ParsedModel;
  const result: JsonObject = {};
  for (const field of model.fields) {
    if (onlySet && !parsed.set.has(field.name)) continue;
    result[field.name] = parsed.values[field.name] as JsonObject[string];
  }
  return result;
}
