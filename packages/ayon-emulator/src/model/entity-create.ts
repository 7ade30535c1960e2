import { isAdmin } from "../http/context.js";
import type {
  EntityColumns,
  FolderRecord,
  FolderTaskColumns,
  JsonObject,
  ProductRecord,
  TaskRecord,
  VersionRecord,
} from "../state/records.js";
import { ensureEntityAccess } from "./access.js";
import { defaultStatus } from "./default-status.js";
import { checkRow } from "./entity-constraints.js";
import { nullableUuid, uuidValue } from "./entity-id.js";
import { postModel } from "./entity-models.js";
import { versionName } from "./entity-view.js";
import {
  AyonException,
  badRequestException,
  constraintViolationException,
  forbiddenException,
  InternalFailure,
} from "./failures.js";
import type { Operation, OperationContext, OperationOutcome } from "./operation-types.js";
import { type ParsedModel, parseModel } from "./pydantic.js";
import type { Kind, RecordOf } from "./transaction.js";

// ayon_server/operations/project_level/entity_create.py and the entities' save().

type Values = Record<string, unknown>;

/** Non-null attribute values: what `save()` writes to the attrib column. */
export function ownAttribOf(attrib: unknown): JsonObject {
  const result: JsonObject = {};
  if (!attrib || typeof attrib !== "object" || !("values" in attrib)) return result;
  for (const [key, value] of Object.entries((attrib as ParsedModel).values)) {
    if (value !== null && value !== undefined) result[key] = value as JsonObject[string];
  }
  return result;
}

const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
const textOrNull = (value: unknown) => (typeof value === "string" ? value : null);
const dataOf = (value: unknown): JsonObject => (value && typeof value === "object" ? (value as JsonObject) : {});

export function createEntity(ctx: OperationContext, kind: Kind, operation: Operation): OperationOutcome {
  if (operation.data === null) throw new InternalFailure("data is required for create", "assertion");
  const parsed = parseModel(postModel(ctx.state.attributes, kind), operation.data);
  const rawId = operation.entityId ?? textOrNull(parsed.values.id);
  const id = rawId === null ? null : uuidValue(rawId);
  const record = BUILDERS[kind](ctx, parsed.values, id);
  checkRow(kind, ctx.project, ctx.tx.index, record as unknown as Values, ctx.tx.get(kind, String(id)), true);
  ctx.tx.put(kind, record);
  const name = "version" in record ? versionName(record.version) : record.name;
  const parentId = parentOf(record);
  const type = kind.charAt(0).toUpperCase() + kind.slice(1);
  return {
    entityId: record.id,
    status: 201,
    events: [
      {
        topic: `entity.${kind}.created`,
        summary: { entityId: record.id, parentId },
        description: `${type} ${name} created`,
        project: ctx.project.name,
        user: ctx.user?.name ?? null,
      },
    ],
  };
}

export function parentOf(record: RecordOf[Kind]): string | null {
  if ("parentId" in record) return record.parentId;
  if ("folderId" in record) return record.folderId;
  return record.productId;
}

type Builder<K extends Kind> = (ctx: OperationContext, values: Values, id: string | null) => RecordOf[K];

/** The columns every entity's `save()` fills the same way from the request. */
function entityColumns(ctx: OperationContext, kind: Kind, values: Values): EntityColumns {
  const now = ctx.state.now();
  return {
    status: textOrNull(values.status) ?? defaultStatus(ctx.project, kind),
    tags: list(values.tags),
    data: dataOf(values.data),
    active: values.active !== false,
    createdAt: now,
    updatedAt: now,
  };
}

/** Those and the columns only folders and tasks have, filled the same way for both. */
const folderTaskColumns = (ctx: OperationContext, kind: "folder" | "task", values: Values): FolderTaskColumns => ({
  ...entityColumns(ctx, kind, values),
  ownAttrib: ownAttribOf(values.attrib),
  thumbnailId: nullableUuid(values.thumbnail_id),
  createdBy: ctx.user?.name ?? null,
  updatedBy: ctx.user?.name ?? null,
});

const buildFolder: Builder<"folder"> = (ctx, values, id) => {
  const parentId = nullableUuid(values.parent_id);
  if (id !== null && id === parentId) throw badRequestException("Folder cannot be its own parent");
  if (ctx.user) ensureEntityAccess(ctx.user, ctx.project.name, "create", parentId);
  const folderType = textOrNull(values.folder_type) ?? ctx.project.folderTypes[0]?.name;
  if (folderType === undefined) throw new AyonException(500, "No folder types defined", "error");
  const record: FolderRecord = {
    id: id as string,
    name: String(values.name),
    label: textOrNull(values.label),
    folderType,
    parentId,
    ...folderTaskColumns(ctx, "folder", values),
  };
  return record;
};

const buildTask: Builder<"task"> = (ctx, values, id) => {
  const folderId = nullableUuid(values.folder_id);
  if (ctx.user) ensureEntityAccess(ctx.user, ctx.project.name, "create", folderId);
  const record: TaskRecord = {
    id: id as string,
    name: String(values.name),
    label: textOrNull(values.label),
    taskType: String(values.task_type),
    folderId: folderId as string,
    assignees: list(values.assignees),
    ...folderTaskColumns(ctx, "task", values),
  };
  return record;
};

const buildProduct: Builder<"product"> = (ctx, values, id) => {
  const folderId = uuidValue(String(values.folder_id));
  if (ctx.user) ensureEntityAccess(ctx.user, ctx.project.name, "publish", folderId);
  const record: ProductRecord = {
    id: id as string,
    name: String(values.name),
    folderId,
    productType: String(values.product_type),
    ...entityColumns(ctx, "product", values),
  };
  return record;
};

const buildVersion: Builder<"version"> = (ctx, values, id) => {
  let author = textOrNull(values.author);
  if (ctx.user && !author) author = ctx.user.name;
  if (ctx.user && !isAdmin(ctx.user) && author !== ctx.user.name) {
    throw forbiddenException("Only admins can create versions for other users");
  }
  const productId = uuidValue(String(values.product_id));
  if (ctx.user) ensureEntityAccess(ctx.user, ctx.project.name, "publish", productId);
  const record: VersionRecord = {
    id: id as string,
    version: Number(values.version),
    productId,
    taskId: nullableUuid(values.task_id),
    author,
    ...entityColumns(ctx, "version", values),
  };
  ensureSingleHero(ctx, record);
  return record;
};

/** VersionEntity.pre_save: one hero (negative) version per product. */
export function ensureSingleHero(ctx: OperationContext, version: VersionRecord) {
  if (version.version >= 0) return;
  for (const otherId of ctx.tx.index.productVersions.get(version.productId) ?? []) {
    const other = ctx.project.versions.get(otherId);
    if (other && other.id !== version.id && other.version < 0) {
      throw constraintViolationException("Hero version already exists.");
    }
  }
}

const BUILDERS: { [K in Kind]: Builder<K> } = {
  folder: buildFolder,
  task: buildTask,
  product: buildProduct,
  version: buildVersion,
};
