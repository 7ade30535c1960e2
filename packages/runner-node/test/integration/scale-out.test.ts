import { type AyonEmulator, startAyonEmulator } from "@kitsu-ayon/ayon-emulator";
import { type AyonClient, createAyonClient } from "@kitsu-ayon/ayon-sdk";
import type { KitsuClient } from "@kitsu-ayon/kitsu-sdk";
import { createMemoryCheckpointStore, reconcileProject, slugify } from "@kitsu-ayon/sync-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  createSmallProject,
  kitsuClient,
  type SmallProject,
  waitFor,
} from "../../../sync-core/test/integration/engine-fixture.js";
import { expectAppliedOnce } from "./applied-once.js";
import "../../../local-kitsu/test/integration/kitsu-context.js";
import { ConfigError } from "../../src/config/config.js";
import {
  KITSU_EVENT_TOPIC,
  KITSU_PROC_TOPIC,
  type Leecher,
  type Processor,
  startLeecher,
  startProcessor,
} from "../../src/scale-out/roles.js";

const kitsu = kitsuClient(inject("kitsu"));
let emulator: AyonEmulator;
let small: SmallProject;
const running: (Leecher | Processor)[] = [];

const ayonAs = (sender: string) =>
  createAyonClient({ serverUrl: emulator.url, apiKey: emulator.apiKey, sender, senderType: "kitsu" });

beforeAll(async () => {
  emulator = await startAyonEmulator();
  small = await createSmallProject(kitsu, "Scale Out");
}, 60_000);

afterAll(async () => {
  for (const role of running) await role.stop().catch(() => {});
  await emulator?.stop();
});

