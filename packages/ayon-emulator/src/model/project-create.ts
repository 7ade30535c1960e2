import type { AnatomyItem, JsonObject, ProjectRecord } from "../state/records.js";
import type { EmulatorState } from "../state/store.js";
import { DEFAULT_TEMPLATES } from "./anatomy-defaults.js";
import { saveAuxTable } from "./aux-table-update.js";
import { InternalFailure, uniqueViolation } from "./failures.js";
import { LABEL_PATTERN, NAME_PATTERN, PROJECT_NAME_PATTERN } from "./patterns.js";
import { AUX_LISTS, ensureUniqueProject, listItems, projectLinkType } from "./project-write.js";
import { type ModelSpec, type ParsedModel, parseModel } from "./pydantic.js";

// ProjectEntity construction and first save (ayon_server/entities/project.py, helpers/deploy_project.py).

/** The fields of ProjectModel a new project is validated against (an unhandled error: HTTP 500). */
const PROJECT_MODEL: ModelSpec = {
  name: "ProjectModel",
  camelize: true,
  fields: [
    { name: "name", type: "str", required: true, regex: NAME_PATTERN },
    { name: "code", type: "str", required: true, regex: PROJECT_NAME_PATTERN },
    { name: "label", type: "str", nullable: true, regex: LABEL_PATTERN },
  ],
};

export interface NewProject {
  name: string;
  code: string;
  label: string | null;
  library: boolean;
  active: boolean;
  /** Validated lists by column (folder_types, task_types, statuses, tags): items or item objects. */
  lists: Record<string, unknown>;
  linkTypes: AnatomyItem[];
  attrib: JsonObject;
  data: JsonObject;
  config: JsonObject;
}

/**
 * Creates the project as `ProjectEntity(...).save()` does: the model's regexes, the `_save`
 * asserts, the unique name/code/label indexes, `CREATE SCHEMA project_{name}` (which fails for
 * names NAME_REGEX allows but a schema name does not: `-` and `.`), then the aux tables.
 */
export function createProject(state: EmulatorState, input: NewProject): ProjectRecord {
  parseModel(PROJECT_MODEL, { name: input.name, code: input.code, label: input.label });
  for (const [what, column] of [
    ["folder type", "folder_types"],
    ["task type", "task_types"],
    ["status", "statuses"],
  ] as const) {
    if ((input.lists[column] as unknown[]).length === 0) {
      throw new InternalFailure(`Project must have at least one ${what}`, "assertion");
    }
  }
  const lower = input.name.toLowerCase();
  if (state.projects.has(lower)) throw uniqueViolation("projects", "lower(name::text)", lower);
  const time = state.now();
  const project: ProjectRecord = {
    name: input.name,
    code: input.code,
    label: input.label,
    library: input.library,
    active: input.active,
    folderTypes: [],
    taskTypes: [],
    statuses: [],
    tags: [],
    linkTypes: input.linkTypes,
    attrib: input.attrib,
    data: input.data,
    config: input.config,
    createdAt: time,
    updatedAt: time,
    folders: new Map(),
    tasks: new Map(),
    products: new Map(),
    versions: new Map(),
  };
  ensureUniqueProject(state.projects.values(), project);
  const invalid = /[^a-zA-Z0-9_]/.exec(input.name);
  if (invalid)
    throw new InternalFailure(`asyncpg.exceptions.PostgresSyntaxError: syntax error at or near "${invalid[0]}"`);
  for (const list of AUX_LISTS) {
    const items = listItems(list.model, input.lists[list.column], false).map(({ original_name: _, ...item }) => item);
    project[list.key] = saveAuxTable(project, list.column, [], items).items;
  }
  return project;
}

/** anatomy_to_project_data: the anatomy's lists, attributes and config as project fields. */
export function projectFromAnatomy(
  anatomy: ParsedModel,
): Omit<NewProject, "name" | "code" | "label" | "library" | "active" | "data"> {
  const values = anatomy.values;
  const attributes = values.attributes as ParsedModel;
  const attrib: JsonObject = {};
  for (const [key, value] of Object.entries(attributes.values))
    if (value !== null) attrib[key] = value as JsonObject[string];
  const linkTypes = (values.link_types as (ParsedModel | JsonObject)[]).map((item) => {
    const link = ("values" in item ? item.values : item) as Record<string, string | null>;
    return projectLinkType(String(link.link_type), String(link.input_type), String(link.output_type), {
      color: link.color ?? null,
      style: link.style ?? "solid",
    });
  });
  return {
    lists: {
      folder_types: values.folder_types,
      task_types: values.task_types,
      statuses: values.statuses,
      tags: values.tags,
    },
    linkTypes,
    attrib,
    config: anatomyConfig(values),
  };
}

/** The `config` part: roots by name, templates (the `common` group), entity naming, product base types. */
function anatomyConfig(values: Record<string, unknown>): JsonObject {
  const roots: JsonObject = {};
  for (const root of values.roots as (ParsedModel | JsonObject)[]) {
    const { name, ...paths } = ("values" in root ? root.values : root) as Record<string, string>;
    roots[String(name)] = { windows: paths.windows ?? "", linux: paths.linux ?? "", darwin: paths.darwin ?? "" };
  }
  const templates: JsonObject = { ...DEFAULT_TEMPLATES, ...(values.templates as JsonObject) };
  const common: JsonObject = {};
  for (const key of ["version_padding", "version", "frame_padding", "frame"]) {
    if (templates[key] !== undefined) common[key] = templates[key];
  }
  return {
    roots,
    templates: { common },
    entityNaming: structuredClone(values.entity_naming as JsonObject),
    productBaseTypes: structuredClone(values.product_base_types as JsonObject),
  };
}
