import {
  type AyonChange,
  type AyonChangeStream,
  type AyonClient,
  createAyonClient,
  type WebSocketConstructor,
} from "@kitsu-ayon/ayon-sdk";
import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import { clientFor, SMALL_ANATOMY } from "./client.js";
import { useContractTarget } from "./setup.js";
import { startWebSocketCutter } from "./ws-cutter.js";

const suite = useContractTarget({ project: { prefix: "changes", anatomy: SMALL_ANATOMY } });
const { target, project } = suite;

const Socket = WebSocket as unknown as WebSocketConstructor;
/** Changes made by someone else than the stream's service: another tool, under its own sender type. */
const artist = () => clientFor(target(), "artist-tool", "artist");

/** A task whose `frameStart` is set to each number in turn: one `entity.task.attrib_changed` each. */
async function taskToChange(name: string) {
  const folderId = await suite.createFolder({ name: `f_${name}`, folderType: "Folder" });
  return suite.createTask({ name, taskType: "Animation", folderId });
}
async function setFrames(taskId: string, from: number, to: number, client = artist()) {
  for (let n = from; n < to; n++) await client.tasks.update(project(), taskId, { attrib: { frameStart: n } });
}
const frameOf = (change: AyonChange) => (change.payload.newValue as { frameStart?: number } | undefined)?.frameStart;

/** Reads `count` changes of `taskId`, acknowledging each; fails on a timeout with what it got. */
async function take(stream: AyonChangeStream, taskId: string, count: number, timeoutMs = 60_000) {
  const got: AyonChange[] = [];
  const timer = setTimeout(() => void stream.close(), timeoutMs);
  for await (const change of stream) {
    if (change.summary.entityId === taskId) got.push(change);
    stream.ack(change);
    if (got.length === count) break;
  }
  clearTimeout(timer);
  return got;
}

