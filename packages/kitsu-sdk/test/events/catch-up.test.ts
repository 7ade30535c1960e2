import { describe, expect, it } from "vitest";
import { type CatchUpRequest, createCatchUp } from "../../src/events/catch-up.js";
import { createDeliveryWindow, zouTime } from "../../src/events/delivery-window.js";
import type { KitsuLoggedEvent } from "../../src/events/event-log.js";
import { answerEventLog, makeSimulatedLog, random, type SimulatedEvent } from "./simulated-event-log.js";

const T0 = Date.parse("2026-01-01T00:00:00Z");
const LOOKBACK = 10;

/**
 * Runs one catch-up against a simulated log from a cursor older than all of it, starting `startMs`
 * after the first event, one request per `stepMs` of simulated time (a poll a second once at the
 * head), until it reads at the head after the last event is visible. `fails(i)` makes request `i`
 * fail (the answer never arrives).
 */
function run(
  log: SimulatedEvent[],
  options: { window: number; startMs: number; stepMs: number; fails?: (i: number) => boolean },
) {
  const deliveryWindow = createDeliveryWindow({ after: zouTime(T0 - 1000), ids: [] }, LOOKBACK);
  const catchUp = createCatchUp<KitsuLoggedEvent>(options.window);
  const isNew = (event: KitsuLoggedEvent) => deliveryWindow.isNew({ id: event.id, createdAt: event.created_at });
  const end = Math.max(...log.map((event) => event.visibleAt)) + 1000;
  const delivered: string[] = [];
  const requests: CatchUpRequest[] = [];
  let largestAnswer = 0;
  let resumedAtFailedPage = 0;
  let failed: CatchUpRequest | undefined;
  let wasBehind = false;
  let now = T0 + options.startMs;
  let finished = false;
  // About 550 requests for the longest of these logs: ten times that means the reads stopped progressing.
  for (let i = 0; i < 5000 && !finished; i++) {
    now += options.stepMs;
    const request = catchUp.next();
    requests.push(request);
    if (failed) {
      expect(request).toEqual(failed);
      resumedAtFailedPage++;
      failed = undefined;
    }
    if (options.fails?.(i)) {
      failed = request;
      now += 1000;
      continue;
    }
    const answer = answerEventLog(
      log,
      { after: deliveryWindow.queryAfter(), cursorEventId: request.olderThan ?? null, limit: request.limit },
      now,
    );
    if (answer.status !== 200) throw new Error(answer.body.message);
    largestAnswer = Math.max(largestAnswer, answer.body.length);
    const step = catchUp.take(answer.body, isNew);
    wasBehind ||= catchUp.behind;
    for (const event of step.events) {
      expect(isNew(event)).toBe(true);
      deliveryWindow.delivered({ id: event.id, createdAt: event.created_at });
      delivered.push(event.id);
    }
    finished = step.atHead && now > end;
    if (step.atHead) now += 1000;
  }
  expect(finished, "the catch-up reached the head after the last event").toBe(true);
  return { delivered, requests, largestAnswer, resumedAtFailedPage, wasBehind, catchUp };
}

