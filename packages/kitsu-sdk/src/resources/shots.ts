import { type DeleteOptions, forceQuery } from "./delete-options.js";
import { updateEntity } from "./entity-update.js";
import { body, type CallOptions, done, episodeFilter, init, type KitsuHttp, type Schemas } from "./http.js";

/** Shots. Frame range and fps live in `data` (`frame_in`, `frame_out`, `fps`); the full and with-tasks reads also give them at the top level. */
export function shotsResource(http: KitsuHttp) {
  return {
    list: (projectId: string, o: CallOptions = {}) =>
      body(http.GET("/data/projects/{project_id}/shots", { params: { path: { project_id: projectId } }, ...init(o) })),
    /** Every shot of a project with its tasks, in one request. */
    listWithTasks: (projectId: string, o: CallOptions & { episodeId?: string } = {}) =>
      body(
        http.GET("/data/shots/with-tasks", {
          params: { query: { project_id: projectId, ...episodeFilter(o.episodeId) } },
          ...init(o),
        }),
      ),
    /** The full shot. Zou answers 404 for a shot without a sequence (its full read joins on it): use `entities.get`. */
    get: (id: string, o: CallOptions = {}) =>
      body(http.GET("/data/shots/{shot_id}", { params: { path: { shot_id: id } }, ...init(o) })),
    create: (projectId: string, fields: Schemas["NewShot"], o: CallOptions = {}) =>
      body(
        http.POST("/data/projects/{project_id}/shots", {
          params: { path: { project_id: projectId } },
          body: fields,
          ...init(o),
        }),
      ),
    /** Renames the shot (`shot:update`); 400 when its sequence has a shot of that name. */
    rename: (id: string, name: string, o: CallOptions = {}) => updateEntity(http, id, { name }, o),
    /**
     * Moves the shot to another sequence (its `parent_id`; `shot:update`, which carries only the
     * shot's id). The shot's episode follows its new sequence.
     */
    move: (id: string, sequenceId: string, o: CallOptions = {}) => updateEntity(http, id, { parent_id: sequenceId }, o),
    /**
     * Kitsu's CSV import: one request for many shots (`Sequence`, `Name`, optional `Episode`, `Frame In`,
     * `Frame Out`, `Nb Frames`, `Description`...). Missing sequences and episodes are created; each row
     * emits its own `shot:new`. `update: true` updates existing shots instead of skipping them.
     */
    importCsv: (projectId: string, csv: string, o: CallOptions & { update?: boolean } = {}) => {
      const form = new FormData();
      form.append("file", new Blob([csv], { type: "text/csv" }), "shots.csv");
      return body(
        http.POST("/import/csv/projects/{project_id}/shots", {
          params: { path: { project_id: projectId }, ...(o.update ? { query: { update: true } } : {}) },
          body: form as never,
          bodySerializer: () => form,
          ...init(o),
        }),
      );
    },
    delete: (id: string, o: DeleteOptions = {}) =>
      done(
        http.DELETE("/data/shots/{shot_id}", { params: { path: { shot_id: id }, query: forceQuery(o) }, ...init(o) }),
      ),
  };
}
