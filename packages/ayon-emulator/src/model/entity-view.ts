import type {
  FolderRecord,
  Json,
  JsonObject,
  ProductRecord,
  ProjectRecord,
  TaskRecord,
  VersionRecord,
} from "../state/records.js";
import { type EmulatorState, folderPath, resolveAttrib, taskPath } from "../state/store.js";
import { subtreeHasVersions } from "./hierarchy.js";
import { projectIndex } from "./project-index.js";

/** Keys whose value is null are left out, like `response_model_exclude_none` / `exclude_none=True`. */
function withoutNulls(entries: [string, Json | undefined][]): JsonObject {
  const result: JsonObject = {};
  for (const [key, value] of entries) if (value !== null && value !== undefined) result[key] = value;
  return result;
}

/**
 * A folder as `GET /folders/{id}` returns it (FolderModel, exclude_none): `attrib` resolved through
 * the hierarchy, `ownAttrib` the keys the folder sets itself. With `own: true` it is the entity's
 * `dict_simple()` (event payloads): own attributes only, no `ownAttrib`.
 */
export function folderView(
  state: EmulatorState,
  project: ProjectRecord,
  folder: FolderRecord,
  own = false,
): JsonObject {
  return withoutNulls([
    ["id", folder.id],
    ["name", folder.name],
    ["label", folder.label],
    ["folderType", folder.folderType],
    ["parentId", folder.parentId],
    ["thumbnailId", folder.thumbnailId],
    ["path", folderPath(project, folder)],
    ["hasVersions", subtreeHasVersions(projectIndex(project), folder.id)],
    ["attrib", own ? { ...folder.ownAttrib } : resolveAttrib(state, project, folder)],
    ["data", structuredClone(folder.data)],
    ["active", folder.active],
    ["ownAttrib", own ? undefined : Object.keys(folder.ownAttrib)],
    ["status", folder.status],
    ["tags", [...folder.tags]],
    ["createdBy", folder.createdBy],
    ["updatedBy", folder.updatedBy],
    ["createdAt", folder.createdAt],
    ["updatedAt", folder.updatedAt],
  ]);
}

/** A task as `GET /tasks/{id}` returns it (TaskModel, exclude_none), or its `dict_simple()`. */
export function taskView(state: EmulatorState, project: ProjectRecord, task: TaskRecord, own = false): JsonObject {
  return withoutNulls([
    ["id", task.id],
    ["name", task.name],
    ["label", task.label],
    ["taskType", task.taskType],
    ["thumbnailId", task.thumbnailId],
    ["assignees", [...task.assignees]],
    ["folderId", task.folderId],
    ["path", taskPath(project, task)],
    ["attrib", own ? { ...task.ownAttrib } : resolveAttrib(state, project, task)],
    ["data", structuredClone(task.data)],
    ["active", task.active],
    ["ownAttrib", own ? undefined : Object.keys(task.ownAttrib)],
    ["status", task.status],
    ["tags", [...task.tags]],
    ["createdBy", task.createdBy],
    ["updatedBy", task.updatedBy],
    ["createdAt", task.createdAt],
    ["updatedAt", task.updatedAt],
  ]);
}

export function productPath(project: ProjectRecord, product: ProductRecord): string {
  const folder = project.folders.get(product.folderId);
  return `${folder ? folderPath(project, folder) : ""}/${product.name}`;
}

/** `v001`, or `HERO` for negative numbers (ayon_server/entities/version.py). */
export const versionName = (version: number) => (version < 0 ? "HERO" : `v${String(version).padStart(3, "0")}`);

export function versionPath(project: ProjectRecord, version: VersionRecord): string {
  const product = project.products.get(version.productId);
  return `${product ? productPath(project, product) : ""}/${versionName(version.version)}`;
}

export function productView(project: ProjectRecord, product: ProductRecord): JsonObject {
  return withoutNulls([
    ["id", product.id],
    ["name", product.name],
    ["folderId", product.folderId],
    ["productType", product.productType],
    ["path", productPath(project, product)],
    ["attrib", {}],
    ["data", structuredClone(product.data)],
    ["active", product.active],
    ["status", product.status],
    ["tags", [...product.tags]],
    ["createdAt", product.createdAt],
    ["updatedAt", product.updatedAt],
  ]);
}

export function versionView(project: ProjectRecord, version: VersionRecord): JsonObject {
  return withoutNulls([
    ["id", version.id],
    ["version", version.version],
    ["productId", version.productId],
    ["taskId", version.taskId],
    ["author", version.author],
    ["path", versionPath(project, version)],
    ["attrib", {}],
    ["data", structuredClone(version.data)],
    ["active", version.active],
    ["status", version.status],
    ["tags", [...version.tags]],
    ["createdAt", version.createdAt],
    ["updatedAt", version.updatedAt],
  ]);
}
