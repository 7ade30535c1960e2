import { isManager } from "../http/context.js";
import { validationError } from "../http/errors.js";
import type { HandlerInput, Router } from "../http/router.js";
import { anatomyModel } from "../model/anatomy-models.js";
import { type DispatchOrigin, dispatchEvents, originOf } from "../model/event-dispatch.js";
import { conflictException, forbiddenException, InternalFailure, notFoundException } from "../model/failures.js";
import { NAME_PATTERN } from "../model/patterns.js";
import { createProject, projectFromAnatomy } from "../model/project-create.js";
import { projectChangeEvents } from "../model/project-events.js";
import { withProjectLock } from "../model/project-lock.js";
import { deployModel, projectPatchModel, projectPostModel } from "../model/project-models.js";
import { anatomyView, projectListItem, projectView } from "../model/project-view.js";
import { applyProjectChange, commitProjectChange, type ProjectChange } from "../model/project-write.js";
import { type ParsedModel, parseModel } from "../model/pydantic.js";
import { ayonRoute, callerOf, parseBody, pathParam, projectOf, queryBool } from "../model/route-support.js";
import type { JsonObject, ProjectRecord, UserRecord } from "../state/records.js";
import type { EmulatorState } from "../state/store.js";

// api/projects/{projects,deploy,list_projects,anatomy}.py.

export function registerProjectRoutes(router: Router): void {
  router.add("GET", "/api/projects", ayonRoute(listProjects));
  router.add("POST", "/api/projects", ayonRoute(deployProject));
  router.add("GET", "/api/projects/:projectName", ayonRoute(getProject));
  router.add("PUT", "/api/projects/:projectName", ayonRoute(createProjectEntity));
  router.add("PATCH", "/api/projects/:projectName", ayonRoute(patchProject));
  router.add("DELETE", "/api/projects/:projectName", ayonRoute(deleteProject));
  router.add("GET", "/api/projects/:projectName/anatomy", ayonRoute(getAnatomy));
  router.add("POST", "/api/projects/:projectName/anatomy", ayonRoute(setAnatomy));
}

/** `check_permissions("studio.create_projects")`: managers; the default access groups grant it to no one else. */
function ensureCanCreateProjects(user: UserRecord) {
  if (!isManager(user)) throw forbiddenException("You are not allowed to access create_projects");
}

function getProject(input: HandlerInput) {
  const context = callerOf(input);
  return { status: 200, body: projectView(projectOf(input.state, input, context)) };
}

/** get_project_info: the first project, by name, whose name or code matches case-insensitively. */
function findProject(state: EmulatorState, name: string, code?: string): ProjectRecord | undefined {
  const sorted = [...state.projects.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return sorted.find(
    (project) =>
      project.name.toLowerCase() === name.toLowerCase() ||
      (code !== undefined && project.code.toLowerCase() === code.toLowerCase()),
  );
}

async function deployProject(input: HandlerInput) {
  const context = callerOf(input);
  const body = parseBody(deployModel(input.state.attributes), input);
  ensureCanCreateProjects(context.user);
  const values = body.values as { name: string; code: string; label: string | null; color: string | null };
  const existing = findProject(input.state, values.name, values.code);
  if (existing) throw conflictException(`Project ${existing.name} (${existing.code}) already exists`);
  const anatomy = deployAnatomy(input.state, body);
  if (body.values.skeleton === true)
    throw new InternalFailure("The AYON emulator does not implement skeleton projects");
  await withProjectLock(input.state, values.name, () => {
    const project = createProject(input.state, {
      ...projectFromAnatomy(anatomy),
      name: values.name,
      code: values.code,
      label: values.label,
      library: body.values.library === true,
      active: true,
      data: values.color ? { color: values.color } : {},
    });
    input.state.projects.set(project.name.toLowerCase(), project);
    if (body.values.assign_users !== false) assignDefaultUsers(input.state, project.name);
  });
  dispatchProjectEvent(input.state, originOf(context), "created", values.name, `Created project ${values.name}`);
  // The endpoint returns None with status 201, which FastAPI serialises as `null`.
  return { status: 201, body: null };
}

/** The anatomy given, or a preset (the emulator has none), or the built-in default. */
function deployAnatomy(state: EmulatorState, body: ParsedModel): ParsedModel {
  if (body.values.anatomy) return body.values.anatomy as ParsedModel;
  const preset = body.values.anatomy_preset;
  if (preset) throw notFoundException(`Anatomy preset ${preset} not found`);
  return parseModel(anatomyModel(state.attributes), {});
}

/** assign_default_users_to_project: non-managers with default access groups get them on the new project. */
function assignDefaultUsers(state: EmulatorState, projectName: string) {
  for (const user of state.users.values()) {
    const defaults = user.data.defaultAccessGroups;
    if (!user.active || isManager(user) || !Array.isArray(defaults) || defaults.length === 0) continue;
    const groups =
      typeof user.data.accessGroups === "object" && user.data.accessGroups !== null ? user.data.accessGroups : {};
    user.data.accessGroups = { ...(groups as JsonObject), [projectName]: [...defaults] };
  }
}

function dispatchProjectEvent(
  state: EmulatorState,
  origin: DispatchOrigin,
  what: string,
  project: string,
  description: string,
) {
  dispatchEvents(state, origin, [
    { topic: `entity.project.${what}`, description, project, user: origin.user, summary: {} },
  ]);
}

async function createProjectEntity(input: HandlerInput) {
  const context = callerOf(input);
  const name = pathParam(input, "projectName", "project");
  const body = parseBody(projectPostModel(input.state.attributes), input);
  ensureCanCreateProjects(context.user);
  if (findProject(input.state, name)) throw conflictException(`Project ${name} already exists`);
  const values = body.values;
  const attrib = values.attrib as ParsedModel | null;
  await withProjectLock(input.state, name, () => {
    const project = createProject(input.state, {
      name,
      code: String(values.code),
      label: (values.label as string | null) ?? null,
      library: values.library === true,
      active: values.active !== false,
      lists: {
        folder_types: values.folder_types,
        task_types: values.task_types,
        statuses: values.statuses,
        tags: values.tags,
      },
      linkTypes: [],
      attrib: attrib ? nonNull(attrib.values) : {},
      data: (values.data as JsonObject | null) ?? {},
      config: (values.config as JsonObject | null) ?? {},
    });
    input.state.projects.set(name.toLowerCase(), project);
  });
  dispatchProjectEvent(input.state, originOf(context), "created", name, `Created project ${name}`);
  return { status: 201, body: null };
}

const nonNull = (values: Record<string, unknown>): JsonObject =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null && value !== undefined)) as JsonObject;

