import type { FolderRecord, FolderTaskColumns, JsonObject, ProjectRecord, TaskRecord } from "../src/state/records.js";
import type { EmulatorState } from "../src/state/store.js";

// Seeds the emulator's state directly, for emulator-only tests of reads (GraphQL, WebSocket).

const id = () => crypto.randomUUID().replaceAll("-", "");

export function seedProject(state: EmulatorState, name: string, attrib: JsonObject = {}): ProjectRecord {
  const time = state.now();
  const project: ProjectRecord = {
    name,
    code: name.slice(0, 8),
    label: null,
    library: false,
    active: true,
    folderTypes: [
      { name: "Folder" },
      { name: "Sequence", shortName: "seq", icon: "theaters" },
      { name: "Shot", shortName: "sh" },
    ],
    taskTypes: [
      { name: "Animation", shortName: "anim" },
      { name: "Compositing", shortName: "comp" },
    ],
    statuses: [
      { name: "Not ready", shortName: "NRD", state: "not_started", color: "#434a56" },
      { name: "In progress", shortName: "PRG", state: "in_progress", scope: ["folder", "task"] },
      { name: "Approved", shortName: "APP", state: "done" },
    ],
    tags: [{ name: "urgent", color: "#ff0000" }],
    linkTypes: [],
    attrib: {
      fps: 25,
      resolutionWidth: 1920,
      resolutionHeight: 1080,
      frameStart: 1001,
      frameEnd: 1001,
      description: "The show",
      ...attrib,
    },
    data: {},
    config: {},
    createdAt: time,
    updatedAt: time,
    folders: new Map(),
    tasks: new Map(),
    products: new Map(),
    versions: new Map(),
  };
  state.projects.set(name.toLowerCase(), project);
  return project;
}

/** The columns seeded folders and tasks start with alike. */
function seededColumns(): FolderTaskColumns {
  const time = new Date().toISOString();
  return {
    status: "Not ready",
    tags: [],
    ownAttrib: {},
    data: {},
    active: true,
    thumbnailId: null,
    createdBy: "admin",
    updatedBy: "admin",
    createdAt: time,
    updatedAt: time,
  };
}

export function seedFolder(project: ProjectRecord, fields: Partial<FolderRecord> & { name: string }): FolderRecord {
  const folder: FolderRecord = {
    id: id(),
    label: null,
    folderType: "Folder",
    parentId: null,
    ...seededColumns(),
    ...fields,
  };
  project.folders.set(folder.id, folder);
  return folder;
}

export function seedTask(
  project: ProjectRecord,
  fields: Partial<TaskRecord> & { name: string; folderId: string },
): TaskRecord {
  const task: TaskRecord = {
    id: id(),
    label: null,
    taskType: "Animation",
    assignees: [],
    ...seededColumns(),
    ...fields,
  };
  project.tasks.set(task.id, task);
  return task;
}

export interface GqlAnswer<D> {
  status: number;
  body: {
    data?: D | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: { status: number } }[];
  };
}

/** POSTs a GraphQL query with the emulator's service key; returns the status and JSON answer. */
export async function gql<D = unknown>(
  url: string,
  apiKey: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GqlAnswer<D>> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "x-api-key": apiKey, "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as GqlAnswer<D>["body"],
  };
}

/** A user with an API key of its own (`data` sets the role: isManager, isGuest, accessGroups...). */
export function seedUser(state: EmulatorState, name: string, data: JsonObject = {}): string {
  const apiKey = id();
  const time = state.now();
  state.users.set(name.toLowerCase(), {
    name,
    attrib: { fullName: name },
    data,
    active: true,
    apiKey,
    createdAt: time,
    updatedAt: time,
  });
  return apiKey;
}

/** A REST call with an API key; returns the status and the parsed JSON body (undefined when empty). */
// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary AYON answers field by field
type AnyJson = Record<string, any>;

export async function rest(
  url: string,
  apiKey: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: AnyJson }> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { "x-api-key": apiKey, "content-type": "application/json", ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}
