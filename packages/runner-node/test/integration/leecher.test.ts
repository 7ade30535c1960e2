import { type AyonEmulator, startAyonEmulator } from "@kitsu-ayon/ayon-emulator";
import { type AyonClient, createAyonClient } from "@kitsu-ayon/ayon-sdk";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { startTcpProxy } from "../../../kitsu-sdk/test/support/tcp-proxy.js";
import {
  createSmallProject,
  kitsuClient,
  type SmallProject,
  waitFor,
} from "../../../sync-core/test/integration/engine-fixture.js";
import "../../../local-kitsu/test/integration/kitsu-context.js";
import { loadConfig } from "../../src/config/config.js";
import { KITSU_EVENT_TOPIC, type Leecher, startLeecher } from "../../src/scale-out/roles.js";
import { startLeecherService } from "../../src/service/leecher-service.js";
import { closedPort } from "./cli-fixture.js";

const connection = inject("kitsu");
const kitsu = kitsuClient(connection);
let emulator: AyonEmulator;
let small: SmallProject;
const stops: (() => Promise<unknown>)[] = [];

interface Entry {
  level: string;
  msg: string;
  fields: Record<string, unknown>;
}
const recordingLogger = () => {
  const entries: Entry[] = [];
  const at =
    (level: string) =>
    (msg: string, fields: Record<string, unknown> = {}) =>
      entries.push({ level, msg, fields });
  return { entries, logger: { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") } };
};

const ayonAs = (sender: string, serverUrl = emulator.url) =>
  createAyonClient({ serverUrl, apiKey: emulator.apiKey, sender, senderType: "kitsu", retry: false });

/** The Kitsu events of `small`'s project stored in AYON, by Kitsu event name. */
async function storedOfProject(ayon: AyonClient) {
  return (await ayon.events.list({ topics: [KITSU_EVENT_TOPIC] })).filter(
    (event) => event.summary.kitsuProjectId === small.project.id,
  );
}

/** The Kitsu ids of the shots whose creation AYON holds as a stored Kitsu event. */
async function storedShotCreations(ayon: AyonClient): Promise<Set<string>> {
  const stored = await storedOfProject(ayon);
  return new Set(
    stored
      .filter((event) => event.summary.name === "shot:new")
      .map((event) => String((event.payload.event as { data?: { shot_id?: string } }).data?.shot_id)),
  );
}

const createShots = async (prefix: string, count: number) => {
  const shots = [];
  for (let index = 0; index < count; index++)
    shots.push(
      await kitsu.shots.create(small.project.id, { name: `${prefix}${index}`, sequence_id: small.sequence.id }),
    );
  return shots;
};

beforeAll(async () => {
  emulator = await startAyonEmulator();
  small = await createSmallProject(kitsu, "Leecher Policy");
}, 60_000);
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop().catch(() => {});
});
afterAll(async () => {
  await emulator?.stop();
});