async function patchProject(input: HandlerInput) {
  const context = callerOf(input);
  const project = projectOf(input.state, input, context);
  const body = parseBody(projectPatchModel(input.state.attributes), input);
  if (!isManager(context.user)) throw forbiddenException("You need to be a manager in order to update a project");
  await changeProject(input.state, project, { patch: body, itemsOnlySet: true }, originOf(context));
  return { status: 204 };
}

/** Checks and applies a change under the project's lock, then dispatches its events. */
async function changeProject(
  state: EmulatorState,
  project: ProjectRecord,
  change: ProjectChange,
  origin: DispatchOrigin,
) {
  const events = projectChangeEvents(state, project, change, origin.user ?? "");
  await withProjectLock(state, project.name, () => {
    const { next, renames } = applyProjectChange(state.projects.values(), project, change, state.now());
    commitProjectChange(project, next, renames);
  });
  dispatchEvents(state, origin, events);
}

async function deleteProject(input: HandlerInput) {
  const context = callerOf(input);
  const project = projectOf(input.state, input, context);
  if (!isManager(context.user)) throw forbiddenException("You need to be a manager in order to delete projects");
  await withProjectLock(input.state, project.name, () => {
    input.state.projects.delete(project.name.toLowerCase());
    unassignDeletedProjects(input.state);
  });
  dispatchProjectEvent(input.state, originOf(context), "deleted", project.name, `Deleted project ${project.name}`);
  return { status: 204 };
}

/** unassign_users_from_deleted_projects: access groups of projects that no longer exist are removed. */
function unassignDeletedProjects(state: EmulatorState) {
  const existing = new Set([...state.projects.values()].map((project) => project.name));
  for (const user of state.users.values()) {
    const groups = user.data.accessGroups;
    if (typeof groups !== "object" || groups === null || Array.isArray(groups)) continue;
    for (const name of Object.keys(groups)) if (!existing.has(name)) delete groups[name];
  }
}

function getAnatomy(input: HandlerInput) {
  const context = callerOf(input);
  const project = projectOf(input.state, input, context);
  return { status: 200, body: anatomyView(input.state, project) };
}

async function setAnatomy(input: HandlerInput) {
  const context = callerOf(input);
  const project = projectOf(input.state, input, context);
  const anatomy = parseBody(anatomyModel(input.state.attributes), input);
  if (!isManager(context.user)) throw forbiddenException(`You are not allowed to modify ${project.name} anatomy`);
  const data = projectFromAnatomy(anatomy);
  const attributes = anatomy.values.attributes as ParsedModel;
  const linkTypes = data.linkTypes.map((item) => ({
    values: { link_type: item.linkType, input_type: item.inputType, output_type: item.outputType, data: item.data },
    set: new Set(["link_type", "input_type", "output_type", "data"]),
  }));
  const patch: ParsedModel = {
    values: {
      ...data.lists,
      link_types: linkTypes,
      attrib: { values: attributes.values, set: new Set(Object.keys(attributes.values)) },
      config: data.config,
    },
    set: new Set(["folder_types", "task_types", "statuses", "tags", "link_types", "attrib", "config"]),
  };
  await changeProject(input.state, project, { patch, itemsOnlySet: false }, originOf(context));
  return { status: 204 };
}

