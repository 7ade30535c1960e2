import type { AyonClient } from "@kitsu-ayon/ayon-sdk";
import type { KitsuClient, KitsuEventStream } from "@kitsu-ayon/kitsu-sdk";
import { describe, expect, it } from "vitest";
import type { CheckpointStore } from "../../src/engine/checkpoint.js";
import { createSyncEngine, type EngineState } from "../../src/engine/create-sync-engine.js";

/** A Kitsu client whose event stream never becomes ready (a log read that hangs); nothing else is used. */
function hangingKitsu() {
  const stream = { closed: false };
  const kitsu = {
    apiUrl: "http://kitsu.invalid/api",
    events: {
      stream: () =>
        ({
          ready: new Promise(() => {}),
          connected: false,
          onError: () => () => {},
          async close() {
            stream.closed = true;
          },
          ack: () => {
            throw new Error("not delivered");
          },
          async *[Symbol.asyncIterator]() {},
        }) as unknown as KitsuEventStream,
    },
  } as unknown as KitsuClient;
  return { kitsu, stream };
}

const noAyon = {} as AyonClient;
const memory = (): CheckpointStore => ({ load: async () => undefined, save: async () => {} });

describe("engine lifecycle", () => {
  it("stop() during start() leaves nothing running: start resolves, the state is stopped, the stream is closed", async () => {
    const { kitsu, stream } = hangingKitsu();
    const engine = createSyncEngine({ kitsu, ayon: noAyon, checkpoints: memory() });
    const states: EngineState[] = [];
    engine.events.on("state", (state) => states.push(state));
    const started = engine.start();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(engine.status().state).toBe("starting");
    await engine.stop();
    await expect(started).resolves.toBeUndefined();
    expect(engine.status().state).toBe("stopped");
    expect(stream.closed).toBe(true);
    expect(states).toEqual(["starting", "stopping", "stopped"]);
    // Stopped for good: a submit is refused, and it can start again.
    await expect(engine.submit({} as never)).rejects.toThrow();
  });

  it("stop() while the checkpoint is still loading: start resolves without creating a stream", async () => {
    const { kitsu, stream } = hangingKitsu();
    let streams = 0;
    const counting = {
      ...kitsu,
      events: {
        stream: (...args: Parameters<KitsuClient["events"]["stream"]>) => {
          streams++;
          return kitsu.events.stream(...args);
        },
      },
    } as unknown as KitsuClient;
    const engine = createSyncEngine({
      kitsu: counting,
      ayon: noAyon,
      checkpoints: { load: () => new Promise(() => {}), save: async () => {} },
    });
    const started = engine.start();
    await engine.stop();
    await expect(started).resolves.toBeUndefined();
    expect(engine.status().state).toBe("stopped");
    expect(streams).toBe(0);
    expect(stream.closed).toBe(false);
  });

  it("a listener that throws is logged and never reaches the engine", async () => {
    const { kitsu } = hangingKitsu();
    const errors: string[] = [];
    const logger = { debug() {}, info() {}, warn() {}, error: (message: string) => errors.push(message) };
    const engine = createSyncEngine({ kitsu, ayon: noAyon, checkpoints: memory(), logger });
    engine.events.on("state", () => {
      throw new Error("listener bug");
    });
    const started = engine.start();
    await engine.stop();
    await started;
    expect(engine.status().state).toBe("stopped");
    expect(errors).toContain('kitsu-ayon: a "state" listener threw');
  });

  it("counts lag from the cursor: a backlog still in Kitsu's log is lag before any of it is read", async () => {
    let release: () => void = () => {};
    const stream = {
      ready: Promise.resolve({ after: "2026-01-01T00:00:00", ids: [] }),
      connected: false,
      caughtUp: false,
      backlogSince: "2026-01-01T00:00:05",
      onError: () => () => {},
      async close() {
        release();
      },
      ack: () => {
        throw new Error("not delivered");
      },
      async *[Symbol.asyncIterator]() {
        await new Promise<void>((resolve) => {
          release = resolve;
        });
      },
    };
    const kitsu = {
      apiUrl: "http://kitsu.invalid/api",
      events: { stream: () => stream as unknown as KitsuEventStream },
      projects: { listOpen: async () => [] },
    } as unknown as KitsuClient;
    const engine = createSyncEngine({ kitsu, ayon: noAyon, checkpoints: memory() });
    await engine.start();
    try {
      const expected = (Date.now() - Date.parse("2026-01-01T00:00:05Z")) / 1000;
      expect(engine.metrics().lagSeconds).toBeGreaterThan(expected - 5);
      expect(engine.metrics().lagSeconds).toBeLessThan(expected + 5);
      // Caught up: no backlog, nothing pending, no lag.
      stream.backlogSince = undefined as unknown as string;
      expect(engine.metrics().lagSeconds).toBe(0);
    } finally {
      await engine.stop();
    }
  });
});
