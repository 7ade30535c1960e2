import { AyonGraphqlError } from "@kitsu-ayon/ayon-sdk";
import { beforeAll, describe, expect, it } from "vitest";
import { SMALL_ANATOMY } from "./client.js";
import { useContractTarget } from "./setup.js";

const { target, ayon, project } = useContractTarget({ project: { prefix: "gql", anatomy: SMALL_ANATOMY } });
const ids = new Map<string, string>();
const newId = () => crypto.randomUUID().replaceAll("-", "");

interface FolderNode {
  id: string;
  name: string;
  active: boolean;
  data: string | null;
  allAttrib: string;
}
interface Page<N> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: N }[];
}

beforeAll(async () => {
  ids.set("sq010", newId());
  const shots = ["sh010", "sh020", "sh030", "sh040", "sh050", "sh060"];
  for (const name of shots) ids.set(name, newId());
  const operations = [
    {
      type: "create",
      entityType: "folder",
      entityId: ids.get("sq010"),
      data: { name: "sq010", folderType: "Sequence" },
    },
    ...shots.map((name, index) => ({
      type: "create",
      entityType: "folder",
      entityId: ids.get(name),
      data: {
        name,
        folderType: "Shot",
        parentId: ids.get("sq010"),
        active: name !== "sh050",
        ...(name === "sh060" ? {} : { data: { kitsuId: `k${index + 1}` } }),
      },
    })),
    {
      type: "create",
      entityType: "task",
      data: { name: "comp", taskType: "Compositing", folderId: ids.get("sh010"), data: { kitsuId: "t1" } },
    },
  ];
  const { data } = await ayon().http.POST("/api/projects/{project_name}/operations", {
    params: { path: { project_name: project() } },
    body: { operations } as never,
  });
  expect((data as { success: boolean }).success).toBe(true);
});

const FOLDERS = `query($p: String!, $first: Int, $after: String, $f: String) {
  project(name: $p) { folders(first: $first, after: $after, filter: $f) {
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id name active data allAttrib } } } } }`;

const folders = (variables: Record<string, unknown>) =>
  ayon()
    .graphql<{ project: { folders: Page<FolderNode> } }>(FOLDERS, { p: project(), ...variables })
    .then((data) => data.project.folders);
const names = async (filter: object) =>
  (await folders({ first: 100, f: JSON.stringify(filter) })).edges.map((edge) => edge.node.name);

describe("GraphQL folders", () => {
  it("pages with first/after in creation order over more than one page", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: Page<FolderNode> = await folders({ first: 2, after });
      seen.push(...page.edges.map((edge) => edge.node.name));
      pages++;
      if (!page.pageInfo.hasNextPage) break;
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor);
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(["sq010", "sh010", "sh020", "sh030", "sh040", "sh050", "sh060"]);
    expect(pages).toBeGreaterThanOrEqual(4);
  });

  it("filters on data.kitsuId with eq, in and notnull, type-strictly", async () => {
    expect(await names({ conditions: [{ key: "data.kitsuId", operator: "eq", value: "k3" }] })).toEqual(["sh030"]);
    expect(await names({ conditions: [{ key: "data.kitsuId", operator: "in", value: ["k4", "k1", "zz"] }] })).toEqual([
      "sh010",
      "sh040",
    ]);
    expect(await names({ conditions: [{ key: "data/kitsuId", operator: "notnull" }] })).toEqual([
      "sh010",
      "sh020",
      "sh030",
      "sh040",
      "sh050",
    ]);
    expect(await names({ conditions: [{ key: "data.kitsuId", operator: "eq", value: 3 }] })).toEqual([]);
  });

  it("returns data and allAttrib as JSON strings, data null when empty, inactive folders included", async () => {
    const page = await folders({ first: 100 });
    const byName = new Map(page.edges.map((edge) => [edge.node.name, edge.node]));
    expect(JSON.parse(byName.get("sh010")?.data as string)).toEqual({ kitsuId: "k1" });
    expect(byName.get("sq010")?.data).toBeNull();
    expect(JSON.parse(byName.get("sh020")?.allAttrib as string)).toMatchObject({ fps: expect.any(Number) });
    expect(byName.get("sh050")).toMatchObject({ id: ids.get("sh050"), active: false });
  });

  it("finds tasks by their data with the task filter, with their folder", async () => {
    const data = await ayon().graphql<{
      project: { tasks: Page<{ name: string; data: string; folder: { name: string } }> };
    }>(
      `query($p: String!, $f: String) { project(name: $p) { tasks(filter: $f) { edges { node { name data folder { name } } } } } }`,
      { p: project(), f: JSON.stringify({ conditions: [{ key: "data.kitsuId", operator: "eq", value: "t1" }] }) },
    );
    expect(data.project.tasks.edges.map((edge) => edge.node)).toEqual([
      { name: "comp", data: '{"kitsuId":"t1"}', folder: { name: "sh010" } },
    ]);
  });
});

describe("GraphQL errors", () => {
  it("come back as HTTP 200 with errors[]", async () => {
    const response = await fetch(`${target().serverUrl}/graphql`, {
      method: "POST",
      headers: { "x-api-key": target().apiKey, "content-type": "application/json" },
      body: JSON.stringify({ query: `{ project(name: "${target().projectName("missing")}") { name } }` }),
    });
    expect(response.status).toBe(200);
    const answer = (await response.json()) as {
      data: unknown;
      errors: { message: string; extensions?: { status: number } }[];
    };
    expect(answer.data).toBeNull();
    expect(answer.errors[0]).toMatchObject({ message: "Project not found", extensions: { status: 404 } });
  });

  it("reject the client's call with AyonGraphqlError, for a filter on a key AYON does not allow too", async () => {
    const error = await folders({ f: JSON.stringify({ conditions: [{ key: "kitsuId", value: "k1" }] }) }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AyonGraphqlError);
    expect((error as AyonGraphqlError).errors[0]?.message).toMatch(/Invalid key: kitsu_id/);
  });
});

describe("ownAttrib and field order", () => {
  const query = (fields: string) => `query($p: String!, $ids: [String!]) {
    project(name: $p) { folders(ids: $ids) { edges { node { ${fields} } } } }
  }`;
  type Answer = { project: { folders: { edges: { node: { ownAttrib: string[] } }[] } } };

  it("lists only the own attributes when ownAttrib comes first, and every attribute when it comes after allAttrib", async () => {
    const id = newId();
    await ayon().folders.create(project(), {
      id,
      name: "own_attrib",
      folderType: "Shot",
      attrib: { frameStart: 1001 },
    });
    const first = await ayon().graphql<Answer>(query("ownAttrib allAttrib"), { p: project(), ids: [id] });
    expect(first.project.folders.edges[0]?.node.ownAttrib).toEqual(["frameStart"]);
    // AYON fills inherited values into the own attribute dict while resolving allAttrib
    // (process_attrib_data in ayon_server/graphql/utils.py): the SDK asks for ownAttrib first.
    const after = await ayon().graphql<Answer>(query("allAttrib ownAttrib"), { p: project(), ids: [id] });
    expect(after.project.folders.edges[0]?.node.ownAttrib).toEqual(
      expect.arrayContaining(["frameStart", "fps", "resolutionWidth"]),
    );
  });
});
