import {
  AyonConflictError,
  AyonForbiddenError,
  AyonNotFoundError,
  AyonValidationError,
  newEntityId,
} from "@kitsu-ayon/ayon-sdk";
import { describe, expect, it } from "vitest";
import { eventually, failure } from "../support.js";
import { unique, useContractTarget } from "./setup.js";

const { ayon, project, inProject, getFolder, personWithAccess } = useContractTarget({
  project: {
    prefix: "ops",
    anatomy: {
      folder_types: [{ name: "Sequence" }, { name: "Shot" }],
      task_types: [{ name: "Animation" }, { name: "Compositing" }],
      statuses: [{ name: "Todo" }, { name: "Done" }],
    },
  },
});

interface OperationResult {
  id: string;
  type: string;
  entityType: string;
  entityId: string | null;
  success: boolean;
  status: number;
  errorCode: string | null;
  detail: string | null;
}
interface OperationsResponse {
  success: boolean;
  operations: OperationResult[];
}
type Op = Record<string, unknown>;

async function run(operations: Op[], options: Record<string, unknown> = {}) {
  const { data, response } = await ayon().http.POST("/api/projects/{project_name}/operations", {
    ...inProject(),
    body: { operations, waitForEvents: true, ...options } as never,
  });
  expect(response.status).toBe(200);
  return data as unknown as OperationsResponse;
}
const callOperations = (operations: Op[], options: Record<string, unknown> = {}) =>
  ayon().http.POST("/api/projects/{project_name}/operations", {
    ...inProject(),
    body: { operations, ...options } as never,
  });

const createFolder = (data: Op, entityId: string = newEntityId()): Op => ({
  type: "create",
  entityType: "folder",
  entityId,
  data: { folderType: "Shot", ...data },
});
const folderExists = async (id: string) => {
  try {
    await getFolder(id);
    return true;
  } catch (error) {
    if (error instanceof AyonNotFoundError) return false;
    throw error;
  }
};

/** The `entity.folder.*` events of these folders, as [topic, entityId]. */
async function folderEvents(ids: string[]) {
  const events = await ayon().events.list({ projects: [project()], topics: ["entity.folder.*"] });
  return events
    .filter((event) => ids.includes(String(event.summary.entityId)))
    .map((event) => [event.topic, event.summary.entityId]);
}

/** Runs a batch on the background endpoint and polls it until it completes. */
async function runInBackground(operations: Op[]) {
  const { data } = await ayon().http.POST("/api/projects/{project_name}/operations/background", {
    ...inProject(),
    body: { operations } as never,
  });
  const taskId = (data as { id: string }).id;
  return eventually(async () => {
    const { data: status } = await ayon().http.GET("/api/projects/{project_name}/operations/background/{task_id}", {
      params: { path: { project_name: project(), task_id: taskId } },
    });
    return status?.status === "completed" ? status : undefined;
  });
}

/** A shot under a sequence, with a product and a published version in the shot. */
async function publishedShot() {
  const [sequence, shot, product, version] = [newEntityId(), newEntityId(), newEntityId(), newEntityId()];
  const result = await run([
    createFolder({ name: unique("sq"), folderType: "Sequence" }, sequence),
    createFolder({ name: "sh010", parentId: sequence }, shot),
    {
      type: "create",
      entityType: "product",
      entityId: product,
      data: { name: "renderMain", folderId: shot, productType: "render" },
    },
    { type: "create", entityType: "version", entityId: version, data: { version: 1, productId: product } },
  ]);
  expect(result.success).toBe(true);
  return { sequence, shot, product, version };
}

