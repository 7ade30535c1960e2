import { createEventBus, type EventBus } from "../events/bus.js";
import { notFound } from "../http/errors.js";
import { type AttributeDefinition, DEFAULT_ATTRIBUTES } from "./attributes.js";
import type { FolderRecord, JsonObject, ProjectRecord, TaskRecord, UserRecord } from "./records.js";

/** The whole emulated server: users, sessions, projects with their entities, and events. */
export interface EmulatorState {
  /** Keyed by lower-case name: AYON user names are unique case-insensitively. */
  users: Map<string, UserRecord>;
  /** Bearer tokens from login, to the user name. */
  sessions: Map<string, string>;
  /**
   * API keys seen on a REST request, to the time of that request. AYON only accepts an API key on
   * `/ws` while such a session exists (600 s, not extended on use).
   */
  apiKeySessions: Map<string, number>;
  /** Keyed by lower-case name: project names are unique case-insensitively. */
  projects: Map<string, ProjectRecord>;
  attributes: AttributeDefinition[];
  events: EventBus;
  /** `/api/secrets` values, by name. */
  secrets: Map<string, string>;
  /** Installed addons' studio settings, keyed `name@version`. */
  addons: Map<string, Record<string, unknown>>;
  /** ISO time of "now"; one place so tests could control time. */
  now(): string;
}

export function createEmulatorState(options: { attributes?: AttributeDefinition[] } = {}): EmulatorState {
  const now = () => new Date().toISOString();
  return {
    users: new Map(),
    sessions: new Map(),
    apiKeySessions: new Map(),
    projects: new Map(),
    attributes: options.attributes ?? DEFAULT_ATTRIBUTES,
    events: createEventBus(now),
    secrets: new Map(),
    addons: new Map(),
    now,
  };
}

/** The project, found case-insensitively like `WHERE name ILIKE $1`, or a 404. */
export function getProject(state: EmulatorState, name: string): ProjectRecord {
  const project = state.projects.get(name.toLowerCase());
  if (!project) throw notFound(`Project ${name} not found`);
  return project;
}

export function getUser(state: EmulatorState, name: string): UserRecord {
  const user = state.users.get(name.toLowerCase());
  if (!user) throw notFound(`User ${name} not found`);
  return user;
}

/** Folder ancestors from the root down, the folder itself excluded. */
export function folderAncestors(project: ProjectRecord, folder: FolderRecord): FolderRecord[] {
  const chain: FolderRecord[] = [];
  let parentId = folder.parentId;
  while (parentId !== null) {
    const parent = project.folders.get(parentId);
    if (!parent) break;
    chain.unshift(parent);
    parentId = parent.parentId;
  }
  return chain;
}

/** `/assets/characters/bob`: names from the root, with a leading slash (AYON's `path`). */
export function folderPath(project: ProjectRecord, folder: FolderRecord): string {
  return `/${[...folderAncestors(project, folder), folder].map((item) => item.name).join("/")}`;
}

export function taskPath(project: ProjectRecord, task: TaskRecord): string {
  const folder = project.folders.get(task.folderId);
  return `${folder ? folderPath(project, folder) : ""}/${task.name}`;
}

/**
 * Resolved attributes: the project's, overridden by each ancestor folder's own values, then the
 * entity's own. Attributes with `inherit: false` (description) are never taken from a parent.
 */
export function resolveAttrib(
  state: EmulatorState,
  project: ProjectRecord,
  entity: FolderRecord | TaskRecord,
): JsonObject {
  const scope = "folderId" in entity ? "task" : "folder";
  const folder = "folderId" in entity ? project.folders.get(entity.folderId) : entity;
  const chain: JsonObject[] = [project.attrib];
  if (folder) {
    for (const ancestor of folderAncestors(project, folder)) chain.push(ancestor.ownAttrib);
    if (folder !== entity) chain.push(folder.ownAttrib);
  }
  const resolved: JsonObject = {};
  for (const definition of state.attributes) {
    if (!definition.scope.includes(scope)) continue;
    const own = entity.ownAttrib[definition.name];
    if (own !== undefined) {
      resolved[definition.name] = own;
      continue;
    }
    if (definition.inherit === false) continue;
    for (let i = chain.length - 1; i >= 0; i--) {
      const value = chain[i]?.[definition.name];
      if (value !== undefined) {
        resolved[definition.name] = value;
        break;
      }
    }
  }
  return resolved;
}

/** True when a version exists under any product of the folder (AYON's `hasVersions`). */
export function folderHasVersions(project: ProjectRecord, folderId: string): boolean {
  for (const version of project.versions.values()) {
    const product = project.products.get(version.productId);
    if (product?.folderId === folderId) return true;
  }
  return false;
}
