import type { GraphQLResolveInfo } from "graphql";
import type { GraphqlContext } from "../context.js";

/** A field resolver; sources and arguments are typed per resolver. */
export type FieldResolver = (source: never, args: never, context: GraphqlContext, info: GraphQLResolveInfo) => unknown;
export type ResolverMap = Record<string, Record<string, FieldResolver>>;

/** Arguments of every AYON GraphQL connection. */
export interface PageArguments {
  first: number | null;
  after: string | null;
  last: number | null;
  before: string | null;
}

export const isGuest = (context: GraphqlContext) => context.user.data.isGuest === true;
