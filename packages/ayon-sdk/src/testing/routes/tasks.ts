import { isManager } from "../http/context.js";
import type { HandlerInput, Router } from "../http/router.js";
import { loadEntity } from "../model/entity-load.js";
import { patchModel, postModel } from "../model/entity-models.js";
import { taskView } from "../model/entity-view.js";
import { dispatchEvents, originOf } from "../model/event-dispatch.js";
import { forbiddenException } from "../model/failures.js";
import { sentFields } from "../model/operation-models.js";
import { withProjectLock } from "../model/project-lock.js";
import type { ModelSpec } from "../model/pydantic.js";
import { runRestOperation } from "../model/rest-operation.js";
import { ayonRoute, callerOf, parseBody, pathParam, projectOf } from "../model/route-support.js";
import { Transaction } from "../model/transaction.js";

// api/tasks/tasks.py. Create, update and delete go through the operations code path; `assign`
// saves the task directly and emits its own event, as upstream does.

const ASSIGN_MODEL: ModelSpec = {
  name: "AssignUsersRequestModel",
  camelize: true,
  fields: [
    { name: "mode", type: { literal: ["add", "remove", "set"] }, required: true },
    { name: "users", type: "list_str", required: true },
  ],
};

export function registerTaskRoutes(router: Router): void {
  router.add("POST", "/api/projects/:projectName/tasks", ayonRoute(createTask));
  router.add("GET", "/api/projects/:projectName/tasks/:taskId", ayonRoute(getTask));
  router.add("PATCH", "/api/projects/:projectName/tasks/:taskId", ayonRoute(updateTask));
  router.add("DELETE", "/api/projects/:projectName/tasks/:taskId", ayonRoute(deleteTask));
  router.add("POST", "/api/projects/:projectName/tasks/:taskId/assign", ayonRoute(assignTask));
}

function getTask(input: HandlerInput) {
  const context = callerOf(input);
  const project = projectOf(input.state, input, context);
  const taskId = pathParam(input, "taskId", "entityId");
  const task = loadEntity(new Transaction(project), "task", taskId);
  return { status: 200, body: taskView(input.state, project, task) };
}

async function createTask(input: HandlerInput) {
  const context = callerOf(input);
  const project = projectOf(input.state, input, context);
  const body = parseBody(postModel(input.state.attributes, "task"), input);
  const result = await runRestOperation(input.state, context, project, {
    type: "create",
    entityType: "task",
    entityId: null,
    data: sentFields(body),
    force: false,
  });
  return { status: 201, body: { id: result.entityId } };
}

async function updateTask(input: HandlerInput) {
  const context = callerOf(input);
  const project = projectOf(input.state, input, context);
  const taskId = pathParam(input, "taskId", "entityId");
  const body = parseBody(patchModel(input.state.attributes, "task"), input);
  await runRestOperation(input.state, context, project, {
    type: "update",
    entityType: "task",
    entityId: taskId,
    data: sentFields(body),
    force: false,
  });
  return { status: 204 };
}

async function deleteTask(input: HandlerInput) {
  const context = callerOf(input);
  const project = projectOf(input.state, input, context);
  const taskId = pathParam(input, "taskId", "entityId");
  await runRestOperation(input.state, context, project, {
    type: "delete",
    entityType: "task",
    entityId: taskId,
    data: null,
    force: false,
  });
  return { status: 204 };
}

/**
 * `assign`: add, remove or set assignees (user names are not checked); nothing happens, and no
 * event is sent, when the set does not change. Non-managers may only assign themselves.
 */
async function assignTask(input: HandlerInput) {
  const context = callerOf(input);
  const project = projectOf(input.state, input, context);
  const taskId = pathParam(input, "taskId", "entityId");
  const body = parseBody(ASSIGN_MODEL, input);
  const users = body.values.users as string[];
  const caller = context.user;
  if (!isManager(caller) && !(users.length === 1 && users[0] === caller.name)) {
    throw forbiddenException("Normal users can only assign themselves");
  }
  await withProjectLock(input.state, project.name, () => {
    const tx = new Transaction(project);
    const task = loadEntity(tx, "task", taskId);
    const before = [...new Set(task.assignees)];
    const mode = body.values.mode;
    const after =
      mode === "set"
        ? [...new Set(users)]
        : mode === "add"
          ? [...new Set([...before, ...users])]
          : before.filter((name) => !users.includes(name));
    if (after.length === before.length && after.every((name) => before.includes(name))) return;
    // TaskEntity.save() is called without a user name, so `updatedBy` becomes null.
    tx.put("task", { ...task, assignees: after, updatedAt: input.state.now(), updatedBy: null });
    dispatchEvents(input.state, originOf(context), [
      {
        topic: "entity.task.assignees_changed",
        description: `Changed task ${task.name} assignees`,
        project: project.name,
        user: caller.name,
        summary: { entityId: task.id, parentId: task.folderId },
        payload: { oldValue: before, newValue: after },
      },
    ]);
  });
  return { status: 204 };
}
