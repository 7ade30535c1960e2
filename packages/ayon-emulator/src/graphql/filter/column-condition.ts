import { missingColumn, parseEntityId } from "./compile.js";
import { FilterError } from "./filter-error.js";
import type { FilterColumn, FilterTable, RowPredicate } from "./filter-table.js";
import { sqlLike } from "./like.js";
import type { FilterOperator, QueryCondition } from "./query-filter.js";
import { type ColumnKind, columnValue, compareSql, literalAs, PG_TYPE_NAMES, sqlToText } from "./sql-value.js";

const SQL_OPERATORS: Partial<Record<FilterOperator, string>> = {
  eq: "=",
  ne: "<>",
  lt: "<",
  gt: ">",
  lte: "<=",
  gte: ">=",
};

/** A condition on a plain column (`status`, `name`, `tags`, `created_at`, `project`...). */
export function columnCondition<Row>(
  condition: QueryCondition,
  first: string,
  table: FilterTable<Row>,
): RowPredicate<Row> {
  // AYON maps `project` and `user` to the events table's column names.
  const name = first === "project" || first === "user" ? `${first}_name` : first;
  const column = table.columns[name];
  if (!column) throw missingColumn(table, name);
  const isId = first === "id" || first.endsWith("_id");
  const { value, operator } = condition;
  if (Array.isArray(value)) return listCondition(column, operator, value, isId);
  if (operator === "isnull") return (row) => isNull(column, row);
  if (operator === "notnull") return (row) => !isNull(column, row);
  if (value === null) throw new FilterError(`Invalid value: ${value}`);
  if (operator === "eq" && typeof value === "boolean") {
    throw new FilterError(`COALESCE types ${PG_TYPE_NAMES[column.kind]} and jsonb cannot be matched`);
  }
  if (operator === "like") return likeCondition(column, value);
  if (operator === "includes" || operator === "excludes")
    return includesCondition(column, value, operator === "excludes");
  const sqlOperator = SQL_OPERATORS[operator];
  if (!sqlOperator) throw new FilterError(`Unsupported operator: ${operator}`);
  const literal =
    typeof value === "string"
      ? literalAs(column.kind, isId ? parseEntityId(value) : value)
      : numberLiteral(column.kind, value, sqlOperator);
  return (row) => {
    const current = columnValue(column.kind, column.get(row));
    if (current === undefined) return null;
    return compareWith(sqlOperator, compareSql(column.kind, current, literal));
  };
}

function isNull<Row>(column: FilterColumn<Row>, row: Row): boolean {
  const value = column.get(row);
  return value === null || value === undefined;
}

/** Python renders `True` and numbers into the SQL, so the column's type must accept them. */
function numberLiteral(kind: ColumnKind, value: number | boolean, sqlOperator: string): number | boolean {
  const literalType = typeof value === "boolean" ? "boolean" : Number.isInteger(value) ? "integer" : "numeric";
  const compatible = typeof value === "boolean" ? kind === "boolean" : kind === "integer";
  if (!compatible)
    throw new FilterError(`operator does not exist: ${PG_TYPE_NAMES[kind]} ${sqlOperator} ${literalType}`);
  return value;
}

function compareWith(sqlOperator: string, result: number): boolean {
  switch (sqlOperator) {
    case "=":
      return result === 0;
    case "<>":
      return result !== 0;
    case "<":
      return result < 0;
    case ">":
      return result > 0;
    case "<=":
      return result <= 0;
    default:
      return result >= 0;
  }
}

function likeCondition<Row>(column: FilterColumn<Row>, value: string | number | boolean): RowPredicate<Row> {
  if (column.kind !== "text")
    throw new FilterError(`operator does not exist: ${PG_TYPE_NAMES[column.kind]} ~~* unknown`);
  if (typeof value !== "string") throw new FilterError(`operator does not exist: ${PG_TYPE_NAMES.text} ~~* integer`);
  return (row) => {
    const current = column.get(row);
    return current === null || current === undefined ? null : sqlLike(String(current), value, true);
  };
}

