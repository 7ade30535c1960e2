import { type DeleteOptions, forceQuery } from "./delete-options.js";
import { updateEntity } from "./entity-update.js";
import { body, type CallOptions, done, init, type KitsuHttp, type Schemas } from "./http.js";

export function episodesResource(http: KitsuHttp) {
  return {
    list: (projectId: string, o: CallOptions = {}) =>
      body(
        http.GET("/data/projects/{project_id}/episodes", { params: { path: { project_id: projectId } }, ...init(o) }),
      ),
    listWithTasks: (projectId: string, o: CallOptions = {}) =>
      body(http.GET("/data/episodes/with-tasks", { params: { query: { project_id: projectId } }, ...init(o) })),
    get: (id: string, o: CallOptions = {}) =>
      body(http.GET("/data/episodes/{episode_id}", { params: { path: { episode_id: id } }, ...init(o) })),
    create: (projectId: string, fields: Schemas["NewEpisode"], o: CallOptions = {}) =>
      body(
        http.POST("/data/projects/{project_id}/episodes", {
          params: { path: { project_id: projectId } },
          body: fields,
          ...init(o),
        }),
      ),
    /** Renames the episode (`episode:update`); 400 when the project has an episode of that name. */
    rename: (id: string, name: string, o: CallOptions = {}) => updateEntity(http, id, { name }, o),
    delete: (id: string, o: DeleteOptions = {}) =>
      done(
        http.DELETE("/data/episodes/{episode_id}", {
          params: { path: { episode_id: id }, query: forceQuery(o) },
          ...init(o),
        }),
      ),
  };
}
