import { compareText } from "./collation.js";
import { FilterError } from "./filter-error.js";

/** The SQL types of the columns filters can reach. */
export type ColumnKind = "text" | "uuid" | "timestamptz" | "boolean" | "integer" | "text[]" | "jsonb";

export const PG_TYPE_NAMES: Record<ColumnKind, string> = {
  text: "character varying",
  uuid: "uuid",
  timestamptz: "timestamp with time zone",
  boolean: "boolean",
  integer: "integer",
  "text[]": "character varying[]",
  jsonb: "jsonb",
};

const UUID_TEXT = /^\{?[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\}?$/i;
const TRUE_TEXT = new Set(["t", "true", "y", "yes", "on", "1"]);
const FALSE_TEXT = new Set(["f", "false", "n", "no", "off", "0"]);

/** An untyped SQL literal (`'...'`) read as a value of the column's type, or PostgreSQL's error. */
export function literalAs(kind: ColumnKind, text: string): unknown {
  switch (kind) {
    case "uuid":
      if (!UUID_TEXT.test(text)) throw new FilterError(`invalid input syntax for type uuid: "${text}"`);
      return text.replace(/[{}-]/g, "").toLowerCase();
    case "timestamptz": {
      const time = Date.parse(text);
      if (Number.isNaN(time))
        throw new FilterError(`invalid input syntax for type timestamp with time zone: "${text}"`);
      return time;
    }
    case "boolean": {
      const word = text.trim().toLowerCase();
      if (TRUE_TEXT.has(word)) return true;
      if (FALSE_TEXT.has(word)) return false;
      throw new FilterError(`invalid input syntax for type boolean: "${text}"`);
    }
    case "integer":
      if (!/^\s*[+-]?\d+\s*$/.test(text)) throw new FilterError(`invalid input syntax for type integer: "${text}"`);
      return Number(text);
    case "text[]":
      throw new FilterError(`malformed array literal: "${text}"`);
    default:
      return text;
  }
}

/** A column value in comparable form (timestamps as epoch milliseconds). */
export function columnValue(kind: ColumnKind, value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (kind === "timestamptz") return typeof value === "string" ? Date.parse(value) : value;
  return value;
}

/** Compares two non-null values of one SQL type. */
export function compareSql(kind: ColumnKind, a: unknown, b: unknown): number {
  if (kind === "text" || kind === "uuid") return compareText(String(a), String(b));
  if (kind === "boolean") return Number(a) - Number(b);
  return (a as number) - (b as number);
}

/** `col::text` of a non-array column. */
export function sqlToText(kind: ColumnKind, value: unknown): string {
  if (kind === "uuid") {
    const hex = String(value);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
  if (kind === "boolean") return value ? "true" : "false";
  if (kind === "timestamptz") return new Date(value as number).toISOString().replace("T", " ").replace("Z", "+00");
  return String(value);
}
