import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Ledger } from "../../src/engine/ledger.js";
import { type Schedulable, Scheduler, type SchedulerOptions } from "../../src/engine/scheduler.js";

interface Item extends Schedulable {
  id: number;
}

const OPTIONS: SchedulerOptions = {
  coalesceMs: 200,
  coalesceMaxMs: 2000,
  burstEvents: 20,
  burstQuietMs: 1000,
  burstMaxMs: 10_000,
  burstFull: 500,
  maxBatch: 5000,
  aloneAfterAttempts: 4,
};

let next = 0;
const item = (more: Partial<Item> = {}): Item => ({
  id: next++,
  arrivedAt: Date.now(),
  notBefore: 0,
  attempts: 0,
  ...more,
});

/** A scheduler whose batches are recorded (with the fake time they ran at) and take `workMs` each. */
function recorder(options: Partial<SchedulerOptions> = {}, workMs = 0) {
  const batches: { lane: string; ids: number[]; at: number }[] = [];
  const scheduler = new Scheduler<Item>({ ...OPTIONS, ...options }, async (lane, batch) => {
    batches.push({ lane, ids: batch.map((each) => each.id), at: Date.now() });
    if (workMs > 0) await new Promise((resolve) => setTimeout(resolve, workMs));
  });
  return { scheduler, batches };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
  next = 0;
});
afterEach(() => {
  vi.useRealTimers();
});

describe("coalescing", () => {
  it("runs a batch once no new item came for coalesceMs", async () => {
    const { scheduler, batches } = recorder();
    scheduler.add("a", item());
    await vi.advanceTimersByTimeAsync(150);
    scheduler.add("a", item());
    await vi.advanceTimersByTimeAsync(199);
    expect(batches).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(batches).toEqual([{ lane: "a", ids: [0, 1], at: 1_000_350 }]);
  });

  it("runs a batch once its oldest item waited coalesceMaxMs, even while items keep coming", async () => {
    const { scheduler, batches } = recorder({ burstEvents: 1000 });
    for (let tick = 0; tick < 15; tick++) {
      scheduler.add("a", item());
      await vi.advanceTimersByTimeAsync(150);
    }
    expect(batches[0]?.at).toBe(1_002_000);
    expect(batches[0]?.ids.length).toBe(14);
  });

  it("keeps lanes apart: each has its own batches and one runs while another waits", async () => {
    const { scheduler, batches } = recorder({}, 5000);
    scheduler.add("a", item());
    scheduler.add("b", item());
    await vi.advanceTimersByTimeAsync(200);
    expect(batches.map((batch) => batch.lane).sort()).toEqual(["a", "b"]);
    scheduler.add("a", item());
    await vi.advanceTimersByTimeAsync(1000);
    // One batch per lane at a time: the new item waits for the running batch.
    expect(batches).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(4001);
    expect(batches).toHaveLength(3);
    expect(batches[2]).toMatchObject({ lane: "a", ids: [2] });
  });
});

