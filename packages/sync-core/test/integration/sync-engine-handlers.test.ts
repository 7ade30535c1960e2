import { type AyonEmulator, startAyonEmulator } from "@kitsu-ayon/ayon-emulator";
import type { AyonClient } from "@kitsu-ayon/ayon-sdk";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  createMemoryCheckpointStore,
  createSyncEngine,
  type ReconcileReport,
  type SyncEngine,
  type SyncErrorContext,
} from "../../src/index.js";
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
let ayon: AyonClient;
let engine: SyncEngine;
let small: SmallProject;
let project: string;
const checkpoints = createMemoryCheckpointStore();
const errors: { message: string; context: SyncErrorContext }[] = [];
const seen: { id: string; name: string; pairing: string | undefined; report: ReconcileReport | undefined }[] = [];
let explode = true;
const logged: Record<string, unknown>[] = [];

beforeAll(async () => {
  emulator = await startAyonEmulator();
  ayon = ayonClient(emulator);
  small = await createSmallProject(kitsu, "Handlers");
  engine = createSyncEngine({
    kitsu,
    ayon,
    projects: [small.project.id],
    checkpoints,
    coalesceMs: 100,
    reconcileIntervalMs: 0,
    retry: { attempts: 3, baseDelayMs: 100, maxDelayMs: 200 },
    // Never sync the test sequence, nor anything under it.
    filter: (entity) => !(entity.type === "folder" && entity.kitsu?.name === "TEST"),
    // Kitsu's `cut_in` metadata becomes AYON's clipIn.
    transform: (desired, { snapshot }) => {
      const shots = new Map(snapshot.shots.map((shot) => [shot.id, shot]));
      for (const folder of desired.folders) {
        const cutIn = (shots.get(folder.key)?.data as Record<string, unknown> | null)?.cut_in;
        if (cutIn !== undefined) folder.attrib.clipIn = Number(cutIn);
      }
      return desired;
    },
    logger: {
      debug() {},
      info() {},
      warn: (_, fields) => logged.push(fields ?? {}),
      error: (_, fields) => logged.push(fields ?? {}),
    },
  });
  engine.on("shot:new", async (context) => {
    const shot = await context.kitsu.entities.get(context.event.data.shot_id ?? "");
    if (shot.name === "BOOM" && explode) throw new Error("studio rule failed for BOOM");
    context.logger.warn("studio rule ran", { shot: shot.name });
    context.afterSync((report) => {
      seen.push({ id: shot.id, name: shot.name, pairing: context.pairing?.ayonProject, report });
    });
  });
  engine.onError((error, context) => {
    errors.push({ message: (error as Error).message, context });
  });
  await engine.start();
  project = engine.status().projects[0]?.ayonProject as string;
}, 60_000);

afterAll(async () => {
  await engine?.stop();
  await emulator?.stop();
});

