import type { HandlerInput, Router } from "../http/router.js";
import { folderView } from "../model/entity-view.js";
import { hierarchyPath } from "../model/hierarchy.js";
import { projectIndex } from "../model/project-index.js";
import { ayonRoute, callerOf, projectOf, queryBool } from "../model/route-support.js";
import type { FolderRecord, JsonObject, ProjectRecord } from "../state/records.js";
import { type EmulatorState, resolveAttrib } from "../state/store.js";
import { registerEntityRoutes } from "./entity-routes.js";

// api/folders/folders.py and api/folders/list_folders.py: the flat list here, create, get, update
// and delete shared with tasks (entity-routes.ts).

export function registerFolderRoutes(router: Router): void {
  router.add("GET", "/api/projects/:projectName/folders", ayonRoute(listFolders));
  registerEntityRoutes(router, { kind: "folder", view: folderView, forceQuery: true });
}

/**
 * The flat folder list (the hierarchy cache of ayon_server/helpers/hierarchy_cache.py): every
 * folder, active or not, without `data` or `active`; `path` has no leading slash; attributes only
 * with `?attrib=true`.
 */
function listFolders(input: HandlerInput) {
  const context = callerOf(input);
  const project = projectOf(input.state, input, context);
  const withAttrib = queryBool(input, "attrib") ?? false;
  if (context.user.data.isGuest === true) {
    return { status: 200, body: { detail: "Guest users cannot access this endpoint", folders: [] } };
  }
  const withVersions = foldersWithVersions(project);
  const folders = [...project.folders.values()].map((folder) =>
    folderListItem(input.state, project, folder, withAttrib, withVersions.has(folder.id)),
  );
  return { status: 200, body: { folders } };
}

/** Folders with a version in their own or a descendant's products, in one pass over the versions. */
function foldersWithVersions(project: ProjectRecord): Set<string> {
  const marked = new Set<string>();
  for (const version of project.versions.values()) {
    let folderId = project.products.get(version.productId)?.folderId ?? null;
    while (folderId !== null && !marked.has(folderId)) {
      marked.add(folderId);
      folderId = project.folders.get(folderId)?.parentId ?? null;
    }
  }
  return marked;
}

function folderListItem(
  state: EmulatorState,
  project: ProjectRecord,
  folder: FolderRecord,
  withAttrib: boolean,
  hasVersions: boolean,
): JsonObject {
  const index = projectIndex(project);
  const path = hierarchyPath(project, folder);
  const taskNames = [...(index.folderTasks.get(folder.id) ?? [])]
    .map((id) => project.tasks.get(id)?.name)
    .filter((name): name is string => name !== undefined);
  const thumbnailHash = folder.data.thumbnailHash;
  const item: JsonObject = {
    id: folder.id,
    path,
    parentId: folder.parentId,
    parents: path.split("/").slice(0, -1),
    name: folder.name,
    label: folder.label,
    folderType: folder.folderType,
    hasTasks: taskNames.length > 0,
    taskNames: [...new Set(taskNames)].sort(),
    status: folder.status,
    attrib: resolveAttrib(state, project, folder),
    tags: [...folder.tags],
    ownAttrib: Object.keys(folder.ownAttrib),
    hasReviewables: false,
    hasVersions,
    thumbnailHash: typeof thumbnailHash === "string" && thumbnailHash ? thumbnailHash : folder.id.slice(-6),
    createdAt: folder.createdAt,
    updatedAt: folder.updatedAt,
    hasChildren: (index.children.get(folder.id)?.size ?? 0) > 0,
  };
  if (!withAttrib) {
    delete item.attrib;
    delete item.ownAttrib;
  }
  return item;
}
