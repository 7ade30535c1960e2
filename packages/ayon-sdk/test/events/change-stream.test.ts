import { describe, expect, it } from "vitest";
import { type ChangeStreamDeps, createAyonChangeStream } from "../../src/events/change-stream.js";
import { type AyonChangeCursor, createChangeWindow } from "../../src/events/change-window.js";
import type { AyonChange } from "../../src/events/own-changes.js";
import type { AyonEventListItem, EventPage } from "../../src/resources/events.js";

const T0 = Date.parse("2026-06-01T10:00:00Z");

/** A deterministic pseudo-random generator, so a failing seed can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** AYON's GraphQL time: microseconds and an offset. */
const ayonTime = (ms: number) => new Date(ms).toISOString().replace("Z", "417+00:00");

interface LoggedEvent extends AyonEventListItem {
  creationOrder: number;
  /** Simulated time its transaction commits: late commits appear after newer events. */
  visibleAt: number;
}

/**
 * AYON's event log as the change stream reads it: `created_at` from the transaction start,
 * `creation_order` from the insert, visible at commit, some commits up to 3 s late. Each page
 * request advances the simulated clock, so reads see the log grow.
 */
function simulatedAyon(seed: number, count: number) {
  const rand = random(seed);
  let t = T0;
  const log: LoggedEvent[] = Array.from({ length: count }, (_, i) => {
    t += Math.floor(rand() * 120);
    const late = rand() < 0.1 ? Math.floor(rand() * 3000) : 0;
    return {
      id: `event-${i}`,
      hash: `event-${i}`,
      topic: "entity.task.status_changed",
      project: "demo",
      user: i % 3 === 0 ? "svc" : "artist",
      sender: null,
      dependsOn: null,
      status: "finished",
      retries: 0,
      description: "",
      summary: { entityId: `task-${i}` },
      payload: {},
      createdAt: ayonTime(t),
      updatedAt: ayonTime(t),
      creationOrder: i + 1,
      visibleAt: t + late,
    };
  });
  const end = Math.max(...log.map((event) => event.visibleAt));
  let now = T0 - 1000;
  let drained: () => void = () => {};
  const drainedOnce = new Promise<void>((resolve) => {
    drained = resolve;
  });
  const deps: ChangeStreamDeps = {
    events: {
      async page(filter, page): Promise<EventPage> {
        now += 150;
        const visible = log.filter(
          (event) =>
            event.visibleAt <= now && (!filter.newerThan || Date.parse(event.createdAt) > Date.parse(filter.newerThan)),
        );
        if ("last" in page) return { items: visible.slice(-page.last).reverse(), endCursor: null, hasNextPage: false };
        const after = Number(page.after ?? 0);
        const rows = visible.filter((event) => event.creationOrder > after).slice(0, page.first + 1);
        const items = rows.slice(0, page.first);
        // A read reached the head after every commit: all is delivered, or waits in the stream.
        if (rows.length <= page.first && now > end) drained();
        return {
          items: items.map(({ creationOrder: _c, visibleAt: _v, ...event }) => event),
          endCursor: items.length ? String(items.at(-1)?.creationOrder) : null,
          hasNextPage: rows.length > page.first,
        };
      },
      async get(id) {
        const n = Number(id.slice("event-".length));
        return { senderType: n % 2 === 0 ? "kitsu" : "api" } as never;
      },
    },
    me: async () => ({ name: "svc" }),
    liveFeed: () => {
      throw new Error("not used");
    },
    senderType: "kitsu",
    logger: { debug() {}, info() {}, warn() {}, error() {} },
  };
  return { log, deps, drained: drainedOnce };
}

