/**
 * How long, how many requests and how much memory it takes to reconcile a big Kitsu project into
 * AYON: 2,000 shots in sequences of 50 (frame range on each) with 5 tasks each, and 500 assets of
 * 5 asset types with 3 tasks each (Zou's default task types and statuses), a few persons assigned,
 * from a real local Zou into the AYON emulator. `reconcileProject` runs twice: the first run creates
 * everything, the second finds nothing to do. Memory is the whole process's, the in-process AYON
 * emulator included, sampled every 50 ms. Seeding takes most of the time (minutes at the default
 * sizes). Prints the numbers; asserts nothing.
 *   npm run bench:sync-reconcile [-- --shots 2000 --assets 500]
 */
import { parseArgs } from "node:util";
import { startAyonEmulator } from "../packages/ayon-emulator/src/index.js";
import { createAyonClient } from "../packages/ayon-sdk/src/index.js";
import { createKitsuClient } from "../packages/kitsu-sdk/src/index.js";
import { startLocalKitsu } from "../packages/local-kitsu/src/index.js";
import { reconcileProject } from "../packages/sync-core/src/index.js";

const { values } = parseArgs({
  options: {
    shots: { type: "string", default: "2000" },
    assets: { type: "string", default: "500" },
  },
});
const nbShots = Number(values.shots);
const nbAssets = Number(values.assets);
const SHOTS_PER_SEQUENCE = 50;
const SHOT_TASK_TYPES = 5;
const ASSET_TASK_TYPES = 3;
const ASSET_TYPES = ["Character", "Prop", "Environment", "Vehicle", "FX"];
const PERSONS = ["Alice", "Bruno", "Chiara", "Dmitri"];
const CONCURRENCY = 8;
const FIRST_FRAME = 1001;

/** Runs `run` over `0..count-1` with at most `limit` calls in flight; results keep the order. */
async function pool<R>(count: number, limit: number, run: (index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, count) }, async () => {
      for (let index = next++; index < count; index = next++) results[index] = await run(index);
    }),
  );
  return results;
}

const counted = () => {
  const counter = {
    requests: 0,
    fetch: (request: Request) => {
      counter.requests++;
      return fetch(request);
    },
  };
  return counter;
};