describe("batch operations", () => {
  it("creates parents and children in one batch with client-generated ids, in order", async () => {
    const [sequence, shot] = [newEntityId(), newEntityId()];
    const task = newEntityId();
    const result = await run([
      createFolder({ name: unique("sq"), folderType: "Sequence" }, sequence),
      createFolder({ name: "sh010", parentId: sequence }, shot),
      {
        id: "my-op",
        type: "create",
        entityType: "task",
        entityId: task,
        data: { name: "anim", taskType: "Animation", folderId: shot },
      },
    ]);
    expect(result.success).toBe(true);
    expect(result.operations.map((op) => [op.entityId, op.status, op.success])).toEqual([
      [sequence, 201, true],
      [shot, 201, true],
      [task, 201, true],
    ]);
    expect(result.operations[2]).toEqual({
      id: "my-op",
      type: "create",
      entityType: "task",
      entityId: task,
      success: true,
      status: 201,
      errorCode: null,
      detail: null,
    });
    expect(await getFolder(shot)).toMatchObject({ parentId: sequence, name: "sh010" });
  });

  it("rolls the whole batch back when the database fails an operation (a unique name), answering HTTP 200", async () => {
    const [first, third] = [newEntityId(), newEntityId()];
    const name = unique("dup");
    const result = await run([
      createFolder({ name }, first),
      createFolder({ name: name.toUpperCase() }),
      createFolder({ name: unique("never") }, third),
    ]);
    expect(result.success).toBe(false);
    expect(result.operations).toHaveLength(2);
    expect(result.operations[0]).toMatchObject({ success: true, status: 201, entityId: first });
    expect(result.operations[1]).toMatchObject({ success: false, status: 409, errorCode: "unique-violation" });
    expect(await folderExists(first)).toBe(false);
    expect(await folderExists(third)).toBe(false);
  });

  // ProjectLevelOperations._process: `_process_operations` breaks out of its loop at the first failure
  // and the transaction block exits normally, so the operations before it are COMMITTED; only then is
  // the batch seen to have failed, and its events dropped. Only a failure that aborted the transaction
  // in PostgreSQL rolls everything back (ayon_server/operations/project_level/__init__.py).
  it("commits the operations before a failure AYON's code raises (a missing entity), without their events", async () => {
    const [first, third, missing] = [newEntityId(), newEntityId(), newEntityId()];
    const result = await run([
      createFolder({ name: unique("kept") }, first),
      { type: "update", entityType: "folder", entityId: missing, data: { label: "x" } },
      createFolder({ name: unique("never") }, third),
    ]);
    expect(result.success).toBe(false);
    expect(result.operations.map((op) => [op.entityId, op.success, op.status, op.errorCode])).toEqual([
      [first, true, 201, null],
      [missing, false, 404, "not-found"],
    ]);
    expect(result.operations[1]?.detail).toBe(`Entity ${missing} not found`);
    expect(await folderExists(first)).toBe(true);
    expect(await folderExists(third)).toBe(false);
    expect(await folderEvents([first])).toEqual([]);
  });

  it("commits the operations before invalid data (400) or a failed id parse (500) too", async () => {
    const [first, second] = [newEntityId(), newEntityId()];
    const invalid = await run([createFolder({ name: unique("kept") }, first), createFolder({ name: "bad name" })]);
    expect(invalid.operations.map((op) => [op.success, op.status, op.errorCode])).toEqual([
      [true, 201, null],
      [false, 400, "invalid_data"],
    ]);
    const unparsable = await run([
      createFolder({ name: unique("kept") }, second),
      { type: "update", entityType: "folder", entityId: "not-a-uuid", data: { label: "x" } },
    ]);
    expect(unparsable.operations.map((op) => [op.success, op.status, op.errorCode, op.detail])).toEqual([
      [true, 201, null, null],
      [false, 500, null, "Invalid entity ID notauuid"],
    ]);
    expect([await folderExists(first), await folderExists(second)]).toEqual([true, true]);
    expect(await folderEvents([first, second])).toEqual([]);
  });

  it("rolls back for database failures: an unknown type, a task without a folder, a folder holding products, a NUL in data", async () => {
    const { sequence } = await publishedShot();
    const batches: Op[][] = [
      [createFolder({ name: "x", folderType: "Nope" })],
      [{ type: "create", entityType: "task", data: { name: "anim", taskType: "Animation" } }],
      [{ type: "delete", entityType: "folder", entityId: sequence }],
      // PostgreSQL refuses it and AYON does not translate it: a 500 like its own errors, yet a rollback.
      [createFolder({ name: unique("nul"), data: { note: "a\u0000b" } })],
    ];
    const failures = [];
    for (const failing of batches) {
      const first = newEntityId();
      const result = await run([createFolder({ name: unique("rb") }, first), ...failing]);
      failures.push([result.operations[1]?.status, result.operations[1]?.errorCode]);
      expect(result.operations[0]).toMatchObject({ success: true, status: 201 });
      expect(await folderExists(first)).toBe(false);
    }
    expect(failures).toEqual([
      [409, "foreign-key-violation"],
      [400, "not-null-violation"],
      [409, "delete-folder-with-children"],
      [500, null],
    ]);
  });

  it("with canFail, applies every valid operation and reports the failed ones", async () => {
    const [first, third] = [newEntityId(), newEntityId()];
    const name = unique("partial");
    const result = await run(
      [createFolder({ name }, first), createFolder({ name }), createFolder({ name: unique("ok") }, third)],
      {
        canFail: true,
      },
    );
    expect(result.success).toBe(false);
    expect(result.operations.map((op) => op.success)).toEqual([true, false, true]);
    expect(await folderExists(first)).toBe(true);
    expect(await folderExists(third)).toBe(true);
  });

  it("with raiseOnError, answers a failure AYON's code raises as that HTTP error and applies nothing", async () => {
    const [first, missing] = [newEntityId(), newEntityId()];
    const error = await failure(
      callOperations(
        [
          createFolder({ name: unique("raise") }, first),
          { type: "update", entityType: "folder", entityId: missing, data: { label: "x" } },
        ],
        { raiseOnError: true },
      ),
    );
    expect(error).toBeInstanceOf(AyonNotFoundError);
    expect(error.detail).toBe(`Entity ${missing} not found`);
    expect(await folderExists(first)).toBe(false);
  });

  it("with raiseOnError, answers the first failure as an HTTP error and applies nothing", async () => {
    const first = newEntityId();
    const name = unique("raise");
    const error = await failure(
      callOperations([createFolder({ name }, first), createFolder({ name })], { raiseOnError: true }),
    );
    expect(error).toBeInstanceOf(AyonConflictError);
    expect(error.detail).toMatch(/already exists/);
    expect(await folderExists(first)).toBe(false);
    const ignored = await callOperations([createFolder({ name }), createFolder({ name })], {
      raiseOnError: true,
      canFail: true,
    });
    expect(ignored.response.status).toBe(200);
  });

  it("rejects a batch that updates or deletes the same entity twice (400) before running any of it", async () => {
    const id = newEntityId();
    await run([createFolder({ name: unique("twice") }, id)]);
    const error = await failure(
      callOperations([
        { type: "update", entityType: "folder", entityId: id, data: { label: "one" } },
        { type: "delete", entityType: "folder", entityId: id },
      ]),
    );
    expect(error).toBeInstanceOf(AyonValidationError);
    expect(error.detail).toBe(`Duplicate operation for folder ${id}`);
    expect(await folderExists(id)).toBe(true);
  });

  it("rejects an update or delete without entityId (400)", async () => {
    const error = await failure(callOperations([{ type: "update", entityType: "folder", data: { label: "x" } }]));
    expect(error).toBeInstanceOf(AyonValidationError);
    expect(error.detail).toBe("entity_id is required for update/delete");
  });

  it("reports each failure with AYON's status and errorCode", async () => {
    const folder = newEntityId();
    const result = await run(
      [
        createFolder({ name: unique("ok") }, folder),
        createFolder({ name: unique("type"), folderType: "Nope" }),
        createFolder({ name: "bad name" }),
        { type: "create", entityType: "task", data: { name: "anim", taskType: "Animation" } },
        { type: "update", entityType: "folder", entityId: newEntityId(), data: { label: "x" } },
        { type: "update", entityType: "folder", entityId: "not-a-uuid", data: { label: "x" } },
        createFolder({ name: unique("again") }, folder),
      ],
      { canFail: true },
    );
    expect(result.operations.map((op) => [op.status, op.errorCode])).toEqual([
      [201, null],
      [409, "foreign-key-violation"],
      [400, "invalid_data"],
      [400, "not-null-violation"],
      [404, "not-found"],
      [500, null],
      [409, "unique-violation"],
    ]);
    expect(result.operations[2]?.detail).toMatch(/^Invalid data provided: /);
  });

  it("lets only service users run operations as another user (403)", async () => {
    const { name: artist, client: asArtist } = await personWithAccess("opsartist", ["supervisor"]);
    const error = await failure(
      asArtist.http.POST("/api/projects/{project_name}/operations", {
        ...inProject(),
        body: { operations: [{ ...createFolder({ name: unique("as") }), asUser: "someone" }] } as never,
      }),
    );
    expect(error).toBeInstanceOf(AyonForbiddenError);
    const result = await run([{ ...createFolder({ name: unique("as") }), asUser: artist }]);
    expect(result.success).toBe(true);
  });

  it("dispatches the events of a committed batch in operation order, and none for a rolled-back one", async () => {
    const [sequence, shot] = [newEntityId(), newEntityId()];
    await run([
      createFolder({ name: unique("evsq"), folderType: "Sequence" }, sequence),
      createFolder({ name: "sh010", parentId: sequence }, shot),
      { type: "update", entityType: "folder", entityId: sequence, data: { status: "Done" } },
    ]);
    const rolledBack = newEntityId();
    await run([createFolder({ name: unique("rb") }, rolledBack), createFolder({ name: "x", folderType: "Nope" })]);
    const events = (await ayon().events.list({ projects: [project()], topics: ["entity.folder.*"] })).filter((event) =>
      [sequence, shot, rolledBack].includes(String(event.summary.entityId)),
    );
    expect(events.map((event) => [event.topic, event.summary.entityId])).toEqual([
      ["entity.folder.created", sequence],
      ["entity.folder.created", shot],
      ["entity.folder.status_changed", sequence],
    ]);
    expect(events[1]?.summary.parentId).toBe(sequence);
  });
});

