// A small re-implementation of the pydantic v1 behaviour AYON's request and entity models rely on:
// alias lookup (camelCase, or the field name), Extra.ignore, type coercion, constraints, and the
// error list and message format of `ValidationError`.

export interface PydanticError {
  loc: (string | number)[];
  msg: string;
  type: string;
  ctx?: Record<string, unknown>;
}

export type ScalarType = "str" | "int" | "float" | "bool" | "datetime" | "list_str" | "dict" | "any";

export interface FieldSpec {
  /** The Python (snake_case) field name; values are returned under it. */
  name: string;
  /** The JSON key; defaults to the camelised name on camelising models, else the name. */
  alias?: string;
  type: ScalarType | ModelSpec | { listOf: ModelSpec } | { literal: readonly string[] };
  /** No default: a missing value is "field required". */
  required?: boolean;
  /** `Optional[...]`: null is accepted. */
  nullable?: boolean;
  regex?: { source: string; test: RegExp };
  minLength?: number;
  maxLength?: number;
  gt?: number;
  lt?: number;
  /** The value used when the key is missing (not for required fields). */
  default?: () => unknown;
}

export interface ModelSpec {
  name: string;
  fields: FieldSpec[];
  /** OPModel and entity models camelise aliases; settings models (anatomy) do not. */
  camelize: boolean;
  /** Runs after the fields validated (pydantic validators). May throw an AyonException. */
  validate?: (values: ParsedModel) => void;
}

/** A validated model: values by field name, and which fields the input set (`exclude_unset`). */
export interface ParsedModel {
  values: Record<string, unknown>;
  set: Set<string>;
}

export class ModelValidationError extends Error {
  constructor(
    readonly model: string,
    readonly errors: PydanticError[],
  ) {
    super(formatValidationError(model, errors));
  }
}

export const camelize = (name: string) => name.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());

const aliasOf = (spec: ModelSpec, field: FieldSpec) =>
  field.alias ?? (spec.camelize ? camelize(field.name) : field.name);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Validates `input` against `spec`; throws ModelValidationError listing every error. */
export function parseModel(spec: ModelSpec, input: unknown, loc: (string | number)[] = []): ParsedModel {
  const errors: PydanticError[] = [];
  const parsed = validateModel(spec, input, loc, errors);
  if (errors.length > 0 || parsed === undefined) throw new ModelValidationError(spec.name, errors);
  return parsed;
}

function validateModel(
  spec: ModelSpec,
  input: unknown,
  loc: (string | number)[],
  errors: PydanticError[],
): ParsedModel | undefined {
  if (!isRecord(input)) {
    errors.push({ loc, msg: "value is not a valid dict", type: "type_error.dict" });
    return undefined;
  }
  const values: Record<string, unknown> = {};
  const set = new Set<string>();
  const errorsBefore = errors.length;
  for (const field of spec.fields) {
    const alias = aliasOf(spec, field);
    const key = alias in input ? alias : field.name in input ? field.name : undefined;
    const fieldLoc = [...loc, alias];
    if (key === undefined) {
      if (field.required) errors.push({ loc: fieldLoc, msg: "field required", type: "value_error.missing" });
      else values[field.name] = field.default ? field.default() : null;
      continue;
    }
    set.add(field.name);
    values[field.name] = validateField(field, input[key], fieldLoc, errors);
  }
  const parsed = { values, set };
  if (errors.length === errorsBefore) spec.validate?.(parsed);
  return parsed;
}

function validateField(field: FieldSpec, value: unknown, loc: (string | number)[], errors: PydanticError[]): unknown {
  if (value === null || value === undefined) {
    if (field.nullable) return null;
    errors.push({ loc, msg: "none is not an allowed value", type: "type_error.none.not_allowed" });
    return null;
  }
  const type = field.type;
  if (typeof type === "string") return validateScalar(field, type, value, loc, errors);
  if ("literal" in type) return validateLiteral(type.literal, value, loc, errors);
  if ("listOf" in type) {
    if (!Array.isArray(value)) {
      errors.push({ loc, msg: "value is not a valid list", type: "type_error.list" });
      return null;
    }
    return value.map((item, index) => validateModel(type.listOf, item, [...loc, index], errors));
  }
  return validateModel(type, value, loc, errors);
}

function validateLiteral(
  permitted: readonly string[],
  value: unknown,
  loc: (string | number)[],
  errors: PydanticError[],
) {
  if (typeof value === "string" && permitted.includes(value)) return value;
  errors.push({
    loc,
    msg: `unexpected value; permitted: ${permitted.map((item) => `'${item}'`).join(", ")}`,
    type: "value_error.const",
    ctx: { given: value, permitted },
  });
  return null;
}

function validateScalar(
  field: FieldSpec,
  type: ScalarType,
  value: unknown,
  loc: (string | number)[],
  errors: PydanticError[],
): unknown {
  switch (type) {
    case "str":
      return checkString(field, coerceString(value, loc, errors), loc, errors);
    case "int":
      return checkNumber(field, coerceInt(value, loc, errors), loc, errors);
    case "float":
      return checkNumber(field, coerceFloat(value, loc, errors), loc, errors);
    case "bool":
      return coerceBool(value, loc, errors);
    case "datetime":
      return coerceDatetime(value, loc, errors);
    case "list_str":
      if (!Array.isArray(value)) {
        errors.push({ loc, msg: "value is not a valid list", type: "type_error.list" });
        return null;
      }
      return value.map((item, index) => coerceString(item, [...loc, index], errors));
    case "dict":
      if (isRecord(value)) return value;
      errors.push({ loc, msg: "value is not a valid dict", type: "type_error.dict" });
      return null;
    default:
      return value;
  }
}

