import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AyonEmulator, startAyonEmulator } from "../src/index.js";
import type { FolderRecord, ProjectRecord } from "../src/state/records.js";
import { gql, seedFolder, seedProject, seedTask } from "./seed.js";

// Emulator-only: the project is seeded straight into the state.

interface Page<N> {
  edges: { node: N; cursor: string }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null; startCursor: string | null };
}

let emulator: AyonEmulator;
let project: ProjectRecord;
let sequence: FolderRecord;
let shots: FolderRecord[];

const query = <D>(text: string, variables: Record<string, unknown> = {}) =>
  gql<D>(emulator.url, emulator.apiKey, text, variables);
const filter = (...conditions: object[]) => JSON.stringify({ conditions });

beforeAll(async () => {
  emulator = await startAyonEmulator();
  project = seedProject(emulator.state, "gqlShow", { frameStart: 1001, fps: 25 });
  sequence = seedFolder(project, {
    name: "sq01",
    folderType: "Sequence",
    ownAttrib: { fps: 24 },
    data: { kitsuId: "seq-1" },
  });
  shots = [];
  for (let i = 1; i <= 230; i++) {
    shots.push(
      seedFolder(project, {
        name: `sh${String(i).padStart(3, "0")}`,
        folderType: "Shot",
        parentId: sequence.id,
        active: i !== 2,
        data: i % 10 === 0 ? {} : { kitsuId: `k${i}`, ...(i === 3 ? { frameOffset: "10" } : {}) },
        ownAttrib: i === 1 ? { frameStart: 1, description: "first shot" } : {},
      }),
    );
  }
  seedTask(project, {
    name: "anim",
    folderId: (shots[0] as FolderRecord).id,
    assignees: ["alice", "bob"],
    data: { kitsuId: "t1" },
  });
  seedTask(project, { name: "comp", folderId: (shots[0] as FolderRecord).id, taskType: "Compositing", active: false });
  seedTask(project, { name: "anim", folderId: (shots[1] as FolderRecord).id, assignees: ["bob"] });
});
afterAll(() => emulator.stop());

const FOLDERS = `query($p: String!, $first: Int, $after: String, $last: Int, $before: String, $f: String) {
  project(name: $p) { folders(first: $first, after: $after, last: $last, before: $before, filter: $f) {
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id name active data } } } } }`;

type Folders = { project: { folders: Page<{ id: string; name: string; active: boolean; data: string | null }> } };

