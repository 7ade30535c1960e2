import { type DeleteOptions, forceQuery } from "./delete-options.js";
import { body, type CallOptions, done, episodeFilter, init, type KitsuHttp, type Schemas } from "./http.js";

export function editsResource(http: KitsuHttp) {
  return {
    list: (projectId: string, o: CallOptions = {}) =>
      body(http.GET("/data/projects/{project_id}/edits", { params: { path: { project_id: projectId } }, ...init(o) })),
    listWithTasks: (projectId: string, o: CallOptions & { episodeId?: string } = {}) =>
      body(
        http.GET("/data/edits/with-tasks", {
          params: { query: { project_id: projectId, ...episodeFilter(o.episodeId) } },
          ...init(o),
        }),
      ),
    get: (id: string, o: CallOptions = {}) =>
      body(http.GET("/data/edits/{edit_id}", { params: { path: { edit_id: id } }, ...init(o) })),
    create: (projectId: string, fields: Schemas["NewEdit"], o: CallOptions = {}) =>
      body(
        http.POST("/data/projects/{project_id}/edits", {
          params: { path: { project_id: projectId } },
          body: fields,
          ...init(o),
        }),
      ),
    delete: (id: string, o: DeleteOptions = {}) =>
      done(
        http.DELETE("/data/edits/{edit_id}", { params: { path: { edit_id: id }, query: forceQuery(o) }, ...init(o) }),
      ),
  };
}