describe("a leecher handles each failure to store a Kitsu event by its kind", () => {
  it("waits out an AYON outage and then stores every event made during it, dropping none", async () => {
    const proxy = await startTcpProxy(emulator.url);
    stops.push(() => proxy.close());
    const leecher: Leecher = await startLeecher({
      kitsu,
      ayon: ayonAs("leecher-outage", proxy.url),
      maxRetryDelayMs: 500,
    });
    stops.push(() => leecher.stop());
    proxy.down();
    const shots = await createShots("OUTAGE", 4);
    await waitFor("the leecher waiting out the outage", async () => leecher.status().outage !== undefined, 30_000);
    expect(leecher.status().state).toBe("running");
    proxy.up();
    const observer = ayonAs("observer");
    await waitFor(
      "every shot created during the outage stored",
      async () => {
        const stored = await storedShotCreations(observer);
        return shots.every((shot) => stored.has(shot.id));
      },
      60_000,
    );
    expect(leecher.status()).toMatchObject({ state: "running", refused: 0, outage: undefined, deadLetters: [] });
  }, 120_000);

  it("reports an event AYON refuses, keeps it in its dead-letter list, and stores the ones after it", async () => {
    const real = ayonAs("leecher-refusal");
    let refusedId: string | undefined;
    // AYON refuses one event for real (a 422 from the server): the creation of shot REFUSAL0 is sent
    // under a topic AYON does not accept. Every other event is sent as it is.
    const isTarget = async (event: { summary?: Record<string, unknown>; payload?: Record<string, unknown> }) => {
      const summary = event.summary ?? {};
      if (refusedId !== undefined) return refusedId === summary.kitsuEventId;
      if (summary.kitsuProjectId !== small.project.id || summary.name !== "shot:new") return false;
      const shotId = (event.payload?.event as { data?: { shot_id?: string } } | undefined)?.data?.shot_id;
      return shotId !== undefined && (await kitsu.entities.get(shotId)).name === "REFUSAL0";
    };
    const ayon: AyonClient = {
      ...real,
      events: {
        ...real.events,
        dispatch: async (event, options) => {
          if (!(await isTarget(event))) return real.events.dispatch(event, options);
          refusedId = String(event.summary?.kitsuEventId);
          return real.events.dispatch({ ...event, topic: "kitsu event!" }, options);
        },
      },
    };
    const { entries, logger } = recordingLogger();
    const leecher = await startLeecher({ kitsu, ayon, logger, maxRetryDelayMs: 500 });
    stops.push(() => leecher.stop());
    const [first, ...rest] = await createShots("REFUSAL", 3);
    if (!first) throw new Error("no shot");
    const observer = ayonAs("observer");
    await waitFor(
      "the shots after the refused event stored",
      async () => {
        const stored = await storedShotCreations(observer);
        return rest.every((shot) => stored.has(shot.id));
      },
      60_000,
    );
    // The refused one (the first shot's creation) is not in AYON; the leecher reported it and went on.
    expect((await storedShotCreations(observer)).has(first.id)).toBe(false);
    const status = leecher.status();
    expect(status.state).toBe("running");
    expect(status.refused).toBe(1);
    expect(status.deadLetters).toEqual([
      expect.objectContaining({ kitsuEventId: refusedId, name: "shot:new", kitsuProjectId: small.project.id }),
    ]);
    const reported = entries.filter((entry) => entry.level === "error");
    expect(reported).toEqual([
      expect.objectContaining({
        msg: expect.stringContaining("AYON refused to store a Kitsu event"),
        fields: expect.objectContaining({ eventId: refusedId, event: "shot:new" }),
      }),
    ]);
  }, 120_000);
});

describe("a leecher's /healthz", () => {
  it("reports Kitsu: healthy while polling reads succeed with the socket down, a problem once they fail", async () => {
    const proxy = await startTcpProxy(connection.apiUrl);
    stops.push(() => proxy.close());
    const config = loadConfig({
      env: {
        // Kitsu's API through a proxy that can fail; its socket on a port nothing listens on: down.
        KITSU_API_URL: `${proxy.url}${new URL(connection.apiUrl).pathname}`,
        KITSU_EVENTS_URL: `http://127.0.0.1:${await closedPort()}`,
        KITSU_BOT_TOKEN: connection.bot.token,
        AYON_SERVER_URL: emulator.url,
        AYON_API_KEY: emulator.apiKey,
        KITSU_AYON_ROLE: "leecher",
        KITSU_AYON_PORT: "0",
        KITSU_AYON_HOST: "127.0.0.1",
      },
      cwd: process.cwd(),
    });
    const service = await startLeecherService(config, recordingLogger().logger, { healthIntervalMs: 300 });
    stops.push(() => service.stop());
    const healthz = async () => {
      const response = await fetch(`${service.url}/healthz`);
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    const healthy = await waitFor("a healthy leecher", async () => {
      const answer = await healthz();
      return answer.status === 200 && answer;
    });
    expect(healthy.body.kitsu).toEqual({ ok: true, via: "polling" });

    proxy.down();
    const failing = await waitFor(
      "/healthz reporting Kitsu",
      async () => {
        const answer = await healthz();
        return answer.status === 503 && answer;
      },
      30_000,
    );
    expect(failing.body.kitsu).toMatchObject({ ok: false, via: "polling" });
    expect(failing.body.ayon).toEqual({ ok: true });
    expect(failing.body.problems).toEqual([expect.stringContaining("Kitsu's event log cannot be read")]);
    const metrics = await (await fetch(`${service.url}/metrics`)).text();
    expect(metrics).toContain('kitsu_ayon_up{server="kitsu"} 0');

    proxy.up();
    await waitFor(
      "/healthz healthy again",
      async () => {
        const answer = await healthz();
        return answer.status === 200;
      },
      30_000,
    );
  }, 90_000);
});