/** `'v' = ANY(col)`: the column must be an array. */
function includesCondition<Row>(
  column: FilterColumn<Row>,
  value: string | number | boolean,
  negate: boolean,
): RowPredicate<Row> {
  if (column.kind !== "text[]") throw new FilterError("op ANY/ALL (array) requires array on right side");
  if (typeof value !== "string") throw new FilterError(`operator does not exist: integer = ${PG_TYPE_NAMES.text}`);
  return (row) => {
    const current = column.get(row) as string[] | null | undefined;
    if (current === null || current === undefined) return null;
    return current.includes(value) !== negate;
  };
}

/** Conditions whose value is a list: `in`, `notin`, `includesall`... */
function listCondition<Row>(
  column: FilterColumn<Row>,
  operator: FilterOperator,
  value: string[] | number[],
  isId: boolean,
): RowPredicate<Row> {
  if (value.length === 0 && (operator === "eq" || operator === "ne")) {
    if (column.kind !== "text[]")
      throw new FilterError(`function array_length(${PG_TYPE_NAMES[column.kind]}, integer) does not exist`);
    return (row) => {
      const current = column.get(row) as string[] | null | undefined;
      const empty = current === null || current === undefined || current.length === 0;
      return operator === "eq" ? empty : !empty;
    };
  }
  if (value.length === 0) throw new FilterError("cannot determine type of empty array");
  const castType = isId
    ? "uuid"
    : typeof value[0] === "string"
      ? "text"
      : Number.isInteger(value[0])
        ? "integer"
        : "number";
  if (castType === "number") throw new FilterError('type "number" does not exist');
  const elements = isId
    ? (value as string[]).map((item) => literalAs("uuid", parseEntityId(item)))
    : (value as unknown[]);
  if (operator === "in" || operator === "notin") {
    const cast = scalarCast(column.kind, castType);
    return (row) => {
      const current = column.get(row);
      if (current === null || current === undefined) return null;
      const found = elements.includes(cast(current));
      return operator === "in" ? found : !found;
    };
  }
  if (!["includesall", "excludesall", "includesany", "excludesany"].includes(operator)) {
    throw new FilterError(`Invalid list operator: ${operator}`);
  }
  if (column.kind !== "text[]" || castType !== "text") {
    throw new FilterError(`cannot cast type ${PG_TYPE_NAMES[column.kind]} to ${castType}[]`);
  }
  return arrayCondition(column, operator, elements as string[]);
}

function arrayCondition<Row>(
  column: FilterColumn<Row>,
  operator: FilterOperator,
  elements: string[],
): RowPredicate<Row> {
  return (row) => {
    const current = column.get(row) as string[] | null | undefined;
    if (current === null || current === undefined) return null;
    const all = elements.every((item) => current.includes(item));
    const any = elements.some((item) => current.includes(item));
    if (operator === "includesall") return all;
    if (operator === "excludesall") return !all;
    if (operator === "includesany") return any;
    return !any;
  };
}

/** `(col)::type` for `= ANY(array[...])`. */
function scalarCast(kind: ColumnKind, castType: "uuid" | "text" | "integer"): (value: unknown) => unknown {
  if (castType === "text") {
    if (kind === "text[]") return (value) => `{${(value as string[]).join(",")}}`;
    return (value) => sqlToText(kind, columnValue(kind, value));
  }
  if (castType === "uuid") {
    if (kind !== "uuid" && kind !== "text") throw new FilterError(`cannot cast type ${PG_TYPE_NAMES[kind]} to uuid`);
    return (value) => literalAs("uuid", String(value));
  }
  if (kind === "integer") return (value) => value;
  if (kind === "text") return (value) => literalAs("integer", String(value));
  throw new FilterError(`cannot cast type ${PG_TYPE_NAMES[kind]} to integer`);
}
