import type { ColumnKind } from "./sql-value.js";

/** SQL three-valued logic: `null` is UNKNOWN (a comparison with NULL). */
export type Truth = boolean | null;
export type RowPredicate<Row> = (row: Row) => Truth;

export interface FilterColumn<Row> {
  kind: ColumnKind;
  /** The value; `null`/`undefined` is SQL NULL. jsonb columns return parsed JSON. */
  get(row: Row): unknown;
}

/** What a filter may reference: the table's columns and AYON's whitelist for the key's first part. */
export interface FilterTable<Row> {
  /** The table alias AYON uses (`folders`, `tasks`, `source_events`), for error messages. */
  name: string;
  columns: Record<string, FilterColumn<Row>>;
  /** Allowed first key parts; undefined: any column (enroll's filter on events). */
  whitelist?: readonly string[];
}

export const and = (a: Truth, b: Truth): Truth =>
  a === false || b === false ? false : a === null || b === null ? null : true;
export const or = (a: Truth, b: Truth): Truth =>
  a === true || b === true ? true : a === null || b === null ? null : false;
export const not = (a: Truth): Truth => (a === null ? null : !a);
