import type { AyonLiveMessage, EnrollJobContext, WebSocketConstructor } from "@kitsu-ayon/ayon-sdk";
import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import { clientFor, SMALL_ANATOMY } from "./client.js";
import { useContractTarget } from "./setup.js";

const { target, ayon, project } = useContractTarget({ project: { prefix: "events", anatomy: SMALL_ANATOMY } });

/** Topics of their own for each test, so a real server's other events never interfere. */
const topics = () => {
  const id = crypto.randomUUID().replaceAll("-", "").slice(0, 12);
  return { source: `katest.src${id}`, target: `katest.proc${id}` };
};

const drain = async (worker: { runOnce(): Promise<unknown> }) => {
  const outcomes: unknown[] = [];
  for (let i = 0; i < 20; i++) {
    const outcome = await worker.runOnce();
    if (outcome === undefined) return outcomes;
    outcomes.push(outcome);
  }
  throw new Error("the worker kept getting jobs");
};

describe("enroll worker", () => {
  it("processes source events oldest first, retries a failed job, and finishes each exactly once", async () => {
    const topic = topics();
    for (const n of [1, 2, 3])
      await ayon().events.dispatch({ topic: topic.source, project: project(), payload: { n } });
    const seen: number[] = [];
    let failedOnce = false;
    const worker = ayon().events.worker({
      sourceTopic: topic.source,
      targetTopic: topic.target,
      sequential: true,
      handler: ({ source }: EnrollJobContext) => {
        const n = (source.payload as { n: number }).n;
        seen.push(n);
        if (n === 2 && !failedOnce) {
          failedOnce = true;
          throw new Error("comp task not ready");
        }
        return `done ${n}`;
      },
    });
    const outcomes = (await drain(worker)) as { status: string; description: string; job: { id: string } }[];
    expect(seen).toEqual([1, 2, 2, 3]);
    expect(outcomes.map((outcome) => `${outcome.status}: ${outcome.description}`)).toEqual([
      "finished: done 1",
      "failed: comp task not ready",
      "finished: done 2",
      "finished: done 3",
    ]);
    const retried = await ayon().events.get(outcomes[2]?.job.id as string);
    expect(retried).toMatchObject({ status: "finished", retries: 1, description: "done 2", sender: "contract" });
  });

  it("does not take a job while another sender holds one in a sequential queue", async () => {
    const topic = topics();
    await ayon().events.dispatch({ topic: topic.source, project: project(), payload: { n: 1 } });
    await ayon().events.dispatch({ topic: topic.source, project: project(), payload: { n: 2 } });
    const other = clientFor(target(), "contract-other");
    const held = await other.events.enroll({ sourceTopic: topic.source, targetTopic: topic.target, sequential: true });
    expect(held).toBeDefined();
    const worker = ayon().events.worker({
      sourceTopic: topic.source,
      targetTopic: topic.target,
      sequential: true,
      handler: () => "x",
    });
    expect(await worker.runOnce()).toBeUndefined();
    await other.events.update(held?.id as string, { status: "finished" });
    expect(await worker.runOnce()).toMatchObject({ status: "finished" });
  });

  it("keeps a job with the worker's own sender when it differs from the client's", async () => {
    const topic = topics();
    await ayon().events.dispatch({ topic: topic.source, project: project(), payload: {} });
    const worker = ayon().events.worker({
      sourceTopic: topic.source,
      targetTopic: topic.target,
      sender: "contract-worker",
      handler: () => "ok",
    });
    const outcome = await worker.runOnce();
    expect(await ayon().events.get(outcome?.job.id as string)).toMatchObject({
      status: "finished",
      sender: "contract-worker",
    });
  });

  it("skips source events of ignored sender types", async () => {
    const topic = topics();
    await clientFor(target(), "contract", "kitsu").events.dispatch({
      topic: topic.source,
      project: project(),
      payload: { from: "kitsu" },
    });
    await clientFor(target(), "contract", "api").events.dispatch({
      topic: topic.source,
      project: project(),
      payload: { from: "api" },
    });
    const seen: unknown[] = [];
    const worker = ayon().events.worker({
      sourceTopic: topic.source,
      targetTopic: topic.target,
      ignoreSenderTypes: ["kitsu"],
      handler: ({ source }) => {
        seen.push(source.payload);
        return undefined;
      },
    });
    await drain(worker);
    expect(seen).toEqual([{ from: "api" }]);
  });

  it("finishes the job in hand when stopped", async () => {
    const topic = topics();
    await ayon().events.dispatch({ topic: topic.source, project: project(), payload: {} });
    let release: () => void = () => {};
    let started: () => void = () => {};
    const running = new Promise<void>((resolve) => {
      started = resolve;
    });
    const worker = ayon().events.worker({
      sourceTopic: topic.source,
      targetTopic: topic.target,
      pollIntervalMs: 10,
      handler: async ({ job }) => {
        started();
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        return job.id;
      },
    });
    worker.start();
    await running;
    const stopped = worker.stop();
    release();
    await stopped;
    const [job] = await ayon().events.list({ topics: [topic.target] });
    expect(job?.status).toBe("finished");
  });
});

describe("live feed", () => {
  const collect = (feed: { on(listener: (m: AyonLiveMessage) => void): unknown }) => {
    const messages: AyonLiveMessage[] = [];
    feed.on((message) => messages.push(message));
    return messages;
  };
  const until = async (condition: () => boolean, ms = 5000) => {
    const deadline = Date.now() + ms;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error("timed out waiting");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  it("delivers entity events of the project with their sender, and drops ignored sender types", async () => {
    const feed = ayon().liveFeed({
      topics: ["entity.folder"],
      project: project(),
      WebSocket: WebSocket as unknown as WebSocketConstructor,
    });
    const quiet = ayon().liveFeed({
      topics: ["entity.folder"],
      project: project(),
      ignoreSenderTypes: ["kitsu"],
      WebSocket: WebSocket as unknown as WebSocketConstructor,
    });
    try {
      const all = collect(feed);
      const filtered = collect(quiet);
      await Promise.all([feed.ready, quiet.ready]);
      const fromKitsu = await ayon().folders.create(project(), { name: "live_kitsu", folderType: "Folder" });
      const fromApi = await clientFor(target(), "someone", "api").folders.create(project(), {
        name: "live_api",
        folderType: "Folder",
      });
      await until(
        () => all.some((m) => m.summary?.entityId === fromApi) && filtered.some((m) => m.summary?.entityId === fromApi),
      );
      expect(all.find((m) => m.summary?.entityId === fromKitsu)).toMatchObject({
        topic: "entity.folder.created",
        project: project(),
        sender: "contract",
        senderType: "kitsu",
      });
      expect(filtered.some((m) => m.summary?.entityId === fromKitsu)).toBe(false);
    } finally {
      feed.close();
      quiet.close();
    }
  });
});
