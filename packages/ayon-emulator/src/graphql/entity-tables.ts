import type { FolderRecord, TaskRecord } from "../state/records.js";
import type { FilterColumn, FilterTable } from "./filter/filter-table.js";
import type { ProjectView } from "./project-view.js";

const FOLDER_WHITELIST = [
  "id",
  "name",
  "label",
  "folder_type",
  "parent_id",
  "attrib",
  "data",
  "active",
  "status",
  "tags",
  "created_at",
  "updated_at",
  "created_by",
  "updated_by",
];

const TASK_WHITELIST = [
  "active",
  "assignees",
  "attrib",
  "data",
  "folder_id",
  "id",
  "label",
  "name",
  "status",
  "tags",
  "task_type",
  "thumbnail_id",
  "created_at",
  "updated_at",
  "created_by",
  "updated_by",
];

function folderColumns<Row>(folderOf: (row: Row) => FolderRecord | undefined): Record<string, FilterColumn<Row>> {
  const column = (kind: FilterColumn<Row>["kind"], get: (folder: FolderRecord) => unknown): FilterColumn<Row> => ({
    kind,
    get: (row) => {
      const folder = folderOf(row);
      return folder ? get(folder) : undefined;
    },
  });
  return {
    id: column("uuid", (folder) => folder.id),
    name: column("text", (folder) => folder.name),
    label: column("text", (folder) => folder.label),
    folder_type: column("text", (folder) => folder.folderType),
    parent_id: column("uuid", (folder) => folder.parentId),
    data: column("jsonb", (folder) => folder.data),
    active: column("boolean", (folder) => folder.active),
    status: column("text", (folder) => folder.status),
    tags: column("text[]", (folder) => folder.tags),
    thumbnail_id: column("uuid", (folder) => folder.thumbnailId),
    created_at: column("timestamptz", (folder) => folder.createdAt),
    updated_at: column("timestamptz", (folder) => folder.updatedAt),
    created_by: column("text", (folder) => folder.createdBy),
    updated_by: column("text", (folder) => folder.updatedBy),
  };
}

/**
 * `folders` in `ProjectNode.folders(filter:)` (ayon_server/graphql/resolvers/folders.py): `attrib`
 * is the project's attributes, then the parent's exported ones, then the folder's own.
 */
export function folderFilterTable(view: ProjectView): FilterTable<FolderRecord> {
  return {
    name: "folders",
    whitelist: FOLDER_WHITELIST,
    columns: {
      ...folderColumns<FolderRecord>((folder) => folder),
      attrib: {
        kind: "jsonb",
        get: (folder) => ({ ...view.project.attrib, ...view.exported(folder.parentId), ...folder.ownAttrib }),
      },
    },
  };
}

/** `tasks` in `tasks(filter:)`: `attrib` is the folder's exported attributes, then the task's own. */
export function taskFilterTable(view: ProjectView): FilterTable<TaskRecord> {
  const column = (kind: FilterColumn<TaskRecord>["kind"], get: (task: TaskRecord) => unknown) => ({ kind, get });
  return {
    name: "tasks",
    whitelist: TASK_WHITELIST,
    columns: {
      id: column("uuid", (task) => task.id),
      name: column("text", (task) => task.name),
      label: column("text", (task) => task.label),
      task_type: column("text", (task) => task.taskType),
      folder_id: column("uuid", (task) => task.folderId),
      assignees: column("text[]", (task) => task.assignees),
      attrib: column("jsonb", (task) => ({ ...view.exported(task.folderId), ...task.ownAttrib })),
      data: column("jsonb", (task) => task.data),
      active: column("boolean", (task) => task.active),
      status: column("text", (task) => task.status),
      tags: column("text[]", (task) => task.tags),
      thumbnail_id: column("uuid", (task) => task.thumbnailId),
      created_at: column("timestamptz", (task) => task.createdAt),
      updated_at: column("timestamptz", (task) => task.updatedAt),
      created_by: column("text", (task) => task.createdBy),
      updated_by: column("text", (task) => task.updatedBy),
    },
  };
}

/** `tasks(folderFilter:)`: the task's folder, whose `attrib` is its exported attributes. */
export function taskFolderFilterTable(view: ProjectView): FilterTable<TaskRecord> {
  const folderOf = (task: TaskRecord) => view.project.folders.get(task.folderId);
  return {
    name: "folders",
    whitelist: FOLDER_WHITELIST,
    columns: {
      ...folderColumns<TaskRecord>(folderOf),
      attrib: { kind: "jsonb", get: (task) => view.exported(task.folderId) },
    },
  };
}
