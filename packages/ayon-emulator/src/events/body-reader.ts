import { validationError } from "../http/errors.js";

/** One item of a FastAPI/pydantic v1 validation error, as AYON returns it in `errors`. */
export interface FieldError {
  loc: (string | number)[];
  msg: string;
  type: string;
}

/** AYON's patterns as pydantic prints them in messages (ayon_server/types.py). */
export const PY_PATTERNS = {
  topic: "^[a-zA-Z][a-zA-Z0-9_\\.\\*]{2,64}$",
  name: "^[a-zA-Z0-9_]([a-zA-Z0-9_\\.\\-]*[a-zA-Z0-9_])?$",
  entityId: "^[0-9a-f]{32}$",
} as const;

const TRUE_WORDS = new Set(["1", "on", "t", "true", "y", "yes"]);
const FALSE_WORDS = new Set(["0", "off", "f", "false", "n", "no"]);

interface StringRules {
  regex?: { test: RegExp; source: string };
  minLength?: number;
  maxLength?: number;
}

/**
 * Reads a JSON request body the way AYON's pydantic v1 models do: camelCase aliases or snake_case
 * names, lax coercion (numbers to strings, "yes" to true), unknown keys ignored, every error
 * collected. `finish()` throws AYON's 400 "Request validation error" when any field failed.
 */
export class BodyReader {
  readonly errors: FieldError[] = [];
  private readonly body: Record<string, unknown>;

  constructor(
    body: unknown,
    private readonly method: string,
    private readonly path: string,
  ) {
    if (body === undefined) this.errors.push({ loc: ["body"], msg: "field required", type: "value_error.missing" });
    else if (!isObject(body))
      this.errors.push({ loc: ["body"], msg: "value is not a valid dict", type: "type_error.dict" });
    this.body = isObject(body) ? body : {};
  }

  /** The raw value under the camelCase alias, else under the snake_case field name. */
  raw(alias: string): unknown {
    if (alias in this.body) return this.body[alias];
    const snake = alias.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
    return this.body[snake];
  }

  has(alias: string): boolean {
    return this.raw(alias) !== undefined;
  }

  requiredString(alias: string, rules: StringRules = {}): string {
    const value = this.raw(alias);
    if (value === undefined) return this.fail([alias], "field required", "value_error.missing", "");
    if (value === null) return this.fail([alias], "none is not an allowed value", "type_error.none.not_allowed", "");
    return this.stringAt([alias], value, rules) ?? "";
  }

  optionalString(alias: string, rules: StringRules = {}): string | null {
    const value = this.raw(alias);
    if (value === undefined || value === null) return null;
    return this.stringAt([alias], value, rules);
  }

  bool(alias: string, fallback: boolean): boolean {
    const value = this.raw(alias);
    if (value === undefined) return fallback;
    if (typeof value === "boolean") return value;
    if (value === 0 || value === 1) return value === 1;
    if (typeof value === "string" && TRUE_WORDS.has(value.toLowerCase())) return true;
    if (typeof value === "string" && FALSE_WORDS.has(value.toLowerCase())) return false;
    if (value === null)
      return this.fail([alias], "none is not an allowed value", "type_error.none.not_allowed", fallback);
    return this.fail([alias], "value could not be parsed to a boolean", "type_error.bool", fallback);
  }

  /** An integer; `null` only when `nullable`. Floats are truncated and numeric strings parsed. */
  int(alias: string, fallback: number | null, nullable = false): number | null {
    const value = this.raw(alias);
    if (value === undefined) return fallback;
    if (value === null) {
      if (nullable) return null;
      return this.fail([alias], "none is not an allowed value", "type_error.none.not_allowed", fallback);
    }
    const parsed = toNumber(value, true);
    if (parsed === undefined) return this.fail([alias], "value is not a valid integer", "type_error.integer", fallback);
    return parsed;
  }

  optionalNumber(alias: string, bounds: { ge?: number; le?: number } = {}): number | null {
    const value = this.raw(alias);
    if (value === undefined || value === null) return null;
    const parsed = toNumber(value, false);
    if (parsed === undefined) return this.fail([alias], "value is not a valid float", "type_error.float", null);
    if (bounds.ge !== undefined && parsed < bounds.ge) {
      return this.fail(
        [alias],
        `ensure this value is greater than or equal to ${bounds.ge}`,
        "value_error.number.not_ge",
        null,
      );
    }
    if (bounds.le !== undefined && parsed > bounds.le) {
      return this.fail(
        [alias],
        `ensure this value is less than or equal to ${bounds.le}`,
        "value_error.number.not_le",
        null,
      );
    }
    return parsed;
  }

