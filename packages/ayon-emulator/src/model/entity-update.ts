import type { FolderRecord, JsonObject } from "../state/records.js";
import { type AccessType, ensureEntityAccess } from "./access.js";
import { buildChangeEvents, pythonEquals } from "./change-events.js";
import { checkRow } from "./entity-constraints.js";
import { ensureSingleHero, parentOf } from "./entity-create.js";
import { uuidValue } from "./entity-id.js";
import { entityName, entityPath, loadEntity } from "./entity-load.js";
import { patchModel } from "./entity-models.js";
import { badRequestException, forbiddenException, InternalFailure } from "./failures.js";
import { descendantFolderIds, subtreeHasVersions } from "./hierarchy.js";
import type { Operation, OperationContext, OperationOutcome } from "./operation-types.js";
import { type ParsedModel, parseModel } from "./pydantic.js";
import type { Kind, RecordOf } from "./transaction.js";

// ayon_server/operations/project_level/entity_update.py: a partial UPDATE where `attrib` and `data`
// are merged one level deep (jsonb_set), a null sub-key is removed, and every other column is
// replaced.

/** Patchable columns: Python name -> record key. */
const COLUMNS: Record<Kind, Record<string, string>> = {
  folder: {
    name: "name",
    label: "label",
    folder_type: "folderType",
    parent_id: "parentId",
    thumbnail_id: "thumbnailId",
    status: "status",
    tags: "tags",
    active: "active",
    created_by: "createdBy",
    updated_by: "updatedBy",
  },
  task: {
    name: "name",
    label: "label",
    task_type: "taskType",
    thumbnail_id: "thumbnailId",
    assignees: "assignees",
    folder_id: "folderId",
    status: "status",
    tags: "tags",
    active: "active",
    created_by: "createdBy",
    updated_by: "updatedBy",
  },
  product: {
    name: "name",
    folder_id: "folderId",
    product_type: "productType",
    status: "status",
    tags: "tags",
    active: "active",
  },
  version: {
    version: "version",
    product_id: "productId",
    task_id: "taskId",
    author: "author",
    status: "status",
    tags: "tags",
    active: "active",
  },
};

const UUID_COLUMNS = new Set(["parent_id", "thumbnail_id", "folder_id", "product_id", "task_id"]);

/** Products and versions are guarded by the "publish" permission, folders and tasks by "update". */
const ACCESS: Record<Kind, AccessType> = { folder: "update", task: "update", product: "publish", version: "publish" };

export function updateEntity(ctx: OperationContext, kind: Kind, operation: Operation): OperationOutcome {
  if (operation.data === null) throw new InternalFailure("data is required for update", "assertion");
  const original = loadEntity(ctx.tx, kind, String(operation.entityId));
  const patch = parseModel(patchModel(ctx.state.attributes, kind), operation.data);
  if (ctx.user) ensureEntityAccess(ctx.user, ctx.project.name, ACCESS[kind], original.id);
  if (kind === "folder") sanitizeFolderUpdate(ctx, original as FolderRecord, patch, operation.force);
  const events = buildChangeEvents(
    {
      kind,
      record: original,
      name: entityName(kind, original),
      path: entityPath(ctx.project, kind, original),
      parentId: parentOf(original),
      project: ctx.project.name,
      user: ctx.user?.name ?? null,
    },
    patch,
  );
  const next = applyPatch(ctx, kind, original, patch);
  if (kind === "version") ensureSingleHero(ctx, next as RecordOf["version"]);
  checkRow(kind, ctx.project, ctx.tx.index, next as unknown as Record<string, unknown>, original, false);
  ctx.tx.put(kind, next);
  return { entityId: original.id, events, status: 204 };
}

/**
 * sanitize_folder_update: name, folder type and parent of a folder with published versions (its
 * own or in any subfolder) are frozen unless `force`; a folder cannot become its own ancestor.
 */
function sanitizeFolderUpdate(ctx: OperationContext, folder: FolderRecord, patch: ParsedModel, force: boolean) {
  if (!force) {
    const current: Record<string, unknown> = {
      name: folder.name,
      folder_type: folder.folderType,
      parent_id: folder.parentId,
    };
    let hasVersions: boolean | undefined;
    for (const key of ["name", "folder_type", "parent_id"]) {
      if (!patch.set.has(key)) continue;
      hasVersions ??= subtreeHasVersions(ctx.tx.index, folder.id);
      if (hasVersions && !pythonEquals(current[key], patch.values[key])) {
        throw forbiddenException(`Cannot change ${key} of a folder with published versions`);
      }
    }
  }
  if (!patch.set.has("parent_id")) return;
  const requested = patch.values.parent_id;
  if (typeof requested !== "string") return;
  const parentId = /^[0-9a-fA-F-]+$/.test(requested) ? uuidValue(requested) : requested;
  if (parentId === folder.id) throw badRequestException("Folder cannot be its own parent");
  if (descendantFolderIds(ctx.tx.index, folder.id).includes(parentId)) {
    throw badRequestException("Folder cannot be moved to one of its descendants");
  }
}

/** Merges `patch` into `current` one level deep; a null value removes the key. */
export function mergeOneLevel(current: JsonObject, patch: Record<string, unknown>, keys: Iterable<string>): JsonObject {
  const merged: JsonObject = { ...current };
  for (const key of keys) {
    const value = patch[key];
    if (value === null || value === undefined) delete merged[key];
    else merged[key] = structuredClone(value) as JsonObject[string];
  }
  return merged;
}

function applyPatch<K extends Kind>(
  ctx: OperationContext,
  kind: K,
  original: RecordOf[K],
  patch: ParsedModel,
): RecordOf[K] {
  const next: Record<string, unknown> = { ...original };
  for (const [column, key] of Object.entries(COLUMNS[kind])) {
    if (!patch.set.has(column)) continue;
    const value = patch.values[column];
    next[key] = UUID_COLUMNS.has(column) && typeof value === "string" ? uuidValue(value) : structuredClone(value);
  }
  if (patch.set.has("data")) {
    const data = patch.values.data as Record<string, unknown> | null;
    next.data = data === null ? null : mergeOneLevel(original.data, data, Object.keys(data));
  }
  if (patch.set.has("attrib") && "ownAttrib" in original) {
    const attrib = patch.values.attrib as ParsedModel | null;
    next.ownAttrib = attrib === null ? null : mergeOneLevel(original.ownAttrib, attrib.values, attrib.set);
  }
  if ("updatedBy" in original && !patch.set.has("updated_by")) next.updatedBy = ctx.user?.name ?? null;
  next.updatedAt = ctx.state.now();
  return next as unknown as RecordOf[K];
}