describe("AYON change stream over a log with late commits", () => {
  it.each([1, 2, 3, 4, 5, 6])(
    "acknowledges every event exactly once across reads, acknowledgements and restarts (seed %i)",
    async (seed) => {
      const rand = random(seed * 7919);
      const { log, deps, drained } = simulatedAyon(seed, 300);
      let cursor: AyonChangeCursor = { after: ayonTime(T0 - 1000), ids: [] };
      const acknowledged: string[] = [];
      let done = false;
      void drained.then(() => {
        done = true;
      });
      for (let finished = false; !finished; ) {
        const stream = createAyonChangeStream(deps, {
          cursor,
          live: false,
          pollIntervalMs: 1,
          minReadIntervalMs: 0,
          pageSize: 7,
          lookbackSeconds: 5,
        });
        // Once every commit was read, a session without crashes takes what is left, until idle.
        let idle: ReturnType<typeof setTimeout> | undefined;
        const closeWhenIdle = () => {
          clearTimeout(idle);
          idle = setTimeout(() => void stream.close(), 200);
        };
        void drained.then(closeWhenIdle);
        const delivered = new Set<string>();
        let pending: AyonChange[] = [];
        let crashed = false;
        for await (const change of stream) {
          expect(delivered.has(change.id)).toBe(false);
          delivered.add(change.id);
          pending.push(change);
          if (done) closeWhenIdle();
          if (rand() < 0.5) {
            const upTo = Math.floor(rand() * pending.length);
            cursor = stream.ack(pending[upTo] as AyonChange);
            acknowledged.push(...pending.slice(0, upTo + 1).map((each) => each.id));
            pending = pending.slice(upTo + 1);
          }
          // A crash: what was delivered and not acknowledged comes again.
          if (!done && rand() < 0.03) {
            crashed = true;
            break;
          }
        }
        if (!crashed && pending.length > 0) {
          cursor = stream.ack(pending.at(-1) as AyonChange);
          acknowledged.push(...pending.map((each) => each.id));
        }
        finished = !crashed;
        clearTimeout(idle);
        await stream.close();
      }
      expect(acknowledged.length).toBe(log.length);
      expect(new Set(acknowledged)).toEqual(new Set(log.map((event) => event.id)));
    },
    30_000,
  );

  it("marks as own only the events of its own user whose sender type is its own", async () => {
    const { deps } = simulatedAyon(9, 12);
    const stream = createAyonChangeStream(deps, {
      cursor: { after: ayonTime(T0 - 1000), ids: [] },
      live: false,
      pollIntervalMs: 1,
      minReadIntervalMs: 0,
    });
    const got: AyonChange[] = [];
    for await (const change of stream) {
      got.push(change);
      if (got.length === 12) break;
    }
    await stream.close();
    const own = got.filter((change) => change.own).map((change) => change.id);
    // Own user on every third event, own sender type on every second: every sixth.
    expect(own.sort()).toEqual(["event-0", "event-6"]);
    expect(got.find((change) => change.id === "event-1")?.senderType).toBeUndefined();
    expect(got.find((change) => change.id === "event-3")?.senderType).toBe("api");
  });
});

describe("change window", () => {
  it("keeps in the cursor only the acknowledged ids of its look-back window", () => {
    const window = createChangeWindow({ after: ayonTime(T0), ids: ["old"] }, 1000);
    const a = window.delivered({ id: "a", createdAt: ayonTime(T0 + 500) });
    window.delivered({ id: "b", createdAt: ayonTime(T0 + 3000) });
    expect(window.acknowledge(a)).toEqual({ after: ayonTime(T0 + 500), ids: ["old", "a"] });
    expect(window.acknowledge(a + 1)).toEqual({ after: ayonTime(T0 + 3000), ids: ["b"] });
    expect(window.isNew({ id: "late", createdAt: ayonTime(T0 + 2100) })).toBe(true);
    expect(window.isNew({ id: "too-late", createdAt: ayonTime(T0 + 1900) })).toBe(false);
    expect(window.isNew({ id: "b", createdAt: ayonTime(T0 + 3000) })).toBe(false);
  });
});
