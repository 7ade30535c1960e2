import type { FolderRecord, ProductRecord, ProjectRecord, TaskRecord, VersionRecord } from "../state/records.js";

/**
 * Lookup structures over one project's entities, so every check an operation makes costs O(1) or
 * O(siblings) instead of a scan: the partial unique indexes of schemas/schema.project.sql (active
 * entities only, names lower-cased) and the parent -> children relations.
 */
export interface ProjectIndex {
  /** `${parentId ?? ""}\0${lower(name)}` -> id, active folders only. */
  folderNames: Map<string, string>;
  /** `${folderId}\0${lower(name)}` -> id, active tasks only. */
  taskNames: Map<string, string>;
  /** `${folderId}\0${lower(name)}` -> id, active products only. */
  productNames: Map<string, string>;
  /** `${productId}\0${version}` -> id, active versions only. */
  versionNumbers: Map<string, string>;
  /** Parent id ("" for the root) -> child folder ids. */
  children: Map<string, Set<string>>;
  folderTasks: Map<string, Set<string>>;
  folderProducts: Map<string, Set<string>>;
  productVersions: Map<string, Set<string>>;
  taskVersions: Map<string, Set<string>>;
  /** Entity counts the index reflects; a mismatch means a test seeded records directly. */
  counts: { folders: number; tasks: number; products: number; versions: number };
}

const indexes = new WeakMap<ProjectRecord, ProjectIndex>();

export const folderNameKey = (parentId: string | null, name: string) => `${parentId ?? ""}\u0000${name.toLowerCase()}`;
export const childNameKey = (parentId: string, name: string) => `${parentId}\u0000${name.toLowerCase()}`;
export const versionKey = (productId: string, version: number) => `${productId}\u0000${version}`;

/** The project's index, rebuilt when records were added or removed without going through it. */
export function projectIndex(project: ProjectRecord): ProjectIndex {
  const index = indexes.get(project);
  if (index && isCurrent(project, index)) return index;
  const rebuilt = buildIndex(project);
  indexes.set(project, rebuilt);
  return rebuilt;
}

function isCurrent(project: ProjectRecord, index: ProjectIndex): boolean {
  const { counts } = index;
  return (
    counts.folders === project.folders.size &&
    counts.tasks === project.tasks.size &&
    counts.products === project.products.size &&
    counts.versions === project.versions.size
  );
}

function buildIndex(project: ProjectRecord): ProjectIndex {
  const index: ProjectIndex = {
    folderNames: new Map(),
    taskNames: new Map(),
    productNames: new Map(),
    versionNumbers: new Map(),
    children: new Map(),
    folderTasks: new Map(),
    folderProducts: new Map(),
    productVersions: new Map(),
    taskVersions: new Map(),
    counts: { folders: 0, tasks: 0, products: 0, versions: 0 },
  };
  for (const folder of project.folders.values()) indexFolder(index, folder);
  for (const task of project.tasks.values()) indexTask(index, task);
  for (const product of project.products.values()) indexProduct(index, product);
  for (const version of project.versions.values()) indexVersion(index, version);
  return index;
}

function addTo(map: Map<string, Set<string>>, key: string, id: string) {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  set.add(id);
}

function removeFrom(map: Map<string, Set<string>>, key: string, id: string) {
  const set = map.get(key);
  if (!set) return;
  set.delete(id);
  if (set.size === 0) map.delete(key);
}

function removeName(map: Map<string, string>, key: string, id: string) {
  if (map.get(key) === id) map.delete(key);
}

export function indexFolder(index: ProjectIndex, folder: FolderRecord) {
  if (folder.active) index.folderNames.set(folderNameKey(folder.parentId, folder.name), folder.id);
  addTo(index.children, folder.parentId ?? "", folder.id);
  index.counts.folders++;
}

export function unindexFolder(index: ProjectIndex, folder: FolderRecord) {
  removeName(index.folderNames, folderNameKey(folder.parentId, folder.name), folder.id);
  removeFrom(index.children, folder.parentId ?? "", folder.id);
  index.counts.folders--;
}

export function indexTask(index: ProjectIndex, task: TaskRecord) {
  if (task.active) index.taskNames.set(childNameKey(task.folderId, task.name), task.id);
  addTo(index.folderTasks, task.folderId, task.id);
  index.counts.tasks++;
}

export function unindexTask(index: ProjectIndex, task: TaskRecord) {
  removeName(index.taskNames, childNameKey(task.folderId, task.name), task.id);
  removeFrom(index.folderTasks, task.folderId, task.id);
  index.counts.tasks--;
}

export function indexProduct(index: ProjectIndex, product: ProductRecord) {
  if (product.active) index.productNames.set(childNameKey(product.folderId, product.name), product.id);
  addTo(index.folderProducts, product.folderId, product.id);
  index.counts.products++;
}

export function unindexProduct(index: ProjectIndex, product: ProductRecord) {
  removeName(index.productNames, childNameKey(product.folderId, product.name), product.id);
  removeFrom(index.folderProducts, product.folderId, product.id);
  index.counts.products--;
}

export function indexVersion(index: ProjectIndex, version: VersionRecord) {
  if (version.active) index.versionNumbers.set(versionKey(version.productId, version.version), version.id);
  addTo(index.productVersions, version.productId, version.id);
  if (version.taskId !== null) addTo(index.taskVersions, version.taskId, version.id);
  index.counts.versions++;
}

export function unindexVersion(index: ProjectIndex, version: VersionRecord) {
  removeName(index.versionNumbers, versionKey(version.productId, version.version), version.id);
  removeFrom(index.productVersions, version.productId, version.id);
  if (version.taskId !== null) removeFrom(index.taskVersions, version.taskId, version.id);
  index.counts.versions--;
}
