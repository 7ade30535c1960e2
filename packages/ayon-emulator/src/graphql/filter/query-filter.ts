import type { FieldError } from "../../events/body-reader.js";

export const OPERATORS = [
  "eq",
  "like",
  "lt",
  "gt",
  "lte",
  "gte",
  "ne",
  "isnull",
  "notnull",
  "in",
  "notin",
  "includes",
  "excludes",
  "includesall",
  "excludesall",
  "includesany",
  "excludesany",
] as const;

export type FilterOperator = (typeof OPERATORS)[number];
export type FilterValue = string | number | boolean | string[] | number[] | null;

export interface QueryCondition {
  kind: "condition";
  key: string;
  value: FilterValue;
  operator: FilterOperator;
}

export interface QueryFilter {
  kind: "filter";
  conditions: (QueryCondition | QueryFilter)[];
  operator: "and" | "or";
}

/** Validation errors of a QueryFilter, located like pydantic's. */
export class QueryFilterInvalid extends Error {
  constructor(readonly errors: FieldError[]) {
    super(
      `${errors.length} validation error${errors.length === 1 ? "" : "s"} for QueryFilter\n${errors
        .map((error) => `${error.loc.join(" -> ")}\n  ${error.msg} (type=${error.type})`)
        .join("\n")}`,
    );
  }
}

/**
 * Parses a QueryFilter as pydantic v1 does in ayon_server/sqlfilter.py. Each item of `conditions` is
 * tried as a condition first and then as a nested filter, so an invalid condition (null value,
 * unknown operator, `in` with a scalar) quietly becomes an empty filter that matches everything.
 */
export function parseQueryFilter(raw: unknown, loc: (string | number)[] = []): QueryFilter {
  const errors: FieldError[] = [];
  const filter = readFilter(raw, loc, errors);
  if (errors.length > 0 || !filter) throw new QueryFilterInvalid(errors);
  return filter;
}

function readFilter(raw: unknown, loc: (string | number)[], errors: FieldError[]): QueryFilter | undefined {
  if (!isObject(raw)) {
    errors.push({ loc, msg: "value is not a valid dict", type: "type_error.dict" });
    return undefined;
  }
  const conditions: (QueryCondition | QueryFilter)[] = [];
  const rawConditions = raw.conditions ?? [];
  if (!Array.isArray(rawConditions)) {
    errors.push({ loc: [...loc, "conditions"], msg: "value is not a valid list", type: "type_error.list" });
  } else {
    rawConditions.forEach((item, index) => {
      const parsed = readCondition(item) ?? readNested(item, [...loc, "conditions", index], errors);
      if (parsed) conditions.push(parsed);
    });
  }
  const operator = typeof raw.operator === "string" ? raw.operator.toLowerCase() : (raw.operator ?? "and");
  if (operator !== "and" && operator !== "or") {
    errors.push({
      loc: [...loc, "operator"],
      msg: "unexpected value; permitted: 'and', 'or'",
      type: "value_error.const",
    });
    return undefined;
  }
  return { kind: "filter", conditions, operator };
}

function readNested(raw: unknown, loc: (string | number)[], errors: FieldError[]): QueryFilter | undefined {
  const nested: FieldError[] = [];
  const filter = readFilter(raw, loc, nested);
  if (nested.length === 0) return filter;
  errors.push({ loc: [...loc, "key"], msg: "field required", type: "value_error.missing" }, ...nested);
  return undefined;
}

function readCondition(raw: unknown): QueryCondition | undefined {
  if (!isObject(raw)) return undefined;
  const key = typeof raw.key === "number" ? String(raw.key) : raw.key;
  if (typeof key !== "string") return undefined;
  const rawOperator = raw.operator ?? "eq";
  if (typeof rawOperator !== "string") return undefined;
  const operator = rawOperator.toLowerCase().replaceAll("-", "").replaceAll("_", "");
  const value = raw.value ?? null;
  if ((operator === "in" || operator === "notin" || operator === "any") && !Array.isArray(value)) return undefined;
  if (operator !== "isnull" && operator !== "notnull" && value === null) return undefined;
  if (!isFilterValue(value) || !(OPERATORS as readonly string[]).includes(operator)) return undefined;
  return { kind: "condition", key, value, operator: operator as FilterOperator };
}

/** `StrictStr | StrictInt | StrictFloat | StrictBool | list[StrictStr] | list[StrictInt] | list[StrictFloat] | None`. */
function isFilterValue(value: unknown): value is FilterValue {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value);
  if (!Array.isArray(value)) return false;
  return (
    value.every((item) => typeof item === "string") ||
    value.every((item) => Number.isInteger(item)) ||
    value.every((item) => typeof item === "number" && Number.isFinite(item) && !Number.isInteger(item))
  );
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);
