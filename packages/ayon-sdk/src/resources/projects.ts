import { type AnatomyItem, mergeAnatomyItems } from "./anatomy.js";
import { type AyonHttp, body, type CallOptions, done, init, type Schemas } from "./http.js";

export type AyonProject = Schemas["ProjectModel"];
export type DeployProjectRequest = Schemas["DeployProjectRequestModel"];
export type ProjectPatch = Schemas["ProjectPatchModel"];

/** What `ensureAnatomy` adds or updates; nothing is ever removed. */
export interface AnatomyChanges {
  statuses?: AnatomyItem[];
  taskTypes?: AnatomyItem[];
  folderTypes?: AnatomyItem[];
}

export interface EnsureAnatomyResult {
  /** False when the project already had everything: no request was sent. */
  patched: boolean;
  added: Partial<Record<keyof AnatomyChanges, string[]>>;
  updated: Partial<Record<keyof AnatomyChanges, string[]>>;
  renamed: Partial<Record<keyof AnatomyChanges, { from: string; to: string }[]>>;
}

const LISTS = ["statuses", "taskTypes", "folderTypes"] as const;

export function projectsResource(http: AyonHttp) {
  const get = (name: string, o: CallOptions = {}) =>
    body(http.GET("/api/projects/{project_name}", { params: { path: { project_name: name } }, ...init(o) }));
  const patch = (name: string, changes: ProjectPatch, o: CallOptions = {}) =>
    done(
      http.PATCH("/api/projects/{project_name}", {
        params: { path: { project_name: name } },
        body: changes,
        ...init(o),
      }),
    );
  return {
    /** Projects the identity can see (`GET /api/projects`). */
    list: async (filter: { active?: boolean; library?: boolean } = {}, o: CallOptions = {}) =>
      (await body(http.GET("/api/projects", { params: { query: filter }, ...init(o) }))).projects ?? [],
    get,
    /**
     * Creates a project with its anatomy (`POST /api/projects`, "deploy"): AYON creates the schema,
     * the anatomy lists and default access, then emits `entity.project.created`. The anatomy uses
     * snake_case keys (`folder_types`, `task_types`); without one AYON uses its primary preset.
     */
    deploy: (request: DeployProjectRequest, o: CallOptions = {}) =>
      done(http.POST("/api/projects", { body: request, ...init(o) })),
    /**
     * `PATCH /api/projects/{name}`. Careful: `statuses`, `taskTypes`, `folderTypes` and `tags`
     * REPLACE the project's lists; use `ensureAnatomy` to add or update items.
     */
    patch,
    /** Drops the project and everything in it, with a single `entity.project.deleted` event. */
    delete: (name: string, o: CallOptions = {}) =>
      done(http.DELETE("/api/projects/{project_name}", { params: { path: { project_name: name } }, ...init(o) })),
    /** The project's full anatomy, snake_case (`GET /api/projects/{name}/anatomy`). */
    anatomy: (name: string, o: CallOptions = {}) =>
      body(http.GET("/api/projects/{project_name}/anatomy", { params: { path: { project_name: name } }, ...init(o) })),
    /**
     * Adds and updates statuses, task types and folder types, keeping every other item and its
     * position: reads the project, merges, and patches only the lists that changed (none: no request).
     */
    async ensureAnatomy(name: string, changes: AnatomyChanges, o: CallOptions = {}): Promise<EnsureAnatomyResult> {
      const project = await get(name, o);
      const request: ProjectPatch = {};
      const result: EnsureAnatomyResult = { patched: false, added: {}, updated: {}, renamed: {} };
      for (const list of LISTS) {
        const wanted = changes[list];
        if (!wanted?.length) continue;
        const merged = mergeAnatomyItems((project[list] ?? []) as AnatomyItem[], wanted);
        if (!merged.changed) continue;
        (request as Record<string, unknown>)[list] = merged.items;
        result.added[list] = merged.added;
        result.updated[list] = merged.updated;
        result.renamed[list] = merged.renamed;
      }
      if (Object.keys(request).length === 0) return result;
      await patch(name, request, o);
      result.patched = true;
      return result;
    },
  };
}
