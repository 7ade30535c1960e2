import { isService } from "../http/context.js";
import type { HandlerInput, Router } from "../http/router.js";
import { backgroundTaskView, findBackgroundTask, startBackgroundOperations } from "../model/background-operations.js";
import { dispatchEvents, dispatchEventsLater, originOf } from "../model/event-dispatch.js";
import { forbiddenException, notFoundException } from "../model/failures.js";
import { OPERATIONS_REQUEST_MODEL, operationOf } from "../model/operation-models.js";
import type { Operation } from "../model/operation-types.js";
import { processOperations } from "../model/operations.js";
import { withProjectLock } from "../model/project-lock.js";
import type { ParsedModel } from "../model/pydantic.js";
import { ayonRoute, callerOf, parseBody, projectOf } from "../model/route-support.js";
import type { RequestContext } from "../state/records.js";

// api/operations/operations.py.

export function registerOperationsRoutes(router: Router): void {
  router.add("POST", "/api/projects/:projectName/operations", ayonRoute(operations));
  router.add("POST", "/api/projects/:projectName/operations/background", ayonRoute(backgroundOperations));
  router.add("GET", "/api/projects/:projectName/operations/background/:taskId", ayonRoute(backgroundStatus));
}

/** The request's operations; only services may run one as another user (`asUser`). */
function requestOperations(body: ParsedModel, context: RequestContext): Operation[] {
  const operations = (body.values.operations as ParsedModel[]).map(operationOf);
  for (const operation of operations) {
    if (operation.asUser && operation.asUser !== context.user.name && !isService(context.user)) {
      throw forbiddenException("You are not allowed to perform operations as another user");
    }
  }
  return operations;
}

/**
 * HTTP 200 whatever the outcome unless `raiseOnError` (ignored with `canFail`) turns the first
 * failure into an HTTP error. Events are dispatched after the response unless `waitForEvents`.
 */
async function operations(input: HandlerInput) {
  const context = callerOf(input);
  const project = projectOf(input.state, input, context);
  const body = parseBody(OPERATIONS_REQUEST_MODEL, input);
  const list = requestOperations(body, context);
  const canFail = body.values.can_fail === true;
  const { response, events } = await withProjectLock(input.state, project.name, () =>
    processOperations(input.state, project, context.user, list, {
      canFail,
      raiseOnError: !canFail && body.values.raise_on_error === true,
    }),
  );
  if (body.values.wait_for_events === true) dispatchEvents(input.state, originOf(context), events);
  else dispatchEventsLater(input.state, originOf(context), events);
  return { status: 200, body: response };
}

async function backgroundOperations(input: HandlerInput) {
  const context = callerOf(input);
  const project = projectOf(input.state, input, context);
  const body = parseBody(OPERATIONS_REQUEST_MODEL, input);
  const task = startBackgroundOperations(input.state, {
    projectName: project.name,
    caller: context.user,
    operations: requestOperations(body, context),
    canFail: body.values.can_fail === true,
    origin: originOf(context),
  });
  return { status: 200, body: backgroundTaskView(task) };
}

function backgroundStatus(input: HandlerInput) {
  const context = callerOf(input);
  projectOf(input.state, input, context);
  const id = input.params.taskId ?? "";
  const task = findBackgroundTask(input.state, id);
  if (!task) throw notFoundException(`Background operations task '${id}' not found`);
  return { status: 200, body: backgroundTaskView(task) };
}
