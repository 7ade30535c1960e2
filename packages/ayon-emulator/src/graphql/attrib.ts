import { type AttributeDefinition, type AttributeScope, attributesOf } from "../state/attributes.js";
import type { JsonObject } from "../state/records.js";

/** What `process_attrib_data` (ayon_server/graphql/utils.py) needs from the attribute library. */
export interface AttributeLibrary {
  byScope(scope: AttributeScope): Map<string, AttributeDefinition>;
  /** Names of attributes inherited by children (any scope, `inherit` not false). */
  inheritable: string[];
  /** Project defaults of the attribute definitions. */
  projectDefaults: JsonObject;
}

export function attributeLibrary(definitions: AttributeDefinition[]): AttributeLibrary {
  const scopes = new Map<AttributeScope, Map<string, AttributeDefinition>>();
  const projectDefaults: JsonObject = {};
  for (const definition of attributesOf(definitions, "project")) {
    if (definition.default !== undefined) projectDefaults[definition.name] = definition.default;
  }
  return {
    byScope(scope) {
      let found = scopes.get(scope);
      if (!found) {
        found = new Map(attributesOf(definitions, scope).map((definition) => [definition.name, definition]));
        scopes.set(scope, found);
      }
      return found;
    },
    inheritable: definitions.filter((definition) => definition.inherit !== false).map((definition) => definition.name),
    projectDefaults,
  };
}

/**
 * An entity's resolved attributes: its own values, then inheritable ones from the parent folder's
 * exported attributes, then from the project (`projectAttrib` must include the defaults; without
 * it the defaults alone); only attributes of the entity's scope are kept and datetimes are
 * normalised as Python prints them.
 */
export function processAttrib(
  library: AttributeLibrary,
  scope: AttributeScope,
  own: JsonObject,
  inherited?: JsonObject,
  projectAttrib?: JsonObject,
): JsonObject {
  const data: JsonObject = { ...own };
  if (scope === "folder" || scope === "task") {
    for (const source of [inherited, projectAttrib ?? library.projectDefaults]) {
      if (!source) continue;
      for (const key of library.inheritable) {
        if (data[key] !== null && data[key] !== undefined) continue;
        if (key in source) data[key] = source[key] as JsonObject[string];
      }
    }
  }
  const allowed = library.byScope(scope);
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(data)) {
    const definition = allowed.get(key);
    if (!definition) continue;
    if (definition.type === "datetime" && typeof value === "string") {
      const normalised = pythonIsoformat(value);
      if (normalised === undefined) continue;
      result[key] = normalised;
    } else {
      result[key] = value;
    }
  }
  return result;
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{1,9}))?)?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

/** `datetime.fromisoformat(value).isoformat()`: undefined when Python could not parse it. */
export function pythonIsoformat(value: string): string | undefined {
  const match = ISO.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour = "00", minute = "00", second = "00", fraction, zone] = match;
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return undefined;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return undefined;
  const micros = fraction ? fraction.padEnd(6, "0").slice(0, 6) : "";
  const fractionText = micros && Number(micros) !== 0 ? `.${micros}` : "";
  return `${year}-${month}-${day}T${hour}:${minute}:${second}${fractionText}${zoneText(zone)}`;
}

function zoneText(zone: string | undefined): string {
  if (!zone) return "";
  if (zone === "Z") return "+00:00";
  const digits = zone.slice(1).replace(":", "");
  return `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2, 4) || "00"}`;
}
