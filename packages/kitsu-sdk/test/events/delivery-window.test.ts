import { describe, expect, it } from "vitest";
import { createDeliveryWindow, type KitsuEventCursor, zouTime } from "../../src/events/delivery-window.js";

interface LogEvent {
  id: string;
  createdAt: string;
  /** When the event becomes visible in the log (late commits appear after newer events). */
  visibleAt: number;
}

const T0 = Date.parse("2026-01-01T00:00:00Z");

/** A deterministic pseudo-random generator, so a failing seed can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Events over ~60 s, several per second, some committed up to 3 s late. */
function makeLog(rand: () => number, count: number): LogEvent[] {
  let now = T0;
  return Array.from({ length: count }, (_, i) => {
    now += Math.floor(rand() * 700);
    const late = rand() < 0.1 ? Math.floor(rand() * 3000) : 0;
    return { id: `e${i}`, createdAt: zouTime(now), visibleAt: now + late };
  });
}

/** What Zou answers to `after=<second>` at time `now`: visible events strictly after, newest first. */
function readLog(log: LogEvent[], after: string, now: number) {
  return log
    .filter((e) => e.visibleAt <= now && Date.parse(`${e.createdAt}Z`) > Date.parse(`${after}Z`))
    .sort((a, b) =>
      a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : Number(b.id.slice(1)) - Number(a.id.slice(1)),
    );
}

describe("delivery window", () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    "acknowledges every event exactly once across polls, acknowledgements and crashes (seed %i)",
    (seed) => {
      const rand = random(seed);
      const log = makeLog(rand, 400);
      const end = (log.at(-1)?.visibleAt ?? T0) + 5000;
      let stored: KitsuEventCursor = { after: zouTime(T0 - 1000), ids: [] };
      let window = createDeliveryWindow(stored, 10);
      const acknowledged: string[] = [];
      let pending: { id: string; seq: number }[] = [];
      for (let now = T0; now <= end + 1000; now += 250 + Math.floor(rand() * 500)) {
        const page = readLog(log, window.queryAfter(), now).reverse();
        for (const event of page) {
          if (window.isNew(event)) pending.push({ id: event.id, seq: window.delivered(event) });
        }
        if (pending.length > 0 && rand() < 0.6) {
          const upTo = Math.floor(rand() * pending.length);
          const last = pending[upTo];
          if (last) {
            stored = window.acknowledge(last.seq);
            acknowledged.push(...pending.slice(0, upTo + 1).map((p) => p.id));
            pending = pending.slice(upTo + 1);
          }
        }
        if (rand() < 0.08) {
          // Crash: unacknowledged deliveries are lost with the process; resume from the stored cursor.
          window = createDeliveryWindow(JSON.parse(JSON.stringify(stored)) as KitsuEventCursor, 10);
          pending = [];
        }
      }
      const last = pending.at(-1);
      if (last) acknowledged.push(...pending.map((p) => p.id)) && window.acknowledge(last.seq);
      expect(acknowledged.length).toBe(new Set(acknowledged).size);
      expect(new Set(acknowledged)).toEqual(new Set(log.map((e) => e.id)));
    },
  );

  it("keeps only the look-back window's ids in the cursor", () => {
    const window = createDeliveryWindow({ after: "2026-01-01T00:00:00", ids: [] }, 10);
    const seqs = ["00:00:01", "00:00:05", "00:00:20", "00:00:20"].map((t, i) =>
      window.delivered({ id: `e${i}`, createdAt: `2026-01-01T${t}` }),
    );
    expect(window.acknowledge(seqs[1] ?? 0)).toEqual({ after: "2026-01-01T00:00:05", ids: ["e0", "e1"] });
    expect(window.acknowledge(seqs[3] ?? 0)).toEqual({ after: "2026-01-01T00:00:20", ids: ["e2", "e3"] });
  });

  it("reads one second before the window, because Zou's after is strict and whole-second", () => {
    const window = createDeliveryWindow({ after: "2026-01-01T00:01:00", ids: ["x"] }, 10);
    expect(window.queryAfter()).toBe("2026-01-01T00:00:49");
    expect(window.isNew({ id: "x", createdAt: "2026-01-01T00:01:00" })).toBe(false);
    expect(window.isNew({ id: "y", createdAt: "2026-01-01T00:00:50" })).toBe(true);
    expect(window.isNew({ id: "z", createdAt: "2026-01-01T00:00:49" })).toBe(false);
  });
});
