import type { KitsuSchemas } from "@kitsu-ayon/kitsu-sdk";
import type { AttribValue, MappingWarning } from "../model/desired-state.js";
import {
  type Converter,
  resolutionPart,
  toCount,
  toInteger,
  toIsoDateTime,
  toPositiveFloat,
  toPriority,
  toText,
} from "./converters.js";

type KitsuProject = KitsuSchemas["Project"];
type KitsuEntity = KitsuSchemas["Entity"];
type KitsuTask = KitsuSchemas["TaskWithAssignees"];

/**
 * One AYON attribute and where it comes from in a Kitsu record. Rows are data so a studio can add
 * its own (see {@link mapMetadata}) or replace one: when two rows set the same attribute, the later
 * row wins.
 */
export interface AttributeRow<R> {
  /** The AYON attribute set, e.g. `frameStart`. */
  attribute: string;
  /** Dotted paths in the Kitsu record (`data.frame_in`), tried in order; the first holding a value is used. */
  from: readonly string[];
  convert: Converter;
  /** The value when no path holds one; null (inherit) when omitted. */
  otherwise?: (record: R) => AttribValue;
}

export interface MappedAttributes {
  /** Every row's attribute: a value, or null where Kitsu has none (AYON then reverts to the inherited value). */
  attrib: Record<string, AttribValue>;
  warnings: MappingWarning[];
}

/** The project itself: its settings are top-level columns (`fps` is a string such as "25"). */
export const PROJECT_ATTRIBUTE_ROWS: readonly AttributeRow<KitsuProject>[] = [
  { attribute: "fps", from: ["fps"], convert: toPositiveFloat },
  { attribute: "resolutionWidth", from: ["resolution"], convert: resolutionPart("width") },
  { attribute: "resolutionHeight", from: ["resolution"], convert: resolutionPart("height") },
  { attribute: "startDate", from: ["start_date"], convert: toIsoDateTime },
  { attribute: "endDate", from: ["end_date"], convert: toIsoDateTime },
  { attribute: "description", from: ["description"], convert: toText },
];

/**
 * Assets, episodes, sequences and shots: frame settings live in `data` (an override of the project's),
 * the description is a column. Handles are mapped too (the addon dropped them); Kitsu studios store
 * them as `handle_in`/`handle_out` or `handle_start`/`handle_end`.
 */
export const FOLDER_ATTRIBUTE_ROWS: readonly AttributeRow<KitsuEntity>[] = [
  { attribute: "fps", from: ["data.fps"], convert: toPositiveFloat },
  { attribute: "frameStart", from: ["data.frame_in"], convert: toInteger },
  { attribute: "frameEnd", from: ["data.frame_out"], convert: toInteger, otherwise: frameEndFromCount },
  { attribute: "resolutionWidth", from: ["data.resolution"], convert: resolutionPart("width") },
  { attribute: "resolutionHeight", from: ["data.resolution"], convert: resolutionPart("height") },
  { attribute: "handleStart", from: ["data.handle_in", "data.handle_start"], convert: toCount },
  { attribute: "handleEnd", from: ["data.handle_out", "data.handle_end"], convert: toCount },
  { attribute: "description", from: ["description"], convert: toText },
];

/** Tasks: planned dates, priority and description (none of which the addon synced). */
export const TASK_ATTRIBUTE_ROWS: readonly AttributeRow<KitsuTask>[] = [
  { attribute: "startDate", from: ["start_date"], convert: toIsoDateTime },
  { attribute: "endDate", from: ["due_date"], convert: toIsoDateTime },
  { attribute: "priority", from: ["priority"], convert: toPriority },
  { attribute: "description", from: ["description"], convert: toText },
];

/**
 * Without `frame_out`, the last frame follows from the first and the count (the addon's rule since
 * its PR #86): frame_in 1001 with 50 frames ends at 1050. Without `frame_in` the end is left to
 * inherit rather than guessed from a start the entity does not have.
 */
export function frameEndFromCount(entity: KitsuEntity): AttribValue {
  const start = toInteger(readPath(entity, "data.frame_in"));
  const count = toInteger(entity.nb_frames);
  if (typeof start !== "number" || typeof count !== "number" || count <= 0) return null;
  return start + count - 1;
}

/** A Kitsu metadata descriptor (a custom column, stored in `data[field_name]`) mapped to an AYON attribute. */
export interface MetadataMapping {
  /** The descriptor's `field_name`. */
  field: string;
  /** The AYON attribute, which must exist in AYON (unknown attributes are dropped by AYON). */
  attribute: string;
  /** How to convert the stored value; text when omitted. */
  convert?: Converter;
}

/** Rows for metadata descriptors, to append to the folder or task rows. */
export function mapMetadata(mappings: readonly MetadataMapping[]): AttributeRow<object>[] {
  return mappings.map((mapping) => ({
    attribute: mapping.attribute,
    from: [`data.${mapping.field}`],
    convert: mapping.convert ?? toText,
  }));
}

/** Applies rows to one Kitsu record; `kitsuId` names the record in warnings. */
export function mapAttributes<R extends object>(
  rows: readonly AttributeRow<R>[],
  record: R,
  kitsuId: string,
): MappedAttributes {
  const attrib: Record<string, AttribValue> = {};
  const warnings: MappingWarning[] = [];
  for (const row of lastRowPerAttribute(rows)) {
    const found = firstPresent(record, row.from);
    if (found === undefined) {
      attrib[row.attribute] = row.otherwise?.(record) ?? null;
      continue;
    }
    const converted = row.convert(found.value);
    attrib[row.attribute] = converted ?? null;
    if (converted === undefined) {
      warnings.push({
        kitsuId,
        message: `${found.path} ${JSON.stringify(found.value)} is not a valid ${row.attribute}; left to inherit`,
      });
    }
  }
  return { attrib, warnings };
}

function lastRowPerAttribute<R>(rows: readonly AttributeRow<R>[]): AttributeRow<R>[] {
  const byAttribute = new Map<string, AttributeRow<R>>();
  for (const row of rows) {
    byAttribute.delete(row.attribute);
    byAttribute.set(row.attribute, row);
  }
  return [...byAttribute.values()];
}

function firstPresent(record: object, paths: readonly string[]): { path: string; value: unknown } | undefined {
  for (const path of paths) {
    const value = readPath(record, path);
    if (!isCleared(value)) return { path, value };
  }
  return undefined;
}

/** Kitsu clears a field by nulling it or emptying it; either means "no value". */
function isCleared(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  return Array.isArray(value) && value.length === 0;
}

/** `data.frame_in` -> record.data.frame_in; undefined when any step is missing. */
export function readPath(record: unknown, path: string): unknown {
  let current: unknown = record;
  for (const step of path.split(".")) {
    // Own properties only: a metadata field named "constructor" must not read the prototype.
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, step)) return undefined;
    current = (current as Record<string, unknown>)[step];
  }
  return current;
}
