import type { AttributeDefinition } from "../state/attributes.js";
import { newEntityId } from "../state/rules.js";
import { attribModel } from "./attrib-model.js";
import { LABEL_PATTERN, MODEL_ENTITY_ID_PATTERN, NAME_PATTERN, USER_NAME_PATTERN } from "./patterns.js";
import type { FieldSpec, ModelSpec } from "./pydantic.js";

export type EntityType = "folder" | "task" | "product" | "version";

const id = (name: string): FieldSpec => ({ name, type: "str", nullable: true, regex: MODEL_ENTITY_ID_PATTERN });
const text = (name: string): FieldSpec => ({ name, type: "str", nullable: true });

/** ayon_server/entities/models/fields.py, per entity type, in declaration order. */
const OWN_FIELDS: Record<EntityType, FieldSpec[]> = {
  folder: [
    { name: "name", type: "str", required: true, regex: NAME_PATTERN },
    { ...text("label"), regex: LABEL_PATTERN },
    text("folder_type"),
    id("parent_id"),
    id("thumbnail_id"),
  ],
  task: [
    { name: "name", type: "str", required: true, regex: NAME_PATTERN },
    { ...text("label"), regex: LABEL_PATTERN },
    { name: "task_type", type: "str", required: true },
    id("thumbnail_id"),
    { name: "assignees", type: "list_str", nullable: true },
    id("folder_id"),
  ],
  product: [
    { name: "name", type: "str", required: true, regex: NAME_PATTERN },
    { name: "folder_id", type: "str", required: true, regex: MODEL_ENTITY_ID_PATTERN },
    { name: "product_type", type: "str", required: true, regex: NAME_PATTERN },
    { ...text("product_base_type"), regex: NAME_PATTERN },
  ],
  version: [
    { name: "version", type: "int", required: true },
    { name: "product_id", type: "str", required: true, regex: MODEL_ENTITY_ID_PATTERN },
    id("task_id"),
    id("thumbnail_id"),
    { ...text("author"), regex: USER_NAME_PATTERN },
  ],
};

/** ModelSet._project_level_fields and _common_fields (the dynamic ones excluded). */
function sharedFields(definitions: AttributeDefinition[], entityType: EntityType): FieldSpec[] {
  return [
    text("status"),
    { name: "tags", type: "list_str", nullable: true, default: () => [] },
    text("created_by"),
    text("updated_by"),
    { name: "attrib", type: attribModel(definitions, entityType), nullable: true, default: () => ({}) },
    { name: "data", type: "dict", nullable: true, default: () => ({}) },
    { name: "active", type: "bool", nullable: true, default: () => true },
  ];
}

const cache = new WeakMap<AttributeDefinition[], Map<string, ModelSpec>>();

function cached(definitions: AttributeDefinition[], key: string, build: () => ModelSpec): ModelSpec {
  let models = cache.get(definitions);
  if (!models) {
    models = new Map();
    cache.set(definitions, models);
  }
  const found = models.get(key);
  if (found) return found;
  const model = build();
  models.set(key, model);
  return model;
}

const capitalised = (entityType: EntityType) => entityType.charAt(0).toUpperCase() + entityType.slice(1);

/** `{Type}PostModel`: an optional client id, then every field. */
export function postModel(definitions: AttributeDefinition[], entityType: EntityType): ModelSpec {
  return cached(definitions, `${entityType}:post`, () => ({
    name: `${capitalised(entityType)}PostModel`,
    camelize: true,
    fields: [
      { ...id("id"), default: newEntityId },
      ...OWN_FIELDS[entityType],
      ...sharedFields(definitions, entityType),
    ],
  }));
}

/** `{Type}PatchModel`: every field optional. */
export function patchModel(definitions: AttributeDefinition[], entityType: EntityType): ModelSpec {
  return cached(definitions, `${entityType}:patch`, () => ({
    name: `${capitalised(entityType)}PatchModel`,
    camelize: true,
    fields: [...OWN_FIELDS[entityType], ...sharedFields(definitions, entityType)].map((field) => {
      const { required: _required, default: _default, ...rest } = field;
      return { ...rest, nullable: true };
    }),
  }));
}