describe("published versions", () => {
  it("freezes name, type and parent of a folder with published versions (403) unless forced", async () => {
    const { shot } = await publishedShot();
    const other = newEntityId();
    await run([createFolder({ name: unique("other"), folderType: "Sequence" }, other)]);
    const update = (data: Op, force = false) => ({ type: "update", entityType: "folder", entityId: shot, data, force });
    // One operation per batch: a batch may not name the same entity twice.
    const results = [];
    for (const data of [{ name: "sh999" }, { folderType: "Sequence" }, { parentId: other }, { label: "Label ok" }]) {
      results.push((await run([update(data)])).operations[0] as OperationResult);
    }
    expect(results.map((op) => [op.status, op.errorCode])).toEqual([
      [403, "forbidden"],
      [403, "forbidden"],
      [403, "forbidden"],
      [204, null],
    ]);
    expect(results[0]?.detail).toBe("Cannot change name of a folder with published versions");
    expect(results[1]?.detail).toBe("Cannot change folder_type of a folder with published versions");
    const forced = await run([update({ name: "sh999" }, true)]);
    expect(forced.success).toBe(true);
    expect((await getFolder(shot)).name).toBe("sh999");
  });

  it("protects the ancestors of a folder with versions too", async () => {
    const { sequence } = await publishedShot();
    expect(await getFolder(sequence)).toMatchObject({ hasVersions: true });
    const result = await run([
      { type: "update", entityType: "folder", entityId: sequence, data: { name: unique("renamed") } },
    ]);
    expect(result.operations[0]).toMatchObject({ status: 403, errorCode: "forbidden" });
  });

  it("refuses to delete a folder holding products (409) unless forced, which deletes the whole subtree", async () => {
    const { sequence, shot } = await publishedShot();
    const refused = await run([{ type: "delete", entityType: "folder", entityId: sequence }]);
    expect(refused.operations[0]).toMatchObject({ status: 409, errorCode: "delete-folder-with-children" });
    const forced = await run([{ type: "delete", entityType: "folder", entityId: sequence, force: true }]);
    expect(forced.operations[0]).toMatchObject({ success: true, status: 204 });
    expect(await folderExists(shot)).toBe(false);
  });

  it("lets only managers force a delete", async () => {
    const { sequence } = await publishedShot();
    const { client: asSupervisor } = await personWithAccess("supervisor", ["supervisor"]);
    const { data } = await asSupervisor.http.POST("/api/projects/{project_name}/operations", {
      ...inProject(),
      body: { operations: [{ type: "delete", entityType: "folder", entityId: sequence, force: true }] },
    });
    expect(data?.operations?.[0]).toMatchObject({ status: 403, detail: "Only managers can force delete" });
  });
});

