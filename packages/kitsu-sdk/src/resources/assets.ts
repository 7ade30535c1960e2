import { type DeleteOptions, forceQuery } from "./delete-options.js";
import { updateEntity } from "./entity-update.js";
import { body, type CallOptions, done, episodeFilter, init, type KitsuHttp, type Schemas } from "./http.js";

export function assetsResource(http: KitsuHttp) {
  return {
    list: (projectId: string, o: CallOptions = {}) =>
      body(http.GET("/data/projects/{project_id}/assets", { params: { path: { project_id: projectId } }, ...init(o) })),
    /** Every asset of a project with its tasks, in one request. */
    listWithTasks: (projectId: string, o: CallOptions & { episodeId?: string } = {}) =>
      body(
        http.GET("/data/assets/with-tasks", {
          params: { query: { project_id: projectId, ...episodeFilter(o.episodeId) } },
          ...init(o),
        }),
      ),
    get: (id: string, o: CallOptions = {}) =>
      body(http.GET("/data/assets/{asset_id}", { params: { path: { asset_id: id } }, ...init(o) })),
    /** Creates an asset of this type; in a TV show, `episode_id` ties it to an episode (its `source_id`). */
    create: (projectId: string, assetTypeId: string, fields: Schemas["NewAsset"], o: CallOptions = {}) =>
      body(
        http.POST("/data/projects/{project_id}/asset-types/{asset_type_id}/assets/new", {
          params: { path: { project_id: projectId, asset_type_id: assetTypeId } },
          body: fields,
          ...init(o),
        }),
      ),
    /** Renames the asset (`asset:update`); 400 when an asset of that type already has the name. */
    rename: (id: string, name: string, o: CallOptions = {}) => updateEntity(http, id, { name }, o),
    /**
     * Ties the asset to another episode, or to none with null. An asset's episode is its `source_id`
     * (`parent_id` stays null); the full read (`get`) gives it as `episode_id`. Emits `asset:update`.
     */
    setEpisode: (id: string, episodeId: string | null, o: CallOptions = {}) =>
      updateEntity(http, id, { source_id: episodeId }, o),
    delete: (id: string, o: DeleteOptions = {}) =>
      done(
        http.DELETE("/data/assets/{asset_id}", {
          params: { path: { asset_id: id }, query: forceQuery(o) },
          ...init(o),
        }),
      ),
  };
}