const kitsuServer = await startLocalKitsu({ log: (m) => console.error(`[kitsu] ${m}`) });
const emulator = await startAyonEmulator().catch(async (error: unknown) => {
  await kitsuServer.stop();
  throw error;
});
try {
  const kitsuClient = (options: { fetch?: (request: Request) => Promise<Response>; timeoutMs?: number }) =>
    createKitsuClient({
      apiUrl: kitsuServer.apiUrl,
      eventsUrl: kitsuServer.eventsUrl,
      auth: { token: kitsuServer.bot.token },
      ...options,
    });
  const ayonClient = (counting: (request: Request) => Promise<Response>) =>
    createAyonClient({
      serverUrl: emulator.url,
      apiKey: emulator.apiKey,
      sender: "bench",
      senderType: "kitsu",
      fetch: counting,
    });

  const seedStart = performance.now();
  // Zou's bulk task routes take longer than the default 30 s for thousands of entities; the local
  // Zou's own worker timeout is 300 s.
  const kitsu = kitsuClient({ timeoutMs: 300_000 });
  const [project, studioTaskTypes, studioStatuses, studioAssetTypes, persons] = await Promise.all([
    kitsu.projects.create({ name: "Bench reconcile", production_type: "short", fps: "25" }),
    kitsu.taskTypes.list(),
    kitsu.taskStatuses.list(),
    kitsu.assetTypes.list(),
    Promise.all(
      PERSONS.map((firstName) =>
        kitsu.persons.create({
          first_name: firstName,
          last_name: "Bench",
          email: `${firstName.toLowerCase()}@bench.example.com`,
          role: "user",
        }),
      ),
    ),
  ]);
  // Zou reads a task type with no `for_entity` as an asset task type.
  const shotTaskTypes = studioTaskTypes.filter((type) => type.for_entity === "Shot").slice(0, SHOT_TASK_TYPES);
  const assetTaskTypes = studioTaskTypes
    .filter((type) => (type.for_entity ?? "Asset") === "Asset")
    .slice(0, ASSET_TASK_TYPES);
  if (shotTaskTypes.length < SHOT_TASK_TYPES || assetTaskTypes.length < ASSET_TASK_TYPES) {
    throw new Error(`only ${shotTaskTypes.length} shot and ${assetTaskTypes.length} asset task types in Zou's data`);
  }
  const assetTypes = await Promise.all(
    ASSET_TYPES.map(
      async (name) => studioAssetTypes.find((type) => type.name === name) ?? (await kitsu.assetTypes.create({ name })),
    ),
  );
  await Promise.all([
    ...[...shotTaskTypes, ...assetTaskTypes].map((type) => kitsu.projects.addTaskType(project.id, type.id)),
    ...studioStatuses
      .filter((status) => !status.for_concept)
      .map((status) => kitsu.projects.addTaskStatus(project.id, status.id)),
    ...assetTypes.map((type) => kitsu.projects.addAssetType(project.id, type.id)),
    ...persons.map((person) => kitsu.projects.addTeamMember(project.id, person.id)),
  ]);

  const since = (start: number) => (performance.now() - start) / 1000;
  let stepStart = performance.now();
  const sequences = await pool(Math.ceil(nbShots / SHOTS_PER_SEQUENCE), CONCURRENCY, (index) =>
    kitsu.sequences.create(project.id, { name: `SQ${String((index + 1) * 10).padStart(4, "0")}` }),
  );
  const shots = await pool(nbShots, CONCURRENCY, (index) => {
    const sequence = sequences[Math.floor(index / SHOTS_PER_SEQUENCE)];
    const nbFrames = 24 + ((index * 37) % 96);
    return kitsu.shots.create(project.id, {
      name: `SH${String(((index % SHOTS_PER_SEQUENCE) + 1) * 10).padStart(4, "0")}`,
      sequence_id: sequence?.id ?? null,
      nb_frames: nbFrames,
      data: { frame_in: FIRST_FRAME, frame_out: FIRST_FRAME + nbFrames - 1 },
    });
  });
  const assets = await pool(nbAssets, CONCURRENCY, (index) => {
    const type = assetTypes[index % assetTypes.length];
    if (!type) throw new Error("no asset type");
    const name = `${type.name}${String(Math.floor(index / assetTypes.length) + 1).padStart(3, "0")}`;
    return kitsu.assets.create(project.id, type.id, { name });
  });
  const entitiesSeconds = since(stepStart);
  stepStart = performance.now();
  const shotIds = shots.map((shot) => shot.id);
  const assetIds = assets.map((asset) => asset.id);
  const tasks: { id: string }[] = [];
  let slowestTaskRequest = 0;
  const timed = async <T>(request: Promise<T>) => {
    const started = performance.now();
    const result = await request;
    slowestTaskRequest = Math.max(slowestTaskRequest, since(started));
    return result;
  };
  for (const type of shotTaskTypes) {
    tasks.push(...(await timed(kitsu.tasks.createForShots(project.id, type.id, shotIds))));
  }
  for (const type of assetTaskTypes) {
    tasks.push(...(await timed(kitsu.tasks.createForAssets(project.id, type.id, assetIds))));
  }
  const expectedTasks = nbShots * SHOT_TASK_TYPES + nbAssets * ASSET_TASK_TYPES;
  if (tasks.length !== expectedTasks) throw new Error(`created ${tasks.length} tasks, expected ${expectedTasks}`);
  const tasksSeconds = since(stepStart);
  stepStart = performance.now();
  // One person on most tasks, none on every fifth.
  await Promise.all(
    persons.map((person, p) =>
      kitsu.tasks.assignMany(
        person.id,
        tasks.filter((_, index) => index % (persons.length + 1) === p).map((task) => task.id),
      ),
    ),
  );
  const assignSeconds = since(stepStart);
  const seedSeconds = since(seedStart);
  const n = (value: number) => value.toLocaleString("en");
  console.log(
    `seeded ${n(nbShots)} shots x ${SHOT_TASK_TYPES} tasks in ${n(sequences.length)} sequences and ${n(nbAssets)} assets x ${ASSET_TASK_TYPES} tasks in ${assetTypes.length} asset types (${n(tasks.length)} tasks, ${persons.length} persons assigned) in ${seedSeconds.toFixed(1)} s (sequences, shots and assets ${entitiesSeconds.toFixed(1)} s, tasks ${tasksSeconds.toFixed(1)} s with the slowest request ${slowestTaskRequest.toFixed(1)} s, assignments ${assignSeconds.toFixed(1)} s)`,
  );

  const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
  for (const label of ["first run", "second run"]) {
    const kitsuCounter = counted();
    const ayonCounter = counted();
    const clients = { kitsu: kitsuClient({ fetch: kitsuCounter.fetch }), ayon: ayonClient(ayonCounter.fetch) };
    const peak = { rss: 0, heapUsed: 0 };
    const sample = () => {
      const { rss, heapUsed } = process.memoryUsage();
      peak.rss = Math.max(peak.rss, rss);
      peak.heapUsed = Math.max(peak.heapUsed, heapUsed);
    };
    sample();
    const sampler = setInterval(sample, 50);
    const started = performance.now();
    try {
      const report = await reconcileProject(clients, project.id);
      const seconds = (performance.now() - started) / 1000;
      sample();
      console.log(
        `${label}: ${seconds.toFixed(1)} s, ${n(kitsuCounter.requests)} Kitsu requests, ${n(ayonCounter.requests)} AYON requests, ${n(report.writes)} AYON writes, ${n(report.plan.actions.length)} actions, ${n(report.failures.length)} failures, ${n(report.warnings.length)} warnings, peak rss ${mib(peak.rss)}, peak heap ${mib(peak.heapUsed)}`,
      );
      for (const failure of report.failures.slice(0, 5)) console.error(`[bench] ${label} failure:`, failure);
      const warnings = new Map<string, number>();
      for (const { message } of report.warnings) {
        const kind = message.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, "<id>");
        warnings.set(kind, (warnings.get(kind) ?? 0) + 1);
      }
      for (const [kind, count] of warnings) console.error(`[bench] ${label}: ${n(count)} warning(s): ${kind}`);
    } finally {
      clearInterval(sampler);
    }
  }
} finally {
  await Promise.all([emulator.stop(), kitsuServer.stop()]);
}
