import { type DeleteOptions, forceQuery } from "./delete-options.js";
import { body, type CallOptions, done, init, type KitsuHttp, type Schemas } from "./http.js";

export function sequencesResource(http: KitsuHttp) {
  return {
    list: (projectId: string, o: CallOptions = {}) =>
      body(
        http.GET("/data/projects/{project_id}/sequences", { params: { path: { project_id: projectId } }, ...init(o) }),
      ),
    listWithTasks: (projectId: string, o: CallOptions = {}) =>
      body(http.GET("/data/sequences/with-tasks", { params: { query: { project_id: projectId } }, ...init(o) })),
    get: (id: string, o: CallOptions = {}) =>
      body(http.GET("/data/sequences/{sequence_id}", { params: { path: { sequence_id: id } }, ...init(o) })),
    create: (projectId: string, fields: Schemas["NewSequence"], o: CallOptions = {}) =>
      body(
        http.POST("/data/projects/{project_id}/sequences", {
          params: { path: { project_id: projectId } },
          body: fields,
          ...init(o),
        }),
      ),
    delete: (id: string, o: DeleteOptions = {}) =>
      done(
        http.DELETE("/data/sequences/{sequence_id}", {
          params: { path: { sequence_id: id }, query: forceQuery(o) },
          ...init(o),
        }),
      ),
  };
}
