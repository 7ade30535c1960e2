import { enumValues } from "../../state/attributes.js";
import type { FolderRecord, TaskRecord } from "../../state/records.js";
import { badRequest } from "../errors.js";
import { jsonbToUnquotedText } from "../filter/jsonb.js";
import { type KeyKind, type Ordering, sortByKey } from "../pagination.js";
import type { ProjectView } from "../project-view.js";

type SortPart<T> = { kind: KeyKind; value: (item: T) => unknown };

/**
 * The ORDER BY of `folders(sortBy:)` (ayon_server/graphql/resolvers/folders.py): creation order by
 * default, otherwise the chosen key then the folder path.
 */
export function folderOrdering(view: ProjectView, sortBy: string | null): Ordering<FolderRecord> {
  const { project } = view;
  const path: SortPart<FolderRecord> = { kind: "text", value: (folder) => view.path(folder) };
  let primary: SortPart<FolderRecord>;
  if (sortBy === null) {
    const { items, ranks } = view.folderOrder();
    return { items, kinds: ["numeric"], key: (_, index) => [ranks[index]] };
  } else if (sortBy === "folderType") {
    primary = anatomyIndex(project.folderTypes, (folder: FolderRecord) => folder.folderType);
  } else if (sortBy === "status") {
    primary = anatomyIndex(project.statuses, (folder: FolderRecord) => folder.status);
  } else if (sortBy.startsWith("attrib.")) {
    primary = attribPart(view, sortBy.slice(7), (folder: FolderRecord) => ({
      ...view.exported(folder.parentId),
      ...folder.ownAttrib,
    }));
  } else {
    const common = commonPart<FolderRecord>(sortBy);
    if (!common) throw new Error(`Invalid sort_by value: ${sortBy}`);
    primary = common;
  }
  return sorted(view, `folders:${sortBy}`, view.folders(), [primary, path]);
}

/** The ORDER BY of `tasks(sortBy:)` (ayon_server/graphql/resolvers/tasks.py). */
export function taskOrdering(view: ProjectView, sortBy: string | null): Ordering<TaskRecord> {
  const { project } = view;
  const folderPath: SortPart<TaskRecord> = {
    kind: "text",
    value: (task) => {
      const folder = project.folders.get(task.folderId);
      return folder ? view.path(folder) : null;
    },
  };
  const name: SortPart<TaskRecord> = { kind: "text", value: (task) => task.name };
  if (sortBy === null) {
    const { items, ranks } = view.taskOrder();
    return { items, kinds: ["numeric"], key: (_, index) => [ranks[index]] };
  }
  let primary: SortPart<TaskRecord>;
  if (sortBy === "path") return sorted(view, "tasks:path", view.tasks(), [folderPath, name]);
  if (sortBy === "taskType") primary = anatomyIndex(project.taskTypes, (task: TaskRecord) => task.taskType);
  else if (sortBy === "status") primary = anatomyIndex(project.statuses, (task: TaskRecord) => task.status);
  else if (sortBy === "assignees") primary = { kind: "nullable", value: (task) => task.assignees.join("") };
  else if (sortBy.startsWith("attrib.")) {
    primary = attribPart(view, sortBy.slice(7), (task: TaskRecord) => ({
      ...view.exported(task.folderId),
      ...task.ownAttrib,
    }));
  } else {
    const common = commonPart<TaskRecord>(sortBy);
    if (!common) throw badRequest(`Invalid sort_by value: ${sortBy}`);
    primary = common;
  }
  return sorted(view, `tasks:${sortBy}`, view.tasks(), [primary, folderPath, name]);
}

function commonPart<T extends FolderRecord | TaskRecord>(sortBy: string): SortPart<T> | undefined {
  switch (sortBy) {
    case "name":
      return { kind: "text", value: (item) => item.name };
    case "createdAt":
      return { kind: "timestamptz", value: (item) => item.createdAt };
    case "updatedAt":
      return { kind: "timestamptz", value: (item) => item.updatedAt };
    case "createdBy":
      return { kind: "nullable", value: (item) => item.createdBy };
    case "updatedBy":
      return { kind: "nullable", value: (item) => item.updatedBy };
    default:
      return undefined;
  }
}

/** A `CASE` over the anatomy list: its position, unknown names after all known ones. */
function anatomyIndex<T>(items: { name: string }[], get: (item: T) => string): SortPart<T> {
  if (items.length === 0) return { kind: "nullable", value: get };
  const positions = new Map(items.map((item, index) => [item.name, index]));
  return { kind: "nullable", value: (item) => positions.get(get(item)) ?? items.length };
}

/** `attrib->>'name'` (so numbers sort as text), or the position in the attribute's enum. */
function attribPart<T>(view: ProjectView, name: string, attrib: (item: T) => Record<string, unknown>): SortPart<T> {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw badRequest("Invalid attribute name");
  const definition = [...view.library.byScope("folder").values(), ...view.library.byScope("task").values()].find(
    (item) => item.name === name,
  );
  const values = definition ? enumValues(definition).map(String) : [];
  if (values.length === 0)
    return { kind: "nullable", value: (item) => jsonbToUnquotedText(attrib(item)[name]) ?? null };
  return {
    kind: "nullable",
    value: (item) => {
      const index = values.indexOf(jsonbToUnquotedText(attrib(item)[name]) ?? "");
      return index === -1 ? values.length : index;
    },
  };
}

function sorted<T>(view: ProjectView, cacheKey: string, items: T[], parts: SortPart<T>[]): Ordering<T> {
  const kinds = parts.map((part) => part.kind);
  const key = (item: T) => parts.map((part) => part.value(item));
  let ordered = view.sorted.get(cacheKey) as T[] | undefined;
  if (!ordered) {
    ordered = sortByKey(items, kinds, key);
    view.sorted.set(cacheKey, ordered);
  }
  return { items: ordered, kinds, key };
}
