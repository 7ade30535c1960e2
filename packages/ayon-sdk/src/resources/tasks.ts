import { type AyonHttp, body, type CallOptions, done, init, type Schemas } from "./http.js";

export type AyonTask = Schemas["TaskModel"];
export type TaskCreate = Schemas["TaskPostModel"];
export type TaskPatch = Schemas["TaskPatchModel"];
export type AssignMode = Schemas["AssignUsersRequestModel"]["mode"];

const at = (project: string, id: string) => ({ path: { project_name: project, task_id: id } });

export function tasksResource(http: AyonHttp) {
  return {
    /** Creates a task; pass `id` (32 hex) to choose its id. Resolves to the id. */
    create: async (project: string, task: TaskCreate, o: CallOptions = {}) =>
      (
        await body(
          http.POST("/api/projects/{project_name}/tasks", {
            params: { path: { project_name: project } },
            body: task,
            ...init(o),
          }),
        )
      ).id,
    get: (project: string, id: string, o: CallOptions = {}) =>
      body(http.GET("/api/projects/{project_name}/tasks/{task_id}", { params: at(project, id), ...init(o) })),
    /** Partial update; `attrib` and `data` merged one level deep, `null` reverts to inherited. */
    update: (project: string, id: string, patch: TaskPatch, o: CallOptions = {}) =>
      done(
        http.PATCH("/api/projects/{project_name}/tasks/{task_id}", {
          params: at(project, id),
          body: patch,
          ...init(o),
        }),
      ),
    delete: (project: string, id: string, o: CallOptions = {}) =>
      done(http.DELETE("/api/projects/{project_name}/tasks/{task_id}", { params: at(project, id), ...init(o) })),
    /**
     * Adds, removes or sets assignees (user names). AYON does not check that the users exist.
     * @default mode "set"
     */
    assign: (project: string, id: string, users: string[], o: CallOptions & { mode?: AssignMode } = {}) =>
      done(
        http.POST("/api/projects/{project_name}/tasks/{task_id}/assign", {
          params: at(project, id),
          body: { mode: o.mode ?? "set", users },
          ...init(o),
        }),
      ),
  };
}
