import { describe, expect, it } from "vitest";
import { createAyonClient } from "../../src/client/create-ayon-client.js";
import type { AyonOperation } from "../../src/resources/operations.js";
import { json, scriptedFetch } from "../client/fake-fetch.js";

// AYON stops an atomic batch at its first failure and COMMITS what ran before it, unless the failure
// came from PostgreSQL, which rolls the batch back (ayon_server/operations/project_level/__init__.py).
// The answers below are the ones AYON 1.15.17 gives for each case.

const op = (id: string): AyonOperation => ({
  id,
  type: "create",
  entityType: "folder",
  entityId: id.padEnd(32, "0"),
  data: { name: id, folderType: "Shot" },
});

/** One result as AYON answers it (OperationResponseModel, nulls included). */
interface Answer {
  id: string;
  type: AyonOperation["type"];
  entityType: AyonOperation["entityType"];
  entityId: string | null;
  success: boolean;
  status: number;
  errorCode: string | null;
  detail: string | null;
}

const ok = (operation: AyonOperation): Answer => ({
  id: operation.id as string,
  type: operation.type,
  entityType: operation.entityType,
  entityId: operation.entityId ?? null,
  success: true,
  status: 201,
  errorCode: null,
  detail: null,
});

const failed = (operation: AyonOperation, status: number, errorCode: string | null): Answer => ({
  ...ok(operation),
  success: false,
  status,
  errorCode,
  detail: "refused",
});

/** A client whose server answers each chunk: every operation succeeds except `failAt` (by id). */
function clientFailingAt(failAt: string, status: number, errorCode: string | null, canFail = false) {
  const { fetch, calls } = scriptedFetch((call) => {
    const { operations } = JSON.parse(call.body) as { operations: AyonOperation[] };
    const results: Answer[] = [];
    for (const operation of operations) {
      if (operation.id !== failAt) {
        results.push(ok(operation));
        continue;
      }
      results.push(failed(operation, status, errorCode));
      if (!canFail) break;
    }
    return json(200, { operations: results, success: results.every((result) => result.success) });
  });
  const client = createAyonClient({
    serverUrl: "http://ayon.test",
    apiKey: "k".repeat(32),
    sender: "operations-test",
    senderType: "test",
    fetch,
    retry: false,
  });
  return { client, calls };
}

const operations = ["a0", "a1", "a2", "b0", "b1", "b2", "c0"].map(op);
const names = (list: AyonOperation[]) => list.map((operation) => operation.id);

describe("operations.run: what an atomic run reports as not applied", () => {
  it.each([
    {
      case: "a missing entity (404): the chunk's operations before it stay committed",
      status: 404,
      errorCode: "not-found",
      notApplied: ["b1", "b2", "c0"],
    },
    {
      case: "invalid data (400): the operations before it stay committed",
      status: 400,
      errorCode: "invalid_data",
      notApplied: ["b1", "b2", "c0"],
    },
    {
      case: "a permission AYON refuses (403): the operations before it stay committed",
      status: 403,
      errorCode: "forbidden",
      notApplied: ["b1", "b2", "c0"],
    },
    {
      case: "an unhandled error in AYON's code (500, no code): the operations before it stay committed",
      status: 500,
      errorCode: null,
      notApplied: ["b1", "b2", "c0"],
    },
    {
      case: "a unique name violation: the whole chunk is rolled back",
      status: 409,
      errorCode: "unique-violation",
      notApplied: ["b0", "b1", "b2", "c0"],
    },
    {
      case: "an unknown folder type (foreign key): the whole chunk is rolled back",
      status: 409,
      errorCode: "foreign-key-violation",
      notApplied: ["b0", "b1", "b2", "c0"],
    },
    {
      case: "a missing required column: the whole chunk is rolled back",
      status: 400,
      errorCode: "not-null-violation",
      notApplied: ["b0", "b1", "b2", "c0"],
    },
    {
      case: "a folder still holding products (a translated foreign-key violation): the whole chunk is rolled back",
      status: 409,
      errorCode: "delete-folder-with-children",
      notApplied: ["b0", "b1", "b2", "c0"],
    },
  ])("$case", async ({ status, errorCode, notApplied }) => {
    const { client, calls } = clientFailingAt("b1", status, errorCode);
    const result = await client.operations.run("demo", operations, { chunkSize: 3 });
    expect(calls).toHaveLength(2);
    expect(result.success).toBe(false);
    expect(result.failed.map((item) => [item.id, item.status, item.errorCode])).toEqual([["b1", status, errorCode]]);
    expect(result.operations.map((item) => item.id)).toEqual(["a0", "a1", "a2", "b0", "b1"]);
    expect(names(result.notApplied)).toEqual(notApplied);
  });

  it("with canFail, reports only the failed operation and sends every chunk", async () => {
    const { client, calls } = clientFailingAt("b1", 404, "not-found", true);
    const result = await client.operations.run("demo", operations, { chunkSize: 3, canFail: true });
    expect(calls).toHaveLength(3);
    expect(names(result.notApplied)).toEqual([]);
    expect(result.failed.map((item) => item.id)).toEqual(["b1"]);
  });

  it("reports nothing as not applied when every chunk succeeds", async () => {
    const { client } = clientFailingAt("none", 404, "not-found");
    const result = await client.operations.run("demo", operations, { chunkSize: 3 });
    expect(result).toMatchObject({ success: true, notApplied: [], failed: [] });
    expect(result.operations).toHaveLength(7);
  });
});
