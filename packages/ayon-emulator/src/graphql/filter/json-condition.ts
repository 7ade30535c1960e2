import { missingColumn } from "./compile.js";
import { FilterError } from "./filter-error.js";
import type { FilterTable, RowPredicate, Truth } from "./filter-table.js";
import {
  type Jsonb,
  jsonbCompare,
  jsonbContains,
  jsonbElements,
  jsonbEquals,
  jsonbPath,
  jsonbToBoolean,
  jsonbToInteger,
  jsonbToText,
  jsonbToUnquotedText,
} from "./jsonb.js";
import { sqlLike } from "./like.js";
import type { FilterValue, QueryCondition } from "./query-filter.js";

const ARRAY_OPERATORS = new Set(["includesall", "excludesall", "includesany", "excludesany", "includes", "excludes"]);

type ListCast = "text" | "integer" | "number";

/** A condition on a key inside a jsonb column: `data.kitsuId`, `attrib.fps`, `summary/value`. */
export function jsonCondition<Row>(
  condition: QueryCondition,
  path: string[],
  table: FilterTable<Row>,
): RowPredicate<Row> {
  const column = table.columns[path[0] as string];
  if (!column) throw missingColumn(table, path[0] as string);
  const keys = path.slice(1);
  const read = (row: Row): Jsonb => jsonbPath(column.get(row) ?? undefined, keys);
  const { value, operator } = condition;
  const listCast = ARRAY_OPERATORS.has(operator) ? elementCast(value) : undefined;
  if (operator === "like" && typeof value !== "string")
    throw new FilterError("Value must be a string for 'like' operator");
  if (Array.isArray(value)) return listCondition(read, condition, value, listCast);
  switch (operator) {
    case "isnull":
      return (row) => read(row) === undefined;
    case "notnull":
      return (row) => read(row) !== undefined;
    case "eq":
      if (typeof value === "boolean") {
        // coalesce(col, 'false'::jsonb)::boolean: only a missing key defaults to false.
        return (row) => {
          const current = read(row);
          return jsonbToBoolean(current === undefined ? false : current) === value;
        };
      }
      return (row) => compared(read(row), (current) => jsonbEquals(current, value));
    case "like":
      return (row) => {
        const text = jsonbToUnquotedText(read(row));
        return text === undefined ? null : sqlLike(text, value as string, true);
      };
    case "lt":
      return (row) => compared(read(row), (current) => jsonbCompare(current, value) < 0);
    case "gt":
      return (row) => compared(read(row), (current) => jsonbCompare(current, value) > 0);
    case "lte":
      return (row) => compared(read(row), (current) => jsonbCompare(current, value) <= 0);
    case "gte":
      return (row) => compared(read(row), (current) => jsonbCompare(current, value) >= 0);
    case "ne":
      return (row) => compared(read(row), (current) => !jsonbEquals(current, value));
    case "includes":
      return (row) => jsonbElements(read(row)).some((element) => jsonbEquals(element, value));
    case "excludes":
      return (row) => !jsonbElements(read(row)).some((element) => jsonbEquals(element, value));
    default:
      throw new FilterError(`Unsupported operator: ${operator}`);
  }
}

const compared = (current: Jsonb, test: (current: Jsonb) => boolean): Truth =>
  current === undefined ? null : test(current);

/** The type AYON casts array elements to for the includes family of operators. */
function elementCast(value: FilterValue): ListCast | undefined {
  if (typeof value === "string") return "text";
  if (typeof value === "number" || typeof value === "boolean") {
    return typeof value === "number" && !Number.isInteger(value) ? "number" : "integer";
  }
  if (!Array.isArray(value)) return undefined;
  if (value.length === 0) throw new FilterError("Empty array");
  if (value.every((item) => typeof item === "string")) return "text";
  return value.every((item) => Number.isInteger(item)) ? "integer" : "number";
}

function listCondition<Row>(
  read: (row: Row) => Jsonb,
  condition: QueryCondition,
  value: string[] | number[],
  listCast: ListCast | undefined,
): RowPredicate<Row> {
  const { operator } = condition;
  if (listCast) return arrayOperator(read, operator, value, listCast);
  if (value.length === 0 && operator === "eq") {
    // AYON treats a missing key as an empty array here.
    return (row) => {
      const current = read(row);
      return current === undefined || jsonbElements(current).length === 0;
    };
  }
  if (value.length === 0 && operator === "ne") return (row) => jsonbElements(read(row)).length > 0;
  if (value.length === 0) throw new FilterError("cannot determine type of empty array");
  if (operator !== "in" && operator !== "notin") throw new FilterError(`Invalid list operator: ${operator}`);
  const cast = scalarCast(value);
  // Strings are matched against the jsonb text form, with quotes added around each value.
  const wanted = typeof value[0] === "string" ? (value as string[]).map((item) => `"${item}"`) : (value as number[]);
  return (row) => {
    const current = read(row);
    if (current === undefined) return null;
    const found = (wanted as unknown[]).includes(cast(current));
    return operator === "in" ? found : !found;
  };
}

function scalarCast(value: string[] | number[]): (current: Jsonb) => unknown {
  if (typeof value[0] === "string") return jsonbToText;
  if (value.every((item) => Number.isInteger(item))) return jsonbToInteger;
  throw new FilterError('type "number" does not exist');
}

/** `@>` for includesall/excludesall; element-wise casts for includesany/excludesany. */
function arrayOperator<Row>(
  read: (row: Row) => Jsonb,
  operator: string,
  value: string[] | number[],
  listCast: ListCast,
): RowPredicate<Row> {
  if (operator === "includesall") return (row) => compared(read(row), (current) => jsonbContains(current, value));
  if (operator === "excludesall") return (row) => compared(read(row), (current) => !jsonbContains(current, value));
  if (operator !== "includesany" && operator !== "excludesany") throw new FilterError("JSON filter error");
  if (listCast === "number") throw new FilterError('type "number" does not exist');
  const cast = listCast === "text" ? jsonbToText : jsonbToInteger;
  const wanted = (value as unknown[]).map((item) => cast(item));
  return (row) => {
    const found = jsonbElements(read(row)).some((element) => wanted.includes(cast(element)));
    return operator === "includesany" ? found : !found;
  };
}
