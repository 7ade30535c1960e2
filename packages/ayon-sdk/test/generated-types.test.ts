import { describe, expectTypeOf, it } from "vitest";
import type { components, paths } from "../src/generated/ayon-api.js";
import type { FolderNode, Query } from "../src/generated/ayon-graphql.js";

// Type-level checks on the generated output (tsc enforces them): the routes and shapes the SDK builds
// on exist, with AYON's quirks kept (GraphQL `data` is a JSON string, not an object).
describe("generated AYON types", () => {
  it("have the REST routes the SDK uses, typed from AYON's OpenAPI document", () => {
    expectTypeOf<paths["/api/projects/{project_name}/operations"]["post"]>().not.toBeNever();
    expectTypeOf<paths["/api/enroll"]["post"]>().not.toBeNever();
    expectTypeOf<NonNullable<components["schemas"]["OperationsRequestModel"]["operations"]>>().toExtend<unknown[]>();
  });

  it("have the GraphQL schema's nodes, with data and allAttrib as JSON strings", () => {
    expectTypeOf<FolderNode["data"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<FolderNode["allAttrib"]>().toEqualTypeOf<string>();
    expectTypeOf<Query["project"]>().not.toBeNever();
  });
});
