import type { Json, JsonObject } from "./records.js";

export type AttributeScope =
  | "project"
  | "folder"
  | "task"
  | "product"
  | "version"
  | "representation"
  | "workfile"
  | "user";

export interface AttributeDefinition {
  name: string;
  scope: AttributeScope[];
  type: "integer" | "float" | "string" | "boolean" | "datetime" | "list_of_strings";
  /** false: the value is never inherited from parents (AYON's `description`). @default true */
  inherit?: boolean;
  enum?: string[];
  /** Exclusive lower bound (fps > 0, resolution > 0). */
  gt?: number;
  /** Exclusive upper bound (resolution < 50000). */
  lt?: number;
  /** Project-level default set at deploy when the anatomy has none. */
  default?: Json;
}

const PFT: AttributeScope[] = ["project", "folder", "task"];

/** The attributes AYON 1.16 deploys at setup (setup/attributes.py), with their types and bounds. */
export const DEFAULT_ATTRIBUTES: AttributeDefinition[] = [
  { name: "fps", scope: PFT, type: "float", gt: 0, default: 25 },
  { name: "resolutionWidth", scope: PFT, type: "integer", gt: 0, lt: 50000, default: 1920 },
  { name: "resolutionHeight", scope: PFT, type: "integer", gt: 0, lt: 50000, default: 1080 },
  { name: "pixelAspect", scope: PFT, type: "float", gt: 0, default: 1 },
  { name: "clipIn", scope: PFT, type: "integer", default: 1 },
  { name: "clipOut", scope: PFT, type: "integer", default: 1 },
  { name: "frameStart", scope: PFT, type: "integer", default: 1001 },
  { name: "frameEnd", scope: PFT, type: "integer", default: 1001 },
  { name: "handleStart", scope: PFT, type: "integer", default: 0 },
  { name: "handleEnd", scope: PFT, type: "integer", default: 0 },
  { name: "priority", scope: PFT, type: "string", enum: ["urgent", "high", "normal", "low"], default: "normal" },
  { name: "startDate", scope: PFT, type: "datetime" },
  { name: "endDate", scope: PFT, type: "datetime" },
  {
    name: "description",
    scope: ["project", "folder", "task", "product", "version", "representation", "workfile"],
    type: "string",
    inherit: false,
  },
  { name: "fullName", scope: ["user"], type: "string" },
  { name: "email", scope: ["user"], type: "string" },
  { name: "avatarUrl", scope: ["user"], type: "string" },
  { name: "developerMode", scope: ["user"], type: "boolean" },
];

export const attributesOf = (definitions: AttributeDefinition[], scope: AttributeScope) =>
  definitions.filter((definition) => definition.scope.includes(scope));

/** Project defaults from the attribute definitions, for a deploy without `anatomy.attributes`. */
export function defaultProjectAttrib(definitions: AttributeDefinition[]): JsonObject {
  const attrib: JsonObject = {};
  for (const definition of attributesOf(definitions, "project")) {
    if (definition.default !== undefined) attrib[definition.name] = definition.default;
  }
  return attrib;
}
