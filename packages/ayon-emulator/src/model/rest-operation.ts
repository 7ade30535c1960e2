import type { ProjectRecord, RequestContext } from "../state/records.js";
import { newEntityId } from "../state/rules.js";
import type { EmulatorState } from "../state/store.js";
import { dispatchEvents, originOf } from "./event-dispatch.js";
import type { Operation, OperationResult } from "./operation-types.js";
import { processOperations } from "./operations.js";
import { withProjectLock } from "./project-lock.js";

/**
 * A REST create/update/delete: one operation through the same code path as `/operations`
 * (`ProjectLevelOperations.process(can_fail=False, raise_on_error=True)`, events awaited), so a
 * failure is raised as an HTTP error.
 */
export function runRestOperation(
  state: EmulatorState,
  context: RequestContext,
  project: ProjectRecord,
  operation: Omit<Operation, "id" | "asUser">,
): Promise<OperationResult> {
  return withProjectLock(state, project.name, async () => {
    const { response, events } = await processOperations(
      state,
      project,
      context.user,
      [{ ...operation, id: newEntityId(), asUser: null }],
      { canFail: false, raiseOnError: true },
    );
    dispatchEvents(state, originOf(context), events);
    return response.operations[0] as OperationResult;
  });
}
