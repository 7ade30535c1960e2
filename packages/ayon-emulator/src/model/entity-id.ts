import { InternalFailure } from "./failures.js";

/**
 * A value bound to a UUID column: PostgreSQL accepts hex in either case, with or without dashes,
 * and stores it lower-case; anything else is a data error AYON does not translate (a 500).
 */
export function uuidValue(value: string): string {
  const hex = value.replaceAll("-", "");
  if (/^[0-9a-fA-F]{32}$/.test(hex)) return hex.toLowerCase();
  throw new InternalFailure(`invalid input for query argument $1: '${value}' (invalid UUID '${value}')`);
}

/** `EntityID.parse` before loading an entity: dashes removed, then exactly 32 characters (its message shows the id without dashes). */
export function entityIdToLoad(value: string): string {
  const hex = value.replaceAll("-", "");
  if (hex.length !== 32) throw new InternalFailure(`Invalid entity ID ${hex}`);
  return uuidValue(value);
}

export const nullableUuid = (value: unknown): string | null => (typeof value === "string" ? uuidValue(value) : null);
