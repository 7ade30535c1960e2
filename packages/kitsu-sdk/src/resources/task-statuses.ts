import { body, type CallOptions, done, init, type KitsuHttp, type Schemas } from "./http.js";

/** Studio-wide task statuses (`projects.taskStatuses()` gives those enabled on a project). */
export function taskStatusesResource(http: KitsuHttp) {
  const status = (task_status_id: string) => ({ path: { task_status_id } });
  return {
    list: (o: CallOptions = {}) => body(http.GET("/data/task-status", init(o))),
    get: (id: string, o: CallOptions = {}) =>
      body(http.GET("/data/task-status/{task_status_id}", { params: status(id), ...init(o) })),
    create: (fields: Schemas["TaskStatusCreate"], o: CallOptions = {}) =>
      body(http.POST("/data/task-status", { body: fields, ...init(o) })),
    update: (id: string, fields: Schemas["TaskStatusUpdate"], o: CallOptions = {}) =>
      body(http.PUT("/data/task-status/{task_status_id}", { params: status(id), body: fields, ...init(o) })),
    delete: (id: string, o: CallOptions = {}) =>
      done(http.DELETE("/data/task-status/{task_status_id}", { params: status(id), ...init(o) })),
  };
}