describe("background operations", () => {
  it("answers pending at once, then completes with the result; the status can be polled", async () => {
    const ids = Array.from({ length: 300 }, () => newEntityId());
    const { data } = await ayon().http.POST("/api/projects/{project_name}/operations/background", {
      ...inProject(),
      body: { operations: ids.map((id, n) => createFolder({ name: unique(`bg${n}`) }, id)) } as never,
    });
    expect(data).toMatchObject({ status: "pending" });
    const taskId = (data as { id: string }).id;
    const seen = new Set<string>();
    const done = await eventually(async () => {
      const { data: status } = await ayon().http.GET("/api/projects/{project_name}/operations/background/{task_id}", {
        params: { path: { project_name: project(), task_id: taskId } },
      });
      seen.add(String(status?.status));
      return status?.status === "completed" ? status : undefined;
    }, 20_000);
    expect(done).toMatchObject({ id: taskId, progress: 100, result: { success: true } });
    expect(done.result?.operations).toHaveLength(300);
    expect(await folderExists(ids[299] as string)).toBe(true);
    expect([...seen].every((status) => ["pending", "in_progress", "completed"].includes(status))).toBe(true);
  });

  it("commits a background batch up to a failure AYON's code raises, without events, as the direct endpoint does", async () => {
    const [first, missing] = [newEntityId(), newEntityId()];
    const done = await runInBackground([
      createFolder({ name: unique("bgkept") }, first),
      { type: "update", entityType: "folder", entityId: missing, data: { label: "x" } },
    ]);
    expect(done.result?.success).toBe(false);
    expect(done.result?.operations?.map((op) => [op.success, op.status])).toEqual([
      [true, 201],
      [false, 404],
    ]);
    expect(await folderExists(first)).toBe(true);
    expect(await folderEvents([first])).toEqual([]);
  });

  it("rolls a failing background batch back and reports it in the completed result", async () => {
    const first = newEntityId();
    const { data } = await ayon().http.POST("/api/projects/{project_name}/operations/background", {
      ...inProject(),
      body: {
        operations: [createFolder({ name: unique("bgok") }, first), createFolder({ name: "x", folderType: "Nope" })],
      } as never,
    });
    const taskId = (data as { id: string }).id;
    const done = await eventually(async () => {
      const { data: status } = await ayon().http.GET("/api/projects/{project_name}/operations/background/{task_id}", {
        params: { path: { project_name: project(), task_id: taskId } },
      });
      return status?.status === "completed" ? status : undefined;
    });
    expect(done.result).toMatchObject({ success: false });
    expect(await folderExists(first)).toBe(false);
  });

  it("answers 404 for an unknown background task", async () => {
    const error = await failure(
      ayon().http.GET("/api/projects/{project_name}/operations/background/{task_id}", {
        params: { path: { project_name: project(), task_id: newEntityId() } },
      }),
    );
    expect(error).toBeInstanceOf(AyonNotFoundError);
  });
});
