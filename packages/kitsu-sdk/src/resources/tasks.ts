import { type DeleteOptions, forceQuery } from "./delete-options.js";
import {
  allPages,
  body,
  byIds,
  type CallOptions,
  done,
  episodeFilter,
  init,
  type KitsuHttp,
  type Schemas,
} from "./http.js";
import { type KitsuUpload, multipartForm } from "./uploads.js";

/** Options of a comment: files to attach to it. */
export interface CommentOptions extends CallOptions {
  /** Files attached to the comment, sent with it in one multipart request. */
  attachments?: readonly KitsuUpload[];
}

export interface TaskFilter {
  projectId?: string;
  entityId?: string;
  taskTypeId?: string;
  taskStatusId?: string;
  /** A person id: tasks assigned to that person. */
  assignee?: string;
}

/**
 * Tasks, their status changes and their assignees. A status change is a comment (`comment()`), the
 * way Kitsu records it: that is what emits `task:status-changed`, counts retakes and runs status
 * automations. `update()` with `task_status_id` changes the row only (zou/app/services/comments_service.py).
 */
export function tasksResource(http: KitsuHttp) {
  const task = (task_id: string) => ({ path: { task_id } });
  return {
    /** Every task of a project with its assignees, all pages read. */
    listForProject: (projectId: string, o: CallOptions & { taskTypeId?: string; episodeId?: string } = {}) =>
      allPages<Schemas["TaskWithAssignees"]>(async (page) =>
        body(
          http.GET("/data/projects/{project_id}/tasks", {
            params: {
              path: { project_id: projectId },
              query: {
                page,
                ...(o.taskTypeId ? { task_type_id: o.taskTypeId } : {}),
                ...episodeFilter(o.episodeId),
              },
            },
            ...init(o),
          }),
        ),
      ),
    /** Tasks matching every given filter, all pages read. */
    list: (filter: TaskFilter, o: CallOptions = {}) =>
      allPages<Schemas["Task"]>(async (page) =>
        body(
          http.GET("/data/tasks", {
            params: {
              query: {
                page,
                ...(filter.projectId ? { project_id: filter.projectId } : {}),
                ...(filter.entityId ? { entity_id: filter.entityId } : {}),
                ...(filter.taskTypeId ? { task_type_id: filter.taskTypeId } : {}),
                ...(filter.taskStatusId ? { task_status_id: filter.taskStatusId } : {}),
                ...(filter.assignee ? { assignees: filter.assignee } : {}),
              },
            },
            ...init(o),
          }),
        ),
      ),
    /** Tasks by id with their assignees, in bulk (about 60 ids per request); ids that no longer exist are absent. */
    listByIds: (ids: readonly string[], o: CallOptions = {}) =>
      byIds(ids, async (id) => {
        const rows = await body(http.GET("/data/tasks", { params: { query: { id, relations: true } }, ...init(o) }));
        return (Array.isArray(rows) ? rows : rows.data) as Schemas["TaskWithAssignees"][];
      }),
    get: (id: string, o: CallOptions = {}) => body(http.GET("/data/tasks/{task_id}", { params: task(id), ...init(o) })),
    /** The task with its entity, type, status, project and assignees as objects. */
    getFull: (id: string, o: CallOptions = {}) =>
      body(http.GET("/data/tasks/{task_id}/full", { params: task(id), ...init(o) })),
    /**
     * Zou answers 400 "Task already exists." for a duplicate (name, type, entity). `assignees` are set
     * without `task:assign` events or notifications (only `task:new` is emitted), ids of persons that
     * do not exist are dropped silently, and assignees are not added to the project team: `assign`
     * does all three (`zou/app/blueprints/crud/task.py TasksResource.post`).
     */
    create: (fields: Schemas["TaskCreate"], o: CallOptions = {}) =>
      body(http.POST("/data/tasks", { body: fields, ...init(o) })),
    update: (id: string, fields: Schemas["TaskUpdate"], o: CallOptions = {}) =>
      body(http.PUT("/data/tasks/{task_id}", { params: task(id), body: fields, ...init(o) })),
    delete: (id: string, o: DeleteOptions = {}) =>
      done(http.DELETE("/data/tasks/{task_id}", { params: { ...task(id), query: forceQuery(o) }, ...init(o) })),
    /** Creates a task of this type on the given shots (when none given: every shot of the project that has a sequence). */
    createForShots: (projectId: string, taskTypeId: string, shotIds: string[] = [], o: CallOptions = {}) =>
      body(
        http.POST("/actions/projects/{project_id}/task-types/{task_type_id}/shots/create-tasks", {
          params: { path: { project_id: projectId, task_type_id: taskTypeId } },
          body: shotIds,
          ...init(o),
        }),
      ),
    /** Creates a task of this type on the given assets (all assets of the project when none given). */
    createForAssets: (projectId: string, taskTypeId: string, assetIds: string[] = [], o: CallOptions = {}) =>
      body(
        http.POST("/actions/projects/{project_id}/task-types/{task_type_id}/assets/create-tasks", {
          params: { path: { project_id: projectId, task_type_id: taskTypeId } },
          body: assetIds,
          ...init(o),
        }),
      ),
    /**
     * Comments on the task and sets its status: the way Kitsu records a status change. The author is
     * the caller, or `person_id` when the caller is a manager or admin (the logged events keep the
     * caller as their `userId` either way). With `attachments`, the files are sent with the comment in
     * one multipart request. A task, status or author that does not exist gives `KitsuNotFoundError`
     * and no comment.
     */
    comment: (id: string, fields: Schemas["CommentCreate"], o: CommentOptions = {}) => {
      const files = o.attachments ?? [];
      return body(
        http.POST("/actions/tasks/{task_id}/comment", {
          params: task(id),
          body: fields,
          ...(files.length > 0 ? { bodySerializer: () => multipartForm({ ...fields }, files) } : {}),
          ...init(o),
        }),
      );
    },
    /** Shorthand for `comment(id, { task_status_id, comment })`. */
    setStatus: (id: string, taskStatusId: string, comment = "", o: CallOptions = {}) =>
      body(
        http.POST("/actions/tasks/{task_id}/comment", {
          params: task(id),
          body: { task_status_id: taskStatusId, comment },
          ...init(o),
        }),
      ),
    comments: (id: string, o: CallOptions = {}) =>
      body(http.GET("/data/tasks/{task_id}/comments", { params: task(id), ...init(o) })),
    /**
     * Assigns the person (`task:assign`, a notification) and adds them to the project team. A person
     * that does not exist gives `KitsuBadRequestError`; a bot gives `KitsuPermissionError` unless the
     * project enables bot collaboration.
     */
    assign: (id: string, personId: string, o: CallOptions = {}) =>
      body(
        http.PUT("/actions/tasks/{task_id}/assign", { params: task(id), body: { person_id: personId }, ...init(o) }),
      ),
    /** Gives several tasks to one person. */
    assignMany: (personId: string, taskIds: string[], o: CallOptions = {}) =>
      body(
        http.PUT("/actions/persons/{person_id}/assign", {
          params: { path: { person_id: personId } },
          body: { task_ids: taskIds },
          ...init(o),
        }),
      ),
    /**
     * Removes `personId` from the tasks, or every assignee when no person is given (`task:unassign`
     * per assignee removed). Answers the ids of the tasks changed: tasks that do not exist are skipped.
     */
    unassign: (taskIds: string[], personId?: string, o: CallOptions = {}) =>
      body(
        http.PUT("/actions/tasks/clear-assignation", {
          body: { task_ids: taskIds, ...(personId ? { person_id: personId } : {}) },
          ...init(o),
        }),
      ),
  };
}
