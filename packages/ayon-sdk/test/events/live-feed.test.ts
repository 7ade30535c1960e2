import { type AyonEmulator, startAyonEmulator } from "@kitsu-ayon/ayon-emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { type AyonLiveMessage, createAyonClient, type WebSocketConstructor } from "../../src/index.js";

let emulator: AyonEmulator;
beforeAll(async () => {
  emulator = await startAyonEmulator();
});
afterAll(() => emulator.stop());

const until = async (condition: () => boolean, ms = 10_000) => {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe("live feed (emulator)", () => {
  it("reconnects after the connection drops, says so, and receives again", async () => {
    const ayon = createAyonClient({ serverUrl: emulator.url, apiKey: emulator.apiKey, sender: "feed-test" });
    const feed = ayon.liveFeed({
      topics: ["katest."],
      WebSocket: WebSocket as unknown as WebSocketConstructor,
      reconnect: { minDelayMs: 20 },
    });
    const messages: AyonLiveMessage[] = [];
    const connects: boolean[] = [];
    let disconnects = 0;
    feed.on((message) => messages.push(message));
    feed.onConnect(({ reconnect }) => connects.push(reconnect));
    feed.onDisconnect(() => disconnects++);
    try {
      await feed.ready;
      expect(feed.connected).toBe(true);
      await ayon.events.dispatch({ topic: "katest.before", payload: {} });
      await until(() => messages.some((m) => m.topic === "katest.before"));
      expect(emulator.dropWebSocketClients()).toBe(1);
      await until(() => disconnects === 1);
      await until(() => connects.length === 2);
      expect(feed.connected).toBe(true);
      // The auth message goes out right after the socket opens; give the server a moment to apply it.
      await until(() => {
        void ayon.events.dispatch({ topic: "katest.after", payload: {}, store: false });
        return messages.some((m) => m.topic === "katest.after");
      });
      expect(connects).toEqual([false, true]);
    } finally {
      feed.close();
    }
  });

  it("reconnects when the server goes silent past the silence timeout", async () => {
    const ayon = createAyonClient({ serverUrl: emulator.url, apiKey: emulator.apiKey, sender: "feed-test" });
    const connects: boolean[] = [];
    // AYON heartbeats every ~5 s; a 300 ms silence limit forces reconnections.
    const feed = ayon.liveFeed({
      topics: ["nothing."],
      WebSocket: WebSocket as unknown as WebSocketConstructor,
      silenceTimeoutMs: 300,
      reconnect: { minDelayMs: 20 },
    });
    feed.onConnect(({ reconnect }) => connects.push(reconnect));
    try {
      await until(() => connects.length >= 2);
      expect(connects.slice(0, 2)).toEqual([false, true]);
    } finally {
      feed.close();
    }
  });

  it("reports a missing WebSocket implementation clearly", () => {
    const ayon = createAyonClient({ serverUrl: emulator.url, apiKey: emulator.apiKey, sender: "feed-test" });
    const original = (globalThis as { WebSocket?: unknown }).WebSocket;
    (globalThis as { WebSocket?: unknown }).WebSocket = undefined;
    try {
      expect(() => ayon.liveFeed({ topics: ["*"] })).toThrow(/no WebSocket implementation: pass options.WebSocket/);
    } finally {
      (globalThis as { WebSocket?: unknown }).WebSocket = original;
    }
  });
});
