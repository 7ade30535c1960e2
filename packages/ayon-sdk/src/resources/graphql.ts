import type { Send } from "@kitsu-ayon/http-transport";
import { AyonError, AyonGraphqlError, type GraphqlErrorItem } from "../errors.js";
import type { CallOptions } from "./http.js";

export type GraphqlQuery = <T>(query: string, variables?: Record<string, unknown>, options?: CallOptions) => Promise<T>;

/**
 * `POST /graphql`. AYON answers GraphQL errors with HTTP 200 and `errors`; they become
 * `AyonGraphqlError`. AYON's schema has queries only.
 */
export function graphqlClient(send: Send, serverUrl: string): GraphqlQuery {
  return async <T>(query: string, variables: Record<string, unknown> = {}, options: CallOptions = {}) => {
    const response = await send(
      new Request(`${serverUrl}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
        ...(options.signal ? { signal: options.signal } : {}),
      }),
    );
    const answer = (await response.json()) as { data?: T | null; errors?: GraphqlErrorItem[] };
    if (answer.errors?.length) throw new AyonGraphqlError(answer.errors);
    if (answer.data === undefined || answer.data === null) throw new AyonError("GraphQL answered without data");
    return answer.data;
  };
}

export interface Connection<N> {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: { node: N }[];
}

/**
 * Reads every page of a Relay connection. `select` picks the connection out of each answer; the
 * query must declare `$after: String` and `$first: Int` and pass them to the connection.
 */
export async function readAllPages<T, N>(
  graphql: GraphqlQuery,
  query: string,
  variables: Record<string, unknown>,
  select: (data: T) => Connection<N> | undefined,
  options: CallOptions & { pageSize?: number } = {},
): Promise<N[]> {
  const nodes: N[] = [];
  let after: string | null = null;
  for (;;) {
    const data: T = await graphql<T>(query, { ...variables, first: options.pageSize ?? 500, after }, options);
    const connection = select(data);
    if (!connection) return nodes;
    for (const edge of connection.edges) nodes.push(edge.node);
    if (!connection.pageInfo.hasNextPage) return nodes;
    const next = connection.pageInfo.endCursor ?? null;
    // A cursor that does not advance would loop for ever (ayon-python-api raises the same way).
    if (next === null || next === after) throw new AyonError("GraphQL pagination cursor did not advance");
    after = next;
  }
}

/** AYON's GraphQL returns `data`, `allAttrib`, event `summary` and `payload` as JSON strings. */
export function parseJsonField(value: unknown): Record<string, unknown> {
  if (typeof value !== "string" || value === "") return {};
  const parsed = JSON.parse(value) as unknown;
  return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
    ? (parsed as Record<string, unknown>)
    : {};
}
