import type { GraphQLResolveInfo } from "graphql";
import { hasProjectAccess } from "../../events/project-access.js";
import { sortedJson } from "../../events/sorted-json.js";
import { isManager } from "../../http/context.js";
import type { AnatomyItem, ProjectRecord } from "../../state/records.js";
import { processAttrib } from "../attrib.js";
import type { FolderSource, GraphqlContext, TaskSource } from "../context.js";
import { badRequest, notFound } from "../errors.js";
import { sqlLike } from "../filter/like.js";
import { type Connection, paginate, sortByKey } from "../pagination.js";
import { validateName } from "../validation.js";
import { jsonOrNull } from "./folder-node.js";
import { type FolderArguments, resolveFolders } from "./folders.js";
import type { PageArguments, ResolverMap } from "./resolver-types.js";
import { resolveTasks, type TaskArguments } from "./tasks.js";

export interface ProjectsArguments extends PageArguments {
  name: string | null;
  code: string | null;
  includeSkeleton: boolean;
}

const isSkeleton = (project: ProjectRecord) => project.data.isSkeleton === true;

/** `projects` (ayon_server/graphql/resolvers/projects.py): ordered by name, inaccessible ones skipped. */
export function resolveProjects(args: ProjectsArguments, context: GraphqlContext): Connection<ProjectRecord> {
  const name = args.name === null ? null : validateName(args.name);
  const code = args.code === null ? null : validateName(args.code);
  const items = sortByKey([...context.state.projects.values()], ["text"], (project) => [project.name]);
  const matches = (project: ProjectRecord) =>
    (name === null || sqlLike(project.name, name, true)) &&
    (code === null || sqlLike(project.code, code, true)) &&
    (args.includeSkeleton || !isSkeleton(project)) &&
    mayRead(context, project);
  return paginate({ items, kinds: ["text"], key: (project) => [project.name] }, matches, args, (project) => project);
}

/** `project(name:|code:)`: the first project `projects` returns for it. */
export function resolveProject(
  args: { name: string | null; code: string | null },
  context: GraphqlContext,
): ProjectRecord {
  if (!args.name && !args.code) throw badRequest("Either name or code must be provided.");
  const connection = resolveProjects(
    { ...args, includeSkeleton: false, first: null, after: null, last: null, before: null },
    context,
  );
  const first = connection.edges[0];
  if (!first) throw notFound("Project not found");
  return first.node;
}

/** `project_from_record` refuses projects without an access group (guests: without an invitation). */
function mayRead(context: GraphqlContext, project: ProjectRecord): boolean {
  const { user } = context;
  if (user.data.isGuest === true) {
    const access = user.data.guestAccess;
    if (Array.isArray(access))
      return access.some((item) => (item as Record<string, unknown>)?.projectName === project.name);
    const guests = project.data.guestUsers;
    const email = user.attrib.email;
    return typeof email === "string" && !!guests && typeof guests === "object" && email in guests;
  }
  return isManager(user) || hasProjectAccess(user, project.name);
}

const str = (value: unknown) => (typeof value === "string" ? value : null);

function anatomyTypes(items: AnatomyItem[], used: Set<string> | undefined) {
  return items
    .filter((item) => !used || used.has(item.name))
    .map((item) => ({ name: item.name, shortName: str(item.shortName), icon: str(item.icon), color: str(item.color) }));
}

