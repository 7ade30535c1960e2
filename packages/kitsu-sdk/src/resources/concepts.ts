import { type DeleteOptions, forceQuery } from "./delete-options.js";
import { body, type CallOptions, done, init, type KitsuHttp, type Schemas } from "./http.js";

/** Concepts (their tasks use the task statuses flagged `for_concept`). */
export function conceptsResource(http: KitsuHttp) {
  return {
    list: (projectId: string, o: CallOptions = {}) =>
      body(
        http.GET("/data/projects/{project_id}/concepts", { params: { path: { project_id: projectId } }, ...init(o) }),
      ),
    get: (id: string, o: CallOptions = {}) =>
      body(http.GET("/data/concepts/{concept_id}", { params: { path: { concept_id: id } }, ...init(o) })),
    create: (projectId: string, fields: Schemas["NewConcept"], o: CallOptions = {}) =>
      body(
        http.POST("/data/projects/{project_id}/concepts", {
          params: { path: { project_id: projectId } },
          body: fields,
          ...init(o),
        }),
      ),
    delete: (id: string, o: DeleteOptions = {}) =>
      done(
        http.DELETE("/data/concepts/{concept_id}", {
          params: { path: { concept_id: id }, query: forceQuery(o) },
          ...init(o),
        }),
      ),
  };
}