/** pydantic v1's str_validator: numbers (and booleans, which are ints in Python) become strings. */
function coerceString(value: unknown, loc: (string | number)[], errors: PydanticError[]): string | null {
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "number") return String(value);
  errors.push({ loc, msg: "str type expected", type: "type_error.str" });
  return null;
}

function checkString(field: FieldSpec, value: string | null, loc: (string | number)[], errors: PydanticError[]) {
  if (value === null) return null;
  if (field.minLength !== undefined && value.length < field.minLength) {
    errors.push({
      loc,
      msg: `ensure this value has at least ${field.minLength} characters`,
      type: "value_error.any_str.min_length",
      ctx: { limit_value: field.minLength },
    });
  } else if (field.maxLength !== undefined && value.length > field.maxLength) {
    errors.push({
      loc,
      msg: `ensure this value has at most ${field.maxLength} characters`,
      type: "value_error.any_str.max_length",
      ctx: { limit_value: field.maxLength },
    });
  } else if (field.regex && !field.regex.test.test(value)) {
    errors.push({
      loc,
      msg: `string does not match regex "${field.regex.source}"`,
      type: "value_error.str.regex",
      ctx: { pattern: field.regex.source },
    });
  }
  return value;
}

/** pydantic v1's int_validator: `int(v)`, so floats are truncated and booleans become 0/1. */
function coerceInt(value: unknown, loc: (string | number)[], errors: PydanticError[]): number | null {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number" && Number.isFinite(value)) return Math.trunc(value);
  if (typeof value === "string" && /^\s*[+-]?\d+\s*$/.test(value)) return Number.parseInt(value, 10);
  errors.push({ loc, msg: "value is not a valid integer", type: "type_error.integer" });
  return null;
}

function coerceFloat(value: unknown, loc: (string | number)[], errors: PydanticError[]): number | null {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number") return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
  errors.push({ loc, msg: "value is not a valid float", type: "type_error.float" });
  return null;
}

function checkNumber(field: FieldSpec, value: number | null, loc: (string | number)[], errors: PydanticError[]) {
  if (value === null) return null;
  if (field.gt !== undefined && !(value > field.gt)) {
    errors.push({
      loc,
      msg: `ensure this value is greater than ${field.gt}`,
      type: "value_error.number.not_gt",
      ctx: { limit_value: field.gt },
    });
  } else if (field.lt !== undefined && !(value < field.lt)) {
    errors.push({
      loc,
      msg: `ensure this value is less than ${field.lt}`,
      type: "value_error.number.not_lt",
      ctx: { limit_value: field.lt },
    });
  }
  return value;
}

const TRUE_VALUES = new Set(["1", "on", "t", "true", "y", "yes"]);
const FALSE_VALUES = new Set(["0", "off", "f", "false", "n", "no"]);

function coerceBool(value: unknown, loc: (string | number)[], errors: PydanticError[]): boolean | null {
  if (typeof value === "boolean") return value;
  if (value === 0 || value === 1) return value === 1;
  if (typeof value === "string") {
    const lower = value.toLowerCase();
    if (TRUE_VALUES.has(lower)) return true;
    if (FALSE_VALUES.has(lower)) return false;
  }
  errors.push({ loc, msg: "value could not be parsed to a boolean", type: "type_error.bool" });
  return null;
}

/** pydantic v1's datetime format (date and time required), re-serialised the way Python does. */
const DATETIME_RE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,6})\d{0,6})?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

function coerceDatetime(value: unknown, loc: (string | number)[], errors: PydanticError[]): string | null {
  if (typeof value === "number" && Number.isFinite(value)) {
    const ms = Math.abs(value) > 2e10 ? value : value * 1000;
    return new Date(ms).toISOString().replace("Z", "+00:00");
  }
  const match = typeof value === "string" ? DATETIME_RE.exec(value) : null;
  if (!match) {
    errors.push({ loc, msg: "invalid datetime format", type: "value_error.datetime" });
    return null;
  }
  const [, year, month, day, hour, minute, second = "0", fraction, zone] = match;
  const pad = (part: string | undefined, size = 2) => (part ?? "0").padStart(size, "0");
  const micro = fraction ? `.${fraction.padEnd(6, "0")}` : "";
  const tz = zone === undefined ? "" : zone === "Z" ? "+00:00" : normaliseZone(zone);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${micro}${tz}`;
}

const normaliseZone = (zone: string) => {
  const digits = zone.slice(1).replace(":", "").padEnd(4, "0");
  return `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2, 4)}`;
};

/** `str(ValidationError)` in pydantic v1. */
export function formatValidationError(model: string, errors: PydanticError[]): string {
  const lines = errors.map((error) => {
    const ctx = error.ctx
      ? Object.entries(error.ctx)
          .map(([key, value]) => `; ${key}=${pythonRepr(value, false)}`)
          .join("")
      : "";
    return `${error.loc.join(" -> ")}\n  ${error.msg} (type=${error.type}${ctx})`;
  });
  return `${errors.length} validation error${errors.length === 1 ? "" : "s"} for ${model}\n${lines.join("\n")}`;
}

/** Python's `str()` (quoteStrings false) or `repr()` of a JSON value, for messages AYON formats. */
export function pythonRepr(value: unknown, quoteStrings = true): string {
  if (value === null || value === undefined) return "None";
  if (typeof value === "string") return quoteStrings ? `'${value}'` : value;
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return `[${value.map((item) => pythonRepr(item)).join(", ")}]`;
  if (isRecord(value)) {
    return `{${Object.entries(value)
      .map(([key, item]) => `'${key}': ${pythonRepr(item)}`)
      .join(", ")}}`;
  }
  return String(value);
}
