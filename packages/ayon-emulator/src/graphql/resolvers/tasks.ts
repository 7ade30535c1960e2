import type { GraphQLResolveInfo } from "graphql";
import type { ProjectRecord, TaskRecord } from "../../state/records.js";
import { type GraphqlContext, projectView, type TaskSource } from "../context.js";
import { taskFilterTable, taskFolderFilterTable } from "../entity-tables.js";
import { sqlLike } from "../filter/like.js";
import { filterArgument } from "../filter-arg.js";
import { type Connection, emptyConnection, type Ordering, paginate } from "../pagination.js";
import type { ProjectView } from "../project-view.js";
import { parseId, validateNames, validateStatuses, validateUserName } from "../validation.js";
import { isGuest, type PageArguments } from "./resolver-types.js";
import { taskOrdering } from "./sorting.js";

export interface TaskArguments extends PageArguments {
  ids: string[] | null;
  folderIds: string[] | null;
  includeFolderChildren: boolean;
  names: string[] | null;
  taskTypes: string[] | null;
  statuses: string[] | null;
  tags: string[] | null;
  tagsAny: string[] | null;
  assignees: string[] | null;
  assigneesAny: string[] | null;
  filter: string | null;
  folderFilter: string | null;
  sortBy: string | null;
}

type Condition = (task: TaskRecord) => boolean;

/**
 * `ProjectNode.tasks` and `FolderNode.tasks` (ayon_server/graphql/resolvers/tasks.py). Inactive
 * tasks are included.
 */
export function resolveTasks(
  project: ProjectRecord,
  args: TaskArguments,
  context: GraphqlContext,
  _info: GraphQLResolveInfo,
  folderId?: string,
): Connection<TaskSource> {
  if ((args.folderIds?.length === 1 && args.folderIds[0] === "root") || isGuest(context)) return emptyConnection();
  const view = projectView(context, project);
  const conditions = taskConditions(view, args, folderId);
  if (!conditions) return emptyConnection();
  const matches = (task: TaskRecord) => conditions.every((test) => test(task));
  // A folder's own tasks are read from its index instead of scanning the project.
  const ordering =
    folderId !== undefined && args.folderIds === null && args.sortBy === null
      ? scopedOrdering(view, folderId)
      : taskOrdering(view, args.sortBy);
  return paginate(ordering, matches, args, (task) => ({ project, task }));
}

function scopedOrdering(view: ProjectView, folderId: string): Ordering<TaskRecord> {
  const { items, ranks } = view.tasksOf(folderId);
  return { items, kinds: ["numeric"], key: (_, index) => [ranks[index]] };
}

function taskConditions(view: ProjectView, args: TaskArguments, folderId: string | undefined): Condition[] | undefined {
  const conditions: Condition[] = [];
  if (args.ids !== null) {
    if (args.ids.length === 0) return undefined;
    const ids = new Set(args.ids.map(parseId));
    conditions.push((task) => ids.has(task.id));
  }
  if (args.folderIds !== null) {
    if (args.folderIds.length === 0) return undefined;
    conditions.push(folderCondition(view, args.folderIds.map(parseId), args.includeFolderChildren));
  } else if (folderId !== undefined) {
    conditions.push((task) => task.folderId === folderId);
  }
  for (const [values, field, validate] of [
    [args.names, "name", validateNames],
    [args.taskTypes, "taskType", validateStatuses],
    [args.statuses, "status", validateStatuses],
  ] as const) {
    if (values === null) continue;
    if (values.length === 0) return undefined;
    const allowed = new Set(validate([...values]));
    conditions.push((task) => allowed.has(task[field]));
  }
  conditions.push(...listConditions(args));
  const filter = filterArgument(args.filter, taskFilterTable(view));
  if (filter) conditions.push(filter);
  const folderFilter = filterArgument(args.folderFilter, taskFolderFilterTable(view));
  if (folderFilter) conditions.push(folderFilter);
  return conditions;
}

/** tags/assignees: all of them (empty: none at all); tagsAny/assigneesAny: any (empty: some). */
function listConditions(args: TaskArguments): Condition[] {
  const conditions: Condition[] = [];
  const all = (values: string[] | null, get: (task: TaskRecord) => string[]) => {
    if (values === null) return;
    conditions.push(
      values.length === 0
        ? (task) => get(task).length === 0
        : (task) => values.every((value) => get(task).includes(value)),
    );
  };
  const any = (values: string[] | null, get: (task: TaskRecord) => string[]) => {
    if (values === null) return;
    conditions.push(
      values.length === 0
        ? (task) => get(task).length > 0
        : (task) => values.some((value) => get(task).includes(value)),
    );
  };
  all(args.tags, (task) => task.tags);
  any(args.tagsAny, (task) => task.tags);
  all(args.assignees?.map(validateUserName) ?? null, (task) => task.assignees);
  any(args.assigneesAny?.map(validateUserName) ?? null, (task) => task.assignees);
  return conditions;
}

/** `folderIds`, with `includeFolderChildren` also tasks of folders below them. */
function folderCondition(view: ProjectView, folderIds: string[], withChildren: boolean): Condition {
  const ids = new Set(folderIds);
  if (!withChildren) return (task) => ids.has(task.folderId);
  const prefixes: string[] = [];
  for (const id of ids) {
    const folder = view.project.folders.get(id);
    if (folder) prefixes.push(view.path(folder));
  }
  return (task) => {
    const folder = view.project.folders.get(task.folderId);
    if (!folder) return false;
    const path = view.path(folder);
    return prefixes.some((prefix) => path === prefix || sqlLike(path, `${prefix}/%`, false));
  };
}
