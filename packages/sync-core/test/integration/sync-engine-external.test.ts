import { type AyonEmulator, startAyonEmulator } from "@kitsu-ayon/ayon-emulator";
import type { KitsuEvent } from "@kitsu-ayon/kitsu-sdk";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createMemoryCheckpointStore, createSyncEngine, type SyncEngine } from "../../src/index.js";
import "../../../local-kitsu/test/integration/kitsu-context.js";
import { ayonClient, createSmallProject, folderOf, kitsuClient, type SmallProject } from "./engine-fixture.js";

const kitsu = kitsuClient(inject("kitsu"));
let emulator: AyonEmulator;
let engine: SyncEngine;
let small: SmallProject;

beforeAll(async () => {
  emulator = await startAyonEmulator();
  small = await createSmallProject(kitsu, "External");
}, 60_000);

afterAll(async () => {
  await engine?.stop({ drain: false });
  await emulator?.stop();
});

/** The logged Kitsu event about this entity, as a stream would deliver it. */
async function loggedEvent(name: string, field: string, id: string, since: string): Promise<KitsuEvent> {
  for (let tries = 0; tries < 50; tries++) {
    const found = (await kitsu.events.read(since, { projectId: small.project.id })).find(
      (event) => event.name === name && event.data?.[field] === id,
    );
    if (found)
      return {
        id: found.id,
        name: found.name,
        createdAt: `${found.created_at}Z`,
        userId: found.user_id,
        projectId: found.project_id,
        data: found.data ?? {},
      };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no ${name} event for ${id}`);
}

describe("external intake: events handed in by the caller (a queue such as AYON's events)", () => {
  it("syncs a submitted event and resolves once AYON has it; a failing one resolves as parked", async () => {
    const ayon = ayonClient(emulator);
    const checkpoints = createMemoryCheckpointStore();
    engine = createSyncEngine({
      kitsu,
      ayon,
      projects: [small.project.id],
      checkpoints,
      intake: "external",
      coalesceMs: 20,
      reconcileIntervalMs: 0,
      retry: { attempts: 2, baseDelayMs: 20, maxDelayMs: 40 },
    });
    engine.on("shot:new", async ({ event, kitsu: client }) => {
      if ((await client.entities.get(event.data.shot_id ?? "")).name === "BAD") throw new Error("refused by a rule");
    });
    await engine.start();
    const project = engine.status().projects[0]?.ayonProject as string;
    // Nothing is read from Kitsu's log: a change is synced only when its event is handed in.
    const since = new Date(Date.now() - 2000).toISOString().slice(0, 19);
    const shot = await kitsu.shots.create(small.project.id, { name: "SH500", sequence_id: small.sequence.id });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await folderOf(ayon, project, shot.id)).toBeUndefined();
    expect(engine.metrics().eventsIn).toBe(0);

    const event = await loggedEvent("shot:new", "shot_id", shot.id, since);
    await expect(engine.submit(event)).resolves.toEqual({ outcome: "processed" });
    expect(await folderOf(ayon, project, shot.id)).toMatchObject({ name: "sh500" });

    const bad = await kitsu.shots.create(small.project.id, { name: "BAD", sequence_id: small.sequence.id });
    const badEvent = await loggedEvent("shot:new", "shot_id", bad.id, since);
    await expect(engine.submit(badEvent)).resolves.toEqual({ outcome: "parked", error: "refused by a rule" });
    expect(engine.deadLetters().map((letter) => letter.event.id)).toEqual([badEvent.id]);
    expect(engine.status().cursor).toBeUndefined();
    // The dead letter is stored, without a cursor: a restarted processor still has it.
    await engine.stop();
    const [stored] = [...checkpoints.entries.values()];
    expect(stored?.cursor).toBeUndefined();
    expect(stored?.deadLetters.map((letter) => letter.event.id)).toEqual([badEvent.id]);
    // An event of a project the engine does not select is not synced, and says so.
    await engine.start();
    await expect(engine.submit({ ...event, id: "elsewhere", projectId: "not-selected" })).resolves.toEqual({
      outcome: "ignored",
      reason: "project-not-selected",
    });
    expect(engine.deadLetters().map((letter) => letter.event.id)).toEqual([badEvent.id]);
  }, 60_000);

  it("refuses submit() on an engine that reads Kitsu's log itself", async () => {
    const own = createSyncEngine({
      kitsu,
      ayon: ayonClient(emulator),
      projects: [],
      checkpoints: createMemoryCheckpointStore(),
    });
    await expect(
      own.submit({ id: "x", name: "shot:new", createdAt: "", userId: null, projectId: null, data: {} }),
    ).rejects.toThrow(/intake: "external"/);
  });
});
