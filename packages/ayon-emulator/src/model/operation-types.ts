import type { JsonObject, ProjectRecord, UserRecord } from "../state/records.js";
import type { EmulatorState } from "../state/store.js";
import type { Transaction } from "./transaction.js";

export type OperationType = "create" | "update" | "delete";
export const OPERATION_ENTITY_TYPES = ["folder", "product", "version", "representation", "task", "workfile"] as const;
export type OperationEntityType = (typeof OPERATION_ENTITY_TYPES)[number];

/** One operation (OperationModel), after request validation. */
export interface Operation {
  id: string;
  type: OperationType;
  entityType: OperationEntityType;
  entityId: string | null;
  data: Record<string, unknown> | null;
  force: boolean;
  /** The user the operation runs as: the caller, or `asUser` (services only). */
  asUser: string | null;
}

/** An event an operation produces; dispatched only after its transaction commits. */
export interface EventDraft {
  topic: string;
  description: string;
  project: string;
  user: string | null;
  summary: JsonObject;
  payload?: JsonObject;
}

export interface OperationContext {
  state: EmulatorState;
  project: ProjectRecord;
  tx: Transaction;
  /** The acting user; undefined for system operations. */
  user: UserRecord | undefined;
}

export interface OperationOutcome {
  entityId: string;
  events: EventDraft[];
  status: number;
}

/** OperationResponseModel. */
export interface OperationResult {
  id: string;
  type: OperationType;
  entityType: OperationEntityType;
  entityId: string | null;
  success: boolean;
  status: number;
  errorCode: string | null;
  detail: string | null;
}

export interface OperationsResponse {
  operations: OperationResult[];
  success: boolean;
}