describe("handlers, hooks and errors of the live engine", () => {
  it("a custom handler gets the typed event, both clients, the pairing and a tagged logger; afterSync sees AYON written", async () => {
    const shot = await kitsu.shots.create(small.project.id, { name: "SH100", sequence_id: small.sequence.id });
    const after = await waitFor("the afterSync callback", async () => seen.find((entry) => entry.id === shot.id));
    expect(after.pairing).toBe(project);
    expect(after.report?.scope).toBe("partial");
    // afterSync runs once the batch is in AYON.
    expect(await folderOf(ayon, project, shot.id)).toMatchObject({ name: "sh100" });
    expect(logged).toContainEqual(
      expect.objectContaining({ shot: "SH100", event: "shot:new", eventId: expect.any(String) }),
    );
  });

  it("a failing handler is retried with backoff, then parked in the dead-letter list, without blocking the others", async () => {
    const [boom, fine] = [
      await kitsu.shots.create(small.project.id, { name: "BOOM", sequence_id: small.sequence.id }),
      await kitsu.shots.create(small.project.id, { name: "SH110", sequence_id: small.sequence.id }),
    ];
    await waitFor("the other shot", () => folderOf(ayon, project, fine.id));
    const letter = await waitFor("the dead letter", async () =>
      engine.deadLetters().find((entry) => entry.event.data.shot_id === boom.id),
    );
    expect(letter).toMatchObject({ error: "studio rule failed for BOOM", errorKind: "Error", attempts: 3 });
    expect(errors.filter((entry) => entry.context.event.id === letter.event.id).map((entry) => entry.context)).toEqual([
      expect.objectContaining({ stage: "handler", attempt: 1, willRetry: true }),
      expect.objectContaining({ stage: "handler", attempt: 2, willRetry: true }),
      expect.objectContaining({ stage: "handler", attempt: 3, willRetry: false }),
    ]);
    expect(engine.metrics()).toMatchObject({ deadLetters: 1, retries: 2, errors: { handler: 3 } });
    // The dead letter is in the stored checkpoint, and the cursor went past it.
    await waitFor("the checkpoint with the dead letter", async () =>
      [...checkpoints.entries.values()][0]?.deadLetters.some((entry) => entry.event.id === letter.event.id),
    );
    expect(await folderOf(ayon, project, boom.id)).toBeUndefined();

    // A task on the parked shot: its sync creates the missing shot first (order of arrival does not matter).
    const [task] = await kitsu.tasks.createForShots(small.project.id, small.anim.id, [boom.id]);
    const parent = await waitFor("the missing parent, created for its task", () => folderOf(ayon, project, boom.id));
    const created = await waitFor("the task", () => taskOf(ayon, project, task?.id ?? ""));
    expect(created.folderId).toBe(parent.id);

    // Fixed: tried again on request, and it goes through.
    explode = false;
    expect(engine.retryDeadLetters([letter.event.id])).toBe(1);
    await waitFor("the afterSync of the retried event", async () => seen.some((entry) => entry.id === boom.id));
    expect(engine.deadLetters()).toEqual([]);
  });

  it("the filter hook keeps a sequence and its shots out of AYON; the transform hook writes metadata into an attribute", async () => {
    const test = await kitsu.sequences.create(small.project.id, { name: "TEST" });
    const hidden = await kitsu.shots.create(small.project.id, { name: "SH900", sequence_id: test.id });
    const shown = await kitsu.shots.create(small.project.id, {
      name: "SH120",
      sequence_id: small.sequence.id,
      data: { cut_in: 1012 },
    });
    const folder = await waitFor("the shown shot", () => folderOf(ayon, project, shown.id));
    expect(folder.attrib.clipIn).toBe(1012);
    expect(folder.ownAttrib).toContain("clipIn");
    expect(await folderOf(ayon, project, hidden.id)).toBeUndefined();
    expect(await folderOf(ayon, project, test.id)).toBeUndefined();
    await kitsu.entities.update(shown.id, { data: { cut_in: 1020 } });
    await waitFor(
      "the attribute updated",
      async () => (await folderOf(ayon, project, shown.id))?.attrib.clipIn === 1020,
    );
    // A full reconcile honours the hooks the same way: nothing to add, nothing to delete.
    const [report] = await engine.reconcile(small.project.id);
    expect(report?.plan.actions).toEqual([]);
    expect(report?.excluded).toBeGreaterThanOrEqual(2);
  });

  it("an unsubscribed handler no longer runs", async () => {
    const names: string[] = [];
    const off = engine.on(["shot:new", "shot:update"], (context) => {
      names.push(context.event.name);
    });
    const shot = await kitsu.shots.create(small.project.id, { name: "SH130", sequence_id: small.sequence.id });
    await waitFor("the handler", async () => names.includes("shot:new"));
    off();
    await kitsu.entities.update(shot.id, { name: "SH131" });
    await waitFor("the rename", async () => (await folderOf(ayon, project, shot.id))?.name === "sh131");
    expect(names).toEqual(["shot:new"]);
  });
});
