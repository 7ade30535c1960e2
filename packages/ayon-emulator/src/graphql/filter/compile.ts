import { columnCondition } from "./column-condition.js";
import { FilterError } from "./filter-error.js";
import { and, type FilterTable, or, type RowPredicate, type Truth } from "./filter-table.js";
import { jsonCondition } from "./json-condition.js";
import type { QueryCondition, QueryFilter } from "./query-filter.js";

/** Columns whose key may continue into the JSON (`data.kitsuId`, `summary/value`). */
export const JSON_FIELDS = new Set([
  "summary",
  "payload",
  "attrib",
  "data",
  "config",
  "activity_data",
  "reference_data",
]);

const PATH_ELEMENT = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/**
 * A QueryFilter as a row predicate with the semantics of the SQL that `build_filter`
 * (ayon_server/sqlfilter.py) generates: NULL comparisons are unknown, jsonb is type-strict, and the
 * SQL that PostgreSQL would refuse throws a FilterError. Returns undefined when the filter has no
 * conditions (no filtering).
 */
export function compileFilter<Row>(filter: QueryFilter, table: FilterTable<Row>): ((row: Row) => boolean) | undefined {
  const predicate = buildFilter(filter, table);
  return predicate && ((row) => predicate(row) === true);
}

function buildFilter<Row>(filter: QueryFilter, table: FilterTable<Row>): RowPredicate<Row> | undefined {
  const parts: RowPredicate<Row>[] = [];
  for (const condition of filter.conditions) {
    if (condition.kind === "filter") {
      const nested = buildFilter(condition, table);
      if (nested) parts.push(nested);
      continue;
    }
    const { value, operator } = condition;
    if (Array.isArray(value) && value.length === 0) {
      if (operator === "in") parts.push(() => false);
      else if (operator === "notin") parts.push(() => true);
      else if (operator !== "eq" && operator !== "ne") continue;
    }
    parts.push(buildCondition(condition, table));
  }
  if (parts.length === 0) return undefined;
  const join = filter.operator === "or" ? or : and;
  return (row) => parts.reduce<Truth>((result, part) => join(result, part(row)), filter.operator !== "or");
}

function buildCondition<Row>(condition: QueryCondition, table: FilterTable<Row>): RowPredicate<Row> {
  const path = keyPath(condition.key, table.whitelist);
  const first = path[0] as string;
  if (path.length === 1 && !JSON_FIELDS.has(first)) return columnCondition(condition, first, table);
  if (path.length > 1 && JSON_FIELDS.has(first)) return jsonCondition(condition, path, table);
  throw new FilterError(`Invalid path: [${path.map((part) => `'${part}'`).join(", ")}]`);
}

/** `create_path_from_key`: `/` or `.` separated, the first part snake_cased and whitelisted. */
function keyPath(key: string, whitelist: readonly string[] | undefined): string[] {
  const path = key
    .replaceAll("/", ".")
    .split(".")
    .map((part) => part.trim());
  if (!path.every((part) => PATH_ELEMENT.test(part))) throw new FilterError("Invalid path element detected");
  const column = (path[0] as string).replace(/(?<!^)(?=[A-Z])/g, "_").toLowerCase();
  if (whitelist && !whitelist.includes(column)) throw new FilterError(`Invalid key: ${column}`);
  path[0] = column;
  return path;
}

/** `EntityID.parse`: dashes dropped, exactly 32 characters left. */
export function parseEntityId(value: string): string {
  const id = value.replaceAll("-", "");
  if (id.length !== 32) throw new FilterError(`Invalid entity ID ${value}`);
  return id;
}

export function missingColumn(table: { name: string }, column: string): FilterError {
  return new FilterError(`column ${table.name}.${column} does not exist`);
}
