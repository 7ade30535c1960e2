import type { GraphQLResolveInfo } from "graphql";
import type { FolderRecord, ProjectRecord } from "../../state/records.js";
import { type FolderJoins, type FolderSource, type GraphqlContext, projectView } from "../context.js";
import { folderFilterTable, taskFilterTable } from "../entity-tables.js";
import { selectedFields } from "../field-info.js";
import { sqlLike } from "../filter/like.js";
import { filterArgument } from "../filter-arg.js";
import { type Connection, emptyConnection, paginate } from "../pagination.js";
import type { ProjectView } from "../project-view.js";
import { parseId, validateName, validateNames, validateStatuses } from "../validation.js";
import { isGuest, type PageArguments } from "./resolver-types.js";
import { folderOrdering } from "./sorting.js";

export interface FolderArguments extends PageArguments {
  ids: string[] | null;
  parentId: string | null;
  parentIds: string[] | null;
  includeFolderChildren: boolean;
  folderTypes: string[] | null;
  name: string | null;
  names: string[] | null;
  statuses: string[] | null;
  tags: string[] | null;
  hasChildren: boolean | null;
  hasProducts: boolean | null;
  hasTasks: boolean | null;
  paths: string[] | null;
  pathEx: string | null;
  assignees: string[] | null;
  filter: string | null;
  taskFilter: string | null;
  sortBy: string | null;
}

type Condition = (folder: FolderRecord) => boolean;

/** `ProjectNode.folders` (ayon_server/graphql/resolvers/folders.py). Inactive folders included. */
export function resolveFolders(
  project: ProjectRecord,
  args: FolderArguments,
  context: GraphqlContext,
  info: GraphQLResolveInfo,
): Connection<FolderSource> {
  if (isGuest(context)) return emptyConnection();
  const view = projectView(context, project);
  const joins = countJoins(args, selectedFields(info, ["folders.edges.node", "folder"]));
  const conditions = folderConditions(view, args);
  if (!conditions) return emptyConnection();
  const ordering = folderOrdering(view, args.sortBy);
  const matches = (folder: FolderRecord) => conditions.every((test) => test(folder));
  return paginate(ordering, matches, args, (folder) => ({ project, folder, joins }));
}

/** AYON joins a count only when filtering by it or when its field is selected ("childount" sic). */
function countJoins(args: FolderArguments, fields: Set<string>): FolderJoins {
  const selected = (...names: string[]) => names.some((name) => fields.has(name));
  return {
    children: args.hasChildren !== null || selected("childount", "hasChildren"),
    tasks: args.hasTasks !== null || selected("taskCount", "hasTasks"),
    products: args.hasProducts !== null || selected("productCount", "hasProducts"),
  };
}

/** The WHERE clause, in AYON's order of checks; undefined when an empty list short-cuts to no rows. */
function folderConditions(view: ProjectView, args: FolderArguments): Condition[] | undefined {
  const conditions: Condition[] = [];
  const add = (condition: Condition | undefined) => {
    if (condition) conditions.push(condition);
  };
  if (args.ids !== null) {
    if (args.ids.length === 0) return undefined;
    add(idCondition(view, args.ids, args.includeFolderChildren));
  }
  if (args.parentId !== null) {
    const parentId = args.parentId === "root" ? null : parseId(args.parentId);
    add((folder) => folder.parentId === parentId);
  }
  if (args.parentIds !== null) {
    if (args.parentIds.length === 0) return undefined;
    add(parentCondition(view, args.parentIds, args.includeFolderChildren));
  }
  if (args.folderTypes !== null) {
    if (args.folderTypes.length === 0) return undefined;
    const types = new Set(validateStatuses(args.folderTypes));
    add((folder) => types.has(folder.folderType));
  }
  if (args.name !== null) {
    const pattern = validateName(args.name);
    add((folder) => sqlLike(folder.name, pattern, true));
  }
  if (args.names !== null) {
    if (args.names.length === 0) return undefined;
    const names = new Set(validateNames(args.names));
    add((folder) => names.has(folder.name));
  }
  if (args.statuses !== null) {
    if (args.statuses.length === 0) return undefined;
    const statuses = new Set(validateStatuses(args.statuses));
    add((folder) => statuses.has(folder.status));
  }
  if (args.tags?.length) {
    const tags = validateNames(args.tags);
    add((folder) => tags.every((tag) => folder.tags.includes(tag)));
  }
  return countAndPathConditions(view, args, conditions);
}

function countAndPathConditions(
  view: ProjectView,
  args: FolderArguments,
  conditions: Condition[],
): Condition[] | undefined {
  const { hasProducts, hasChildren, hasTasks } = args;
  if (hasProducts !== null) conditions.push((folder) => view.productCount(folder.id) > 0 === hasProducts);
  if (hasChildren !== null) conditions.push((folder) => view.childCount(folder.id) > 0 === hasChildren);
  if (hasTasks !== null) conditions.push((folder) => view.taskCount(folder.id) > 0 === hasTasks);
  if (args.paths !== null) {
    if (args.paths.length === 0) return undefined;
    const paths = new Set(args.paths.map((path) => path.replace(/^\/+|\/+$/g, "")));
    conditions.push((folder) => paths.has(view.path(folder)));
  }
  if (args.pathEx !== null) {
    const regex = new RegExp(args.pathEx);
    conditions.push((folder) => regex.test(`/${view.path(folder)}`));
  }
  if (args.assignees !== null) {
    const assignees = validateNames(args.assignees);
    conditions.push((folder) =>
      view.tasksOf(folder.id).items.some((task) => assignees.every((name) => task.assignees.includes(name))),
    );
  }
  const filter = filterArgument(args.filter, folderFilterTable(view));
  if (filter) conditions.push(filter);
  const taskFilter = filterArgument(args.taskFilter, taskFilterTable(view));
  if (taskFilter) conditions.push((folder) => view.tasksOf(folder.id).items.some(taskFilter));
  return conditions;
}

/** `ids`, optionally with every folder below them (`path LIKE parent_path || '/%'`). */
function idCondition(view: ProjectView, ids: string[], withChildren: boolean): Condition {
  const wanted = new Set(ids.map(parseId));
  if (!withChildren) return (folder) => wanted.has(folder.id);
  const prefixes = topPaths(view, wanted);
  return (folder) => wanted.has(folder.id) || below(view.path(folder), prefixes);
}

/** `parentIds` (`root` for top level), or with `includeFolderChildren` everything below them. */
function parentCondition(view: ProjectView, parentIds: string[], withChildren: boolean): Condition {
  if (withChildren) {
    const prefixes = topPaths(view, new Set(parentIds.map(parseId)));
    return (folder) => below(view.path(folder), prefixes);
  }
  const root = parentIds.includes("root");
  const wanted = new Set(parentIds.filter((id) => id !== "root").map(parseId));
  return (folder) => (folder.parentId === null ? root : wanted.has(folder.parentId));
}

function topPaths(view: ProjectView, ids: Set<string>): string[] {
  const paths: string[] = [];
  for (const id of ids) {
    const folder = view.project.folders.get(id);
    if (folder) paths.push(view.path(folder));
  }
  return paths;
}

const below = (path: string, prefixes: string[]) => prefixes.some((prefix) => sqlLike(path, `${prefix}/%`, false));
