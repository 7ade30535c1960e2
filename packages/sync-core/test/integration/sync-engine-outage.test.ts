import { type AyonEmulator, startAyonEmulator } from "@kitsu-ayon/ayon-emulator";
import { type AyonClient, createAyonClient } from "@kitsu-ayon/ayon-sdk";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startTcpProxy } from "../../../kitsu-sdk/test/support/tcp-proxy.js";
import { createMemoryCheckpointStore, createSyncEngine, type SyncEngine } from "../../src/index.js";
import "../../../local-kitsu/test/integration/kitsu-context.js";
import {
  ayonClient,
  createSmallProject,
  folderOf,
  kitsuClient,
  type SmallProject,
  taskOf,
  waitFor,
} from "./engine-fixture.js";

const kitsu = kitsuClient(inject("kitsu"));
let emulator: AyonEmulator;
let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
let direct: AyonClient;
let engine: SyncEngine;
let small: SmallProject;
let project: string;

beforeAll(async () => {
  emulator = await startAyonEmulator();
  proxy = await startTcpProxy(emulator.url);
  direct = ayonClient(emulator);
  small = await createSmallProject(kitsu, "Outage");
  engine = createSyncEngine({
    kitsu,
    // The engine reaches AYON through the proxy only, with no retries of the client's own, so that an
    // outage reaches the engine's failure policy at once.
    ayon: createAyonClient({
      serverUrl: proxy.url,
      apiKey: emulator.apiKey,
      sender: "kitsu-sync-outage",
      senderType: "kitsu",
      retry: false,
    }),
    projects: [small.project.id],
    checkpoints: createMemoryCheckpointStore(),
    coalesceMs: 50,
    // Nothing that would hide a loss: no periodic reconcile, and an event that fails twice for any
    // other reason would be parked.
    reconcileIntervalMs: 0,
    retry: { attempts: 2, baseDelayMs: 100, maxDelayMs: 200, outageMaxDelayMs: 500 },
  });
  await engine.start();
  project = engine.status().projects[0]?.ayonProject as string;
}, 60_000);

afterAll(async () => {
  await engine?.stop({ drain: false });
  await proxy?.close();
  await emulator?.stop();
});

describe("the live engine through an AYON outage", () => {
  it("waits the outage out without parking anything, reports it, then brings AYON level with Kitsu", async () => {
    proxy.down();
    await kitsu.entities.update(small.shot.id, { name: "SH020" });
    await kitsu.tasks.setStatus(
      (await kitsu.tasks.list({ entityId: small.shot.id }))[0]?.id ?? "",
      small.wip.id,
      "during the outage",
    );
    const added = await kitsu.shots.create(small.project.id, { name: "SH030", sequence_id: small.sequence.id });
    // Many more failed tries than `attempts` allows for an entity's failure.
    await waitFor("the outage in the status", async () => engine.status().outage, 10_000);
    await waitFor("ten failed tries", async () => engine.metrics().retries >= 10, 20_000);
    expect(engine.deadLetters()).toEqual([]);
    expect(engine.status().outage?.error).toMatch(/cannot reach AYON/);

    proxy.up();
    await waitFor("the rename in AYON", async () => (await folderOf(direct, project, small.shot.id))?.name === "sh020");
    await waitFor("the new shot in AYON", async () => folderOf(direct, project, added.id));
    const [task] = await kitsu.tasks.list({ entityId: small.shot.id });
    await waitFor(
      "the status in AYON",
      async () => (await taskOf(direct, project, task?.id ?? ""))?.status === small.wip.name,
    );
    expect(engine.deadLetters()).toEqual([]);
    await waitFor("the outage cleared", async () => engine.status().outage === undefined);
  }, 60_000);
});
