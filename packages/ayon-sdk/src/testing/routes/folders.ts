import type { HandlerInput, Router } from "../http/router.js";
import { loadEntity } from "../model/entity-load.js";
import { patchModel, postModel } from "../model/entity-models.js";
import { folderView } from "../model/entity-view.js";
import { hierarchyPath } from "../model/hierarchy.js";
import { sentFields } from "../model/operation-models.js";
import { projectIndex } from "../model/project-index.js";
import { runRestOperation } from "../model/rest-operation.js";
import { ayonRoute, callerOf, parseBody, pathParam, projectOf, queryBool } from "../model/route-support.js";
import { Transaction } from "../model/transaction.js";
import type { FolderRecord, JsonObject, ProjectRecord } from "../state/records.js";
import { type EmulatorState, resolveAttrib } from "../state/store.js";

// api/folders/folders.py and api/folders/list_folders.py. Writes go through the operations code
// path, exactly as upstream does.

export function registerFolderRoutes(router: Router): void {
  router.add("GET", "/api/projects/:projectName/folders", ayonRoute(listFolders));
  router.add("POST", "/api/projects/:projectName/folders", ayonRoute(createFolder));
  router.add("GET", "/api/projects/:projectName/folders/:folderId", ayonRoute(getFolder));
  router.add("PATCH", "/api/projects/:projectName/folders/:folderId", ayonRoute(updateFolder));
  router.add("DELETE", "/api/projects/:projectName/folders/:folderId", ayonRoute(deleteFolder));
}

function getFolder(input: HandlerInput) {
  const context = callerOf(input);
  const project = projectOf(input.state, input, context);
  const folderId = pathParam(input, "folderId", "entityId");
  const folder = loadEntity(new Transaction(project), "folder", folderId);
  return { status: 200, body: folderView(input.state, project, folder) };
}

async function createFolder(input: HandlerInput) {
  const context = callerOf(input);
  const project = projectOf(input.state, input, context);
  const body = parseBody(postModel(input.state.attributes, "folder"), input);
  const result = await runRestOperation(input.state, context, project, {
    type: "create",
    entityType: "folder",
    entityId: null,
    data: sentFields(body),
    force: false,
  });
  return { status: 201, body: { id: result.entityId } };
}

async function updateFolder(input: HandlerInput) {
  const context = callerOf(input);
  const project = projectOf(input.state, input, context);
  const folderId = pathParam(input, "folderId", "entityId");
  const body = parseBody(patchModel(input.state.attributes, "folder"), input);
  await runRestOperation(input.state, context, project, {
    type: "update",
    entityType: "folder",
    entityId: folderId,
    data: sentFields(body),
    force: false,
  });
  return { status: 204 };
}

async function deleteFolder(input: HandlerInput) {
  const context = callerOf(input);
  const project = projectOf(input.state, input, context);
  const folderId = pathParam(input, "folderId", "entityId");
  const force = queryBool(input, "force") ?? false;
  await runRestOperation(input.state, context, project, {
    type: "delete",
    entityType: "folder",
    entityId: folderId,
    data: null,
    force,
  });
  return { status: 204 };
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
