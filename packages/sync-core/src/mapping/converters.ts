import type { AttribValue } from "../model/desired-state.js";

/**
 * Turns a Kitsu value that is present (not null, not blank) into an AYON attribute value.
 * `undefined` means the value cannot be converted: the attribute becomes null and a warning is made.
 */
export type Converter = (value: unknown) => AttribValue | undefined;

/** AYON's bounds on resolution attributes (0 < x < 50000). */
const MAX_RESOLUTION = 50_000;

/**
 * A number from a number or a numeric string. Kitsu keeps `data` values as typed by users, so
 * "25", " 1001 " and "23,976" all occur; anything else is not a number.
 */
export function parseNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  const decimal = text.includes(".") ? text : text.replace(",", ".");
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(decimal)) return undefined;
  return Number(decimal);
}

export const toFloat: Converter = (value) => parseNumber(value);

/** fps and the like: a rate of 0 or less is not a value AYON accepts. */
export const toPositiveFloat: Converter = (value) => {
  const number = parseNumber(value);
  return number !== undefined && number > 0 ? number : undefined;
};

/** Frame numbers: "1001" and 1001.0 are 1001; 1001.5 is not a frame. */
export const toInteger: Converter = (value) => {
  const number = parseNumber(value);
  return number !== undefined && Number.isInteger(number) ? number : undefined;
};

/** Handles: a count of frames, never negative. */
export const toCount: Converter = (value) => {
  const number = toInteger(value);
  return typeof number === "number" && number >= 0 ? number : undefined;
};

export const toText: Converter = (value) => {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
};

/** Kitsu metadata booleans are stored as "true"/"false" strings. */
export const toBoolean: Converter = (value) => {
  if (typeof value === "boolean") return value;
  const text = typeof value === "string" ? value.trim().toLowerCase() : String(value);
  if (["true", "1", "yes"].includes(text)) return true;
  if (["false", "0", "no"].includes(text)) return false;
  return undefined;
};

/**
 * An AYON datetime from a Kitsu date or naive UTC datetime: "2024-01-15" -> "2024-01-15T00:00:00Z"
 * (as the addon writes dates), "2024-01-15T10:30:00" -> "2024-01-15T10:30:00Z". A value that already
 * carries a zone is kept.
 */
export const toIsoDateTime: Converter = (value) => {
  if (typeof value !== "string") return undefined;
  const text = value.trim().replace(" ", "T");
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(text)
    ? `${text}T00:00:00Z`
    : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text)
      ? `${text}Z`
      : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(text)
        ? text
        : undefined;
  return iso !== undefined && isCalendarDate(iso.slice(0, 10)) && !Number.isNaN(Date.parse(iso)) ? iso : undefined;
};

// Date.parse rolls "2024-02-30" over to March instead of refusing it.
function isCalendarDate(date: string): boolean {
  const [year = 0, month = 0, day = 0] = date.split("-").map(Number);
  const parsed = new Date(Date.UTC(year, month - 1, day));
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day;
}

/** One side of a Kitsu resolution "1920x1080" (also "1920 x 1080", "1920X1080"). */
export function resolutionPart(side: "width" | "height"): Converter {
  return (value) => {
    if (typeof value !== "string") return undefined;
    const match = /^\s*(\d+)\s*[xX×]\s*(\d+)\s*$/.exec(value);
    const size = Number(side === "width" ? match?.[1] : match?.[2]);
    return Number.isInteger(size) && size > 0 && size < MAX_RESOLUTION ? size : undefined;
  };
}

/**
 * Kitsu task priority (an integer the UI shows as normal, high, very high, emergency) to AYON's
 * `priority` enum (low, normal, high, urgent). AYON has one level fewer above normal, so the two
 * highest Kitsu levels both become "urgent"; nothing in Kitsu maps to "low".
 */
export const KITSU_PRIORITY_TO_AYON: Readonly<Record<number, string>> = {
  0: "normal",
  1: "high",
  2: "urgent",
  3: "urgent",
};

export const toPriority: Converter = (value) => {
  const level = toInteger(value);
  return typeof level === "number" ? KITSU_PRIORITY_TO_AYON[level] : undefined;
};
