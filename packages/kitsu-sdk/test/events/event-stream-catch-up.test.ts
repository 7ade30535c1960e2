import { describe, expect, it } from "vitest";
import { createTransport } from "../../src/client/transport.js";
import { KitsuBadRequestError, KitsuServerError } from "../../src/errors.js";
import { zouTime } from "../../src/events/delivery-window.js";
import { createKitsuEventStream, type KitsuEventStream } from "../../src/events/event-stream.js";
import type { KitsuEvent } from "../../src/events/kitsu-event.js";
import { json } from "../client/fake-fetch.js";
import { answerEventLog, makeSimulatedLog, random, type SimulatedEvent } from "./simulated-event-log.js";

const API = "http://kitsu.test";
const T0 = Date.parse("2026-01-01T00:00:00Z");

interface LogRequest {
  query: string;
  limit: number;
  cursor: string | null;
  projectId: string | null;
  status: number;
  answered: number;
}

/**
 * A `fetch` answering `/data/events/last` from a simulated log, as Zou does; `intercept` may answer
 * a request itself (a 503) before the log does.
 */
function logServer(log: SimulatedEvent[], intercept?: (index: number, url: URL) => Response | undefined) {
  const requests: LogRequest[] = [];
  const fetch = async (request: Request) => {
    const url = new URL(request.url);
    if (url.pathname !== "/data/events/last") return json(404, { message: "not here" });
    const index = requests.length;
    const record: LogRequest = {
      query: url.search,
      limit: Number(url.searchParams.get("limit")),
      cursor: url.searchParams.get("cursor_event_id"),
      projectId: url.searchParams.get("project_id"),
      status: 200,
      answered: 0,
    };
    requests.push(record);
    const intercepted = intercept?.(index, url);
    if (intercepted) {
      record.status = intercepted.status;
      return intercepted;
    }
    const params = url.searchParams;
    const answer = answerEventLog(
      log,
      {
        after: params.get("after"),
        cursorEventId: params.get("cursor_event_id"),
        limit: Number(params.get("limit") ?? 100),
        projectId: params.get("project_id"),
      },
      Number.POSITIVE_INFINITY,
    );
    record.status = answer.status;
    if (answer.status === 200) record.answered = answer.body.length;
    return json(answer.status, answer.body);
  };
  return { fetch, requests };
}

/** Takes events until `count` were taken, noting the stream's catch-up signals at the first one. */
async function take(stream: KitsuEventStream, count: number) {
  const events: KitsuEvent[] = [];
  let atFirst: { caughtUp: boolean; backlogSince: string | undefined } | undefined;
  for await (const event of stream) {
    atFirst ??= { caughtUp: stream.caughtUp, backlogSince: stream.backlogSince };
    events.push(event);
    if (events.length >= count) break;
  }
  return { events, atFirst };
}

/** Each of `log` once, in time order (Zou returns events of one microsecond in either order). */
function expectEachOnceInLogOrder(events: KitsuEvent[], log: SimulatedEvent[]) {
  const micros = new Map(log.map((event) => [event.id, event.micros]));
  const ids = events.map((event) => event.id);
  expect(ids).toHaveLength(new Set(ids).size);
  expect(new Set(ids)).toEqual(new Set(micros.keys()));
  const times = ids.map((id) => micros.get(id) ?? 0);
  expect(times).toEqual([...times].sort((a, b) => a - b));
}

const until = async (condition: () => boolean) => {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
};

