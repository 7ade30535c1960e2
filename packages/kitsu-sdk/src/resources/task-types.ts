import { body, type CallOptions, done, init, type KitsuHttp, type Schemas } from "./http.js";

/** Studio-wide task types (`projects.taskTypes()` gives those enabled on a project). */
export function taskTypesResource(http: KitsuHttp) {
  const taskType = (task_type_id: string) => ({ path: { task_type_id } });
  return {
    list: (o: CallOptions = {}) => body(http.GET("/data/task-types", init(o))),
    get: (id: string, o: CallOptions = {}) =>
      body(http.GET("/data/task-types/{task_type_id}", { params: taskType(id), ...init(o) })),
    create: (fields: Schemas["TaskTypeCreate"], o: CallOptions = {}) =>
      body(http.POST("/data/task-types", { body: fields, ...init(o) })),
    update: (id: string, fields: Schemas["TaskTypeUpdate"], o: CallOptions = {}) =>
      body(http.PUT("/data/task-types/{task_type_id}", { params: taskType(id), body: fields, ...init(o) })),
    delete: (id: string, o: CallOptions = {}) =>
      done(http.DELETE("/data/task-types/{task_type_id}", { params: taskType(id), ...init(o) })),
  };
}
