import type { AttributeDefinition, AttributeEnumItem } from "../state/attributes.js";
import type { Json, JsonObject } from "../state/records.js";

// AttributeModel, AttributeData and EnumItem (ayon_server/attributes/models.py,
// ayon_server/enum/enum_item.py) as the attribute endpoints serialise them.

/** `name.capitalize()`: what deploy_attributes titles an attribute without a title. */
const defaultTitle = (name: string) => name.charAt(0).toUpperCase() + name.slice(1).toLowerCase();

/** EnumItem's `fulltext` default: the slugified words of its value, label and description. */
function fulltext(item: AttributeEnumItem): string[] {
  const words = new Set<string>();
  for (const text of [String(item.value), item.label]) {
    for (const word of text.toLowerCase().split(/[^a-z0-9]+/)) if (word) words.add(word);
  }
  return [...words];
}

function enumItem(item: string | AttributeEnumItem): JsonObject {
  const full: AttributeEnumItem = typeof item === "object" ? item : { value: item, label: item };
  return {
    value: full.value,
    label: full.label,
    description: null,
    fulltext: fulltext(full),
    group: null,
    icon: full.icon ?? null,
    color: full.color ?? null,
    shortName: null,
    disabled: false,
    disabledMessage: null,
  };
}

/**
 * One attribute as `GET /api/attributes` lists it: every AttributeData field, null when unset (that
 * endpoint does not exclude None, and ayon-python-api reads `data["default"]` of every attribute).
 * An empty enum is null (AttributeData's `validate_enum`).
 */
export function attributeModel(definition: AttributeDefinition, position: number): JsonObject {
  const optional = (value: Json | undefined): Json => value ?? null;
  const items = definition.enum && definition.enum.length > 0 ? definition.enum.map(enumItem) : null;
  return {
    name: definition.name,
    position,
    scope: [...definition.scope],
    data: {
      type: definition.type,
      title: definition.title ?? defaultTitle(definition.name),
      description: optional(definition.description),
      example: optional(definition.example),
      default: optional(definition.default),
      gt: optional(definition.gt),
      ge: null,
      lt: optional(definition.lt),
      le: null,
      minLength: null,
      maxLength: null,
      minItems: null,
      maxItems: null,
      regex: null,
      enum: items,
      enumResolver: null,
      enumResolverSettings: null,
      inherit: definition.inherit !== false,
      widget: optional(definition.widget),
      widgetSettings: null,
    },
    builtin: true,
  };
}

/** `response_model_exclude_none`, applied all the way down as pydantic does. */
export function withoutNone(value: Json): Json {
  if (Array.isArray(value)) return value.map(withoutNone);
  if (value === null || typeof value !== "object") return value;
  const result: JsonObject = {};
  for (const [key, item] of Object.entries(value)) if (item !== null) result[key] = withoutNone(item);
  return result;
}
