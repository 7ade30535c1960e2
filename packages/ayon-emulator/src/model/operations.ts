import type { ProjectRecord, UserRecord } from "../state/records.js";
import type { EmulatorState } from "../state/store.js";
import { createEntity } from "./entity-create.js";
import { deleteEntity } from "./entity-delete.js";
import { updateEntity } from "./entity-update.js";
import { badRequestException, InternalFailure, notFoundException } from "./failures.js";
import { abortsTransaction, failedResult, raisedError } from "./operation-failure.js";
import type {
  EventDraft,
  Operation,
  OperationContext,
  OperationOutcome,
  OperationResult,
  OperationsResponse,
} from "./operation-types.js";
import { Transaction } from "./transaction.js";

export interface ProcessOptions {
  canFail: boolean;
  raiseOnError: boolean;
  /** Called before each operation (background operations report progress and yield here). */
  onProgress?: (index: number, total: number) => Promise<void> | void;
}

export interface ProcessResult {
  response: OperationsResponse;
  /** Events to dispatch, in operation order: none for a failed batch without `canFail`. */
  events: EventDraft[];
}

/** ProjectLevelOperations._validate: update and delete need an id, and may not repeat an entity. */
export function validateOperations(operations: Operation[]): void {
  const affected = new Set<string>();
  for (const operation of operations) {
    if (operation.type === "create") continue;
    if (!operation.entityId) throw badRequestException("entity_id is required for update/delete");
    const key = `${operation.entityType}\u0000${operation.entityId}`;
    if (affected.has(key)) {
      throw badRequestException(`Duplicate operation for ${operation.entityType} ${operation.entityId}`);
    }
    affected.add(key);
  }
}

/** UserEntity.load for every `asUser` (exact name, as `WHERE name = $1`), before anything runs. */
function actingUsers(state: EmulatorState, caller: UserRecord, operations: Operation[]): Map<string, UserRecord> {
  const users = new Map([[caller.name, caller]]);
  for (const operation of operations) {
    const name = operation.asUser;
    if (name === null || users.has(name)) continue;
    const user = state.users.get(name.toLowerCase());
    if (!user || user.name !== name) throw notFoundException(`User ${name} not found`);
    users.set(name, user);
  }
  return users;
}

function runOperation(ctx: OperationContext, operation: Operation): OperationOutcome {
  const kind = operation.entityType;
  if (kind === "representation" || kind === "workfile") {
    throw new InternalFailure(`The AYON emulator does not implement ${kind} operations`);
  }
  if (operation.type === "create") return createEntity(ctx, kind, operation);
  if (operation.type === "update") return updateEntity(ctx, kind, operation);
  return deleteEntity(ctx, kind, operation);
}

const successResult = (operation: Operation, outcome: OperationOutcome): OperationResult => ({
  id: operation.id,
  type: operation.type,
  entityType: operation.entityType,
  entityId: outcome.entityId,
  success: true,
  status: outcome.status,
  errorCode: null,
  detail: null,
});

/**
 * Runs a batch like ProjectLevelOperations.process (ayon_server/operations/project_level/__init__.py):
 * with `canFail` each operation is its own transaction. Without it the batch is one transaction that
 * stops at the first failure; with `raiseOnError` it is rolled back and the failure thrown. Otherwise
 * `_process_operations` breaks out of the loop and the transaction block exits normally, so AYON
 * COMMITS the operations before the failing one, and only then, seeing `success` false, drops their
 * events. The batch is rolled back only when the failure aborted the transaction in PostgreSQL (a
 * unique name, an unknown folder type), because committing an aborted transaction rolls it back.
 */
export async function processOperations(
  state: EmulatorState,
  project: ProjectRecord,
  caller: UserRecord,
  operations: Operation[],
  options: ProcessOptions,
): Promise<ProcessResult> {
  validateOperations(operations);
  const users = actingUsers(state, caller, operations);
  const tx = new Transaction(project);
  const results: OperationResult[] = [];
  const events: EventDraft[] = [];
  for (const [index, operation] of operations.entries()) {
    if (options.onProgress) await options.onProgress(index, operations.length);
    const mark = tx.mark();
    const ctx: OperationContext = { state, project, tx, user: users.get(operation.asUser ?? caller.name) };
    try {
      const outcome = runOperation(ctx, operation);
      results.push(successResult(operation, outcome));
      events.push(...outcome.events);
    } catch (error) {
      tx.rollbackTo(mark);
      results.push(failedResult(operation, error));
      if (options.canFail) continue;
      if (options.raiseOnError || abortsTransaction(error)) tx.rollback();
      if (options.raiseOnError) throw raisedError(error);
      // Committed or rolled back, a failed atomic batch dispatches no events.
      return { response: { operations: results, success: false }, events: [] };
    }
  }
  return { response: { operations: results, success: results.every((result) => result.success) }, events };
}
