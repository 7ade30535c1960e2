import type { Json, JsonObject } from "./records.js";

export type AttributeScope =
  | "project"
  | "folder"
  | "task"
  | "product"
  | "version"
  | "representation"
  | "workfile"
  | "user"
  | "list";

/** An item of an enum attribute (ayon_server/enum/enum_item.py), as the attribute lists it. */
export interface AttributeEnumItem {
  value: string | number | boolean;
  label: string;
  color?: string;
  icon?: string;
}

export interface AttributeDefinition {
  name: string;
  scope: AttributeScope[];
  type: "integer" | "float" | "string" | "boolean" | "datetime" | "list_of_strings";
  /** Shown in `/api/attributes` and `/api/info`. @default the name capitalised, as AYON deploys one without a title */
  title?: string;
  description?: string;
  example?: Json;
  /** false: the value is never inherited from parents (AYON's `description`). @default true */
  inherit?: boolean;
  /** Values (or items) for select widgets; AYON does not enforce them. */
  enum?: (string | AttributeEnumItem)[];
  /** Exclusive lower bound (fps > 0, resolution > 0). */
  gt?: number;
  /** Exclusive upper bound (resolution < 50000). */
  lt?: number;
  /** Project-level default set at deploy when the anatomy has none. */
  default?: Json;
  /** The frontend widget (`markdown` for the description). */
  widget?: string;
}

const PFT: AttributeScope[] = ["project", "folder", "task"];
const PFVRT: AttributeScope[] = ["project", "folder", "version", "representation", "task"];

const priority = (value: string, label: string, color: string, icon: string): AttributeEnumItem => ({
  value,
  label,
  color,
  icon,
});

/**
 * The attributes AYON deploys at setup, in its order (their positions), with types, bounds, titles,
 * examples and enum items: DEFAULT_ATTRIBUTES in setup/attributes.py (unchanged from 1.13 to 1.16).
 */
export const DEFAULT_ATTRIBUTES: AttributeDefinition[] = [
  {
    name: "priority",
    scope: PFT,
    type: "string",
    title: "Priority",
    default: "normal",
    enum: [
      priority("urgent", "Urgent", "#FF8585", "keyboard_double_arrow_up"),
      priority("high", "High", "#FFAD66", "keyboard_arrow_up"),
      priority("normal", "Normal", "#9AC0E7", "check_indeterminate_small"),
      priority("low", "Low", "#9FA7B1", "keyboard_arrow_down"),
    ],
  },
  {
    name: "fps",
    scope: PFVRT,
    type: "float",
    title: "FPS",
    default: 25,
    example: 25,
    gt: 0,
    description: "Frame rate",
  },
  {
    name: "resolutionWidth",
    scope: PFVRT,
    type: "integer",
    title: "Width",
    default: 1920,
    example: 1920,
    gt: 0,
    lt: 50000,
    description: "Horizontal resolution",
  },
  {
    name: "resolutionHeight",
    scope: PFVRT,
    type: "integer",
    title: "Height",
    default: 1080,
    example: 1080,
    gt: 0,
    lt: 50000,
    description: "Vertical resolution",
  },
  { name: "pixelAspect", scope: PFVRT, type: "float", title: "Pixel aspect", gt: 0, default: 1, example: 1 },
  { name: "clipIn", scope: PFVRT, type: "integer", title: "Clip In", default: 1, example: 1 },
  { name: "clipOut", scope: PFVRT, type: "integer", title: "Clip Out", default: 1, example: 1 },
  { name: "frameStart", scope: PFVRT, type: "integer", title: "Start frame", default: 1001, example: 1001 },
  { name: "frameEnd", scope: PFVRT, type: "integer", title: "End frame", default: 1001 },
  { name: "handleStart", scope: PFVRT, type: "integer", title: "Handle start", default: 0 },
  { name: "handleEnd", scope: PFVRT, type: "integer", title: "Handle end", default: 0 },
  { name: "fullName", scope: ["user"], type: "string", title: "Full name", example: "Jane Doe" },
  { name: "email", scope: ["user"], type: "string", title: "E-Mail", example: "jane.doe@ayon.cloud" },
  { name: "avatarUrl", scope: ["user"], type: "string", title: "Avatar URL" },
  { name: "developerMode", scope: ["user"], type: "boolean", title: "Developer mode", example: true },
  { name: "productGroup", scope: ["product"], type: "string", title: "Product group" },
  { name: "intent", scope: ["version"], type: "string", title: "Intent" },
  { name: "machine", scope: ["version"], type: "string", title: "Machine" },
  { name: "source", scope: ["version"], type: "string", title: "Source" },
  { name: "comment", scope: ["version"], type: "string", title: "Comment" },
  { name: "site", scope: ["version"], type: "string", title: "Site", example: "workstation42" },
  { name: "families", scope: ["version"], type: "list_of_strings", title: "Families" },
  { name: "colorSpace", scope: ["version"], type: "string", title: "Color space", example: "rec709" },
  { name: "path", scope: ["representation"], type: "string", title: "Path" },
  { name: "template", scope: ["representation"], type: "string", title: "Template" },
  { name: "extension", scope: ["representation", "workfile"], type: "string", title: "File extension" },
  {
    name: "startDate",
    scope: PFT,
    type: "datetime",
    example: "2021-01-01T00:00:00+00:00",
    title: "Start date",
    description: "Date and time when the project or task or asset was started",
  },
  {
    name: "endDate",
    scope: PFT,
    type: "datetime",
    example: "2021-01-01T00:00:00+00:00",
    title: "End date",
    description: "Deadline date and time",
  },
  {
    name: "description",
    scope: ["project", "folder", "task", "product", "version", "representation", "workfile"],
    type: "string",
    example: "A very nice entity",
    title: "Description",
    description: "Textual description of the entity",
    inherit: false,
    widget: "markdown",
  },
  {
    name: "entityListCategory",
    scope: ["list"],
    type: "string",
    example: "To-do",
    title: "List category",
    description: "Category of the entity list",
    inherit: false,
    enum: [],
  },
];

/** The values of an enum attribute, in order. */
export const enumValues = (definition: AttributeDefinition): (string | number | boolean)[] =>
  (definition.enum ?? []).map((item) => (typeof item === "object" ? item.value : item));

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
