import type { GraphQLResolveInfo } from "graphql";
import { sortedJson } from "../../events/sorted-json.js";
import type { JsonObject } from "../../state/records.js";
import { processAttrib } from "../attrib.js";
import { type FolderSource, type GraphqlContext, projectView } from "../context.js";
import type { ResolverMap } from "./resolver-types.js";
import { resolveTasks, type TaskArguments } from "./tasks.js";

/** `json_dumps(data) if data else None`: empty objects are null. */
export const jsonOrNull = (value: JsonObject) => (Object.keys(value).length > 0 ? sortedJson(value) : null);

export const thumbnailHash = (data: JsonObject, id: string) =>
  typeof data.thumbnailHash === "string" && data.thumbnailHash ? data.thumbnailHash : id.slice(-6);

function folderAttrib(source: FolderSource, context: GraphqlContext): JsonObject {
  const view = projectView(context, source.project);
  const attrib = processAttrib(
    context.library,
    "folder",
    source.folder.ownAttrib,
    view.exported(source.folder.parentId),
    view.projectAttrib(),
  );
  return fillOwnAttrib(source, source.folder.ownAttrib, attrib);
}

/** Records AYON's in-place fill of the own attributes (see FolderSource.filledOwnAttrib). */
export function fillOwnAttrib(source: { filledOwnAttrib?: string[] }, own: JsonObject, attrib: JsonObject): JsonObject {
  if (Object.keys(own).length > 0)
    source.filledOwnAttrib ??= [...Object.keys(own), ...Object.keys(attrib).filter((key) => !(key in own))];
  return attrib;
}

function path(source: FolderSource, context: GraphqlContext): string {
  return projectView(context, source.project).path(source.folder);
}

/** COUNT over LEFT JOINs grouped by folder: each joined count is multiplied by the others. */
function count(source: FolderSource, context: GraphqlContext, which: "children" | "tasks" | "products"): number {
  const joins = source.joins;
  if (!joins?.[which]) return 0;
  const view = projectView(context, source.project);
  const id = source.folder.id;
  const counts = { children: view.childCount(id), tasks: view.taskCount(id), products: view.productCount(id) };
  let result = counts[which];
  for (const other of ["children", "tasks", "products"] as const) {
    if (other !== which && joins[other]) result *= Math.max(counts[other], 1);
  }
  return result;
}

/** FolderNode (ayon_server/graphql/nodes/folder.py). */
export const folderNodeResolvers: ResolverMap = {
  FolderNode: {
    projectName: (source: FolderSource) => source.project.name,
    id: (source: FolderSource) => source.folder.id,
    name: (source: FolderSource) => source.folder.name,
    label: (source: FolderSource) => source.folder.label,
    folderType: (source: FolderSource) => source.folder.folderType,
    type: (source: FolderSource) => source.folder.folderType,
    parentId: (source: FolderSource) => source.folder.parentId,
    parent: (source: FolderSource): FolderSource | null => {
      const parentId = source.folder.parentId;
      const parent = parentId === null ? undefined : source.project.folders.get(parentId);
      return parent ? { project: source.project, folder: parent } : null;
    },
    path: (source: FolderSource, _: unknown, context: GraphqlContext) => `/${path(source, context)}`,
    parents: (source: FolderSource, _: unknown, context: GraphqlContext) =>
      path(source, context).split("/").slice(0, -1),
    status: (source: FolderSource) => source.folder.status,
    tags: (source: FolderSource) => source.folder.tags,
    active: (source: FolderSource) => source.folder.active,
    attrib: (source: FolderSource, _: unknown, context: GraphqlContext) => folderAttrib(source, context),
    allAttrib: (source: FolderSource, _: unknown, context: GraphqlContext) => sortedJson(folderAttrib(source, context)),
    ownAttrib: (source: FolderSource) => source.filledOwnAttrib ?? Object.keys(source.folder.ownAttrib),
    data: (source: FolderSource) => jsonOrNull(source.folder.data),
    thumbnailId: (source: FolderSource) => source.folder.thumbnailId,
    thumbnailHash: (source: FolderSource) => thumbnailHash(source.folder.data, source.folder.id),
    childCount: (source: FolderSource, _: unknown, context: GraphqlContext) => count(source, context, "children"),
    hasChildren: (source: FolderSource, _: unknown, context: GraphqlContext) => count(source, context, "children") > 0,
    taskCount: (source: FolderSource, _: unknown, context: GraphqlContext) => count(source, context, "tasks"),
    hasTasks: (source: FolderSource, _: unknown, context: GraphqlContext) => count(source, context, "tasks") > 0,
    productCount: (source: FolderSource, _: unknown, context: GraphqlContext) => count(source, context, "products"),
    hasProducts: (source: FolderSource, _: unknown, context: GraphqlContext) => count(source, context, "products") > 0,
    tasks: (source: FolderSource, args: TaskArguments, context: GraphqlContext, info: GraphQLResolveInfo) =>
      resolveTasks(source.project, args, context, info, source.folder.id),
    createdAt: (source: FolderSource) => source.folder.createdAt,
    updatedAt: (source: FolderSource) => source.folder.updatedAt,
    createdBy: (source: FolderSource) => (source.viaTask ? null : source.folder.createdBy),
    updatedBy: (source: FolderSource) => (source.viaTask ? null : source.folder.updatedBy),
  },
};
