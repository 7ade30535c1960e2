import type { AttributeDefinition } from "../state/attributes.js";
import {
  anatomyModel,
  FOLDER_TYPE_MODEL,
  PROJECT_LINK_TYPE_MODEL,
  STATUS_MODEL,
  TAG_MODEL,
  TASK_TYPE_MODEL,
} from "./anatomy-models.js";
import { attribModel } from "./attrib-model.js";
import { COLOR_PATTERN, LABEL_PATTERN, PROJECT_NAME_PATTERN } from "./patterns.js";
import { type FieldSpec, type ModelSpec, parseModel } from "./pydantic.js";

// api/projects/projects.py and api/projects/deploy.py request models (camelCase, OPModel).

const typedLists = (): FieldSpec[] => [
  { name: "folder_types", type: { listOf: FOLDER_TYPE_MODEL }, default: () => [] },
  { name: "task_types", type: { listOf: TASK_TYPE_MODEL }, default: () => [] },
  { name: "link_types", type: { listOf: PROJECT_LINK_TYPE_MODEL }, nullable: true },
  { name: "statuses", type: { listOf: STATUS_MODEL }, default: () => [] },
  { name: "tags", type: { listOf: TAG_MODEL }, default: () => [] },
];

const cache = new WeakMap<AttributeDefinition[], Record<string, ModelSpec>>();

function models(definitions: AttributeDefinition[]): Record<string, ModelSpec> {
  const cached = cache.get(definitions);
  if (cached) return cached;
  const projectAttrib = attribModel(definitions, "project");
  const built: Record<string, ModelSpec> = {
    patch: {
      name: "ProjectPatchModel",
      camelize: true,
      fields: [
        { name: "code", type: "str", nullable: true, regex: PROJECT_NAME_PATTERN },
        { name: "label", type: "str", nullable: true, regex: LABEL_PATTERN },
        { name: "library", type: "bool", nullable: true },
        ...typedLists(),
        { name: "config", type: "dict", nullable: true },
        { name: "attrib", type: projectAttrib, nullable: true },
        { name: "data", type: "dict", nullable: true },
        { name: "active", type: "bool", nullable: true },
      ],
    },
    post: {
      name: "ProjectPostModel",
      camelize: true,
      fields: [
        { name: "code", type: "str", required: true, regex: PROJECT_NAME_PATTERN },
        { name: "label", type: "str", nullable: true, regex: LABEL_PATTERN },
        { name: "library", type: "bool", nullable: true, default: () => false },
        ...typedLists(),
        { name: "config", type: "dict", nullable: true, default: () => ({}) },
        {
          name: "attrib",
          type: projectAttrib,
          nullable: true,
          default: () => parseModel(projectAttrib, {}),
        },
        { name: "data", type: "dict", nullable: true, default: () => ({}) },
        { name: "active", type: "bool", nullable: true, default: () => true },
      ],
    },
    deploy: {
      name: "DeployProjectRequestModel",
      camelize: true,
      fields: [
        { name: "name", type: "str", required: true },
        { name: "code", type: "str", required: true },
        { name: "label", type: "str", nullable: true },
        { name: "color", type: "str", nullable: true, regex: COLOR_PATTERN },
        { name: "anatomy", type: anatomyModel(definitions), nullable: true },
        { name: "anatomy_preset", type: "str", nullable: true },
        { name: "library", type: "bool", default: () => false },
        { name: "assign_users", type: "bool", default: () => true },
        { name: "skeleton", type: "bool", default: () => false },
      ],
    },
  };
  cache.set(definitions, built);
  return built;
}

export const projectPatchModel = (definitions: AttributeDefinition[]) => models(definitions).patch as ModelSpec;
export const projectPostModel = (definitions: AttributeDefinition[]) => models(definitions).post as ModelSpec;
export const deployModel = (definitions: AttributeDefinition[]) => models(definitions).deploy as ModelSpec;
