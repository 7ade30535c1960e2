import { compileFilter } from "./filter/compile.js";
import type { FilterTable } from "./filter/filter-table.js";
import { parseQueryFilter } from "./filter/query-filter.js";

/**
 * A `filter` argument: a JSON string holding a QueryFilter (`json.loads` then `QueryFilter(**data)`
 * in AYON). Undefined when empty or without conditions.
 */
export function filterArgument<Row>(
  text: string | null | undefined,
  table: FilterTable<Row>,
): ((row: Row) => boolean) | undefined {
  if (!text) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`Expecting value: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    const kind = Array.isArray(data)
      ? "list"
      : data === null
        ? "NoneType"
        : typeof data === "string"
          ? "str"
          : typeof data;
    throw new Error(`ayon_server.sqlfilter.QueryFilter() argument after ** must be a mapping, not ${kind}`);
  }
  return compileFilter(parseQueryFilter(data), table);
}
