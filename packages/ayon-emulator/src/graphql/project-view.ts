import type { FolderRecord, JsonObject, ProjectRecord, TaskRecord } from "../state/records.js";
import type { AttributeLibrary } from "./attrib.js";
import { type CreationOrder, creationOrder } from "./creation-order.js";

/**
 * One project as GraphQL reads it during one request: the derived tables AYON keeps in SQL
 * (`hierarchy` paths, `exported_attributes`, child and task counts), computed on first use and
 * shared by every node of the request so that a page costs O(page), not O(project).
 */
export class ProjectView {
  private folderOrder_?: CreationOrder<FolderRecord>;
  private taskOrder_?: CreationOrder<TaskRecord>;
  private readonly paths = new Map<string, string>();
  private readonly exportedAttrib = new Map<string, JsonObject>();
  private childCounts?: Map<string, number>;
  private productCounts?: Map<string, number>;
  private tasksByFolder?: Map<string, CreationOrder<TaskRecord>>;
  private projectExported?: JsonObject;
  private projectWithDefaults?: JsonObject;
  readonly sorted = new Map<string, unknown[]>();

  constructor(
    readonly project: ProjectRecord,
    readonly library: AttributeLibrary,
  ) {}

  /** Folders in creation order, with their ranks. */
  folderOrder(): CreationOrder<FolderRecord> {
    this.folderOrder_ ??= creationOrder(this.project.folders);
    return this.folderOrder_;
  }

  folders(): FolderRecord[] {
    return this.folderOrder().items;
  }

  /** Tasks in creation order, with their ranks. */
  taskOrder(): CreationOrder<TaskRecord> {
    this.taskOrder_ ??= creationOrder(this.project.tasks);
    return this.taskOrder_;
  }

  tasks(): TaskRecord[] {
    return this.taskOrder().items;
  }

  /** `hierarchy.path`: names from the root joined by `/`, without a leading slash. */
  path(folder: FolderRecord): string {
    const known = this.paths.get(folder.id);
    if (known !== undefined) return known;
    const parent = folder.parentId === null ? undefined : this.project.folders.get(folder.parentId);
    const path = parent && parent !== folder ? `${this.path(parent)}/${folder.name}` : folder.name;
    this.paths.set(folder.id, path);
    return path;
  }

  childCount(folderId: string): number {
    this.childCounts ??= derived(this.folders(), childCounts, undefined);
    return this.childCounts.get(folderId) ?? 0;
  }

  taskCount(folderId: string): number {
    return this.tasksOf(folderId).items.length;
  }

  productCount(folderId: string): number {
    this.productCounts ??= countBy(this.project.products.values(), (product) => product.folderId);
    return this.productCounts.get(folderId) ?? 0;
  }

  /** The folder's tasks in creation order, with their ranks. */
  tasksOf(folderId: string): CreationOrder<TaskRecord> {
    this.tasksByFolder ??= derived(this.taskOrder().items, groupByFolder, this.taskOrder());
    return this.tasksByFolder.get(folderId) ?? { items: [], ranks: [] };
  }

  /**
   * `exported_attributes` of a folder (ayon_server/helpers/inherited_attributes.py): the project's
   * inheritable attributes overridden by every own attribute down to this folder, the
   * non-inheritable ones of the folders included.
   */
  exported(folderId: string | null): JsonObject | undefined {
    if (folderId === null) return undefined;
    const known = this.exportedAttrib.get(folderId);
    if (known) return known;
    const folder = this.project.folders.get(folderId);
    if (!folder) return undefined;
    const base =
      folder.parentId === null
        ? this.projectInheritable()
        : (this.exported(folder.parentId) ?? this.projectInheritable());
    const exported = { ...base, ...folder.ownAttrib };
    this.exportedAttrib.set(folderId, exported);
    return exported;
  }

  /** The project's attributes over the attribute defaults. */
  projectAttrib(): JsonObject {
    this.projectWithDefaults ??= { ...this.library.projectDefaults, ...this.project.attrib };
    return this.projectWithDefaults;
  }

  /** The project attributes (with defaults) a root folder starts from: non-inheritable ones removed. */
  projectInheritable(): JsonObject {
    if (!this.projectExported) {
      const attrib: JsonObject = { ...this.projectAttrib() };
      for (const definition of this.library.byScope("folder").values()) {
        if (definition.inherit === false) delete attrib[definition.name];
      }
      this.projectExported = attrib;
    }
    return this.projectExported;
  }
}

function countBy<T>(items: Iterable<T>, key: (item: T) => string | null): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const value = key(item);
    if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

const derivations = new WeakMap<object, Map<unknown, unknown>>();

/**
 * A value computed from an ordered snapshot (see creationOrder), reused by later requests while
 * the snapshot array is the same object, that is while the table did not change.
 */
function derived<T extends object, A, R>(snapshot: T, compute: (snapshot: T, extra: A) => R, extra: A): R {
  let values = derivations.get(snapshot);
  if (!values) {
    values = new Map();
    derivations.set(snapshot, values);
  }
  if (!values.has(compute)) values.set(compute, compute(snapshot, extra));
  return values.get(compute) as R;
}

const childCounts = (folders: FolderRecord[]) => countBy(folders, (folder) => folder.parentId);

function groupByFolder(_: TaskRecord[], order: CreationOrder<TaskRecord>): Map<string, CreationOrder<TaskRecord>> {
  const byFolder = new Map<string, CreationOrder<TaskRecord>>();
  order.items.forEach((task, index) => {
    let entry = byFolder.get(task.folderId);
    if (!entry) {
      entry = { items: [], ranks: [] };
      byFolder.set(task.folderId, entry);
    }
    entry.items.push(task);
    entry.ranks.push(order.ranks[index] as number);
  });
  return byFolder;
}
