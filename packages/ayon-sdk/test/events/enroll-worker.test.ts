import { describe, expect, it } from "vitest";
import { createEnrollWorker, type EnrollRequest } from "../../src/events/enroll-worker.js";
import type { QueryFilter } from "../../src/resources/entities.js";

const silent = { debug() {}, info() {}, warn() {}, error() {} };

/** A worker whose enroll calls are recorded and find nothing to do. */
function recordingWorker(filter: QueryFilter | (() => QueryFilter | undefined) | undefined) {
  const requests: EnrollRequest[] = [];
  const worker = createEnrollWorker(
    {
      enroll: async (request) => {
        requests.push({ ...request });
        return undefined;
      },
      events: {} as Parameters<typeof createEnrollWorker>[0]["events"],
      logger: silent,
    },
    {
      sourceTopic: "kitsu.event",
      targetTopic: "kitsu.proc.east",
      sender: "processor-east.1",
      ...(filter ? { filter } : {}),
      handler: () => "done",
    },
  );
  return { worker, requests };
}

const projectFilter = (ids: string[]): QueryFilter => ({
  operator: "or",
  conditions: [
    { key: "summary/kitsuProjectId", operator: "in", value: ids },
    { key: "summary/kitsuProjectId", operator: "isnull" },
  ],
});

describe("createEnrollWorker: the enroll filter", () => {
  it("asks a filter function before each enroll, so the filter follows what it reads", async () => {
    let projects = ["project-a"];
    const { worker, requests } = recordingWorker(() => projectFilter(projects));
    await worker.runOnce();
    projects = ["project-a", "project-b"];
    await worker.runOnce();
    expect(requests.map((request) => request.filter)).toEqual([
      projectFilter(["project-a"]),
      projectFilter(["project-a", "project-b"]),
    ]);
    expect(requests[1]).toMatchObject({
      sourceTopic: "kitsu.event",
      targetTopic: "kitsu.proc.east",
      ignoreOlderThan: 0,
    });
  });

  it("sends a plain filter as it is, and no filter when the function gives none", async () => {
    const plain = recordingWorker(projectFilter(["project-a"]));
    await plain.worker.runOnce();
    expect(plain.requests[0]?.filter).toEqual(projectFilter(["project-a"]));
    const none = recordingWorker(() => undefined);
    await none.worker.runOnce();
    expect(none.requests[0]).not.toHaveProperty("filter");
  });
});
