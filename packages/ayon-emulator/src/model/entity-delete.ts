import { isManager } from "../http/context.js";
import type { JsonObject } from "../state/records.js";
import { ensureEntityAccess } from "./access.js";
import { parentOf } from "./entity-create.js";
import { entityPath, loadEntity } from "./entity-load.js";
import { folderView, productView, taskView, versionView } from "./entity-view.js";
import { deleteFolderWithChildrenException, forbiddenException } from "./failures.js";
import { descendantFolderIds } from "./hierarchy.js";
import type { Operation, OperationContext, OperationOutcome } from "./operation-types.js";
import type { Kind, RecordOf, Transaction } from "./transaction.js";

// ayon_server/operations/project_level/entity_delete.py and the entities' delete(): one
// `entity.{type}.deleted` event for the entity named, however much the delete cascades to.

export function deleteEntity(ctx: OperationContext, kind: Kind, operation: Operation): OperationOutcome {
  const record = loadEntity(ctx.tx, kind, String(operation.entityId));
  if (ctx.user) ensureEntityAccess(ctx.user, ctx.project.name, "delete", record.id);
  if (operation.force && ctx.user && !isManager(ctx.user)) throw forbiddenException("Only managers can force delete");
  const type = kind.charAt(0).toUpperCase() + kind.slice(1);
  const event = {
    topic: `entity.${kind}.deleted`,
    summary: { entityId: record.id, parentId: parentOf(record) },
    description: `${type} ${entityPath(ctx.project, kind, record)} deleted`,
    project: ctx.project.name,
    user: ctx.user?.name ?? null,
    payload: { entityData: entityData(ctx, kind, record) },
  };
  DELETERS[kind](ctx.tx, record.id, operation.force);
  return { entityId: record.id, events: [event], status: 204 };
}

/** `dict_simple()`: the entity with its own attributes only. */
function entityData(ctx: OperationContext, kind: Kind, record: RecordOf[Kind]): JsonObject {
  switch (kind) {
    case "folder":
      return folderView(ctx.state, ctx.project, record as RecordOf["folder"], true);
    case "task":
      return taskView(ctx.state, ctx.project, record as RecordOf["task"], true);
    case "product":
      return productView(ctx.project, record as RecordOf["product"]);
    default:
      return versionView(ctx.project, record as RecordOf["version"]);
  }
}

function deleteVersion(tx: Transaction, id: string) {
  tx.remove("version", id);
}

function deleteProduct(tx: Transaction, id: string) {
  for (const versionId of [...(tx.index.productVersions.get(id) ?? [])]) deleteVersion(tx, versionId);
  tx.remove("product", id);
}

/** versions.task_id is ON DELETE SET NULL. */
function deleteTask(tx: Transaction, id: string) {
  for (const versionId of [...(tx.index.taskVersions.get(id) ?? [])]) {
    const version = tx.get("version", versionId);
    if (version) tx.put("version", { ...version, taskId: null });
  }
  tx.remove("task", id);
}

/**
 * With `force`, products anywhere below the folder are deleted first; then subfolders and tasks
 * follow (ON DELETE CASCADE), while a remaining product (products.folder_id has no ON DELETE
 * action) makes the delete fail with "delete-folder-with-children".
 */
function deleteFolder(tx: Transaction, id: string, force: boolean) {
  const subtree = [id, ...descendantFolderIds(tx.index, id)];
  const products = subtree.flatMap((folderId) => [...(tx.index.folderProducts.get(folderId) ?? [])]);
  if (products.length > 0 && !force) {
    throw deleteFolderWithChildrenException();
  }
  for (const productId of products) deleteProduct(tx, productId);
  for (const folderId of subtree.reverse()) {
    for (const taskId of [...(tx.index.folderTasks.get(folderId) ?? [])]) deleteTask(tx, taskId);
    tx.remove("folder", folderId);
  }
}

const DELETERS: Record<Kind, (tx: Transaction, id: string, force: boolean) => void> = {
  folder: deleteFolder,
  task: (tx, id) => deleteTask(tx, id),
  product: (tx, id) => deleteProduct(tx, id),
  version: (tx, id) => deleteVersion(tx, id),
};