describe("bursts", () => {
  it("grows a burst's batch until the items stop for burstQuietMs", async () => {
    const { scheduler, batches } = recorder();
    for (let index = 0; index < 50; index++) {
      scheduler.add("a", item());
      await vi.advanceTimersByTimeAsync(100);
    }
    // 100 ms apart, they would be batched every 2 s outside a burst; in a burst they wait for a quiet second.
    await vi.advanceTimersByTimeAsync(899);
    expect(batches).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(batches).toHaveLength(1);
    expect(batches[0]?.ids).toHaveLength(50);
    expect(batches[0]?.at).toBe(1_000_000 + 4900 + 1000);
  });

  it("runs a burst's batch at once when it fills a write request", async () => {
    const { scheduler, batches } = recorder({ burstFull: 50 });
    for (let index = 0; index < 50; index++) scheduler.add("a", item());
    await vi.advanceTimersByTimeAsync(0);
    expect(batches).toHaveLength(1);
    expect(batches[0]?.ids).toHaveLength(50);
  });

  it("runs a burst's batch once its oldest item waited burstMaxMs", async () => {
    const { scheduler, batches } = recorder({ burstMaxMs: 3000 });
    for (let index = 0; index < 60; index++) {
      scheduler.add("a", item());
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(batches.length).toBeGreaterThanOrEqual(1);
    const last = batches.at(-1);
    expect(last?.ids.length).toBeGreaterThan(20);
  });

  it("takes at most maxBatch items in one batch", async () => {
    const { scheduler, batches } = recorder({ maxBatch: 10 });
    for (let index = 0; index < 25; index++) scheduler.add("a", item());
    await vi.runAllTimersAsync();
    expect(batches.map((batch) => batch.ids.length)).toEqual([10, 10, 5]);
  });
});

describe("retries and the outage pause", () => {
  it("holds an item back until its notBefore, then runs it at once", async () => {
    const { scheduler, batches } = recorder();
    scheduler.requeue("a", item({ notBefore: Date.now() + 5000 }));
    await vi.advanceTimersByTimeAsync(4999);
    expect(batches).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(batches).toHaveLength(1);
  });

  it("pauses a lane in an outage: its items fail together and are tried again together after the delay", async () => {
    let down = true;
    const runs: { at: number; size: number }[] = [];
    const scheduler: Scheduler<Item> = new Scheduler<Item>(OPTIONS, async (lane, batch) => {
      runs.push({ at: Date.now(), size: batch.length });
      if (!down) return;
      for (const each of batch) {
        each.notBefore = Date.now() + 10_000;
        scheduler.requeue(lane, each);
      }
    });
    for (let index = 0; index < 5; index++) scheduler.add("a", item());
    await vi.advanceTimersByTimeAsync(200);
    await vi.advanceTimersByTimeAsync(25_000);
    // Not hammered: one try every 10 s, all five together.
    expect(runs).toEqual([
      { at: 1_000_200, size: 5 },
      { at: 1_010_200, size: 5 },
      { at: 1_020_200, size: 5 },
    ]);
    down = false;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(runs.at(-1)).toEqual({ at: 1_030_200, size: 5 });
    expect(scheduler.queued()).toEqual([]);
  });

  it("runs an item on its last attempt alone, so a poison item takes nothing along", async () => {
    const { scheduler, batches } = recorder();
    scheduler.requeue("a", item({ attempts: 4 }));
    scheduler.add("a", item());
    scheduler.add("a", item());
    await vi.runAllTimersAsync();
    expect(batches[0]?.ids).toEqual([0]);
    expect(batches[1]?.ids).toEqual([1, 2]);
  });
});

describe("drain and close", () => {
  it("drain runs what is ready at once, without coalescing, and does not wait for retry delays", async () => {
    const { scheduler, batches } = recorder();
    scheduler.add("a", item());
    scheduler.requeue("b", item({ notBefore: Date.now() + 60_000 }));
    const drained = scheduler.drain(30_000);
    await vi.advanceTimersByTimeAsync(100);
    await expect(drained).resolves.toBe(true);
    expect(batches).toEqual([{ lane: "a", ids: [0], at: 1_000_000 }]);
    expect(scheduler.queued("b")).toHaveLength(1);
  });

  it("drain gives up at its deadline when a batch takes longer", async () => {
    const { scheduler } = recorder({}, 120_000);
    scheduler.add("a", item());
    await vi.advanceTimersByTimeAsync(200);
    const drained = scheduler.drain(30_000);
    await vi.advanceTimersByTimeAsync(30_050);
    await expect(drained).resolves.toBe(false);
    expect(scheduler.busy).toBe(true);
  });

  it("close runs nothing new and waits for the running batch", async () => {
    const { scheduler, batches } = recorder({}, 1000);
    scheduler.add("a", item());
    await vi.advanceTimersByTimeAsync(200);
    scheduler.add("a", item());
    let closed = false;
    void scheduler.close().then(() => {
      closed = true;
    });
    await vi.advanceTimersByTimeAsync(999);
    expect(closed).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(closed).toBe(true);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(batches).toHaveLength(1);
    expect(scheduler.clear().map((each) => each.id)).toEqual([1]);
  });

  it("a batch that throws does not stop its lane", async () => {
    let calls = 0;
    const scheduler = new Scheduler<Item>(OPTIONS, async () => {
      calls++;
      if (calls === 1) throw new Error("boom");
    });
    scheduler.add("a", item());
    await vi.advanceTimersByTimeAsync(200);
    scheduler.add("a", item());
    await vi.advanceTimersByTimeAsync(200);
    expect(calls).toBe(2);
  });
});

describe("backpressure (Ledger)", () => {
  it("reading waits while the ledger is full, and goes on once the cursor passes done events", async () => {
    const ledger = new Ledger<{ id: number; done: boolean }>(3);
    const items = [0, 1, 2].map((id) => ({ id, done: false }));
    for (const each of items) ledger.push(each);
    let room = false;
    void ledger.room().then(() => {
      room = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(room).toBe(false);
    // A later event done first does not move the cursor, so it frees nothing.
    (items[1] as { done: boolean }).done = true;
    expect(ledger.advance()).toBeUndefined();
    await vi.advanceTimersByTimeAsync(0);
    expect(room).toBe(false);
    (items[0] as { done: boolean }).done = true;
    expect(ledger.advance()?.id).toBe(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(room).toBe(true);
    expect(ledger.undone().map((each) => each.id)).toEqual([2]);
  });

  it("wake lets a waiting reader go (a stop)", async () => {
    const ledger = new Ledger<{ done: boolean }>(1);
    ledger.push({ done: false });
    let room = false;
    void ledger.room().then(() => {
      room = true;
    });
    ledger.wake();
    await vi.advanceTimersByTimeAsync(0);
    expect(room).toBe(true);
  });
});
