import { newEntityId } from "../state/rules.js";
import {
  OPERATION_ENTITY_TYPES,
  type Operation,
  type OperationEntityType,
  type OperationType,
} from "./operation-types.js";
import type { ModelSpec, ParsedModel } from "./pydantic.js";

// api/operations/operations.py and ayon_server/operations/project_level/models.py.

const OPERATION_MODEL: ModelSpec = {
  name: "OperationModel",
  camelize: true,
  fields: [
    { name: "id", type: "str", default: newEntityId },
    { name: "type", type: { literal: ["create", "update", "delete"] }, required: true },
    { name: "entity_type", type: { literal: OPERATION_ENTITY_TYPES }, required: true },
    { name: "entity_id", type: "str", nullable: true },
    { name: "data", type: "dict", nullable: true },
    { name: "force", type: "bool", default: () => false },
    { name: "as_user", type: "str", nullable: true },
  ],
};

export const OPERATIONS_REQUEST_MODEL: ModelSpec = {
  name: "OperationsRequestModel",
  camelize: true,
  fields: [
    { name: "operations", type: { listOf: OPERATION_MODEL }, default: () => [] },
    { name: "can_fail", type: "bool", default: () => false },
    { name: "wait_for_events", type: "bool", default: () => false },
    { name: "raise_on_error", type: "bool", default: () => false },
  ],
};

export function operationOf(parsed: ParsedModel): Operation {
  const values = parsed.values;
  return {
    id: String(values.id),
    type: values.type as OperationType,
    entityType: values.entity_type as OperationEntityType,
    entityId: (values.entity_id as string | null) ?? null,
    data: (values.data as Record<string, unknown> | null) ?? null,
    force: values.force === true,
    asUser: (values.as_user as string | null) ?? null,
  };
}

/** `model.dict(exclude_unset=True)`: the fields a client sent, nested models included. */
export function sentFields(parsed: ParsedModel): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of parsed.set) {
    const value = parsed.values[key];
    result[key] = isParsed(value) ? sentFields(value) : value;
  }
  return result;
}

const isParsed = (value: unknown): value is ParsedModel =>
  typeof value === "object" && value !== null && "values" in value && "set" in value && value.set instanceof Set;