describe("event stream catch-up of a backlog", () => {
  it("delivers a backlog of three projects, and events logged meanwhile, once each and in order, a window at a time, resuming failed reads where they failed", async () => {
    const rand = random(7);
    const projects = ["p1", "p2", "p3"];
    const all = makeSimulatedLog(rand, { count: 1600, start: T0, projects: [...projects, null], maxLateMs: 0 });
    // The last 100 are logged while the stream reads the backlog, 50 at a time.
    const log = all.slice(0, 1500);
    const arrivals = new Map([
      [15, all.slice(1500, 1550)],
      [40, all.slice(1550)],
    ]);
    const wanted = all.filter((event) => event.projectId !== null);
    const failing = new Set([7, 8, 20, 33]);
    const server = logServer(log, (index) => {
      log.push(...(arrivals.get(index) ?? []));
      return failing.has(index) ? json(503, { message: "unavailable" }) : undefined;
    });
    const transport = createTransport({ apiUrl: API, auth: { token: "t" }, fetch: server.fetch, retry: false });
    const stream = createKitsuEventStream(
      { transport, eventsUrl: API },
      {
        cursor: { after: zouTime(T0 - 1000), ids: [] },
        projectIds: projects,
        live: false,
        pollIntervalMs: 5,
        minReadIntervalMs: 0,
        catchUpWindow: 40,
      },
    );
    const errors: unknown[] = [];
    stream.onError((error) => errors.push(error));
    expect(stream.caughtUp).toBe(false);

    const { events, atFirst } = await take(stream, wanted.length);
    await until(() => stream.caughtUp);
    const caughtUp = stream.caughtUp;
    const backlogSince = stream.backlogSince;
    await stream.close();

    // Each project in its log order; across projects by second, all Zou serves.
    for (const project of projects) {
      const of = <T extends { projectId: string | null }>(list: T[]) => list.filter((e) => e.projectId === project);
      expectEachOnceInLogOrder(of(events), of(wanted));
    }
    expect(events).toHaveLength(wanted.length);
    const times = events.map((event) => event.createdAt);
    expect(times).toEqual([...times].sort());

    expect(Math.max(...server.requests.map((request) => request.limit))).toBe(40);
    expect(Math.max(...server.requests.map((request) => request.answered))).toBe(40);
    // Failures of one pass (the projects are read side by side) are reported once.
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((error) => error instanceof KitsuServerError)).toBe(true);
    const failed = [...failing].map((index) => ({ index, request: server.requests[index] as LogRequest }));
    expect(failed.some(({ request }) => request.cursor !== null)).toBe(true);
    for (const { index, request } of failed) {
      // The project's next request asks again for the page that failed, not for the head.
      const again = server.requests.slice(index + 1).find((next) => next.projectId === request.projectId);
      expect(again?.query).toBe(request.query);
    }

    // At the first event, the rest of the backlog waits: the oldest of it is no older than that event.
    expect(atFirst?.caughtUp).toBe(false);
    expect(atFirst?.backlogSince).toBeDefined();
    expect(atFirst?.backlogSince && atFirst.backlogSince >= (events[0]?.createdAt ?? "")).toBe(true);
    expect(atFirst?.backlogSince && atFirst.backlogSince < (events.at(-1)?.createdAt ?? "")).toBe(true);
    expect(caughtUp).toBe(true);
    expect(backlogSince).toBeUndefined();
  });

  it("reads a backlog of the whole log in windows and is caught up once at its head", async () => {
    const rand = random(11);
    const log = makeSimulatedLog(rand, { count: 800, start: T0, projects: ["p1", null], maxLateMs: 0 });
    const server = logServer(log);
    const transport = createTransport({ apiUrl: API, auth: { token: "t" }, fetch: server.fetch, retry: false });
    const stream = createKitsuEventStream(
      { transport, eventsUrl: API },
      { cursor: { after: zouTime(T0 - 1000), ids: [] }, live: false, pollIntervalMs: 5, catchUpWindow: 100 },
    );
    const first = await take(stream, 1);
    const rest = await take(stream, log.length - 1);
    await until(() => stream.caughtUp);
    expect(stream.caughtUp).toBe(true);
    await stream.close();
    expectEachOnceInLogOrder([...first.events, ...rest.events], log);
    expect(first.atFirst?.caughtUp).toBe(false);
    expect(Math.max(...server.requests.map((request) => request.limit))).toBe(100);
    expect(Math.max(...server.requests.map((request) => request.answered))).toBe(100);
  });

  it("starts again from the head when Zou no longer has an event it bookmarked, losing and repeating nothing", async () => {
    const rand = random(3);
    const log = makeSimulatedLog(rand, { count: 600, start: T0, projects: [null], maxLateMs: 0 });
    let deleted: string | undefined;
    const server = logServer(log, (_, url) => {
      const cursor = url.searchParams.get("cursor_event_id");
      if (deleted === undefined && cursor !== null) {
        deleted = cursor;
        log.splice(
          log.findIndex((event) => event.id === cursor),
          1,
        );
      }
      return undefined;
    });
    const transport = createTransport({ apiUrl: API, auth: { token: "t" }, fetch: server.fetch, retry: false });
    const stream = createKitsuEventStream(
      { transport, eventsUrl: API },
      { cursor: { after: zouTime(T0 - 1000), ids: [] }, live: false, pollIntervalMs: 5, catchUpWindow: 50 },
    );
    const errors: unknown[] = [];
    stream.onError((error) => errors.push(error));
    const { events } = await take(stream, log.length - 1);
    await stream.close();
    expect(deleted).toBeDefined();
    expectEachOnceInLogOrder(events, log);
    expect(server.requests.filter((request) => request.status === 400)).toHaveLength(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(KitsuBadRequestError);
  });
});
