import { compareText } from "./collation.js";
import { FilterError } from "./filter-error.js";

/** A jsonb value; `undefined` stands for SQL NULL (a missing key), `null` for JSON null. */
export type Jsonb = unknown;

/** `col->'a'->'b'`: NULL when a step is missing or not an object. */
export function jsonbPath(value: Jsonb, keys: readonly string[]): Jsonb {
  let current = value;
  for (const key of keys) {
    if (current === null || typeof current !== "object" || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[key];
    if (current === undefined) return undefined;
  }
  return current;
}

export function jsonbType(value: Jsonb): "null" | "string" | "number" | "boolean" | "array" | "object" {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "string") return "string";
  if (typeof value === "number") return "number";
  if (typeof value === "boolean") return "boolean";
  return "object";
}

/** jsonb equality: type-strict (`"123"` is not `123`), numbers compared by value. */
export function jsonbEquals(a: Jsonb, b: Jsonb): boolean {
  const type = jsonbType(a);
  if (type !== jsonbType(b)) return false;
  if (type === "array") {
    const left = a as unknown[];
    const right = b as unknown[];
    return left.length === right.length && left.every((item, index) => jsonbEquals(item, right[index]));
  }
  if (type === "object") {
    const left = a as Record<string, unknown>;
    const right = b as Record<string, unknown>;
    const keys = Object.keys(left);
    return (
      keys.length === Object.keys(right).length &&
      keys.every((key) => key in right && jsonbEquals(left[key], right[key]))
    );
  }
  return a === b;
}

// PostgreSQL's jsonb ordering: Object > Array > Boolean > Number > String > Null.
const RANK = { null: 0, string: 1, number: 2, boolean: 3, array: 4, object: 5 } as const;

export function jsonbCompare(a: Jsonb, b: Jsonb): number {
  const typeA = jsonbType(a);
  const typeB = jsonbType(b);
  if (typeA !== typeB) return RANK[typeA] - RANK[typeB];
  if (typeA === "string") return compareText(a as string, b as string);
  if (typeA === "number") return (a as number) - (b as number);
  if (typeA === "boolean") return Number(a) - Number(b);
  if (typeA === "array") return compareArrays(a as unknown[], b as unknown[]);
  if (typeA === "object") return compareObjects(a as Record<string, unknown>, b as Record<string, unknown>);
  return 0;
}

function compareArrays(a: unknown[], b: unknown[]): number {
  if (a.length !== b.length) return a.length - b.length;
  for (let index = 0; index < a.length; index++) {
    const result = jsonbCompare(a[index], b[index]);
    if (result !== 0) return result;
  }
  return 0;
}

// jsonb stores object keys shorter first, then bytewise; objects compare pair by pair in that order.
function compareObjects(a: Record<string, unknown>, b: Record<string, unknown>): number {
  const keysA = storedKeyOrder(a);
  const keysB = storedKeyOrder(b);
  if (keysA.length !== keysB.length) return keysA.length - keysB.length;
  for (let index = 0; index < keysA.length; index++) {
    const keyA = keysA[index] as string;
    const keyB = keysB[index] as string;
    if (keyA !== keyB) return keyA.length - keyB.length || (keyA < keyB ? -1 : 1);
    const result = jsonbCompare(a[keyA], b[keyB]);
    if (result !== 0) return result;
  }
  return 0;
}

const storedKeyOrder = (value: Record<string, unknown>) =>
  Object.keys(value).sort((x, y) => x.length - y.length || (x < y ? -1 : x > y ? 1 : 0));

/** `a @> b`: jsonb containment. */
export function jsonbContains(a: Jsonb, b: Jsonb, topLevel = true): boolean {
  const typeA = jsonbType(a);
  const typeB = jsonbType(b);
  if (typeA === "array" && typeB === "array") {
    return (b as unknown[]).every((item) =>
      (a as unknown[]).some((candidate) => jsonbContains(candidate, item, false)),
    );
  }
  // Only at the top level may an array contain a bare primitive.
  if (topLevel && typeA === "array" && typeB !== "object") {
    return (a as unknown[]).some((candidate) => jsonbEquals(candidate, b));
  }
  if (typeA === "object" && typeB === "object") {
    const left = a as Record<string, unknown>;
    return Object.entries(b as Record<string, unknown>).every(
      ([key, value]) => key in left && jsonbContains(left[key], value, false),
    );
  }
  return typeA === typeB && typeA !== "array" && typeA !== "object" && jsonbEquals(a, b);
}

/** `jsonb_array_elements(col)`: fails on scalars and objects, yields nothing for NULL. */
export function jsonbElements(value: Jsonb): unknown[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  const type = jsonbType(value);
  throw new FilterError(`cannot extract elements from ${type === "object" ? "an object" : "a scalar"}`);
}

/** `col::text`: the jsonb text form (strings keep their quotes). */
export function jsonbToText(value: Jsonb): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(jsonbToText).join(", ")}]`;
  const entries = storedKeyOrder(value as Record<string, unknown>).map(
    (key) => `${JSON.stringify(key)}: ${jsonbToText((value as Record<string, unknown>)[key])}`,
  );
  return `{${entries.join(", ")}}`;
}

/** `col->>'key'`: strings unquoted, JSON null as SQL NULL. */
export function jsonbToUnquotedText(value: Jsonb): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === "string" ? value : jsonbToText(value);
}

/** `col::integer`: only numbers cast (rounded); anything else is an error in PostgreSQL. */
export function jsonbToInteger(value: Jsonb): number {
  if (typeof value === "number") return Math.sign(value) * Math.round(Math.abs(value));
  throw new FilterError(`cannot cast jsonb ${jsonbType(value)} to type integer`);
}

/** `col::boolean`: only JSON booleans cast. */
export function jsonbToBoolean(value: Jsonb): boolean {
  if (typeof value === "boolean") return value;
  throw new FilterError(`cannot cast jsonb ${jsonbType(value)} to type boolean`);
}
