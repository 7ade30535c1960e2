import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import "../../../local-kitsu/test/integration/kitsu-context.js";
import { createKitsuClient, type KitsuClient } from "../../src/client/create-kitsu-client.js";
import type { KitsuEventCursor } from "../../src/events/delivery-window.js";
import type { KitsuEventStream } from "../../src/events/event-stream.js";
import type { KitsuEvent } from "../../src/events/kitsu-event.js";
import { startTcpProxy } from "../support/tcp-proxy.js";

const kitsu = inject("kitsu");

const client = createKitsuClient({
  apiUrl: kitsu.apiUrl,
  eventsUrl: kitsu.eventsUrl,
  auth: { token: kitsu.bot.token },
});

/** Pulls events until `count` shot:new events were seen (others are acknowledged and skipped). */
async function takeShots(stream: KitsuEventStream, count: number, onEach?: (event: KitsuEvent) => void) {
  const shots: KitsuEvent[] = [];
  if (count === 0) return shots;
  for await (const event of stream) {
    onEach?.(event);
    if (event.name === "shot:new") shots.push(event);
    if (shots.length >= count) break;
  }
  return shots;
}

describe("KitsuEventStream against a real Zou", () => {
  let project: { id: string };
  let sequence: { id: string };
  const created: string[] = [];
  let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
  /** Reaches Zou's event stream through the proxy, so the test can cut its socket. */
  let throughProxy: KitsuClient;

  const createShots = async (from: number, count: number) => {
    for (let i = from; i < from + count; i++) {
      const shot = await client.shots.create(project.id, {
        name: `SH${String(i).padStart(4, "0")}`,
        sequence_id: sequence.id,
      });
      created.push(shot.id);
    }
  };

  beforeAll(async () => {
    project = await client.projects.create({ name: `Stream ${Date.now()}`, production_type: "short" });
    sequence = await client.sequences.create(project.id, { name: "SQ01" });
    proxy = await startTcpProxy(kitsu.eventsUrl);
    throughProxy = createKitsuClient({ apiUrl: kitsu.apiUrl, eventsUrl: proxy.url, auth: { token: kitsu.bot.token } });
  });
  afterAll(() => proxy.close());

  it("delivers changes made while stopped and while the socket is cut, once each, in order, and resumes from a stored cursor", async () => {
    const options = { projectIds: [project.id], pollIntervalMs: 500 };

    // A first run fixes a starting point.
    const first = throughProxy.events.stream(options);
    await first.ready;
    const firstShots = takeShots(first, 1);
    await createShots(0, 1);
    const [firstShot] = await firstShots;
    let stored: KitsuEventCursor = first.ack(firstShot as KitsuEvent);
    await first.close();

    // 200 changes while no stream runs.
    await createShots(1, 200);

    // A new stream from the stored cursor, while 200 more are made and its socket is cut every 300 ms.
    const second = throughProxy.events.stream({ ...options, cursor: stored });
    const cutter = setInterval(() => proxy.cutAll(), 300);
    const writer = createShots(201, 200);
    const received = await takeShots(second, 250, (event) => {
      stored = second.ack(event);
    });
    await second.close();

    // A third stream resumes exactly after the 250th acknowledged shot.
    const third = throughProxy.events.stream({ ...options, cursor: JSON.parse(JSON.stringify(stored)) });
    await writer;
    received.push(...(await takeShots(third, 150)));
    clearInterval(cutter);
    await third.close();

    const delivered = received.map((event) => event.data.shot_id);
    expect(delivered).toHaveLength(400);
    expect(new Set(delivered).size).toBe(400);
    expect(delivered).toEqual(created.slice(1));
    expect(proxy.cuts).toBeGreaterThan(3);
    for (const event of received) {
      expect(event).toMatchObject({
        projectId: project.id,
        userId: kitsu.bot.id,
        createdAt: expect.stringMatching(/Z$/),
      });
    }
  }, 120_000);

  it("hands events Zou never logs (here main:test) to onLiveOnly listeners", async () => {
    const stream = client.events.stream();
    await stream.ready;
    const live = new Promise<string>((resolve) => stream.onLiveOnly((event) => resolve(event.name)));
    for (let i = 0; i < 50 && !stream.connected; i++) await new Promise((r) => setTimeout(r, 100));
    await fetch(`${kitsu.apiUrl}/status/test-event`);
    await expect(live).resolves.toBe("main:test");
    await stream.close();
  });
});