describe("scale-out on AYON's event system: leechers store Kitsu events, processors enroll them", () => {
  it("two leechers and two processors apply every change once; stopping one of each mid-burst loses nothing", async () => {
    const leecher = (name: string) => startLeecher({ kitsu, ayon: ayonAs(name) });
    // Processors that select a list of projects share a shard (they select the same projects).
    const processor = (name: string) =>
      startProcessor({
        kitsu,
        ayon: ayonAs(name),
        sender: name,
        shard: "main",
        projects: [small.project.id],
        checkpoints: createMemoryCheckpointStore(),
        reconcileIntervalMs: 0,
        selectionRefreshMs: 1000,
        pollIntervalMs: 100,
      });
    const [l1, l2] = await Promise.all([leecher("leecher-1"), leecher("leecher-2")]);
    const [p1, p2] = await Promise.all([processor("processor-1"), processor("processor-2")]);
    running.push(l1, l2, p1, p2);
    const ayon = ayonAs("observer");
    // Both processors reconcile on start; whichever pairs first, the other adopts the pairing.
    const pairingOf = (processor: Processor) => processor.engine.status().projects[0]?.ayonProject;
    const project = await waitFor("the pairing", async () => pairingOf(p1) ?? pairingOf(p2), 60_000);

    const rows = Array.from({ length: 60 }, (_, i) => `SQ01,SH${String(i + 100).padStart(4, "0")}`);
    const importing = kitsu.shots.importCsv(small.project.id, `Sequence,Name\n${rows.join("\n")}\n`);
    // One leecher and one processor go away while the burst arrives.
    await waitFor("the first stored events", async () => l2.status().stored + l2.status().duplicates > 5);
    await Promise.all([l2.stop(), p2.stop({ drain: false })]);
    await importing;
    const shots = await kitsu.shots.list(small.project.id);
    const [renamed] = shots;
    if (!renamed) throw new Error("no shot");
    await kitsu.entities.update(renamed.id, { name: "RENAMED" });
    // They come back (same senders): the leecher resumes from AYON, the processor gets its job back.
    const [l3, p3] = await Promise.all([leecher("leecher-2"), processor("processor-2")]);
    running.push(l3, p3);

    await expectAppliedOnce(
      { kitsu, ayon },
      {
        kitsuProjectId: small.project.id,
        ayonProject: project,
        shots: shots.length,
        renamedTo: "renamed",
        jobTopic: `${KITSU_PROC_TOPIC}.main`,
      },
    );
  }, 400_000);

  it("sharded processors each take their own projects' events, in parallel", async () => {
    const other = await createSmallProject(kitsu, "Scale Out B");
    const leecher = await startLeecher({ kitsu, ayon: ayonAs("leecher-shards") });
    const sharded = (shard: string, projectId: string) =>
      startProcessor({
        kitsu,
        ayon: ayonAs(`processor-${shard}`),
        sender: `processor-${shard}`,
        shard,
        projects: [projectId],
        checkpoints: createMemoryCheckpointStore(),
        reconcileIntervalMs: 0,
        pollIntervalMs: 100,
      });
    const [a, b] = await Promise.all([sharded("a", small.project.id), sharded("b", other.project.id)]);
    running.push(leecher, a, b);
    const ayon = ayonAs("observer-shards");
    const [shotA, shotB] = await Promise.all([
      kitsu.shots.create(small.project.id, { name: "SHARD_A", sequence_id: small.sequence.id }),
      kitsu.shots.create(other.project.id, { name: "SHARD_B", sequence_id: other.sequence.id }),
    ]);
    const projectA = a.engine.status().projects[0]?.ayonProject as string;
    const projectB = b.engine.status().projects[0]?.ayonProject as string;
    await waitFor(
      "both shots",
      async () => {
        const [inA, inB] = await Promise.all([
          ayon.entities.folders(projectA, { kitsuIds: [shotA.id] }),
          ayon.entities.folders(projectB, { kitsuIds: [shotB.id] }),
        ]);
        return inA.length === 1 && inB.length === 1;
      },
      60_000,
    );
    const stored = await ayon.events.list({ topics: [KITSU_EVENT_TOPIC] });
    const projectOf = new Map(stored.map((event) => [event.id, event.summary.kitsuProjectId]));
    const jobsA = await ayon.events.list({ topics: [`${KITSU_PROC_TOPIC}.a`] });
    const jobsB = await ayon.events.list({ topics: [`${KITSU_PROC_TOPIC}.b`] });
    expect(jobsA.length).toBeGreaterThan(0);
    expect(jobsB.length).toBeGreaterThan(0);
    // Each shard took only its project's events, and studio-wide ones (no Kitsu project).
    for (const job of jobsA) expect([small.project.id, null]).toContain(projectOf.get(job.dependsOn ?? "") ?? null);
    for (const job of jobsB) expect([other.project.id, null]).toContain(projectOf.get(job.dependsOn ?? "") ?? null);
  }, 120_000);

  it("refuses to start processors that select different projects without a shard, saying to give each a shard", async () => {
    const other = await createSmallProject(kitsu, "Scale Out Unsharded");
    const unsharded = (name: string, projectId: string) =>
      startProcessor({
        kitsu,
        ayon: ayonAs(name),
        sender: name,
        projects: [projectId],
        checkpoints: createMemoryCheckpointStore(),
        reconcileIntervalMs: 0,
        pollIntervalMs: 100,
      });
    const attempts = await Promise.allSettled([
      unsharded("unsharded-1", small.project.id),
      unsharded("unsharded-2", other.project.id),
    ]);
    for (const attempt of attempts) if (attempt.status === "fulfilled") running.push(attempt.value);
    for (const attempt of attempts) {
      expect(attempt.status).toBe("rejected");
      const reason = (attempt as PromiseRejectedResult).reason as Error;
      expect(reason).toBeInstanceOf(ConfigError);
      expect(reason.message).toContain("a processor without a shard selects every open project");
      expect(reason.message).toContain("its own shard (--shard <name>");
    }
  });

  it("sharded processors with different selections apply every change of their projects, also of one selected while they run", async () => {
    const alpha = await createSmallProject(kitsu, "Shard Alpha");
    // Beta is selected by name before it exists: its processor holds it only once Kitsu has it.
    const betaName = `Shard Beta ${Date.now()}`;
    const leecher = await startLeecher({ kitsu, ayon: ayonAs("leecher-selection") });
    running.push(leecher);
    const sharded = (shard: string, projects: string[]) =>
      startProcessor({
        kitsu,
        ayon: ayonAs(`processor-selection-${shard}`),
        sender: `processor-selection-${shard}`,
        shard,
        projects,
        checkpoints: createMemoryCheckpointStore(),
        reconcileOnStart: false,
        reconcileIntervalMs: 0,
        selectionRefreshMs: 500,
        pollIntervalMs: 100,
      });
    const [a, b] = await Promise.all([sharded("alpha", [alpha.project.id]), sharded("beta", [betaName])]);
    running.push(a, b);
    const beta = await kitsu.projects.create({ name: betaName, production_type: "short", fps: "25" });
    const held = (processor: Processor, projectId: string) =>
      processor.engine.status().projects.find((project) => project.kitsuProjectId === projectId)?.ayonProject;
    await waitFor("beta selected and paired by its processor", async () => held(b, beta.id), 60_000);
    const betaSequence = await kitsu.sequences.create(beta.id, { name: "SQ01" });

    await Promise.all([
      twentyChanges(kitsu, alpha.project.id, alpha.sequence.id),
      twentyChanges(kitsu, beta.id, betaSequence.id),
    ]);
    // A studio-wide change (no project) goes to every shard: each applies it to its own projects.
    const taskType = await kitsu.taskTypes.create({
      name: `Layout ${Date.now()}`,
      for_entity: "Shot",
      color: "#664422",
    });
    const ayon = ayonAs("observer-selection");
    const alphaProject = await waitFor("alpha paired", async () => held(a, alpha.project.id), 60_000);
    const betaProject = held(b, beta.id) as string;
    await Promise.all([
      expectSameTree({ kitsu, ayon }, alpha.project.id, alphaProject),
      expectSameTree({ kitsu, ayon }, beta.id, betaProject),
    ]);
    // Each change reached AYON through its own shard's jobs, all finished as synced.
    const stored = await ayon.events.list({ topics: [KITSU_EVENT_TOPIC] });
    const studioWide = await waitFor("the studio-wide change stored", async () =>
      (await ayon.events.list({ topics: [KITSU_EVENT_TOPIC] })).find(
        (event) =>
          event.summary.name === "task-type:new" &&
          (event.payload.event as { data?: { task_type_id?: string } }).data?.task_type_id === taskType.id,
      ),
    );
    expect(studioWide.summary).not.toHaveProperty("kitsuProjectId");
    for (const shard of ["alpha", "beta"])
      await waitFor(
        `the studio-wide change synced by shard ${shard}`,
        async () =>
          (await ayon.events.list({ topics: [`${KITSU_PROC_TOPIC}.${shard}`] })).some(
            (job) => job.dependsOn === studioWide.id && job.status === "finished",
          ),
        60_000,
      );
    for (const [processor, shard, projectId] of [
      [a, "alpha", alpha.project.id],
      [b, "beta", beta.id],
    ] as const) {
      const ofProject = new Set(
        stored.filter((event) => event.summary.kitsuProjectId === projectId).map((event) => event.id),
      );
      const jobs = (await ayon.events.list({ topics: [`${KITSU_PROC_TOPIC}.${shard}`] })).filter((job) =>
        ofProject.has(job.dependsOn ?? ""),
      );
      expect(jobs.length).toBeGreaterThanOrEqual(20);
      expect(jobs.filter((job) => job.status !== "finished" || !job.description.startsWith("synced"))).toEqual([]);
      expect(processor.status().notSelected).toBe(0);
    }
  }, 300_000);

  it("finishes unsynced, and logs, the job of an event whose project the processor does not select", async () => {
    // A fresh selected project: the shard's backlog is then only the studio-wide events stored so far.
    const [selected, other] = await Promise.all([
      createSmallProject(kitsu, "Lone Selected"),
      createSmallProject(kitsu, "Not Selected"),
    ]);
    const [logged] = (await kitsu.events.read("2000-01-01T00:00:00", { projectId: other.project.id })).filter(
      (event) => event.name === "shot:new",
    );
    if (!logged) throw new Error("no shot:new event in Kitsu's log");
    const event = {
      id: logged.id,
      name: logged.name,
      createdAt: `${logged.created_at}Z`,
      userId: logged.user_id,
      projectId: logged.project_id,
      data: logged.data ?? {},
    };
    const entries: { msg: string; fields: Record<string, unknown> }[] = [];
    const record = (msg: string, fields: Record<string, unknown> = {}) => entries.push({ msg, fields });
    const lone = await startProcessor({
      kitsu,
      ayon: ayonAs("processor-lone"),
      sender: "processor-lone",
      shard: "lone",
      projects: [selected.project.id],
      checkpoints: createMemoryCheckpointStore(),
      reconcileOnStart: false,
      reconcileIntervalMs: 0,
      pollIntervalMs: 100,
      logger: { debug() {}, info: record, warn: record, error: record },
    });
    running.push(lone);
    // Stored as studio-wide, it passes the shard's filter, as an event of a project whose selection
    // changed between enroll and submit would.
    const ayon = ayonAs("observer-lone");
    const { id: storedId } = (await ayon.events.dispatch({
      topic: KITSU_EVENT_TOPIC,
      hash: `not-selected-${event.id}`.replaceAll("-", ""),
      summary: { kitsuEventId: event.id, name: event.name },
      payload: { event },
      finished: true,
    })) as { id: string };
    const job = await waitFor(
      "its job finished",
      async () =>
        (await ayon.events.list({ topics: [`${KITSU_PROC_TOPIC}.lone`] })).find(
          (each) => each.dependsOn === storedId && each.status === "finished",
        ),
      150_000,
    );
    expect(job.description).toBe(
      `not synced: project ${other.project.id} is not selected by this processor (shot:new ${event.id})`,
    );
    expect(entries).toContainEqual({
      msg: expect.stringContaining("not selected by this processor"),
      fields: expect.objectContaining({ kitsuProjectId: other.project.id, eventId: event.id }),
    });
    expect(lone.status().notSelected).toBe(1);
  }, 240_000);
});

