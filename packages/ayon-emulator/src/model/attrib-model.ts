import type { AttributeDefinition, AttributeScope } from "../state/attributes.js";
import type { FieldSpec, ModelSpec, ScalarType } from "./pydantic.js";

const TYPES: Record<AttributeDefinition["type"], ScalarType> = {
  integer: "int",
  float: "float",
  string: "str",
  boolean: "bool",
  datetime: "datetime",
  list_of_strings: "list_str",
};

const cache = new WeakMap<AttributeDefinition[], Map<string, ModelSpec>>();

/**
 * The attribute model of one entity type, as ayon_server/entities/models/generator.py builds it:
 * every attribute optional, typed and bounded; `enum` is only documentation (pydantic v1 keeps
 * `Field(enum=...)` as schema extra and does not validate it). Project attributes keep their
 * defaults; other scopes have none, so they inherit.
 */
export function attribModel(definitions: AttributeDefinition[], scope: AttributeScope): ModelSpec {
  let byScope = cache.get(definitions);
  if (!byScope) {
    byScope = new Map();
    cache.set(definitions, byScope);
  }
  const cached = byScope.get(scope);
  if (cached) return cached;
  const fields = definitions
    .filter((definition) => definition.scope.includes(scope))
    .map((definition) => attribField(definition, scope));
  const name = `${scope.charAt(0).toUpperCase()}${scope.slice(1)}AttribModel`;
  const model: ModelSpec = { name, fields, camelize: false };
  byScope.set(scope, model);
  return model;
}

function attribField(definition: AttributeDefinition, scope: AttributeScope): FieldSpec {
  const field: FieldSpec = { name: definition.name, type: TYPES[definition.type], nullable: true };
  // generate_model copies bounds with `if getattr(fdef, k):`, so a bound of 0 is dropped: fps and
  // resolution accept 0 and negative values (ayon_server/entities/models/generator.py).
  if (definition.gt) field.gt = definition.gt;
  if (definition.lt) field.lt = definition.lt;
  const fallback = definition.default;
  if (scope === "project" && fallback !== undefined) field.default = () => structuredClone(fallback);
  return field;
}