/** ProjectNode (ayon_server/graphql/nodes/project.py). */
export const projectNodeResolvers: ResolverMap = {
  ProjectNode: {
    name: (project: ProjectRecord) => project.name,
    projectName: (project: ProjectRecord) => project.name,
    code: (project: ProjectRecord) => project.code,
    label: (project: ProjectRecord) => project.label,
    color: (project: ProjectRecord) => str(project.data.color),
    projectFolder: (project: ProjectRecord) => str(project.data.projectFolder),
    active: (project: ProjectRecord) => project.active,
    library: (project: ProjectRecord) => project.library,
    skeleton: (project: ProjectRecord) => isSkeleton(project),
    data: (project: ProjectRecord, _: unknown, context: GraphqlContext) =>
      context.user.data.isGuest === true ? null : jsonOrNull(project.data),
    config: (project: ProjectRecord, _: unknown, context: GraphqlContext) =>
      context.user.data.isGuest === true ? null : jsonOrNull(project.config),
    attrib: (project: ProjectRecord, _: unknown, context: GraphqlContext) =>
      processAttrib(context.library, "project", project.attrib),
    allAttrib: (project: ProjectRecord, _: unknown, context: GraphqlContext) =>
      sortedJson(processAttrib(context.library, "project", project.attrib)),
    folderTypes: (project: ProjectRecord, args: { activeOnly: boolean }) =>
      anatomyTypes(
        project.folderTypes,
        args.activeOnly ? new Set([...project.folders.values()].map((folder) => folder.folderType)) : undefined,
      ),
    taskTypes: (project: ProjectRecord, args: { activeOnly: boolean }) =>
      anatomyTypes(
        project.taskTypes,
        args.activeOnly ? new Set([...project.tasks.values()].map((task) => task.taskType)) : undefined,
      ),
    // The emulator stores no links, so no link type is "active".
    linkTypes: (project: ProjectRecord, args: { activeOnly: boolean }) =>
      args.activeOnly
        ? []
        : project.linkTypes.map((item) => ({
            name: item.name,
            linkType: str(item.linkType) ?? item.name.split("|")[0] ?? item.name,
            inputType: str(item.inputType) ?? item.name.split("|")[1] ?? "",
            outputType: str(item.outputType) ?? item.name.split("|")[2] ?? "",
            color: str(item.color),
            style: str(item.style) ?? "solid",
          })),
    statuses: (project: ProjectRecord) =>
      project.statuses.map((item) => ({
        name: item.name,
        shortName: str(item.shortName),
        icon: str(item.icon),
        color: str(item.color),
        state: str(item.state),
        scope: Array.isArray(item.scope) ? item.scope : [],
      })),
    tags: (project: ProjectRecord) => project.tags.map((item) => ({ name: item.name, color: str(item.color) })),
    createdAt: (project: ProjectRecord) => project.createdAt,
    updatedAt: (project: ProjectRecord) => project.updatedAt,
    folders: (project: ProjectRecord, args: FolderArguments, context: GraphqlContext, info: GraphQLResolveInfo) =>
      resolveFolders(project, args, context, info),
    folder: (
      project: ProjectRecord,
      args: { id: string },
      context: GraphqlContext,
      info: GraphQLResolveInfo,
    ): FolderSource => {
      if (!args.id) throw badRequest("Folder ID is not specified");
      const connection = resolveFolders(project, { ...NO_FOLDER_FILTERS, ids: [args.id] }, context, info);
      const first = connection.edges[0];
      if (!first) throw notFound("Folder not found");
      return first.node;
    },
    tasks: (project: ProjectRecord, args: TaskArguments, context: GraphqlContext, info: GraphQLResolveInfo) =>
      resolveTasks(project, args, context, info),
    task: (
      project: ProjectRecord,
      args: { id: string },
      context: GraphqlContext,
      info: GraphQLResolveInfo,
    ): TaskSource => {
      if (!args.id) throw badRequest("Task ID not specified");
      const connection = resolveTasks(project, { ...NO_TASK_FILTERS, ids: [args.id] }, context, info);
      const first = connection.edges[0];
      if (!first) throw notFound("Task not found");
      return first.node;
    },
  },
};

const NO_PAGE = { first: null, after: null, last: null, before: null };

const NO_FOLDER_FILTERS: FolderArguments = {
  ...NO_PAGE,
  ids: null,
  parentId: null,
  parentIds: null,
  includeFolderChildren: false,
  folderTypes: null,
  name: null,
  names: null,
  statuses: null,
  tags: null,
  hasChildren: null,
  hasProducts: null,
  hasTasks: null,
  paths: null,
  pathEx: null,
  assignees: null,
  filter: null,
  taskFilter: null,
  sortBy: null,
};

const NO_TASK_FILTERS: TaskArguments = {
  ...NO_PAGE,
  ids: null,
  folderIds: null,
  includeFolderChildren: false,
  names: null,
  taskTypes: null,
  statuses: null,
  tags: null,
  tagsAny: null,
  assignees: null,
  assigneesAny: null,
  filter: null,
  folderFilter: null,
  sortBy: null,
};