// [GET] /api/projects

interface ListQuery {
  page: number;
  length: number | undefined;
  library: boolean | undefined;
  active: boolean | undefined;
  order: "name" | "createdAt" | "updatedAt" | undefined;
  desc: boolean;
  name: string | undefined;
}

function listQuery(input: HandlerInput): ListQuery {
  const errors: { loc: string[]; msg: string; type: string }[] = [];
  const integer = (key: string) => {
    const raw = input.query.get(key);
    if (raw === null || raw === "") return undefined;
    if (/^[+-]?\d+$/.test(raw.trim())) return Number.parseInt(raw, 10);
    errors.push({ loc: ["query", key], msg: "value is not a valid integer", type: "type_error.integer" });
    return undefined;
  };
  const page = integer("page") ?? 1;
  if (page < 1)
    errors.push({
      loc: ["query", "page"],
      msg: "ensure this value is greater than or equal to 1",
      type: "value_error.number.not_ge",
    });
  const order = input.query.get("order") ?? undefined;
  if (order !== undefined && !["name", "createdAt", "updatedAt"].includes(order)) {
    errors.push({
      loc: ["query", "order"],
      msg: "unexpected value; permitted: 'name', 'createdAt', 'updatedAt'",
      type: "value_error.const",
    });
  }
  const name = input.query.get("name") ?? undefined;
  if (name !== undefined && !NAME_PATTERN.test.test(name)) {
    errors.push({
      loc: ["query", "name"],
      msg: `string does not match regex "${NAME_PATTERN.source}"`,
      type: "value_error.str.regex",
    });
  }
  const length = integer("length");
  if (errors.length > 0) throw validationError(input.method, input.path, errors);
  return {
    page,
    length: length || undefined,
    library: queryBool(input, "library"),
    active: queryBool(input, "active"),
    order: order as ListQuery["order"],
    desc: queryBool(input, "desc") ?? false,
    name,
  };
}

/** `name ILIKE '<name>'`: case-insensitive, `_` matching any one character. */
const ilike = (pattern: string) =>
  new RegExp(
    `^${[...pattern].map((char) => (char === "_" ? "." : char.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&"))).join("")}$`,
    "i",
  );

function listProjects(input: HandlerInput) {
  const { user } = callerOf(input);
  const query = listQuery(input);
  const nameFilter = query.name === undefined ? undefined : ilike(query.name);
  const rows = [...input.state.projects.values()].filter(
    (project) =>
      (query.library === undefined || project.library === query.library) &&
      (query.active === undefined || project.active === query.active) &&
      (nameFilter === undefined || nameFilter.test(project.name)),
  );
  rows.sort((a, b) => compareProjects(a, b, query));
  const offset = query.length ? (query.page - 1) * query.length : 0;
  const page = query.length ? rows.slice(offset, offset + query.length) : rows;
  const pinned = pinnedProjects(user);
  const projects = page
    .filter((project) => isManager(user) || hasExactAccess(user, project.name))
    .map((project) => projectListItem(project, pinned.includes(project.name)));
  const detail = projects.length === 0 ? "No projects" : `Showing ${projects.length} of ${rows.length} projects`;
  return { status: 200, body: { detail, count: rows.length, projects } };
}

function compareProjects(a: ProjectRecord, b: ProjectRecord, query: ListQuery): number {
  const direction = query.desc ? -1 : 1;
  if (query.order === undefined) {
    if (a.active !== b.active) return a.active ? -1 : 1;
    return direction * a.name.localeCompare(b.name, "en");
  }
  const left = query.order === "name" ? a.name : query.order === "createdAt" ? a.createdAt : a.updatedAt;
  const right = query.order === "name" ? b.name : query.order === "createdAt" ? b.createdAt : b.updatedAt;
  return direction * left.localeCompare(right, "en");
}

const pinnedProjects = (user: UserRecord): string[] => {
  const preferences = user.data.frontendPreferences;
  if (typeof preferences !== "object" || preferences === null || Array.isArray(preferences)) return [];
  const pinned = preferences.pinnedProjects;
  return Array.isArray(pinned) ? pinned.map(String) : [];
};

/** The list checks `accessGroups.get(row.name)`: the exact project name. */
function hasExactAccess(user: UserRecord, projectName: string): boolean {
  const groups = user.data.accessGroups;
  if (typeof groups !== "object" || groups === null || Array.isArray(groups)) return false;
  const list = groups[projectName];
  return Array.isArray(list) && list.length > 0;
}
