import { describe, expect, it } from "vitest";
import { createContractFetch } from "../support/contract.js";

const API = "http://kitsu.test";
const STATUS_ID = "6a3ab49d-9faa-45f2-87ac-38ea3cd8d248";

const taskStatus = {
  id: STATUS_ID,
  name: "Work In Progress",
  archived: false,
  short_name: "wip",
  description: null,
  color: "#3273dc",
  priority: 1,
  is_done: false,
  is_artist_allowed: true,
  is_client_allowed: true,
  is_retake: false,
  is_feedback_request: false,
  is_default: false,
  is_wip: true,
  shotgun_id: null,
  for_concept: false,
  created_at: "2024-01-15T10:30:00",
  updated_at: "2024-01-15T10:30:00",
  type: "TaskStatus",
};

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}

/** A contract fetch over a fake server that answers every request with `respond()`. */
function contractOver(respond: () => Response, apiUrl = API) {
  const seen: string[] = [];
  const contract = createContractFetch({
    apiUrl,
    fetch: async (input, init) => {
      seen.push(`${init?.method ?? "GET"} ${String(input)}`);
      return respond();
    },
  });
  return { contract, seen };
}

describe("createContractFetch", () => {
  it("forwards the request and records nothing when the body matches the schema", async () => {
    const { contract, seen } = contractOver(() => json(200, taskStatus));

    const response = await contract.fetch(`${API}/data/task-status/${STATUS_ID}`);

    expect(seen).toEqual([`GET ${API}/data/task-status/${STATUS_ID}`]);
    expect(contract.violations).toEqual([]);
    expect(() => contract.assertNoViolations()).not.toThrow();
    expect(contract.covered).toEqual(new Set(["getTaskStatus"]));
    expect(response.status).toBe(200);
  });

  it("leaves the body readable by the caller", async () => {
    const { contract } = contractOver(() => json(200, taskStatus));

    const response = await contract.fetch(`${API}/data/task-status/${STATUS_ID}`);

    await expect(response.json()).resolves.toEqual(taskStatus);
  });

  it("reports a missing required field with method, path, status and the field's path", async () => {
    const { short_name: _dropped, ...withoutShortName } = taskStatus;
    const { contract } = contractOver(() => json(200, withoutShortName));

    await contract.fetch(`${API}/data/task-status/${STATUS_ID}`);

    expect(contract.violations).toEqual([
      {
        kind: "schema",
        method: "GET",
        path: `/data/task-status/${STATUS_ID}`,
        status: 200,
        route: "/data/task-status/{task_status_id}",
        operationId: "getTaskStatus",
        errors: [expect.objectContaining({ path: "/short_name", message: "must have required property 'short_name'" })],
      },
    ]);
  });

  it("reports a field of the wrong type with the path of the field in the body", async () => {
    const { contract } = contractOver(() => json(200, [{ ...taskStatus, priority: "high" }]));

    await contract.fetch(`${API}/data/task-status`);

    expect(contract.violations).toHaveLength(1);
    expect(contract.violations[0]).toMatchObject({
      kind: "schema",
      method: "GET",
      path: "/data/task-status",
      status: 200,
      errors: [{ path: "/0/priority", message: "must be integer,null" }],
    });
  });

  it("reports a route that is not in the curated document", async () => {
    const { contract } = contractOver(() => json(200, []));

    await contract.fetch(`${API}/data/playlists`, { method: "GET" });
    await contract.fetch(`${API}/data/task-status`, { method: "PATCH" });

    expect(contract.violations).toEqual([
      { kind: "unknown-route", method: "GET", path: "/data/playlists", status: 200, errors: [] },
      { kind: "unknown-route", method: "PATCH", path: "/data/task-status", status: 200, errors: [] },
    ]);
  });

  it("reports a success status the operation does not declare", async () => {
    const { contract } = contractOver(() => json(201, taskStatus));

    await contract.fetch(`${API}/data/task-status/${STATUS_ID}`);

    expect(contract.violations).toEqual([expect.objectContaining({ kind: "undeclared-status", status: 201 })]);
  });

  it("checks error bodies against the operation's default response", async () => {
    const { contract } = contractOver(() => json(404, { error: true, message: 1 }));

    await contract.fetch(`${API}/data/task-status/${STATUS_ID}`);

    expect(contract.violations).toEqual([
      expect.objectContaining({ kind: "schema", status: 404, errors: [expect.objectContaining({ path: "/message" })] }),
    ]);
  });

  it("accepts a declared response without a body, such as 204 on delete", async () => {
    const { contract } = contractOver(() => new Response(null, { status: 204 }));

    await contract.fetch(`${API}/data/task-status/${STATUS_ID}`, { method: "DELETE" });

    expect(contract.violations).toEqual([]);
    expect(contract.covered).toEqual(new Set(["deleteTaskStatus"]));
  });

  it("matches literal segments before path parameters", async () => {
    const { contract } = contractOver(() => json(200, [{ id: "not a shot" }]));

    await contract.fetch(`${API}/data/shots/with-tasks?project_id=${STATUS_ID}`);

    expect(contract.violations[0]).toMatchObject({
      operationId: "listShotsWithTasks",
      route: "/data/shots/with-tasks",
    });
  });

  it("strips the path of the API root before matching, for a Zou behind /api", async () => {
    const { contract } = contractOver(() => json(200, taskStatus), "https://kitsu.example.com/api/");

    await contract.fetch(new Request(`https://kitsu.example.com/api/data/task-status/${STATUS_ID}`));

    expect(contract.violations).toEqual([]);
    expect(contract.covered).toEqual(new Set(["getTaskStatus"]));
  });

  it("records a schema Ajv refuses as a violation instead of failing the caller's fetch", async () => {
    const document = {
      paths: {
        "/things": {
          get: {
            operationId: "listThings",
            responses: {
              "200": { content: { "application/json": { schema: { type: "object", required: ["undeclared"] } } } },
            },
          },
        },
      },
    };
    const contract = createContractFetch({ document, fetch: async () => json(200, {}) });

    const response = await contract.fetch("http://kitsu.test/things");

    expect(response.status).toBe(200);
    expect(contract.violations).toEqual([
      expect.objectContaining({ kind: "invalid-schema", operationId: "listThings", path: "/things" }),
    ]);
  });

  it("throws from assertNoViolations with one line per violation", async () => {
    const { contract } = contractOver(() => json(200, { ...taskStatus, color: null }));

    await contract.fetch(`${API}/data/task-status/${STATUS_ID}`);

    expect(() => contract.assertNoViolations()).toThrow(
      /1 contract violation\(s\):\n {2}GET \/data\/task-status\/[0-9a-f-]+ -> 200 \(getTaskStatus\): schema\n {4}\/color: must be string/,
    );
  });
});