describe("AYON change stream", () => {
  it("delivers each change once and in order: 500 made while no reader runs, 500 while its /ws is cut every 300 ms", async () => {
    const taskId = await taskToChange("stream");
    const cutter = await startWebSocketCutter(target().serverUrl);
    const reader = createAyonClient({
      serverUrl: cutter.url,
      apiKey: target().apiKey,
      sender: "reader",
      senderType: "kitsu",
    });
    const first = reader.events.changes({ projects: [project()], WebSocket: Socket });
    const cursor = await first.ready;
    await first.close();

    await setFrames(taskId, 0, 500);
    const stream = reader.events.changes({ projects: [project()], cursor, WebSocket: Socket });
    let cuts = 0;
    const cutting = setInterval(() => {
      cuts += cutter.cut();
    }, 300);
    const writing = setFrames(taskId, 500, 1000);
    const got = await take(stream, taskId, 1000);
    await writing;
    clearInterval(cutting);
    // Nothing more comes: a duplicate would arrive within a read or two.
    const extra = await Promise.race([
      take(stream, taskId, 1, 3000),
      new Promise<AyonChange[]>((resolve) => setTimeout(() => resolve([]), 3000)),
    ]);
    await stream.close();
    await cutter.close();

    expect(got.map(frameOf)).toEqual(Array.from({ length: 1000 }, (_, n) => n));
    expect(new Set(got.map((change) => change.id)).size).toBe(1000);
    expect(extra).toEqual([]);
    expect(got.every((change) => change.topic === "entity.task.attrib_changed" && !change.own)).toBe(true);
    // The cuts were real: the feed was cut while connected and came back each time.
    expect(cuts).toBeGreaterThanOrEqual(3);
    expect(cutter.upgrades).toBeGreaterThan(cuts);
  }, 180_000);

  it("marks the changes its own sender type caused, and only those", async () => {
    const taskId = await taskToChange("own");
    const reader = clientFor(target(), "reader", "kitsu");
    const stream = reader.events.changes({ projects: [project()], live: false, pollIntervalMs: 100 });
    await stream.ready;
    await setFrames(taskId, 1, 2, artist());
    await setFrames(taskId, 2, 3, clientFor(target(), "another-kitsu-ayon", "kitsu"));
    await setFrames(taskId, 3, 4, artist());
    const got = await take(stream, taskId, 3, 20_000);
    await stream.close();
    expect(got.map((change) => [frameOf(change), change.senderType, change.own])).toEqual([
      [1, "artist", false],
      [2, "kitsu", true],
      [3, "artist", false],
    ]);
  });

  it("resumes after the cursor of the last acknowledgement: nothing acknowledged comes again, nothing else is skipped", async () => {
    const taskId = await taskToChange("resume");
    const reader = clientFor(target(), "reader", "kitsu");
    const before = reader.events.changes({ projects: [project()], live: false, pollIntervalMs: 100 });
    await before.ready;
    await setFrames(taskId, 0, 10);
    const delivered: AyonChange[] = [];
    for await (const change of before) {
      if (change.summary.entityId === taskId) delivered.push(change);
      if (delivered.length === 6) break;
    }
    const cursor = before.ack(delivered[3] as AyonChange); // 4 acknowledged, 2 delivered only
    await before.close();
    const after = reader.events.changes({
      projects: [project()],
      cursor: JSON.parse(JSON.stringify(cursor)),
      live: false,
    });
    const rest = await take(after, taskId, 6, 20_000);
    await after.close();
    expect(rest.map(frameOf)).toEqual([4, 5, 6, 7, 8, 9]);
  });

  it("starts after the newest change when given no cursor", async () => {
    const taskId = await taskToChange("newest");
    await setFrames(taskId, 0, 3);
    const stream = clientFor(target()).events.changes({ projects: [project()], live: false, pollIntervalMs: 100 });
    await stream.ready;
    await setFrames(taskId, 3, 5);
    const got = await take(stream, taskId, 2, 20_000);
    await stream.close();
    expect(got.map(frameOf)).toEqual([3, 4]);
  });

  it("ends on a refused key: ready rejects with the typed error and the iteration throws it", async () => {
    const refused = createAyonClient({
      serverUrl: target().serverUrl,
      apiKey: "0".repeat(32),
      sender: "x",
      retry: false,
    });
    const stream = refused.events.changes({ projects: [project()], live: false });
    await expect(stream.ready).rejects.toMatchObject({ name: "AyonUnauthorizedError" });
    await expect(stream[Symbol.asyncIterator]().next()).rejects.toMatchObject({ name: "AyonUnauthorizedError" });
  });

  it("enrolls changes for scale-out: one job per change of the shard's projects, none for its own sender type", async () => {
    // Projects of their own: the other tests' changes are not this one's jobs.
    const [one, two] = await Promise.all(
      ["shard_a", "shard_b"].map((prefix) => suite.deployProject(prefix, SMALL_ANATOMY)),
    );
    const taskIn = async (projectName: string) => {
      const folderId = await artist().folders.create(projectName, { name: "f_enroll", folderType: "Folder" });
      return artist().tasks.create(projectName, { name: "enroll", taskType: "Animation", folderId });
    };
    const [taskA, taskB] = await Promise.all([taskIn(one as string), taskIn(two as string)]);
    const processor = clientFor(target(), "processor-1", "kitsu");
    const targetTopic = `katest.ayonproc${crypto.randomUUID().replaceAll("-", "").slice(0, 10)}`;
    const seen: string[] = [];
    const shard = (projectName: string) =>
      processor.events.worker({
        sourceTopic: "entity.task.attrib_changed",
        targetTopic,
        sender: `processor-${projectName}`,
        ignoreSenderTypes: ["kitsu"],
        filter: { conditions: [{ key: "project", operator: "in", value: [projectName] }] },
        handler: ({ source }) => {
          seen.push(
            `${source.project}:${(source.payload as { newValue?: { frameStart?: number } }).newValue?.frameStart}`,
          );
          return "applied";
        },
      });
    const set = (client: AyonClient, projectName: string, taskId: string, frameStart: number) =>
      client.tasks.update(projectName, taskId, { attrib: { frameStart } });
    await set(artist(), one as string, taskA, 1);
    await set(processor, one as string, taskA, 99); // its own echo
    await set(artist(), two as string, taskB, 7);
    await set(artist(), one as string, taskA, 2);
    for (const worker of [shard(one as string), shard(two as string)]) while (await worker.runOnce());
    expect(seen).toEqual([`${one}:1`, `${one}:2`, `${two}:7`]);
  });

  it("delivers activities with the entity changes: a comment's creation, edit and deletion, in order", async () => {
    const taskId = await taskToChange("activity");
    const stream = clientFor(target(), "reader", "kitsu").events.changes({
      projects: [project()],
      live: false,
      pollIntervalMs: 100,
    });
    await stream.ready;
    const task = { entityType: "task" as const, entityId: taskId };
    const commentId = await artist().activities.comment(project(), task, "first take");
    await artist().activities.update(project(), commentId, { body: "second take" });
    await artist().activities.delete(project(), commentId);
    const got: AyonChange[] = [];
    const timer = setTimeout(() => void stream.close(), 20_000);
    for await (const change of stream) {
      if (change.summary.activity_id === commentId) got.push(change);
      if (got.length === 3) break;
    }
    clearTimeout(timer);
    await stream.close();
    expect(got.map((change) => [change.topic, change.summary.activity_type, change.senderType, change.own])).toEqual([
      ["activity.created", "comment", "artist", false],
      ["activity.updated", "comment", "artist", false],
      ["activity.deleted", "comment", "artist", false],
    ]);
    expect(got[0]?.payload).toMatchObject({ body: "first take" });
  });
});
