import type { FolderRecord, ProjectRecord } from "../state/records.js";
import { folderPath } from "../state/store.js";
import type { ProjectIndex } from "./project-index.js";

/** Ids of every folder below `folderId` (the folder itself excluded). */
export function descendantFolderIds(index: ProjectIndex, folderId: string): string[] {
  const result: string[] = [];
  const stack = [folderId];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    for (const child of index.children.get(id) ?? []) {
      result.push(child);
      stack.push(child);
    }
  }
  return result;
}

/**
 * AYON's `hasVersions` of a folder: true when a version exists under a product of the folder or of
 * any folder below it (the folder_closure CTE in ayon_server/entities/folder.py).
 */
export function subtreeHasVersions(index: ProjectIndex, folderId: string): boolean {
  for (const id of [folderId, ...descendantFolderIds(index, folderId)]) {
    for (const productId of index.folderProducts.get(id) ?? []) {
      if ((index.productVersions.get(productId)?.size ?? 0) > 0) return true;
    }
  }
  return false;
}

/** The hierarchy path as the `hierarchy` view stores it: names joined by "/", no leading slash. */
export function hierarchyPath(project: ProjectRecord, folder: FolderRecord): string {
  return folderPath(project, folder).slice(1);
}

/** A 32-hex id as PostgreSQL prints a UUID in error details (8-4-4-4-12). */
export function dashedUuid(id: string): string {
  if (!/^[0-9a-f]{32}$/i.test(id)) return id;
  const hex = id.toLowerCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
