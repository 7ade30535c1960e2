import { badRequest } from "./errors.js";
import { compareText } from "./filter/collation.js";

/** AYON's default page size (`DEFAULT_PAGE_SIZE` in ayon_server/graphql/resolvers/common.py). */
export const DEFAULT_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/**
 * How a sort key part is compared and how a cursor value for it is checked (`create_pagination`
 * in ayon_server/graphql/resolvers/pagination.py): known non-null columns are typed, the rest
 * compare by the cursor value's own type.
 */
export type KeyKind = "numeric" | "text" | "timestamptz" | "nullable";

/** Rows in ascending order of `key`, as the SQL `ORDER BY` would return them. */
export interface Ordering<T> {
  items: readonly T[];
  kinds: readonly KeyKind[];
  /** Sort key values of `items[index]`, as stored in the cursor (timestamps as ISO strings). */
  key(item: T, index: number): unknown[];
}

export interface Connection<N> {
  edges: { node: N; cursor: string }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

export const emptyConnection = <N>(): Connection<N> => ({
  edges: [],
  pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
});

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T[0-9:.+\-Z]+$/;

/**
 * One page, with AYON's quirks: `last` returns rows in descending order, `hasNextPage` is true
 * whenever the page is full (even if nothing follows), and `first: 0` means "up to 1000 rows".
 */
export function paginate<T, N>(
  ordering: Ordering<T>,
  matches: (item: T) => boolean,
  args: PageArgs,
  toNode: (item: T) => N,
): Connection<N> {
  const cursor = decodeCursor(args.before || args.after);
  const bound = cursorBound(cursor, ordering.kinds);
  const descending = Boolean(args.last);
  const wantBefore = Boolean(args.before);
  const first = args.first ?? (args.last === null || args.last === undefined ? DEFAULT_PAGE_SIZE : null);
  const count = args.first ?? args.last ?? DEFAULT_PAGE_SIZE;
  const limit = ((args.first || args.last || 500) as number) * 2;
  if (limit < 0) throw new Error("LIMIT must not be negative");
  const edges: { node: N; cursor: string }[] = [];
  const { items } = ordering;
  for (let step = 0; step < items.length && edges.length < limit; step++) {
    const index = descending ? items.length - 1 - step : step;
    const item = items[index] as T;
    const key = ordering.key(item, index);
    if (bound && !beyond(key, bound, ordering.kinds, wantBefore)) continue;
    if (!matches(item)) continue;
    edges.push({ node: toNode(item), cursor: encodeCursor(key) });
    if (count && edges.length === count) break;
  }
  const lastCount = args.last ?? 0;
  return {
    edges,
    pageInfo: {
      hasNextPage: first ? edges.length >= first : false,
      hasPreviousPage: !first && lastCount ? edges.length >= lastCount : false,
      startCursor: (first || lastCount) && edges[0] ? edges[0].cursor : null,
      endCursor: (first || lastCount) && edges.length > 0 ? (edges[edges.length - 1]?.cursor ?? null) : null,
    },
  };
}

/** Cursors are base64 of the JSON list of sort key values. */
export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString("base64");
}

function decodeCursor(cursor: string | null | undefined): unknown[] {
  if (!cursor) return [];
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, "base64").toString("utf8"));
    if (Array.isArray(decoded)) return decoded;
  } catch {
    // reported below
  }
  throw badRequest("Invalid cursor");
}

interface Bound {
  values: unknown[];
}

function cursorBound(cursor: unknown[], kinds: readonly KeyKind[]): Bound | undefined {
  const length = Math.min(cursor.length, kinds.length);
  if (length === 0) return undefined;
  const values = cursor.slice(0, length).map((value, index) => checkCursorValue(value, kinds[index] as KeyKind));
  return { values };
}

function checkCursorValue(value: unknown, kind: KeyKind): unknown {
  if (kind === "numeric" && typeof value !== "number") throw badRequest(`Invalid value for numeric field: ${value}`);
  if (kind === "timestamptz" && (typeof value !== "string" || !TIMESTAMP.test(value))) {
    throw badRequest(`Invalid value for timestamptz field: ${value}`);
  }
  if (kind === "text") return value === null || value === undefined ? "" : String(value);
  return value;
}

/** `(keys) > (cursor)` (or `<` for `before`) as a SQL row comparison: NULL parts make it unknown. */
function beyond(key: unknown[], bound: Bound, kinds: readonly KeyKind[], before: boolean): boolean {
  for (let index = 0; index < bound.values.length; index++) {
    const result = compareKeyPart(key[index], bound.values[index], kinds[index] as KeyKind);
    if (result === null) return false;
    if (result !== 0) return before ? result < 0 : result > 0;
  }
  return false;
}

/** Compares a row's key part with a cursor value; null when either is NULL. */
function compareKeyPart(value: unknown, cursor: unknown, kind: KeyKind): number | null {
  if (value === null || value === undefined || cursor === null || cursor === undefined) return null;
  if (kind === "timestamptz" || (kind === "nullable" && typeof cursor === "string" && TIMESTAMP.test(cursor))) {
    return Date.parse(String(value)) - Date.parse(String(cursor));
  }
  if (kind === "numeric" || (kind === "nullable" && typeof cursor === "number")) return Number(value) - Number(cursor);
  return compareText(String(value), String(cursor));
}

/** Sorts rows by key like `ORDER BY ... ASC` (NULLs last), stable. */
export function sortByKey<T>(items: readonly T[], kinds: readonly KeyKind[], key: (item: T) => unknown[]): T[] {
  const keyed = items.map((item, index) => ({ item, index, key: key(item) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key, kinds) || a.index - b.index);
  return keyed.map((entry) => entry.item);
}

function compareKeys(a: unknown[], b: unknown[], kinds: readonly KeyKind[]): number {
  for (let index = 0; index < kinds.length; index++) {
    const left = a[index];
    const right = b[index];
    const leftNull = left === null || left === undefined;
    const rightNull = right === null || right === undefined;
    if (leftNull || rightNull) {
      if (leftNull !== rightNull) return leftNull ? 1 : -1;
      continue;
    }
    const result =
      typeof left === "number" && typeof right === "number"
        ? left - right
        : kinds[index] === "timestamptz"
          ? Date.parse(String(left)) - Date.parse(String(right))
          : compareText(String(left), String(right));
    if (result !== 0) return result;
  }
  return 0;
}
