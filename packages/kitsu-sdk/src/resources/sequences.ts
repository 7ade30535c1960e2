import { type DeleteOptions, forceQuery } from "./delete-options.js";
import { updateEntity } from "./entity-update.js";
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
    /** Renames the sequence (`sequence:update`); 400 when its episode has a sequence of that name. */
    rename: (id: string, name: string, o: CallOptions = {}) => updateEntity(http, id, { name }, o),
    /**
     * Moves the sequence, with its shots, to another episode (its `parent_id`; null for none), emitting
     * one `sequence:update` and nothing for the shots. `shots.get` of those shots may give the old
     * episode for up to 2 minutes: Zou caches the full shot for 120 s and this change does not clear it
     * (`zou/app/services/shots_service.py get_full_shot`); `shots.listWithTasks` reads it fresh.
     */
    move: (id: string, episodeId: string | null, o: CallOptions = {}) =>
      updateEntity(http, id, { parent_id: episodeId }, o),
    delete: (id: string, o: DeleteOptions = {}) =>
      done(
        http.DELETE("/data/sequences/{sequence_id}", {
          params: { path: { sequence_id: id }, query: forceQuery(o) },
          ...init(o),
        }),
      ),
  };
}
