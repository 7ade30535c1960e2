import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { type AyonEmulator, startAyonEmulator } from "../src/index.js";
import { openFeed, untilAuthorised, type WsMessage } from "./contract/ws-feed.js";
import { rest, seedUser } from "./seed.js";

// Emulator-only: roles, session expiry and timing that a contract test cannot arrange.

let emulator: AyonEmulator;
const publish = (topic: string, project: string | null = null) =>
  emulator.state.events.dispatch({ topic, project, store: false });

beforeAll(async () => {
  emulator = await startAyonEmulator();
});
afterAll(() => emulator.stop());

describe("/ws authorisation", () => {
  it("accepts an API key only while its REST session lives (600 s from its first use)", async () => {
    const key = seedUser(emulator.state, "svc2", { isService: true });
    const early = await openFeed(emulator.url);
    early.auth(key, ["emu."]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    publish("emu.before");
    expect(await early.collect((message) => message.topic === "emu.before", 200)).toEqual([]);
    await rest(emulator.url, key, "GET", "/api/info");
    early.auth(key, ["emu."]);
    await untilAuthorised(early, "emu.probe", async (topic) => publish(topic));
    emulator.state.apiKeySessions.set(key, Date.now() - 601_000);
    const late = await openFeed(emulator.url);
    late.auth(key, ["emu."]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    publish("emu.after");
    expect(await late.collect((message) => message.topic === "emu.after", 200)).toEqual([]);
    early.close();
    late.close();
  });

  it("accepts a login token", async () => {
    emulator.state.sessions.set("token-of-admin", emulator.admin.name);
    const feed = await openFeed(emulator.url);
    feed.auth("token-of-admin", ["*"]);
    await untilAuthorised(feed, "any.probe", async (topic) => publish(topic));
    feed.close();
  });

  it("gives non-managers only projects they have an access group on, and guests a few topics", async () => {
    const artistKey = seedUser(emulator.state, "artist2", { accessGroups: { showA: ["artist"] } });
    const guestKey = seedUser(emulator.state, "guest2", { isGuest: true });
    await rest(emulator.url, artistKey, "GET", "/api/info");
    await rest(emulator.url, guestKey, "GET", "/api/info");
    const artist = await openFeed(emulator.url);
    const guest = await openFeed(emulator.url);
    artist.auth(artistKey, ["*"]);
    guest.auth(guestKey, ["*"]);
    await untilAuthorised(artist, "x.probe", async (topic) => publish(topic));
    await untilAuthorised(guest, "y.probe", async (topic) => publish(topic));
    for (const [topic, project] of [
      ["entity.task.created", "showA"],
      ["entity.task.created", "showB"],
      ["activity.created", "showB"],
    ] as const) {
      publish(topic, project);
    }
    const projectMessages = (message: WsMessage) => typeof message.project === "string";
    expect((await artist.collect(projectMessages, 200)).map((m) => `${m.topic}@${m.project}`)).toEqual([
      "entity.task.created@showA",
    ]);
    expect((await guest.collect(projectMessages, 0)).map((m) => `${m.topic}@${m.project}`)).toEqual([
      "activity.created@showB",
    ]);
    artist.close();
    guest.close();
  });

  it("refuses upgrades on other paths", async () => {
    const socket = new WebSocket(`${emulator.url.replace("http", "ws")}/socket`);
    const failed = await new Promise<boolean>((resolve) => {
      socket.on("open", () => resolve(false));
      socket.on("error", () => resolve(true));
    });
    expect(failed).toBe(true);
  });
});

describe("/ws timing", () => {
  it("sends heartbeats after 5 s without traffic, and then closes clients that never authorised", async () => {
    const own = await startAyonEmulator();
    try {
      await rest(own.url, own.apiKey, "GET", "/api/info");
      const silent = await openFeed(own.url);
      const listener = await openFeed(own.url);
      listener.auth(own.apiKey, ["nothing."]);
      const heartbeat = await listener.next((message) => message.topic === "heartbeat", 9000);
      expect(heartbeat).toEqual({ topic: "heartbeat" });
      expect(await silent.closed).toBe(1000);
      expect(silent.messages).toEqual([]);
      listener.close();
    } finally {
      await own.stop();
    }
  }, 15_000);

  it("closes an unauthorised client at the first message after its 3 s", async () => {
    const feed = await openFeed(emulator.url);
    feed.auth("not-a-token", ["*"]);
    await new Promise((resolve) => setTimeout(resolve, 3100));
    publish("emu.wake");
    expect(await feed.closed).toBe(1000);
    expect(feed.messages).toEqual([]);
  }, 10_000);

  it("stops promptly with clients connected", async () => {
    const own = await startAyonEmulator();
    const feed = await openFeed(own.url);
    feed.auth(own.apiKey, ["*"]);
    const started = Date.now();
    await own.stop();
    await feed.closed;
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