describe("GraphQL pagination", () => {
  it("pages through more than one page with first/after, 100 per page by default", async () => {
    const names: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const answer = await query<Folders>(FOLDERS, { p: "gqlShow", first: 100, after });
      const page = answer.body.data?.project.folders as Folders["project"]["folders"];
      names.push(...page.edges.map((edge) => edge.node.name));
      pages++;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(names).toEqual(["sq01", ...shots.map((shot) => shot.name)]);
    const defaults = await query<Folders>(FOLDERS, { p: "gqlShow" });
    expect(defaults.body.data?.project.folders.edges).toHaveLength(100);
  });

  it("reports a next page whenever a page is full, even when nothing follows", async () => {
    const all = await query<Folders>(FOLDERS, { p: "gqlShow", first: 231 });
    expect(all.body.data?.project.folders.pageInfo.hasNextPage).toBe(true);
    const rest = await query<Folders>(FOLDERS, {
      p: "gqlShow",
      first: 231,
      after: all.body.data?.project.folders.pageInfo.endCursor,
    });
    expect(rest.body.data?.project.folders.edges).toEqual([]);
    expect(rest.body.data?.project.folders.pageInfo).toMatchObject({ hasNextPage: false, endCursor: null });
  });

  it("uses base64 JSON cursors of the creation order, and returns `last` pages newest first", async () => {
    const page = await query<Folders>(FOLDERS, { p: "gqlShow", first: 2 });
    const cursor = page.body.data?.project.folders.edges[1]?.cursor as string;
    expect(JSON.parse(Buffer.from(cursor, "base64").toString())).toEqual([expect.any(Number)]);
    const last = await query<Folders>(FOLDERS, { p: "gqlShow", last: 3 });
    expect(last.body.data?.project.folders.edges.map((edge) => edge.node.name)).toEqual(["sh230", "sh229", "sh228"]);
    expect(last.body.data?.project.folders.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
  });

  it("answers a broken cursor with a GraphQL error (HTTP 200)", async () => {
    const answer = await query<Folders>(FOLDERS, { p: "gqlShow", after: "not a cursor" });
    expect(answer.status).toBe(200);
    expect(answer.body.errors?.[0]).toMatchObject({ message: "Invalid cursor", extensions: { status: 400 } });
  });
});

describe("GraphQL folders", () => {
  it("filters on data.kitsuId with eq, in and notnull, and returns inactive folders too", async () => {
    const names = async (f: string) =>
      (await query<Folders>(FOLDERS, { p: "gqlShow", first: 500, f })).body.data?.project.folders.edges.map(
        (edge) => edge.node.name,
      );
    expect(await names(filter({ key: "data.kitsuId", operator: "eq", value: "k2" }))).toEqual(["sh002"]);
    expect(await names(filter({ key: "data.kitsuId", operator: "in", value: ["k3", "k1", "nope"] }))).toEqual([
      "sh001",
      "sh003",
    ]);
    const withId = await names(filter({ key: "data/kitsuId", operator: "notnull" }));
    expect(withId).toHaveLength(1 + 230 - 23);
    expect(withId).toContain("sh002");
    expect(await names(filter({ key: "data.frameOffset", operator: "eq", value: 10 }))).toEqual([]);
  });

  it("returns data, allAttrib as JSON strings (null for empty data) with inherited attributes", async () => {
    const answer = await query<{ project: { folder: Record<string, unknown>; empty: Record<string, unknown> } }>(
      `query($id: String!, $other: String!) { project(name: "gqlShow") {
        folder(id: $id) { name path parents parentId data ownAttrib allAttrib attrib { fps frameStart description } }
        empty: folder(id: $other) { data attrib { fps frameStart description } } } }`,
      { id: (shots[0] as FolderRecord).id, other: (shots[9] as FolderRecord).id },
    );
    const folder = answer.body.data?.project.folder as Record<string, unknown>;
    expect(folder).toMatchObject({ name: "sh001", path: "/sq01/sh001", parents: ["sq01"], parentId: sequence.id });
    expect(JSON.parse(folder.data as string)).toEqual({ kitsuId: "k1" });
    expect(folder.attrib).toEqual({ fps: 24, frameStart: 1, description: "first shot" });
    expect(JSON.parse(folder.allAttrib as string)).toMatchObject({ fps: 24, frameStart: 1, resolutionWidth: 1920 });
    expect(folder.ownAttrib).toEqual(["frameStart", "description"]);
    // The project's description is not inherited.
    expect(answer.body.data?.project.empty).toEqual({
      data: null,
      attrib: { fps: 24, frameStart: 1001, description: null },
    });
  });

  it("filters by parentId ('root'), paths, names and the inherited attrib values", async () => {
    type Names = { project: { folders: Page<{ name: string }> } };
    const names = async (args: string, variables: Record<string, unknown> = {}) =>
      (
        await query<Names>(
          `query${"f" in variables ? "($f: String)" : ""} { project(name: "gqlShow") { folders(first: 500, ${args}) { edges { node { name } } } } }`,
          variables,
        )
      ).body.data?.project.folders.edges.map((edge) => edge.node.name);
    expect(await names(`parentId: "root"`)).toEqual(["sq01"]);
    expect(await names(`paths: ["/sq01/sh005", "sq01/sh006/"]`)).toEqual(["sh005", "sh006"]);
    expect(await names(`names: ["sh007"], folderTypes: ["Shot"]`)).toEqual(["sh007"]);
    const inherited = await names("filter: $f", {
      f: filter({ key: "attrib.fps", operator: "eq", value: 24 }, { key: "name", operator: "like", value: "SH00%" }),
    });
    expect(inherited).toEqual(["sh001", "sh002", "sh003", "sh004", "sh005", "sh006", "sh007", "sh008", "sh009"]);
  });

  it("counts children only when hasChildren is selected too, as AYON's field check does", async () => {
    type Counts = { project: { folders: Page<Record<string, number | boolean>> } };
    const alone = await query<Counts>(
      `{ project(name: "gqlShow") { folders(parentId: "root") { edges { node { childCount taskCount } } } } }`,
    );
    expect(alone.body.data?.project.folders.edges[0]?.node).toEqual({ childCount: 0, taskCount: 0 });
    const both = await query<Counts>(
      `{ project(name: "gqlShow") { folders(first: 2) { edges { node { childCount hasChildren taskCount hasTasks } } } } }`,
    );
    expect(both.body.data?.project.folders.edges.map((edge) => edge.node)).toEqual([
      { childCount: 230, hasChildren: true, taskCount: 0, hasTasks: false },
      { childCount: 0, hasChildren: false, taskCount: 2, hasTasks: true },
    ]);
  });

  it("lists a folder's tasks, inactive ones included, with JSON data and the task path", async () => {
    type Tasks = { project: { folder: { tasks: Page<Record<string, unknown>> } } };
    const answer = await query<Tasks>(
      `query($id: String!) { project(name: "gqlShow") { folder(id: $id) { tasks { edges { node {
        name taskType active assignees path parents data folder { name } attrib { fps } } } } } } }`,
      { id: (shots[0] as FolderRecord).id },
    );
    expect(answer.body.data?.project.folder.tasks.edges.map((edge) => edge.node)).toEqual([
      {
        name: "anim",
        taskType: "Animation",
        active: true,
        assignees: ["alice", "bob"],
        path: "/sq01/sh001/anim",
        parents: ["sq01", "sh001"],
        data: '{"kitsuId":"t1"}',
        folder: { name: "sh001" },
        attrib: { fps: 24 },
      },
      {
        name: "comp",
        taskType: "Compositing",
        active: false,
        assignees: [],
        path: "/sq01/sh001/comp",
        parents: ["sq01", "sh001"],
        data: null,
        folder: { name: "sh001" },
        attrib: { fps: 24 },
      },
    ]);
  });

  it("filters tasks by assignees (all) and assigneesAny", async () => {
    type Tasks = { project: { tasks: Page<{ folder: { name: string } }> } };
    const folders = async (args: string) =>
      (
        await query<Tasks>(`{ project(name: "gqlShow") { tasks(${args}) { edges { node { folder { name } } } } } }`)
      ).body.data?.project.tasks.edges.map((edge) => edge.node.folder.name);
    expect(await folders(`assignees: ["bob"]`)).toEqual(["sh001", "sh002"]);
    expect(await folders(`assignees: ["alice", "bob"]`)).toEqual(["sh001"]);
    expect(await folders(`assigneesAny: ["alice", "carol"]`)).toEqual(["sh001"]);
    expect(await folders(`assignees: []`)).toEqual(["sh001"]);
  });
});

describe("GraphQL errors", () => {
  it("answers HTTP 200 with errors[]: a missing project (404), a bad name (400), a broken filter (no status)", async () => {
    const missing = await query(`{ project(name: "noSuchProject") { name } }`);
    expect(missing.status).toBe(200);
    expect(missing.body).toMatchObject({
      data: null,
      errors: [{ message: "Project not found", path: ["project"], extensions: { status: 404 } }],
    });
    const badName = await query<Folders>(FOLDERS, { p: "gqlShow", f: null, first: 1 }).then(() =>
      query(`{ project(name: "gqlShow") { folders(names: ["bad name"]) { edges { node { id } } } } }`),
    );
    expect(badName.body.errors?.[0]?.extensions).toEqual({ status: 400 });
    const broken = await query<Folders>(FOLDERS, { p: "gqlShow", f: filter({ key: "kitsuId", value: "k1" }) });
    expect(broken.body.errors?.[0]?.message).toBe("Invalid key: kitsu_id");
    expect(broken.body.errors?.[0]?.extensions).toBeUndefined();
    const invalid = await query(`{ project(name: "gqlShow") { nope } }`);
    expect(invalid.status).toBe(200);
    expect(invalid.body.errors?.[0]?.message).toMatch(/Cannot query field "nope"/);
  });

  it("refuses unauthenticated requests with AYON's 401", async () => {
    const response = await fetch(`${emulator.url}/graphql`, {
      method: "POST",
      body: JSON.stringify({ query: "{ me { name } }" }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ code: 401, detail: "Access token is missing" });
  });
});

describe("GraphQL users and projects", () => {
  it("reports computed flags for me and stored flags in users()", async () => {
    const answer = await query<{ me: Record<string, unknown>; users: Page<Record<string, unknown>> }>(
      `{ me { name isAdmin isManager isService accessGroups } users { edges { node { name isAdmin isService } } } }`,
    );
    expect(answer.body.data?.me).toEqual({
      name: "service",
      isAdmin: true,
      isManager: true,
      isService: true,
      accessGroups: "{}",
    });
    expect(answer.body.data?.users.edges.map((edge) => edge.node)).toEqual([
      { name: "admin", isAdmin: true, isService: false },
      { name: "service", isAdmin: false, isService: true },
    ]);
  });

  it("lists the project's anatomy and JSON-string attributes", async () => {
    const answer = await query<{ project: Record<string, unknown> }>(
      `{ project(name: "GQLSHOW") { name code active library data allAttrib attrib { fps } folderTypes { name shortName } statuses { name state scope } folderTypes(activeOnly: true) { name } } }`.replace(
        "folderTypes(activeOnly: true)",
        "used: folderTypes(activeOnly: true)",
      ),
    );
    expect(answer.body.data?.project).toMatchObject({
      name: "gqlShow",
      data: null,
      attrib: { fps: 25 },
      folderTypes: [
        { name: "Folder", shortName: null },
        { name: "Sequence", shortName: "seq" },
        { name: "Shot", shortName: "sh" },
      ],
      used: [{ name: "Sequence" }, { name: "Shot" }],
    });
    expect((answer.body.data?.project.statuses as unknown[] | undefined)?.[1]).toEqual({
      name: "In progress",
      state: "in_progress",
      scope: ["folder", "task"],
    });
    expect(JSON.parse(answer.body.data?.project.allAttrib as string)).toMatchObject({
      fps: 25,
      description: "The show",
    });
  });
});

describe("GraphQL on a large project", () => {
  it("reads 50,000 folders 500 per page with a data filter in reasonable time", async () => {
    const big = seedProject(emulator.state, "bigShow");
    const parents = Array.from({ length: 50 }, (_, i) => seedFolder(big, { name: `sq${i}`, folderType: "Sequence" }));
    for (let i = 0; i < 49_950; i++) {
      seedFolder(big, {
        name: `sh${i}`,
        folderType: "Shot",
        parentId: (parents[i % 50] as FolderRecord).id,
        data: { kitsuId: `k${i}` },
      });
    }
    const started = performance.now();
    let after: string | null = null;
    let count = 0;
    for (;;) {
      const answer: Awaited<ReturnType<typeof query<Folders>>> = await query<Folders>(
        `query($after: String, $f: String) { project(name: "bigShow") { folders(first: 500, after: $after, filter: $f) {
          pageInfo { hasNextPage endCursor } edges { cursor node { id name active data } } } } }`,
        { after, f: filter({ key: "data.kitsuId", operator: "notnull" }) },
      );
      const page = answer.body.data?.project.folders as Folders["project"]["folders"];
      count += page.edges.length;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(count).toBe(49_950);
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 60_000);
});
