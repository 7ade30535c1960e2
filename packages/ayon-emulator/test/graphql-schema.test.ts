import { readFileSync } from "node:fs";
import { getIntrospectionQuery, type IntrospectionQuery, type IntrospectionTypeRef } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ayonSchema } from "../src/graphql/schema.js";
import { type AyonEmulator, DEFAULT_ATTRIBUTES, startAyonEmulator } from "../src/index.js";
import { gql } from "./seed.js";

// AYON's own introspection (queries only), kept beside the repository.
const AYON_SCHEMA_FILE = new URL("../../../../shared/specs/ayon-graphql.schema.json", import.meta.url);

type Introspection = IntrospectionQuery["__schema"];
type NamedType = Introspection["types"][number];

const typeText = (ref: IntrospectionTypeRef): string => {
  if (ref.kind === "NON_NULL") return `${typeText(ref.ofType)}!`;
  if (ref.kind === "LIST") return `[${typeText(ref.ofType)}]`;
  return ref.name;
};

const fieldsOf = (type: NamedType) => ("fields" in type && type.fields ? type.fields : []);

let emulator: AyonEmulator;
let ayon: Map<string, NamedType>;
let ours: Introspection;

beforeAll(async () => {
  const file = JSON.parse(readFileSync(AYON_SCHEMA_FILE, "utf8")) as { __schema: Introspection };
  ayon = new Map(file.__schema.types.map((type) => [type.name, type]));
  emulator = await startAyonEmulator();
  const answer = await gql<IntrospectionQuery>(emulator.url, emulator.apiKey, getIntrospectionQuery());
  expect(answer.body.errors).toBeUndefined();
  ours = (answer.body.data as IntrospectionQuery).__schema;
});
afterAll(() => emulator.stop());

describe("the emulator's GraphQL schema", () => {
  it("is served by introspection on /graphql, queries only", () => {
    expect(ours.queryType.name).toBe("Query");
    expect(ours.mutationType).toBeNull();
    expect(ours.subscriptionType).toBeNull();
  });

  it("only has types, fields and arguments that AYON 1.16 has, with the same types and defaults", () => {
    const problems: string[] = [];
    let compared = 0;
    for (const type of ours.types) {
      if (type.name.startsWith("__")) continue;
      const theirs = ayon.get(type.name);
      if (!theirs) {
        problems.push(`type ${type.name} is not in AYON's schema`);
        continue;
      }
      if (theirs.kind !== type.kind) problems.push(`${type.name} is ${type.kind}, AYON has ${theirs.kind}`);
      const theirFields = new Map(fieldsOf(theirs).map((field) => [field.name, field]));
      for (const field of fieldsOf(type)) {
        const their = theirFields.get(field.name);
        const where = `${type.name}.${field.name}`;
        compared++;
        if (!their) {
          problems.push(`${where} is not in AYON's schema`);
          continue;
        }
        if (typeText(field.type) !== typeText(their.type))
          problems.push(`${where}: ${typeText(field.type)} vs ${typeText(their.type)}`);
        const theirArgs = new Map(their.args.map((arg) => [arg.name, arg]));
        for (const arg of field.args) {
          const theirArg = theirArgs.get(arg.name);
          if (!theirArg) problems.push(`${where}(${arg.name}) is not in AYON's schema`);
          else if (typeText(arg.type) !== typeText(theirArg.type) || arg.defaultValue !== theirArg.defaultValue) {
            problems.push(
              `${where}(${arg.name}): ${typeText(arg.type)} = ${arg.defaultValue} vs ${typeText(theirArg.type)} = ${theirArg.defaultValue}`,
            );
          }
        }
        // Required arguments AYON has must exist here too, or valid AYON queries would fail.
        for (const theirArg of their.args) {
          if (
            theirArg.type.kind === "NON_NULL" &&
            theirArg.defaultValue === null &&
            !field.args.some((arg) => arg.name === theirArg.name)
          ) {
            problems.push(`${where} lacks AYON's required argument ${theirArg.name}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect(compared).toBeGreaterThan(150);
  });

  it("builds attribute types from the attribute definitions, as AYON does from its attributes table", () => {
    const schema = ayonSchema([...DEFAULT_ATTRIBUTES, { name: "kitsuShotId", scope: ["folder"], type: "string" }]);
    const folderAttrib = schema.getType("FolderAttribType");
    expect(folderAttrib && "getFields" in folderAttrib ? Object.keys(folderAttrib.getFields()) : []).toContain(
      "kitsuShotId",
    );
  });
});
