import { createHash } from "node:crypto";
import type { AyonClient } from "@kitsu-ayon/ayon-sdk";
import { beforeAll, describe, expect, it } from "vitest";
import { clientFor } from "./client.js";
import { loginNormalUser } from "./normal-user.js";
import { useContractTarget } from "./setup.js";

const { target, ayon } = useContractTarget({ sender: "contract", senderType: "api" });
let kitsu: AyonClient;

interface Job {
  id: string;
  dependsOn: string;
  hash: string;
  status: string;
}

beforeAll(() => {
  kitsu = clientFor(target(), "kitsu-leecher", "kitsu");
});

/** Fresh source and target topics per test: a real server's other events never match. */
const topics = () => {
  const id = crypto.randomUUID().replaceAll("-", "").slice(0, 12);
  return { source: `katest.src${id}`, target: `katest.job${id}` };
};

const dispatch = async (client: AyonClient, body: Record<string, unknown>) =>
  ((await client.http.POST("/api/events", { body: body as never })).data as { id: string }).id;

/** Enrolls as `sender`; the job, or undefined for 204 (nothing to do). */
const enroll = async (body: Record<string, unknown>, sender: string): Promise<Job | undefined> => {
  const { data, response } = await ayon().http.POST("/api/enroll", { body: { sender, ...body } as never });
  if (response.status === 204) return undefined;
  expect(response.status).toBe(200);
  return data as unknown as Job;
};

/**
 * PATCHes a job's status as `sender` (the worker): AYON also stores the request's X-Sender on
 * PATCH, so patching with another sender would hand the job over to that sender.
 */
const setStatus = (id: string, status: string, sender = "contract") =>
  clientFor(target(), sender, "api").http.PATCH("/api/events/{event_id}", {
    params: { path: { event_id: id } },
    body: { status } as never,
  });
const getEvent = async (id: string) =>
  (await ayon().http.GET("/api/events/{event_id}", { params: { path: { event_id: id } } })).data as Record<
    string,
    unknown
  >;

describe("POST /api/enroll", () => {
  it("creates a pending target for the oldest finished source, with a hash of (target, source)", async () => {
    const topic = topics();
    const first = await dispatch(ayon(), { topic: topic.source });
    await dispatch(ayon(), { topic: topic.source });
    const job = (await enroll({ sourceTopic: topic.source, targetTopic: topic.target }, "worker-a")) as Job;
    const hash = createHash("sha256")
      .update(JSON.stringify([topic.target, first]))
      .digest("hex");
    expect(job).toEqual({ id: expect.stringMatching(/^[0-9a-f]{32}$/), dependsOn: first, hash, status: "pending" });
    expect(await getEvent(job.id)).toMatchObject({
      topic: topic.target,
      dependsOn: first,
      status: "pending",
      sender: "worker-a",
      senderType: "api",
    });
  });

  it("only takes finished source events", async () => {
    const topic = topics();
    const source = await dispatch(ayon(), { topic: topic.source, finished: false });
    const body = { sourceTopic: topic.source, targetTopic: topic.target };
    expect(await enroll(body, "worker-a")).toBeUndefined();
    await setStatus(source, "finished");
    expect((await enroll(body, "worker-a"))?.dependsOn).toBe(source);
  });

  it("gives one job per source and target topic: racing senders get different sources, then 204", async () => {
    const topic = topics();
    const sources = [await dispatch(ayon(), { topic: topic.source }), await dispatch(ayon(), { topic: topic.source })];
    const body = { sourceTopic: `${topic.source.slice(0, -4)}*`, targetTopic: topic.target };
    const jobs = await Promise.all([enroll(body, "worker-a"), enroll(body, "worker-b")]);
    expect(jobs.map((job) => job?.dependsOn).sort()).toEqual([...sources].sort());
    expect(await enroll(body, "worker-c")).toBeUndefined();
  });

  it("hands a sender its own unfinished job again, and blocks a sequential queue for other senders", async () => {
    const topic = topics();
    const first = await dispatch(ayon(), { topic: topic.source });
    const second = await dispatch(ayon(), { topic: topic.source });
    const body = { sourceTopic: topic.source, targetTopic: topic.target, sequential: true };
    const job = (await enroll(body, "worker-a")) as Job;
    expect(job.dependsOn).toBe(first);
    await setStatus(job.id, "in_progress", "worker-a");
    expect(await enroll(body, "worker-a")).toEqual({ ...job, status: "in_progress" });
    expect(await enroll(body, "worker-b")).toBeUndefined();
    const other = (await enroll({ ...body, sequential: false }, "worker-b")) as Job;
    expect(other.dependsOn).toBe(second);
    // Once the first job is finished, the queue moves on: worker-b's own job is next.
    await setStatus(job.id, "finished", "worker-a");
    expect(await enroll(body, "worker-a")).toBeUndefined();
    expect(await enroll(body, "worker-b")).toEqual(other);
  });

  it("re-enrolls a failed job with retries + 1 until retries exceed maxRetries", async () => {
    const topic = topics();
    await dispatch(ayon(), { topic: topic.source });
    const body = { sourceTopic: topic.source, targetTopic: topic.target, maxRetries: 2 };
    const retries: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      const job = await enroll(body, "worker-a");
      if (!job) break;
      retries.push((await getEvent(job.id)).retries as number);
      await setStatus(job.id, "failed", "worker-a");
    }
    expect(retries).toEqual([0, 1, 2, 3]);
  });

  it("skips source events of ignored sender types", async () => {
    const topic = topics();
    await dispatch(kitsu, { topic: topic.source });
    const body = { sourceTopic: topic.source, targetTopic: topic.target };
    expect(await enroll({ ...body, ignoreSenderTypes: ["kitsu"] }, "worker-a")).toBeUndefined();
    expect(await enroll({ ...body, ignoreSenderTypes: ["shotgrid"] }, "worker-a")).toBeDefined();
  });

  it("takes recent events with ignoreOlderThan 0 (no limit) or a number of days", async () => {
    const topic = topics();
    await dispatch(ayon(), { topic: topic.source });
    await dispatch(ayon(), { topic: topic.source });
    expect(
      await enroll({ sourceTopic: topic.source, targetTopic: topic.target, ignoreOlderThan: 0 }, "w"),
    ).toBeDefined();
    expect(
      await enroll({ sourceTopic: topic.source, targetTopic: topic.target, ignoreOlderThan: 1 }, "w2"),
    ).toBeDefined();
  });

  it("refuses callers that are not services (403)", async () => {
    const user = await loginNormalUser(target(), "enroll");
    const response = await fetch(`${target().serverUrl}/api/enroll`, {
      method: "POST",
      headers: { authorization: `Bearer ${user.token}`, "content-type": "application/json" },
      body: JSON.stringify({ sourceTopic: "katest.nothing", targetTopic: "katest.nothing2", sender: "x" }),
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: 403, detail: "Only services can enroll for jobs" });
  });
});
