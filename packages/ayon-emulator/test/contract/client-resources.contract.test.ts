import { type AyonOperation, AyonOperationsError, assertOperationsSucceeded, newEntityId } from "@kitsu-ayon/ayon-sdk";
import { describe, expect, it } from "vitest";
import { SMALL_ANATOMY } from "./client.js";
import { useContractTarget } from "./setup.js";

const { target, ayon, project } = useContractTarget({ project: { prefix: "client", anatomy: SMALL_ANATOMY } });

const folderOp = (name: string, extra: Record<string, unknown> = {}, entityId = newEntityId()): AyonOperation => ({
  type: "create",
  entityType: "folder",
  entityId,
  data: { name, folderType: "Shot", ...extra },
});

describe("client resources", () => {
  it("ensureAnatomy adds and updates items, keeps the others in place, and sends nothing the second time", async () => {
    const sequence = await ayon().folders.create(project(), {
      name: "anatomy_sq",
      folderType: "Sequence",
      status: "In progress",
    });
    const changes = {
      statuses: [
        { name: "Retake", shortName: "RTK", state: "in_progress" as const },
        { name: "approved", color: "#00ff00" },
      ],
      taskTypes: [{ name: "Lighting", shortName: "lgt" }],
    };
    const first = await ayon().projects.ensureAnatomy(project(), changes);
    expect(first).toMatchObject({
      patched: true,
      added: { statuses: ["Retake"], taskTypes: ["Lighting"] },
      updated: { statuses: ["Approved"] },
    });
    const after = await ayon().projects.get(project());
    expect(after.statuses?.map((status) => status.name)).toEqual(["Not ready", "In progress", "Approved", "Retake"]);
    expect(after.statuses?.[2]).toMatchObject({ color: "#00ff00", shortName: "APP" });
    expect(after.taskTypes?.map((type) => type.name)).toEqual(["Animation", "Compositing", "Lighting"]);
    expect((await ayon().folders.get(project(), sequence)).status).toBe("In progress");
    expect((await ayon().projects.ensureAnatomy(project(), changes)).patched).toBe(false);
  });

  it("runs 1,200 operations in chunks of 500: 3 requests, parents and children together", async () => {
    const parent = newEntityId();
    const operations: AyonOperation[] = [folderOp("chunked", { folderType: "Sequence" }, parent)];
    for (let i = 1; i < 1200; i++)
      operations.push(
        folderOp(`sh${String(i).padStart(4, "0")}`, { parentId: parent, data: { kitsuId: `chunk-${i}` } }),
      );
    const progress: number[] = [];
    const result = assertOperationsSucceeded(
      await ayon().operations.run(project(), operations, { onProgress: (done) => progress.push(done) }),
    );
    expect(result.operations).toHaveLength(1200);
    expect(progress).toEqual([500, 1000, 1200]);
    const children = await ayon().entities.folders(project(), {
      filter: { conditions: [{ key: "parent_id", operator: "eq", value: parent }] },
    });
    expect(children).toHaveLength(1199);
  });

  it("stops at the first failing atomic chunk and reports what was not applied", async () => {
    const parent = newEntityId();
    const operations: AyonOperation[] = [folderOp("atomic", { folderType: "Sequence" }, parent)];
    for (let i = 0; i < 5; i++) operations.push(folderOp(`a${i}`, { parentId: parent }));
    operations.push(
      folderOp("A0", { parentId: parent }),
      folderOp("b0", { parentId: parent }),
      folderOp("b1", { parentId: parent }),
    );
    const result = await ayon().operations.run(project(), operations, { chunkSize: 4 });
    expect(result.success).toBe(false);
    expect(result.failed).toHaveLength(1);
    expect(result.failed[0]).toMatchObject({ status: 409, errorCode: "unique-violation" });
    expect(result.notApplied.map((operation) => operation.data?.name)).toEqual(["a3", "a4", "A0", "b0", "b1"]);
    const created = await ayon().entities.folders(project(), {
      filter: { conditions: [{ key: "parent_id", operator: "eq", value: parent }] },
    });
    expect(created.map((folder) => folder.name).sort()).toEqual(["a0", "a1", "a2"]);
    expect(() => assertOperationsSucceeded(result)).toThrow(AyonOperationsError);
    expect(() => assertOperationsSucceeded(result)).toThrow(
      /1 operations failed, 5 not applied; first: create folder \S+ HTTP 409 unique-violation/,
    );
  });

  it("leaves out of notApplied what an atomic chunk committed before a failure AYON's code raised (a missing entity)", async () => {
    const parent = newEntityId();
    const missing = newEntityId();
    const operations: AyonOperation[] = [
      folderOp("kept", { folderType: "Sequence" }, parent),
      folderOp("k0", { parentId: parent }),
      folderOp("k1", { parentId: parent }),
      { type: "update", entityType: "folder", entityId: missing, data: { label: "missing" } },
      folderOp("k2", { parentId: parent }),
      folderOp("k3", { parentId: parent }),
    ];
    const result = await ayon().operations.run(project(), operations, { chunkSize: 2 });
    expect(result.success).toBe(false);
    expect(result.failed.map((item) => [item.status, item.errorCode])).toEqual([[404, "not-found"]]);
    expect(result.notApplied.map((operation) => operation.data?.name ?? operation.data?.label)).toEqual([
      "missing",
      "k2",
      "k3",
    ]);
    const created = await ayon().entities.folders(project(), {
      filter: { conditions: [{ key: "parent_id", operator: "eq", value: parent }] },
    });
    expect(created.map((folder) => folder.name).sort()).toEqual(["k0", "k1"]);
  });

  it("with canFail applies every valid operation and reports the invalid ones", async () => {
    const result = await ayon().operations.run(
      project(),
      [folderOp("cf_ok1"), folderOp("bad name"), folderOp("cf_ok2"), folderOp("cf_ok3", { folderType: "NoSuchType" })],
      {
        canFail: true,
      },
    );
    expect(result.success).toBe(false);
    expect(result.failed.map((item) => item.status)).toEqual([400, 409]);
    expect(result.notApplied).toEqual([]);
    const names = (await ayon().entities.folders(project())).map((folder) => folder.name);
    expect(names).toEqual(expect.arrayContaining(["cf_ok1", "cf_ok2"]));
    expect(names).not.toContain("cf_ok3");
  });

  it("sends big chunks to the background endpoint and polls them to completion", async () => {
    const operations = Array.from({ length: 30 }, (_, i) => folderOp(`bg${i}`, { data: { kitsuId: `bg-${i}` } }));
    const result = assertOperationsSucceeded(
      await ayon().operations.run(project(), operations, { background: true, pollIntervalMs: 20 }),
    );
    expect(result.operations.every((item) => item.status === 201)).toBe(true);
    expect(await ayon().entities.folders(project(), { kitsuIds: ["bg-0", "bg-29"] })).toHaveLength(2);
  });

  it("reads folders and tasks by Kitsu id with data and resolved attributes parsed, inactive ones included", async () => {
    const shot = newEntityId();
    assertOperationsSucceeded(
      await ayon().operations.run(project(), [
        folderOp(
          "bulk_sh",
          { attrib: { frameStart: 1001, frameEnd: 1100 }, data: { kitsuId: "k-shot", extra: { a: 1 } } },
          shot,
        ),
        {
          type: "create",
          entityType: "task",
          data: { name: "anim", taskType: "Animation", folderId: shot, data: { kitsuId: "k-task" }, active: false },
        },
      ]),
    );
    const [folder] = await ayon().entities.folders(project(), { kitsuIds: ["k-shot"] });
    expect(folder).toMatchObject({
      name: "bulk_sh",
      folderType: "Shot",
      active: true,
      data: { kitsuId: "k-shot", extra: { a: 1 } },
    });
    expect(folder?.attrib).toMatchObject({ frameStart: 1001, frameEnd: 1100, fps: 25 });
    expect(folder?.ownAttrib.sort()).toEqual(["frameEnd", "frameStart"]);
    const [task] = await ayon().entities.tasks(project(), { kitsuIds: ["k-task"] });
    expect(task).toMatchObject({ name: "anim", folderId: shot, active: false, data: { kitsuId: "k-task" } });
    expect(task?.attrib).toMatchObject({ frameStart: 1001 });
  });

  it("reads more than one page of folders", async () => {
    const all = await ayon().entities.folders(project(), { withKitsuId: true, pageSize: 100 });
    expect(all.length).toBeGreaterThan(1199);
    expect(new Set(all.map((folder) => folder.id)).size).toBe(all.length);
  });

  it("lists users through GraphQL with parsed attributes", async () => {
    const name = target().userName("list");
    await ayon().users.create(name, {
      attrib: { fullName: "List Test", email: `${name}@example.com` },
      data: { kitsuId: "person-1" },
    });
    const [user] = await ayon().users.list({ names: [name] });
    expect(user).toMatchObject({ name, active: true, attrib: { fullName: "List Test", email: `${name}@example.com` } });
    expect((await ayon().users.get(name)).data).toMatchObject({ kitsuId: "person-1" });
  });

  it("stores an event once per hash: a second dispatch is a duplicate, not an error", async () => {
    const hash = `contract-${newEntityId()}`;
    const first = await ayon().events.dispatch({
      topic: "kitsu.contract",
      hash,
      project: project(),
      payload: { n: 1 },
    });
    expect(first.outcome).toBe("stored");
    expect(
      await ayon().events.dispatch({ topic: "kitsu.contract", hash, project: project(), payload: { n: 2 } }),
    ).toEqual({
      outcome: "duplicate",
    });
    const stored = await ayon().events.get(first.id as string);
    expect(stored).toMatchObject({
      topic: "kitsu.contract",
      hash,
      payload: { n: 1 },
      sender: "contract",
      senderType: "kitsu",
    });
    const listed = await ayon().events.list({ topics: ["kitsu.contract"], projects: [project()] });
    expect(listed.map((event) => event.id)).toContain(first.id);
  });
});
