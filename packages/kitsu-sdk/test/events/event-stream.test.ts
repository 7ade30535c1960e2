import { describe, expect, it } from "vitest";
import { createTransport } from "../../src/client/transport.js";
import { KitsuPermissionError, KitsuServerError } from "../../src/errors.js";
import { createKitsuEventStream } from "../../src/events/event-stream.js";
import { json, scriptedFetch } from "../client/fake-fetch.js";

const API = "http://kitsu.test";

describe("event stream failures", () => {
  it("keeps retrying and reporting while the log cannot be read, even if a listener throws", async () => {
    const { fetch, calls } = scriptedFetch(() => json(503, { error: true, message: "Service unavailable" }));
    const transport = createTransport({ apiUrl: API, auth: { token: "t" }, fetch, retry: false });
    const stream = createKitsuEventStream({ transport, eventsUrl: API }, { live: false, pollIntervalMs: 10 });
    const errors: unknown[] = [];
    stream.onError(() => {
      throw new Error("a careless listener");
    });
    stream.onError((error) => errors.push(error));
    for (let i = 0; i < 100 && errors.length < 3; i++) await new Promise((r) => setTimeout(r, 10));
    await stream.close();
    expect(errors.length).toBeGreaterThanOrEqual(3);
    expect(errors[0]).toBeInstanceOf(KitsuServerError);
    expect(calls.every((call) => call.path === "/data/events/last")).toBe(true);
  });

  it("ends on a refusal no retry cures: ready rejects, the iteration throws, Zou is not asked again", async () => {
    const { fetch, calls } = scriptedFetch(() => json(403, { error: true, message: "Forbidden" }));
    const transport = createTransport({ apiUrl: API, auth: { token: "t" }, fetch, retry: false });
    const stream = createKitsuEventStream({ transport, eventsUrl: API }, { live: false, pollIntervalMs: 10 });
    const errors: unknown[] = [];
    stream.onError((error) => errors.push(error));
    await expect(stream.ready).rejects.toBeInstanceOf(KitsuPermissionError);
    await expect(stream[Symbol.asyncIterator]().next()).rejects.toBeInstanceOf(KitsuPermissionError);
    await new Promise((r) => setTimeout(r, 100));
    expect(calls).toHaveLength(1);
    expect(errors).toHaveLength(1);
    await stream.close();
  });

  it("ends pending iteration when closed", async () => {
    const { fetch } = scriptedFetch(() => json(200, []));
    const transport = createTransport({ apiUrl: API, auth: { token: "t" }, fetch, retry: false });
    const stream = createKitsuEventStream({ transport, eventsUrl: API }, { live: false, pollIntervalMs: 10 });
    const next = stream[Symbol.asyncIterator]().next();
    await stream.ready;
    await stream.close();
    await expect(next).resolves.toEqual({ value: undefined, done: true });
  });

  it("reads the log at most once per minReadIntervalMs however often it is asked to", async () => {
    const { fetch, calls } = scriptedFetch(() => json(200, []));
    const transport = createTransport({ apiUrl: API, auth: { token: "t" }, fetch, retry: false });
    const stream = createKitsuEventStream(
      { transport, eventsUrl: API },
      { live: false, pollIntervalMs: 1, minReadIntervalMs: 200 },
    );
    await stream.ready;
    const before = calls.length;
    await new Promise((resolve) => setTimeout(resolve, 700));
    await stream.close();
    // Polled every millisecond, read at most every 200 ms: 3 or 4 reads, not hundreds.
    expect(calls.length - before).toBeLessThanOrEqual(5);
    expect(calls.length - before).toBeGreaterThanOrEqual(2);
  });
});
