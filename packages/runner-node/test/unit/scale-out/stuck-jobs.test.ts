import { describe, expect, it } from "vitest";
import { createStuckJobWatch } from "../../../src/scale-out/stuck-jobs.js";

/** A clock the test moves: this host's monotonic time. */
const hostClock = () => {
  let now = 1_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
};

const TIMEOUT = 600_000;

describe("createStuckJobWatch: stuck jobs by this host's clock only", () => {
  // AYON's clock may be anywhere: far behind this host, far ahead, or on time.
  const cases = [
    { given: "AYON's clock a day behind", updatedAt: new Date(Date.now() - 86_400_000).toISOString() },
    { given: "AYON's clock a day ahead", updatedAt: new Date(Date.now() + 86_400_000).toISOString() },
    { given: "AYON's clock on time", updatedAt: new Date().toISOString() },
  ];

  for (const { given, updatedAt } of cases) {
    it(`with ${given}, a job is stuck only after it stayed unchanged for the timeout`, () => {
      const clock = hostClock();
      const watch = createStuckJobWatch(TIMEOUT, clock.now);
      const job = { id: "job-1", updatedAt };
      expect(watch.observe([job])).toEqual([]);
      clock.advance(TIMEOUT - 1);
      expect(watch.observe([job])).toEqual([]);
      clock.advance(1);
      expect(watch.observe([job])).toEqual([job]);
    });
  }

  it("starts over when the job changes (its processor is working on it) or leaves and comes back", () => {
    const clock = hostClock();
    const watch = createStuckJobWatch(TIMEOUT, clock.now);
    watch.observe([{ id: "job-1", updatedAt: "2020-01-01T00:00:00Z" }]);
    clock.advance(TIMEOUT - 10);
    expect(watch.observe([{ id: "job-1", updatedAt: "2020-01-01T00:00:05Z" }])).toEqual([]);
    clock.advance(TIMEOUT - 10);
    expect(watch.observe([{ id: "job-1", updatedAt: "2020-01-01T00:00:05Z" }])).toEqual([]);
    // Finished (gone from the list), then enrolled again with the very same time: a new start.
    expect(watch.observe([])).toEqual([]);
    clock.advance(TIMEOUT);
    expect(watch.observe([{ id: "job-1", updatedAt: "2020-01-01T00:00:05Z" }])).toEqual([]);
  });

  it("returns a stuck job again while it stays in progress (failing it did not go through)", () => {
    const clock = hostClock();
    const watch = createStuckJobWatch(TIMEOUT, clock.now);
    const job = { id: "job-1", updatedAt: "2020-01-01T00:00:00Z" };
    watch.observe([job]);
    clock.advance(TIMEOUT);
    expect(watch.observe([job])).toEqual([job]);
    clock.advance(1_000);
    expect(watch.observe([job])).toEqual([job]);
  });
});
