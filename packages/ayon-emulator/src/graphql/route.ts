import { graphql } from "graphql";
import { EmulatorHttpError, type HandlerInput, type HandlerResult, type Router } from "../http/router.js";
import type { RequestContext } from "../state/records.js";
import { attributeLibrary } from "./attrib.js";
import type { GraphqlContext } from "./context.js";
import { ayonSchema } from "./schema.js";

/** `POST /graphql`: queries only; errors come back as HTTP 200 with `errors` (strawberry). */
export function registerGraphqlRoute(router: Router): void {
  router.add("POST", "/graphql", execute);
}

async function execute({ state, body, context }: HandlerInput): Promise<HandlerResult> {
  const request = (body ?? {}) as Record<string, unknown>;
  if (typeof request !== "object" || Array.isArray(request) || typeof request.query !== "string") {
    throw new EmulatorHttpError(400, "No GraphQL query found in the request");
  }
  const contextValue: GraphqlContext = {
    state,
    user: (context as RequestContext).user,
    library: attributeLibrary(state.attributes),
    views: new Map(),
  };
  const variables = request.variables;
  const result = await graphql({
    schema: ayonSchema(state.attributes),
    source: request.query,
    contextValue,
    variableValues: variables && typeof variables === "object" ? (variables as Record<string, unknown>) : null,
    operationName: typeof request.operationName === "string" ? request.operationName : null,
  });
  return {
    status: 200,
    body: result.errors ? { data: result.data ?? null, errors: result.errors } : { data: result.data },
  };
}
