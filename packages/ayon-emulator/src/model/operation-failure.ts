import { EmulatorHttpError } from "../http/errors.js";
import { AyonException, conflictException, IntegrityViolation, InternalFailure } from "./failures.js";
import type { Operation, OperationResult } from "./operation-types.js";
import { ModelValidationError } from "./pydantic.js";

/**
 * A failed operation's result, as `_process_operations` reports each exception class
 * (ayon_server/operations/project_level/__init__.py).
 */
export function failedResult(operation: Operation, error: unknown): OperationResult {
  const { status, errorCode, detail } = describeFailure(error);
  return {
    id: operation.id,
    type: operation.type,
    entityType: operation.entityType,
    entityId: operation.entityId,
    success: false,
    status,
    errorCode,
    detail,
  };
}

function describeFailure(error: unknown): { status: number; errorCode: string | null; detail: string } {
  if (error instanceof AyonException) return { status: error.status, errorCode: error.code, detail: error.detail };
  if (error instanceof EmulatorHttpError) {
    return { status: error.status, errorCode: error.errorCode ?? null, detail: error.detail };
  }
  if (error instanceof ModelValidationError) {
    return { status: 400, errorCode: "invalid_data", detail: `Invalid data provided: ${error.message}` };
  }
  if (error instanceof IntegrityViolation)
    return { status: error.status, errorCode: error.errorCode, detail: error.message };
  return { status: 500, errorCode: null, detail: error instanceof Error ? error.message : String(error) };
}

/**
 * What `raiseOnError` raises: the exception itself, except integrity violations, which become a
 * plain 409 ConflictException carrying the parsed detail.
 */
export function raisedError(error: unknown): unknown {
  if (error instanceof IntegrityViolation) return conflictException(error.message);
  return error;
}

/**
 * Whether a failure leaves the batch's transaction aborted, so that committing it rolls everything
 * back: PostgreSQL errors (integrity violations, AYON exceptions raised while translating one, and
 * errors AYON answers as a plain 500, such as a NUL character in JSON data).
 * Failures raised by AYON's own code before any failing SQL (a missing entity, invalid data, a
 * permission, a failed assert) leave the transaction usable, and AYON commits it.
 */
export function abortsTransaction(error: unknown): boolean {
  if (error instanceof InternalFailure) return error.kind === "database";
  return error instanceof IntegrityViolation || (error instanceof AyonException && error.fromDatabase);
}
