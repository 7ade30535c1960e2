import { type DeleteOptions, forceQuery } from "./delete-options.js";
import { body, type CallOptions, done, init, type KitsuHttp, type Schemas } from "./http.js";

const project = (project_id: string) => ({ path: { project_id } });

/** Productions: open and all projects, one project, its team and its enabled task types, statuses and asset types. */
export function projectsResource(http: KitsuHttp) {
  return {
    /** Open projects (all of them for an admin; the caller's team's otherwise), with their settings. */
    listOpen: (o: CallOptions = {}) => body(http.GET("/data/projects/open", init(o))),
    listAll: (o: CallOptions = {}) => body(http.GET("/data/projects/all", init(o))),
    get: (id: string, o: CallOptions = {}) =>
      body(http.GET("/data/projects/{project_id}", { params: project(id), ...init(o) })),
    create: (fields: Schemas["ProjectCreate"], o: CallOptions = {}) =>
      body(http.POST("/data/projects", { body: fields, ...init(o) })),
    update: (id: string, fields: Schemas["ProjectUpdate"], o: CallOptions = {}) =>
      body(http.PUT("/data/projects/{project_id}", { params: project(id), body: fields, ...init(o) })),
    /** Zou deletes only closed projects; `force` deletes everything in it. */
    delete: (id: string, o: DeleteOptions = {}) =>
      done(
        http.DELETE("/data/projects/{project_id}", { params: { ...project(id), query: forceQuery(o) }, ...init(o) }),
      ),
    team: (id: string, o: CallOptions = {}) =>
      body(http.GET("/data/projects/{project_id}/team", { params: project(id), ...init(o) })),
    addTeamMember: (id: string, personId: string, o: CallOptions = {}) =>
      body(
        http.POST("/data/projects/{project_id}/team", {
          params: project(id),
          body: { person_id: personId },
          ...init(o),
        }),
      ),
    removeTeamMember: (id: string, personId: string, o: CallOptions = {}) =>
      done(
        http.DELETE("/data/projects/{project_id}/team/{person_id}", {
          params: { path: { project_id: id, person_id: personId } },
          ...init(o),
        }),
      ),
    taskTypes: (id: string, o: CallOptions = {}) =>
      body(http.GET("/data/projects/{project_id}/task-types", { params: project(id), ...init(o) })),
    assetTypes: (id: string, o: CallOptions = {}) =>
      body(http.GET("/data/projects/{project_id}/asset-types", { params: project(id), ...init(o) })),
    /** The task statuses enabled for the project (`taskStatuses.list()` gives the studio-wide ones). */
    taskStatuses: (id: string, o: CallOptions = {}) =>
      body(http.GET("/data/projects/{project_id}/settings/task-status", { params: project(id), ...init(o) })),
    addTaskType: (id: string, taskTypeId: string, o: CallOptions = {}) =>
      body(
        http.POST("/data/projects/{project_id}/settings/task-types", {
          params: project(id),
          body: { task_type_id: taskTypeId },
          ...init(o),
        }),
      ),
    addTaskStatus: (id: string, taskStatusId: string, o: CallOptions = {}) =>
      body(
        http.POST("/data/projects/{project_id}/settings/task-status", {
          params: project(id),
          body: { task_status_id: taskStatusId },
          ...init(o),
        }),
      ),
    addAssetType: (id: string, assetTypeId: string, o: CallOptions = {}) =>
      body(
        http.POST("/data/projects/{project_id}/settings/asset-types", {
          params: project(id),
          body: { asset_type_id: assetTypeId },
          ...init(o),
        }),
      ),
    /** Custom fields (metadata descriptors) defined on the project's entities and tasks. */
    metadataDescriptors: (id: string, o: CallOptions = {}) =>
      body(http.GET("/data/projects/{project_id}/metadata-descriptors", { params: project(id), ...init(o) })),
    /**
     * Creates a custom field. Kitsu shows a `data` key as a column only when a descriptor names it,
     * under the descriptor's `field_name`: the slug of `name` (`Camera Lens` gives `camera_lens`), so
     * write values under the returned `field_name`. Task fields need `task_type_id`. A second
     * descriptor of the same field and entity type gives `KitsuBadRequestError`. Zou does not check
     * the values written to `data` against `data_type` or `choices`.
     */
    addMetadataDescriptor: (id: string, fields: Schemas["MetadataDescriptorCreate"], o: CallOptions = {}) =>
      body(
        http.POST("/data/projects/{project_id}/metadata-descriptors", {
          params: project(id),
          body: fields,
          ...init(o),
        }),
      ),
    /** Project statuses (`Open`, `Closed`...). */
    statuses: (o: CallOptions = {}) => body(http.GET("/data/project-status", init(o))),
  };
}
