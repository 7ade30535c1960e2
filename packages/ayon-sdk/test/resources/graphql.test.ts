import { describe, expect, it } from "vitest";
import { AyonGraphqlError } from "../../src/errors.js";
import { graphqlClient, readAllPages } from "../../src/resources/graphql.js";
import { json, scriptedFetch } from "../client/fake-fetch.js";

const page = (ids: string[], next: string | null) => ({
  data: {
    things: { pageInfo: { hasNextPage: next !== null, endCursor: next }, edges: ids.map((id) => ({ node: { id } })) },
  },
});

describe("GraphQL", () => {
  it("reads every page, passing the previous page's end cursor", async () => {
    const pages = [page(["a", "b"], "c1"), page(["c"], "c2"), page(["d"], null)];
    const { fetch, calls } = scriptedFetch((_, index) => json(200, pages[index]));
    const graphql = graphqlClient(fetch, "http://ayon.test");
    const nodes = await readAllPages<{ things: never }, { id: string }>(
      graphql,
      "query",
      { p: 1 },
      (data) => data.things,
      { pageSize: 2 },
    );
    expect(nodes.map((node) => node.id)).toEqual(["a", "b", "c", "d"]);
    expect(calls.map((call) => JSON.parse(call.body).variables)).toEqual([
      { p: 1, first: 2, after: null },
      { p: 1, first: 2, after: "c1" },
      { p: 1, first: 2, after: "c2" },
    ]);
  });

  it("stops with an error when the cursor does not advance", async () => {
    const { fetch } = scriptedFetch(() => json(200, page(["a"], "same")));
    const graphql = graphqlClient(fetch, "http://ayon.test");
    await expect(readAllPages<{ things: never }, unknown>(graphql, "q", {}, (data) => data.things)).rejects.toThrow(
      /cursor did not advance/,
    );
  });

  it("turns errors answered with HTTP 200 into AyonGraphqlError", async () => {
    const { fetch } = scriptedFetch(() =>
      json(200, { data: null, errors: [{ message: "Project not found", path: ["project"] }] }),
    );
    const failure = graphqlClient(fetch, "http://ayon.test")('query { project(name: "x") { name } }');
    await expect(failure).rejects.toBeInstanceOf(AyonGraphqlError);
    await expect(failure).rejects.toMatchObject({ errors: [{ message: "Project not found" }] });
  });
});
