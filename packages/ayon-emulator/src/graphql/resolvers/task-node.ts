import { sortedJson } from "../../events/sorted-json.js";
import type { JsonObject } from "../../state/records.js";
import { processAttrib } from "../attrib.js";
import { type FolderSource, type GraphqlContext, projectView, type TaskSource } from "../context.js";
import { fillOwnAttrib, jsonOrNull, thumbnailHash } from "./folder-node.js";
import { isGuest, type ResolverMap } from "./resolver-types.js";

/** TaskNode has no project attributes of its own: only the defaults back the folder's exported ones. */
function taskAttrib(source: TaskSource, context: GraphqlContext): JsonObject {
  const view = projectView(context, source.project);
  const attrib = processAttrib(context.library, "task", source.task.ownAttrib, view.exported(source.task.folderId));
  return fillOwnAttrib(source, source.task.ownAttrib, attrib);
}

function folderPath(source: TaskSource, context: GraphqlContext): string | null {
  const folder = source.project.folders.get(source.task.folderId);
  return folder ? projectView(context, source.project).path(folder) : null;
}

/** TaskNode (ayon_server/graphql/nodes/task.py); guests see no data and no assignees. */
export const taskNodeResolvers: ResolverMap = {
  TaskNode: {
    projectName: (source: TaskSource) => source.project.name,
    id: (source: TaskSource) => source.task.id,
    name: (source: TaskSource) => source.task.name,
    label: (source: TaskSource) => source.task.label,
    taskType: (source: TaskSource) => source.task.taskType,
    type: (source: TaskSource) => source.task.taskType,
    folderId: (source: TaskSource) => source.task.folderId,
    folder: (source: TaskSource): FolderSource | null => {
      const folder = source.project.folders.get(source.task.folderId);
      return folder ? { project: source.project, folder, viaTask: true } : null;
    },
    assignees: (source: TaskSource, _: unknown, context: GraphqlContext) =>
      isGuest(context) ? [] : source.task.assignees,
    path: (source: TaskSource, _: unknown, context: GraphqlContext) => {
      const path = folderPath(source, context);
      return path === null ? null : `/${path}/${source.task.name}`;
    },
    parents: (source: TaskSource, _: unknown, context: GraphqlContext) => folderPath(source, context)?.split("/") ?? [],
    status: (source: TaskSource) => source.task.status,
    tags: (source: TaskSource) => source.task.tags,
    active: (source: TaskSource) => source.task.active,
    attrib: (source: TaskSource, _: unknown, context: GraphqlContext) => taskAttrib(source, context),
    allAttrib: (source: TaskSource, _: unknown, context: GraphqlContext) => sortedJson(taskAttrib(source, context)),
    ownAttrib: (source: TaskSource) => source.filledOwnAttrib ?? Object.keys(source.task.ownAttrib),
    data: (source: TaskSource, _: unknown, context: GraphqlContext) =>
      isGuest(context) ? null : jsonOrNull(source.task.data),
    thumbnailId: (source: TaskSource) => source.task.thumbnailId,
    thumbnailHash: (source: TaskSource) => thumbnailHash(source.task.data, source.task.id),
    createdAt: (source: TaskSource) => source.task.createdAt,
    updatedAt: (source: TaskSource) => source.task.updatedAt,
    createdBy: (source: TaskSource) => source.task.createdBy,
    updatedBy: (source: TaskSource) => source.task.updatedBy,
  },
};