describe("catch-up in bounded windows", () => {
  it.each([1, 2, 3, 4, 5, 6])(
    "delivers every event once, on-time ones in log order, never reading more than a window (seed %i)",
    (seed) => {
      const rand = random(seed);
      const log = makeSimulatedLog(rand, { count: 3000, start: T0, projects: [null], maxLateMs: 3000 });
      const backlogMs = Math.floor(log[1800]?.micros ?? 0) / 1000 - T0;
      const result = run(log, { window: 200, startMs: backlogMs, stepMs: 40, fails: () => rand() < 0.1 });

      expect(result.delivered).toHaveLength(new Set(result.delivered).size);
      expect(new Set(result.delivered)).toEqual(new Set(log.map((event) => event.id)));
      const onTime = new Map(
        log.filter((event) => event.visibleAt === Math.floor(event.micros / 1000)).map((e) => [e.id, e.micros]),
      );
      // Events of one microsecond come in either order: the log's order is by time only.
      const times = result.delivered.flatMap((id) => onTime.get(id) ?? []);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(result.largestAnswer).toBe(200);
      expect(Math.max(...result.requests.map((request) => request.limit))).toBe(200);
      expect(result.resumedAtFailedPage).toBeGreaterThan(0);
      expect(result.wasBehind).toBe(true);
      expect(result.catchUp.behind).toBe(false);
      expect(result.catchUp.backlogSince).toBeUndefined();
    },
  );

  it("reads a second holding five windows of events in order, each page twice at most", () => {
    const second = (T0 + 5000) * 1000;
    const log: SimulatedEvent[] = Array.from({ length: 1000 }, (_, i) => ({
      id: `e${String(i).padStart(4, "0")}`,
      micros: second + i * 7,
      visibleAt: T0 + 5000,
      projectId: null,
    }));
    const result = run(log, { window: 200, startMs: 6000, stepMs: 10 });
    expect(result.delivered).toEqual(log.map((event) => event.id));
    expect(result.largestAnswer).toBe(200);
    // Back from the head five full pages (196 new each) and a short one; then the five above it again.
    expect(result.requests.length).toBeLessThanOrEqual(6 + 5);
  });

  it("says how far behind it is while it walks back, and which page it reads next", () => {
    const log: SimulatedEvent[] = Array.from({ length: 50 }, (_, i) => ({
      id: `e${String(i).padStart(4, "0")}`,
      micros: (T0 + i * 1000) * 1000,
      visibleAt: T0 + i * 1000,
      projectId: null,
    }));
    const deliveryWindow = createDeliveryWindow({ after: zouTime(T0 - 1000), ids: [] }, LOOKBACK);
    const catchUp = createCatchUp<KitsuLoggedEvent>(20);
    const isNew = (event: KitsuLoggedEvent) => deliveryWindow.isNew({ id: event.id, createdAt: event.created_at });
    const read = () => {
      const request = catchUp.next();
      const answer = answerEventLog(
        log,
        { after: deliveryWindow.queryAfter(), cursorEventId: request.olderThan ?? null, limit: request.limit },
        T0 + 100_000,
      );
      if (answer.status !== 200) throw new Error(answer.body.message);
      const step = catchUp.take(answer.body, isNew);
      for (const event of step.events) deliveryWindow.delivered({ id: event.id, createdAt: event.created_at });
      return { request, step };
    };

    expect(catchUp.behind).toBe(false);
    expect(read()).toMatchObject({ request: { limit: 20 }, step: { events: [], atHead: false } });
    expect(catchUp.behind).toBe(true);
    expect(catchUp.backlogSince).toBe(zouTime(T0 + 30_000));
    // The next page is the one older than the page's 16th event: 4 events overlap, for ties.
    expect(read()).toMatchObject({ request: { olderThan: "e0034" }, step: { events: [] } });
    expect(catchUp.backlogSince).toBe(zouTime(T0 + 14_000));
    const bottom = read();
    expect(bottom.request.olderThan).toBe("e0018");
    expect(bottom.step.events.map((event) => event.id)).toEqual(log.slice(0, 18).map((event) => event.id));
    expect(catchUp.backlogSince).toBe(zouTime(T0 + 18_000));
    expect(catchUp.next()).toEqual({ olderThan: "e0034", limit: 20 });
    expect(read().step.events.map((event) => event.id)).toEqual(log.slice(18, 34).map((event) => event.id));
    expect(catchUp.next()).toEqual({ limit: 20 });
    const head = read();
    expect(head.step.atHead).toBe(true);
    expect(head.step.events.map((event) => event.id)).toEqual(log.slice(34).map((event) => event.id));
    expect(catchUp.behind).toBe(false);
  });

  it("keeps an event of the cursor's microsecond when the page grew before it was read again", () => {
    const at = (ms: number) => (T0 + ms) * 1000;
    const event = (id: string, micros: number, visibleAt = T0): SimulatedEvent => ({
      id,
      micros,
      visibleAt,
      projectId: null,
    });
    // Five seconds apart, so that nothing missed around e09 is still in the look-back at the end.
    const log = Array.from({ length: 15 }, (_, i) => event(`e${String(i).padStart(2, "0")}`, at(i * 5000)));
    // x was logged in the same microsecond as e09; four late commits land between e10 and e11 once
    // the page holding e09 was read, so that page, read again, ends at e09 and leaves x out.
    log.push(event("x", at(9 * 5000)));
    for (let i = 1; i <= 4; i++) log.push(event(`late${i}`, at(50_000 + i * 100), T0 + 2500));
    const xAfterE09 = (a: SimulatedEvent, b: SimulatedEvent) => (a.id === "x" ? 1 : b.id === "x" ? -1 : 0);
    const deliveryWindow = createDeliveryWindow({ after: zouTime(T0 - 1000), ids: [] }, LOOKBACK);
    const catchUp = createCatchUp<KitsuLoggedEvent>(10);
    const isNew = (e: KitsuLoggedEvent) => deliveryWindow.isNew({ id: e.id, createdAt: e.created_at });
    const delivered: string[] = [];
    for (let i = 0, now = T0 + 1000; i < 20; i++, now += 1000) {
      const request = catchUp.next();
      const query = { after: deliveryWindow.queryAfter(), cursorEventId: request.olderThan ?? null, limit: 10 };
      const answer = answerEventLog(log, query, now, xAfterE09);
      if (answer.status !== 200) throw new Error(answer.body.message);
      const step = catchUp.take(answer.body, isNew);
      for (const e of step.events) {
        deliveryWindow.delivered({ id: e.id, createdAt: e.created_at });
        delivered.push(e.id);
      }
      if (step.atHead && now > T0 + 5000) break;
    }
    expect(delivered).toHaveLength(new Set(delivered).size);
    expect(new Set(delivered)).toEqual(new Set(log.map((e) => e.id)));
  });

  it("starts again from the head once told a bookmarked event is gone", () => {
    const catchUp = createCatchUp<KitsuLoggedEvent>(2);
    const event = (id: string, second: number) =>
      ({ id, created_at: zouTime(T0 + second * 1000) }) as unknown as KitsuLoggedEvent;
    catchUp.take([event("b", 2), event("a", 1)], () => true);
    expect(catchUp.next()).toEqual({ olderThan: "a", limit: 2 });
    catchUp.restart();
    expect(catchUp.next()).toEqual({ limit: 2 });
    expect(catchUp.behind).toBe(false);
  });

  it("asks Zou for no more than its cap of 1000", () => {
    expect(createCatchUp(5000).next()).toEqual({ limit: 1000 });
  });
});