  /** A JSON object; `null` when absent or null and `nullable`, `{}` when absent otherwise. */
  dict(alias: string, nullable: boolean): Record<string, unknown> | null {
    const value = this.raw(alias);
    if (value === undefined || (value === null && nullable)) return nullable ? null : {};
    if (isObject(value)) return value;
    if (value === null) return this.fail([alias], "none is not an allowed value", "type_error.none.not_allowed", {});
    return this.fail([alias], "value is not a valid dict", "type_error.dict", nullable ? null : {});
  }

  optionalStringList(alias: string): string[] | null {
    const value = this.raw(alias);
    if (value === undefined || value === null) return null;
    return this.stringListAt([alias], value);
  }

  /** `str | list[str]`: pydantic v1 tries each type of the union in order. */
  stringOrList(alias: string, rules: StringRules = {}): string | string[] {
    const value = this.raw(alias);
    if (value === undefined) return this.fail([alias], "field required", "value_error.missing", "");
    if (Array.isArray(value)) return this.stringListAt([alias], value);
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
      return this.stringAt([alias], value, rules) ?? "";
    }
    this.errors.push({ loc: ["body", alias], msg: "str type expected", type: "type_error.str" });
    return this.fail([alias], "value is not a valid list", "type_error.list", "");
  }

  literal<T extends string>(alias: string, permitted: readonly T[]): T | null {
    const value = this.raw(alias);
    if (value === undefined || value === null) return null;
    if (typeof value === "string" && (permitted as readonly string[]).includes(value)) return value as T;
    const list = permitted.map((item) => `'${item}'`).join(", ");
    return this.fail([alias], `unexpected value; permitted: ${list}`, "value_error.const", null);
  }

  /** Records an error found outside this reader (a path parameter, a header, a nested model). */
  addError(loc: (string | number)[], msg: string, type: string): void {
    this.errors.push({ loc, msg, type });
  }

  /** Throws AYON's 400 when any field failed. */
  finish(): void {
    if (this.errors.length > 0) throw validationError(this.method, this.path, this.errors);
  }

  private stringAt(loc: (string | number)[], value: unknown, rules: StringRules): string | null {
    const text = toText(value);
    if (text === undefined) return this.fail(loc, "str type expected", "type_error.str", null);
    return checkString(text, rules, (msg, type) => this.errors.push({ loc: ["body", ...loc], msg, type }))
      ? text
      : null;
  }

  private stringListAt(loc: (string | number)[], value: unknown): string[] {
    if (!Array.isArray(value)) return this.fail(loc, "value is not a valid list", "type_error.list", []);
    return value.map((item, index) => this.stringAt([...loc, index], item, {}) ?? "");
  }

  private fail<T>(loc: (string | number)[], msg: string, type: string, fallback: T): T {
    this.errors.push({ loc: ["body", ...loc], msg, type });
    return fallback;
  }
}

/** pydantic v1 `constr` checks: lengths first, then the pattern. */
export function checkString(text: string, rules: StringRules, report: (msg: string, type: string) => void): boolean {
  if (rules.minLength !== undefined && text.length < rules.minLength) {
    report(`ensure this value has at least ${rules.minLength} characters`, "value_error.any_str.min_length");
    return false;
  }
  if (rules.maxLength !== undefined && text.length > rules.maxLength) {
    report(`ensure this value has at most ${rules.maxLength} characters`, "value_error.any_str.max_length");
    return false;
  }
  if (rules.regex && !rules.regex.test.test(text)) {
    report(`string does not match regex "${rules.regex.source}"`, "value_error.str.regex");
    return false;
  }
  return true;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** pydantic v1 `str`: strings, and numbers (booleans are numbers in Python) converted. */
function toText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "True" : "False";
  return undefined;
}

function toNumber(value: unknown, integer: boolean): number | undefined {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number" && Number.isFinite(value)) return integer ? Math.trunc(value) : value;
  if (typeof value !== "string" || value.trim() === "") return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || (integer && !Number.isInteger(parsed))) return undefined;
  return parsed;
}
