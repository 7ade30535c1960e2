import { type AyonClient, createAyonClient, newEntityId } from "@kitsu-ayon/ayon-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AyonEmulator, startAyonEmulator } from "../src/index.js";
import type { ProjectRecord } from "../src/state/records.js";
import { seedFolder } from "./seed.js";
import { eventually } from "./support.js";

// What only the emulator can show: its state after rollbacks, its indexes, its background slices.

let emulator: AyonEmulator;
let ayon: AyonClient;
const PROJECT = "transactions";

beforeAll(async () => {
  emulator = await startAyonEmulator();
  ayon = createAyonClient({
    serverUrl: emulator.url,
    apiKey: emulator.apiKey,
    sender: "test",
    senderType: "kitsu",
    retry: false,
  });
  await ayon.http.POST("/api/projects", { body: { name: PROJECT, code: PROJECT } });
});
afterAll(() => emulator.stop());

const project = () => emulator.state.projects.get(PROJECT) as ProjectRecord;
const snapshot = () =>
  structuredClone({ folders: [...project().folders.entries()], tasks: [...project().tasks.entries()] });
const folderOp = (name: string, extra: Record<string, unknown> = {}, entityId = newEntityId()) => ({
  type: "create" as const,
  entityType: "folder" as const,
  entityId,
  data: { name, folderType: "Shot", ...extra },
});

async function run(operations: unknown[], options: Record<string, unknown> = {}) {
  const { data } = await ayon.http.POST("/api/projects/{project_name}/operations", {
    params: { path: { project_name: PROJECT } },
    body: { operations, waitForEvents: true, ...options } as never,
  });
  return data as { success: boolean; operations: { success: boolean; status: number }[] };
}

describe("emulator transactions", () => {
  it("restores every record and index entry when a batch rolls back", async () => {
    const parent = newEntityId();
    const child = newEntityId();
    const task = newEntityId();
    await run([
      folderOp("rb_parent", {}, parent),
      folderOp("rb_child", { parentId: parent }, child),
      {
        type: "create",
        entityType: "task",
        entityId: task,
        data: { name: "anim", taskType: "Animation", folderId: child },
      },
    ]);
    const before = snapshot();
    const eventsBefore = emulator.state.events.log.length;
    const result = await run([
      { type: "update", entityType: "folder", entityId: child, data: { name: "rb_renamed", active: false } },
      { type: "delete", entityType: "task", entityId: task },
      { type: "delete", entityType: "folder", entityId: parent },
      folderOp("rb_parent"),
      folderOp("rb_fail", { folderType: "Nope" }),
    ]);
    expect(result.success).toBe(false);
    expect(snapshot()).toEqual(before);
    expect(emulator.state.events.log.length).toBe(eventsBefore);
    // The name index was restored too: the old names are taken again, the new one is free.
    const again = await run([folderOp("rb_child", { parentId: parent })], { canFail: true });
    expect(again.operations[0]?.status).toBe(409);
    expect((await run([folderOp("rb_renamed", { parentId: parent })])).success).toBe(true);
  });

  it("keeps uniqueness for records seeded directly into the state", async () => {
    seedFolder(project(), { name: "seeded" });
    const result = await run([folderOp("SEEDED")]);
    expect(result.operations[0]?.status).toBe(409);
  });

  it("creates thousands of siblings in one batch quickly (every check is indexed)", async () => {
    const parent = newEntityId();
    const operations = [folderOp("many", { folderType: "Sequence" }, parent)];
    for (let n = 0; n < 5000; n++) operations.push(folderOp(`sh${n}`, { parentId: parent }));
    const started = performance.now();
    const result = await run(operations);
    expect(result.success).toBe(true);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it("runs a background batch in slices, reporting progress, while other writes to the project wait", async () => {
    const operations = Array.from({ length: 3000 }, (_, n) => folderOp(`bg_${n}`));
    const { data } = await ayon.http.POST("/api/projects/{project_name}/operations/background", {
      params: { path: { project_name: PROJECT } },
      body: { operations } as never,
    });
    const taskId = (data as { id: string }).id;
    const waiting = ayon.http.POST("/api/projects/{project_name}/folders", {
      params: { path: { project_name: PROJECT } },
      body: { name: "after_batch", folderType: "Shot" },
    });
    const progress: number[] = [];
    await eventually(async () => {
      const { data: status } = await ayon.http.GET("/api/projects/{project_name}/operations/background/{task_id}", {
        params: { path: { project_name: PROJECT, task_id: taskId } },
      });
      if (status?.status === "in_progress") progress.push(Number(status.progress));
      return status?.status === "completed" ? status : undefined;
    }, 20_000);
    expect(progress.some((value) => value > 0 && value < 100)).toBe(true);
    const created = (await waiting).data as { id: string };
    const log = emulator.state.events.log;
    const lastBatchEvent = log.findLastIndex((event) => event.description === "Folder bg_2999 created");
    const restEvent = log.findIndex((event) => event.summary.entityId === created.id);
    expect(restEvent).toBeGreaterThan(lastBatchEvent);
  });

  it("leaves a background batch with a duplicate operation in progress, as an escaped exception does upstream", async () => {
    const id = newEntityId();
    await run([folderOp("dupbg", {}, id)]);
    const update = { type: "update", entityType: "folder", entityId: id, data: { label: "x" } };
    const { data } = await ayon.http.POST("/api/projects/{project_name}/operations/background", {
      params: { path: { project_name: PROJECT } },
      body: { operations: [update, update] } as never,
    });
    const taskId = (data as { id: string }).id;
    const status = await eventually(async () => {
      const { data: current } = await ayon.http.GET("/api/projects/{project_name}/operations/background/{task_id}", {
        params: { path: { project_name: PROJECT, task_id: taskId } },
      });
      return current?.status === "pending" ? undefined : current;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(status).toMatchObject({ status: "in_progress", progress: 0, result: null });
  });

  it("shares one summary between the events of an update and emits tags_changed twice, as upstream does", async () => {
    const id = newEntityId();
    await run([folderOp("quirks", {}, id)]);
    const since = emulator.state.events.log.length;
    await run([{ type: "update", entityType: "folder", entityId: id, data: { tags: ["hero"], label: "Quirks" } }]);
    const events = emulator.state.events.log.slice(since);
    expect(events.map((event) => event.topic)).toEqual([
      "entity.folder.tags_changed",
      "entity.folder.label_changed",
      "entity.folder.tags_changed",
    ]);
    expect(events.map((event) => event.summary.value)).toEqual([["hero"], ["hero"], ["hero"]]);
    expect(events.every((event) => event.sender === "test" && event.senderType === "kitsu")).toBe(true);
  });
});
