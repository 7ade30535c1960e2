/**
 * JSON with object keys sorted, as AYON serialises WebSocket messages and GraphQL JSON-string fields
 * (`orjson.dumps(..., option=OPT_SORT_KEYS)` in ayon_server/utils/json.py).
 */
export function sortedJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) sorted[key] = sortKeys((value as Record<string, unknown>)[key]);
  return sorted;
}
