import { type AyonHttp, body, type CallOptions, done, init, type Schemas } from "./http.js";

export type AyonFolder = Schemas["FolderModel"];
export type FolderCreate = Schemas["FolderPostModel"];
export type FolderPatch = Schemas["FolderPatchModel"];

const at = (project: string, id: string) => ({ path: { project_name: project, folder_id: id } });

export function foldersResource(http: AyonHttp) {
  return {
    /** Creates a folder; pass `id` (32 hex, see `newEntityId`) to choose its id. Resolves to the id. */
    create: async (project: string, folder: FolderCreate, o: CallOptions = {}) =>
      (
        await body(
          http.POST("/api/projects/{project_name}/folders", {
            params: { path: { project_name: project } },
            body: folder,
            ...init(o),
          }),
        )
      ).id,
    /** One folder, with resolved `attrib` and the names of its own attributes in `ownAttrib`. */
    get: (project: string, id: string, o: CallOptions = {}) =>
      body(http.GET("/api/projects/{project_name}/folders/{folder_id}", { params: at(project, id), ...init(o) })),
    /**
     * Partial update. `attrib` and `data` are merged one level deep; a key set to `null` is removed,
     * so an attribute reverts to its inherited value. Name, type or parent changes of a folder with
     * published versions are refused (403).
     */
    update: (project: string, id: string, patch: FolderPatch, o: CallOptions = {}) =>
      done(
        http.PATCH("/api/projects/{project_name}/folders/{folder_id}", {
          params: at(project, id),
          body: patch,
          ...init(o),
        }),
      ),
    /** Deletes the folder with its subfolders and tasks; AYON emits one `entity.folder.deleted` for all. */
    delete: (project: string, id: string, o: CallOptions & { force?: boolean } = {}) =>
      done(
        http.DELETE("/api/projects/{project_name}/folders/{folder_id}", {
          params: { ...at(project, id), ...(o.force === undefined ? {} : { query: { force: o.force } }) },
          ...init(o),
        }),
      ),
  };
}