/** Twenty changes in a project: a sequence, thirteen shots, four renames and two moves to the new sequence. */
async function twentyChanges(kitsu: KitsuClient, projectId: string, sequenceId: string) {
  const second = await kitsu.sequences.create(projectId, { name: "SQ02" });
  const shots = [];
  for (let index = 0; index < 13; index++)
    shots.push(await kitsu.shots.create(projectId, { name: `SH${String(index + 100)}`, sequence_id: sequenceId }));
  for (const shot of shots.slice(0, 4)) await kitsu.entities.update(shot.id, { name: `${shot.name}_RENAMED` });
  for (const shot of shots.slice(4, 6)) await kitsu.entities.update(shot.id, { parent_id: second.id });
}

/**
 * Waits until AYON's folders of the project are Kitsu's sequences and shots (by Kitsu id: the same
 * name, and each shot under its sequence), then checks a fresh full reconcile would change nothing.
 */
async function expectSameTree(
  clients: { kitsu: KitsuClient; ayon: AyonClient },
  projectId: string,
  ayonProject: string,
) {
  const { kitsu, ayon } = clients;
  const kitsuTree = async () => {
    const [sequences, shots] = await Promise.all([kitsu.sequences.list(projectId), kitsu.shots.list(projectId)]);
    return [
      ...sequences.map((sequence) => `sequence ${sequence.id} ${slugify(sequence.name)}`),
      ...shots.map((shot) => `shot ${shot.id} ${slugify(shot.name)} in ${shot.parent_id}`),
    ].sort();
  };
  const ayonTree = async () => {
    const folders = await ayon.entities.folders(ayonProject, { withKitsuId: true });
    const kitsuIdOf = new Map(folders.map((folder) => [folder.id, String(folder.data.kitsuId)]));
    return folders
      .flatMap((folder) => {
        if (folder.folderType === "Sequence") return [`sequence ${folder.data.kitsuId} ${folder.name}`];
        if (folder.folderType === "Shot")
          return [`shot ${folder.data.kitsuId} ${folder.name} in ${kitsuIdOf.get(folder.parentId ?? "")}`];
        return [];
      })
      .sort();
  };
  let want: string[] = [];
  await waitFor(
    `AYON project ${ayonProject} matching Kitsu`,
    async () => {
      want = await kitsuTree();
      return JSON.stringify(await ayonTree()) === JSON.stringify(want);
    },
    150_000,
  );
  expect(await ayonTree()).toEqual(want);
  const fresh = await reconcileProject({ kitsu, ayon }, projectId, { dryRun: true });
  expect(fresh.plan.actions).toEqual([]);
}
