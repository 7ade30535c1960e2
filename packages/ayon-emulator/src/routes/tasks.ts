import { isManager } from "../http/context.js";
import type { HandlerInput, Router } from "../http/router.js";
import { loadEntity } from "../model/entity-load.js";
import { taskView } from "../model/entity-view.js";
import { dispatchEvents, originOf } from "../model/event-dispatch.js";
import { forbiddenException } from "../model/failures.js";
import { withProjectLock } from "../model/project-lock.js";
import type { ModelSpec } from "../model/pydantic.js";
import { ayonRoute, callerOf, parseBody, pathParam, projectOf } from "../model/route-support.js";
import { Transaction } from "../model/transaction.js";
import { registerEntityRoutes } from "./entity-routes.js";

// api/tasks/tasks.py. Create, get, update and delete are shared with folders (entity-routes.ts);
// `assign` saves the task directly and emits its own event, as upstream does.

const ASSIGN_MODEL: ModelSpec = {
  name: "AssignUsersRequestModel",
  camelize: true,
  fields: [
    { name: "mode", type: { literal: ["add", "remove", "set"] }, required: true },
    { name: "users", type: "list_str", required: true },
  ],
};

export function registerTaskRoutes(router: Router): void {
  registerEntityRoutes(router, { kind: "task", view: taskView, forceQuery: false });
  router.add("POST", "/api/projects/:projectName/tasks/:taskId/assign", ayonRoute(assignTask));
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
