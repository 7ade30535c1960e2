import { buildSchema, type GraphQLSchema, isObjectType } from "graphql";
import type { AttributeDefinition } from "../state/attributes.js";
import type { GraphqlContext } from "./context.js";
import { RESOLVERS } from "./resolvers/index.js";
import type { ResolverMap } from "./resolvers/resolver-types.js";
import { schemaSdl } from "./schema-sdl.js";

const schemas = new WeakMap<AttributeDefinition[], GraphQLSchema>();

/** The executable schema for a set of attribute definitions (built once per set). */
export function ayonSchema(attributes: AttributeDefinition[]): GraphQLSchema {
  let schema = schemas.get(attributes);
  if (!schema) {
    schema = buildSchema(schemaSdl(attributes));
    attachResolvers(schema, RESOLVERS);
    schemas.set(attributes, schema);
  }
  return schema;
}

function attachResolvers(schema: GraphQLSchema, resolvers: ResolverMap): void {
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`No object type ${typeName} in the schema`);
    const definitions = type.getFields();
    for (const [fieldName, resolve] of Object.entries(fields)) {
      const definition = definitions[fieldName];
      if (!definition) throw new Error(`No field ${typeName}.${fieldName} in the schema`);
      definition.resolve = (source, args, context, info) =>
        resolve(source as never, args as never, context as GraphqlContext, info);
    }
  }
}
