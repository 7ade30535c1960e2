import { beforeAll, describe, expect, inject, it } from "vitest";
import "../../../local-kitsu/test/integration/kitsu-context.js";
import { createKitsuClient } from "../../src/client/create-kitsu-client.js";
import type { KitsuEvent } from "../../src/events/kitsu-event.js";
import { type ProxiedRequest, startHttpProxy } from "../support/http-proxy.js";

const kitsu = inject("kitsu");
const SHOTS = 300;
const TASK_TYPES = 8;

const client = createKitsuClient({
  apiUrl: kitsu.apiUrl,
  eventsUrl: kitsu.eventsUrl,
  auth: { token: kitsu.bot.token },
});

const until = async (condition: () => boolean, ms = 20_000) => {
  for (const end = Date.now() + ms; !condition() && Date.now() < end; ) await new Promise((r) => setTimeout(r, 50));
};

const isLogRead = (request: ProxiedRequest) => request.url.startsWith("/data/events/last");
const param = (request: ProxiedRequest, name: string) => new URL(request.url, "http://x").searchParams.get(name);

describe("KitsuEventStream catching up a backlog from a real Zou", () => {
  let projectId: string;
  let since: string;
  /** The project's events as Zou logged them, oldest first, read in one go. */
  let logged: { id: string; created_at: string }[];

  beforeAll(async () => {
    since = new Date(Date.now() - 2000).toISOString().slice(0, 19);
    const project = await client.projects.create({ name: `Catch-up ${Date.now()}`, production_type: "short" });
    projectId = project.id;
    const sequence = await client.sequences.create(projectId, { name: "SQ01" });
    const names = Array.from({ length: SHOTS }, (_, i) => `SH${String(i).padStart(4, "0")}`);
    for (let i = 0; i < SHOTS; i += 20) {
      // Side by side; a POST cut by a closing keep-alive connection is not retried, so fill gaps below.
      await Promise.allSettled(
        names.slice(i, i + 20).map((name) => client.shots.create(projectId, { name, sequence_id: sequence.id })),
      );
    }
    const made = new Set((await client.shots.list(projectId)).map((shot) => shot.name));
    for (const name of names.filter((name) => !made.has(name))) {
      await client.shots.create(projectId, { name, sequence_id: sequence.id });
    }
    const types = [];
    for (let i = 0; i < TASK_TYPES; i++) {
      const type = await client.taskTypes.create({ name: `Catch-up ${Date.now()} ${i}`, for_entity: "Shot" });
      await client.projects.addTaskType(projectId, type.id);
      types.push(type);
    }
    // Each request creates a task per shot: dozens of task:new events a second, two requests at a time.
    for (let i = 0; i < types.length; i += 2) {
      await Promise.all(types.slice(i, i + 2).map((type) => client.tasks.createForShots(projectId, type.id)));
    }
    logged = await client.events.read(since, { projectId });
  }, 240_000);

  /**
   * Streams from a cursor older than the backlog, through a recording proxy, until every event of the
   * project came; with `failThirdReread`, the third window read again on the way forward fails (it and
   * the SDK's one retry get a 503).
   */
  const catchUp = async (window: number, failThirdReread: boolean) => {
    const proxy = await startHttpProxy(kitsu.apiUrl);
    const cursors = new Set<string>();
    let rereads = 0;
    let failedAt: number | undefined;
    proxy.onRequest((request, index) => {
      const cursor = param(request, "cursor_event_id");
      if (!failThirdReread || !isLogRead(request) || cursor === null || failedAt !== undefined) return;
      if (cursors.has(cursor) && ++rereads === 3) {
        failedAt = index;
        proxy.fail(2);
      }
      cursors.add(cursor);
    });
    const viaProxy = createKitsuClient({
      apiUrl: proxy.url,
      eventsUrl: kitsu.eventsUrl,
      auth: { token: kitsu.bot.token },
      retry: { maxAttempts: 2, baseDelayMs: 10, maxDelayMs: 20 },
    });
    const stream = viaProxy.events.stream({
      cursor: { after: since, ids: [] },
      live: false,
      pollIntervalMs: 200,
      catchUpWindow: window,
    });
    let deliveredAtFailure: number | undefined;
    const ours: KitsuEvent[] = [];
    const all: KitsuEvent[] = [];
    stream.onError(() => {
      deliveredAtFailure ??= all.length;
    });
    let atFirst: { caughtUp: boolean; backlogSince: string | undefined } | undefined;
    try {
      for await (const event of stream) {
        atFirst ??= { caughtUp: stream.caughtUp, backlogSince: stream.backlogSince };
        all.push(event);
        if (event.projectId === projectId) ours.push(event);
        if (ours.length >= logged.length) break;
      }
      await until(() => stream.caughtUp);
      return { ours, all, requests: proxy.requests, failedAt, deliveredAtFailure, atFirst, caughtUp: stream.caughtUp };
    } finally {
      await stream.close();
      await proxy.close();
    }
  };

  /**
   * Every event of the project once, in Zou's order; those of other tests once each, in time order.
   * Zou logs a few events in the same microsecond when two requests write at once, and serves those
   * in either order from one read to the next: such neighbours (of one second) may come swapped.
   */
  const expectEachOnceInOrder = (result: { ours: KitsuEvent[]; all: KitsuEvent[] }) => {
    const ids = result.ours.map((event) => event.id);
    expect(ids).toHaveLength(logged.length);
    expect(new Set(ids)).toEqual(new Set(logged.map((event) => event.id)));
    let swapped = 0;
    for (let i = 0; i < logged.length; i++) {
      const [want, next] = [logged[i], logged[i + 1]];
      if (ids[i] === want?.id) continue;
      expect([ids[i], ids[i + 1], next?.created_at]).toEqual([next?.id, want?.id, want?.created_at]);
      swapped++;
      i++;
    }
    expect(swapped).toBeLessThan(logged.length / 100);
    expect(new Set(result.all.map((event) => event.id)).size).toBe(result.all.length);
    const times = result.all.map((event) => event.createdAt);
    expect(times).toEqual([...times].sort());
  };

  /** The most events any read asked for, and the most it got. */
  const largestRead = (requests: ProxiedRequest[]) => {
    const reads = requests.filter(isLogRead);
    return {
      limit: Math.max(...reads.map((request) => Number(param(request, "limit")))),
      items: Math.max(...reads.map((request) => request.items)),
    };
  };

  it("delivers a backlog of thousands oldest first, once each, reading one window at a time, and resumes a failed read where it failed", async () => {
    expect(logged.length).toBeGreaterThanOrEqual(2500);
    const result = await catchUp(200, true);

    expectEachOnceInOrder(result);
    expect(largestRead(result.requests)).toEqual({ limit: 200, items: 200 });

    // The read that failed was a window further on; the next read asked for that same window, and
    // what was delivered before the failure was neither lost nor delivered again.
    expect(result.failedAt).toBeDefined();
    const failed = result.requests[result.failedAt ?? -1] as ProxiedRequest;
    expect(failed.url).toContain("cursor_event_id=");
    const next = result.requests.slice((result.failedAt ?? 0) + 1);
    expect(next[0]).toMatchObject({ url: failed.url, status: 503 });
    expect(next[1]).toMatchObject({ url: failed.url, status: 200 });
    expect(result.deliveredAtFailure).toBeGreaterThan(0);

    expect(result.atFirst).toMatchObject({ caughtUp: false, backlogSince: expect.stringMatching(/Z$/) });
    expect(result.caughtUp).toBe(true);
  }, 120_000);

  it("splits seconds holding more events than a window without skipping or repeating one", async () => {
    const perSecond = new Map<string, number>();
    for (const event of logged) perSecond.set(event.created_at, (perSecond.get(event.created_at) ?? 0) + 1);
    // Zou's whole-second `after`/`before` cannot split these; its `cursor_event_id` (microseconds) can.
    expect(Math.max(...perSecond.values())).toBeGreaterThan(25);
    const result = await catchUp(25, false);
    expectEachOnceInOrder(result);
    expect(largestRead(result.requests)).toEqual({ limit: 25, items: 25 });
  }, 120_000);
});
