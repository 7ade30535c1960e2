/**
 * How fast and with how many requests the live engine (`createSyncEngine`) carries Kitsu changes
 * into AYON, from a real local Zou into the in-process AYON emulator, on a small short-film project:
 *   - idle: single changes one at a time (a shot renamed, then a shot created, alternately), each
 *     timed from just before its Kitsu request to the engine's batch that wrote it to AYON;
 *   - burst: 1,000 shots in 10 new sequences imported in one spreadsheet request (`shots.importCsv`,
 *     one `shot:new` per row): AYON batch-operation requests against the `ceil(shots / chunk)` bound,
 *     batches, the engine's Kitsu requests, time to the last shot in AYON and per-shot latency;
 *   - single renames while a second, half-size burst is being imported.
 * Latency is measured in the engine's `onBatch` listener, which runs once AYON has the batch. The
 * engine's default coalescing is part of every number: 200 ms of quiet, at most 2 s; in a burst
 * (20 events within 2 s), 1 s of quiet, a full write request (`--chunk`) or at most 10 s. Memory is the
 * whole process's, the in-process AYON emulator included, sampled every 50 ms. Prints the numbers;
 * asserts nothing.
 *   npm run bench:sync-live [-- --shots 1000 --idle 30 --chunk 500]
 */
import { parseArgs } from "node:util";
import { startAyonEmulator } from "../packages/ayon-emulator/src/index.js";
import { createAyonClient } from "../packages/ayon-sdk/src/index.js";
import { createKitsuClient } from "../packages/kitsu-sdk/src/index.js";
import { startLocalKitsu } from "../packages/local-kitsu/src/index.js";
import {
  type BatchReport,
  createMemoryCheckpointStore,
  createSyncEngine,
  type SyncEngine,
} from "../packages/sync-core/src/index.js";

const { values } = parseArgs({
  options: {
    shots: { type: "string", default: "1000" },
    idle: { type: "string", default: "30" },
    chunk: { type: "string", default: "500" },
  },
});
const nbShots = Number(values.shots);
const nbIdle = Number(values.idle);
const chunkSize = Number(values.chunk);
const BURST_SEQUENCES = 10;
const SECOND_BURST_SHOTS = Math.max(1, Math.round(nbShots / 2));
const UNDER_BURST_RENAMES = 10;
/** Batch-operation requests a burst may take beyond `ceil(shots / chunk)`: its sequences, a split batch or two. */
const BOUND_SLACK = 4;
const SEED_SHOTS = 4;
const FIRST_FRAME = 1001;
const LAND_TIMEOUT_MS = 120_000;

const n = (value: number) => value.toLocaleString("en");
const ms = (value: number) => `${n(Math.round(value))} ms`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
/** Nearest-rank percentile. */
const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
const spread = (samples: readonly number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return `p50 ${ms(percentile(sorted, 50))}, p95 ${ms(percentile(sorted, 95))}, max ${ms(sorted.at(-1) ?? Number.NaN)}`;
};

/** A fetch that counts what it sends, in all and by route; `match` picks the requests counted in `matching`. */
const counted = (match: (request: Request) => boolean = () => false) => {
  const counter = {
    requests: 0,
    matching: 0,
    routes: new Map<string, number>(),
    fetch: (request: Request) => {
      counter.requests++;
      if (match(request)) counter.matching++;
      const route = `${request.method} ${new URL(request.url).pathname.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, "<id>")}`;
      counter.routes.set(route, (counter.routes.get(route) ?? 0) + 1);
      return fetch(request);
    },
  };
  return counter;
};
/** The routes counted since `base` (a copy of `routes` taken earlier), the busiest first. */
const routesSince = (routes: ReadonlyMap<string, number>, base: ReadonlyMap<string, number>) =>
  [...routes]
    .map(([route, count]) => [route, count - (base.get(route) ?? 0)] as const)
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1]);
const OPERATIONS = /\/api\/projects\/[^/]+\/operations(\/background)?$/;
const isOperationsPost = (request: Request) =>
  request.method === "POST" && OPERATIONS.test(new URL(request.url).pathname);

const peak = { rss: 0, heapUsed: 0 };
const sample = () => {
  const { rss, heapUsed } = process.memoryUsage();
  peak.rss = Math.max(peak.rss, rss);
  peak.heapUsed = Math.max(peak.heapUsed, heapUsed);
};

const kitsuServer = await startLocalKitsu({ log: (m) => console.error(`[kitsu] ${m}`) });
const emulator = await startAyonEmulator().catch(async (error: unknown) => {
  await kitsuServer.stop();
  throw error;
});
let engine: SyncEngine | undefined;
let sampler: ReturnType<typeof setInterval> | undefined;
try {
  const kitsuClient = (options: { fetch?: (request: Request) => Promise<Response>; timeoutMs?: number }) =>
    createKitsuClient({
      apiUrl: kitsuServer.apiUrl,
      eventsUrl: kitsuServer.eventsUrl,
      auth: { token: kitsuServer.bot.token },
      ...options,
    });
  const ayonClient = (options: { fetch?: (request: Request) => Promise<Response> }) =>
    createAyonClient({
      serverUrl: emulator.url,
      apiKey: emulator.apiKey,
      sender: "bench",
      senderType: "kitsu",
      ...options,
    });
  // Changes are made with a client of their own (a big import outlasts the default 30 s timeout);
  // the engine's clients count its requests; the checks read AYON uncounted.
  const kitsu = kitsuClient({ timeoutMs: 300_000 });
  const engineKitsu = counted();
  const engineAyon = counted(isOperationsPost);
  const checkAyon = ayonClient({});

  const project = await kitsu.projects.create({
    name: `Bench live ${Date.now()}`,
    production_type: "short",
    fps: "25",
  });
  const sequence = await kitsu.sequences.create(project.id, { name: "SQ01" });
  const seeded = await Promise.all(
    Array.from({ length: SEED_SHOTS }, (_, index) =>
      kitsu.shots.create(project.id, {
        name: `SH${String((index + 1) * 10).padStart(4, "0")}`,
        sequence_id: sequence.id,
        nb_frames: 48,
        data: { frame_in: FIRST_FRAME, frame_out: FIRST_FRAME + 47 },
      }),
    ),
  );

  // When each Kitsu entity was last written to AYON by a batch (performance.now()), and who waits for it.
  const landedAt = new Map<string, number>();
  const waiters = new Map<string, { after: number; resolve: (at: number) => void }>();
  const batches: { at: number; report: BatchReport }[] = [];
  const refused: string[] = [];
  const started = performance.now();
  engine = createSyncEngine({
    kitsu: kitsuClient({ fetch: engineKitsu.fetch }),
    ayon: ayonClient({ fetch: engineAyon.fetch }),
    projects: [project.id],
    checkpoints: createMemoryCheckpointStore(),
    reconcileIntervalMs: 0,
    chunkSize,
  });
  engine.onBatch((batch) => {
    const at = performance.now();
    batches.push({ at, report: batch });
    const failed = new Set(batch.report?.failures.map((failure) => failure.kitsuId));
    for (const failure of batch.report?.failures ?? [])
      refused.push(`${failure.action} ${failure.path}: ${failure.reason}`);
    for (const event of batch.events) {
      const id = event.data.shot_id;
      if (typeof id !== "string" || failed.has(id)) continue;
      landedAt.set(id, at);
      const waiter = waiters.get(id);
      if (waiter && at >= waiter.after) {
        waiters.delete(id);
        waiter.resolve(at);
      }
    }
  });
  await engine.start();
  const startSeconds = (performance.now() - started) / 1000;
  const ayonProject = engine.status().projects[0]?.ayonProject;
  if (!ayonProject) throw new Error("the engine did not pair the project");
  sample();
  sampler = setInterval(sample, 50);
  console.log(
    `engine started in ${startSeconds.toFixed(1)} s (project "${ayonProject}": ${SEED_SHOTS} shots in 1 sequence, full reconcile on start), chunk size ${n(chunkSize)}, socket ${engine.status().connected ? "connected" : "down (polling)"}`,
  );

  /** Resolves with the time of the first batch after `after` that wrote this shot. */
  const landed = (id: string, after: number) => {
    const at = landedAt.get(id);
    if (at !== undefined && at >= after) return Promise.resolve(at);
    return new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.delete(id);
        reject(new Error(`shot ${id} did not reach AYON within ${LAND_TIMEOUT_MS / 1000} s`));
      }, LAND_TIMEOUT_MS);
      waiters.set(id, {
        after,
        resolve: (landedTime) => {
          clearTimeout(timer);
          resolve(landedTime);
        },
      });
    });
  };
  let renames = 0;
  /** Renames a shot and waits for AYON to have it; resolves with the latency in ms and when it landed. */
  const rename = async (id: string) => {
    const before = performance.now();
    const wait = landed(id, before);
    await kitsu.entities.update(id, { name: `SH${String(++renames).padStart(4, "0")}R` });
    const at = await wait;
    return { latency: at - before, at };
  };
  /** Waits until every shot has been written by a batch after `after`. */
  const allLanded = async (ids: readonly string[], after: number) =>
    Math.max(...(await Promise.all(ids.map((id) => landed(id, after)))));
  const csv = (prefix: string, count: number) => {
    const rows = ["Sequence,Name,Frame In,Frame Out"];
    const perSequence = Math.ceil(count / BURST_SEQUENCES);
    for (let index = 0; index < count; index++) {
      const nbFrames = 24 + ((index * 37) % 96);
      rows.push(
        `${prefix}${String(Math.floor(index / perSequence) + 1).padStart(2, "0")},SH${String(((index % perSequence) + 1) * 10).padStart(4, "0")},${FIRST_FRAME},${FIRST_FRAME + nbFrames - 1}`,
      );
    }
    return `${rows.join("\n")}\n`;
  };

  // ---- Idle: one change at a time ----
  const idle: number[] = [];
  for (let index = 0; index < nbIdle; index++) {
    if (index % 2 === 0) {
      const shot = seeded[(index / 2) % seeded.length];
      if (!shot) throw new Error("no seeded shot");
      idle.push((await rename(shot.id)).latency);
    } else {
      const before = performance.now();
      const shot = await kitsu.shots.create(project.id, {
        name: `SH${String(9000 + index).padStart(4, "0")}`,
        sequence_id: sequence.id,
      });
      idle.push((await landed(shot.id, before)) - before);
    }
  }
  console.log(
    `idle: ${n(nbIdle)} single changes one at a time (renames and creations alternately), Kitsu request to AYON write: ${spread(idle)}`,
  );

  // ---- Burst: one import request ----
  const burst = async (prefix: string, count: number, during?: () => Promise<{ latency: number; at: number }[]>) => {
    const base = {
      operations: engineAyon.matching,
      ayonRequests: engineAyon.requests,
      kitsuRequests: engineKitsu.requests,
      kitsuRoutes: new Map(engineKitsu.routes),
      batches: batches.length,
    };
    const before = performance.now();
    const importing = kitsu.shots.importCsv(project.id, csv(prefix, count));
    const singles = during?.();
    // Awaited below; a rejection before then must not count as unhandled.
    singles?.catch(() => {});
    const imported = await importing;
    const importSeconds = (performance.now() - before) / 1000;
    if (imported.length !== count) throw new Error(`the import created ${imported.length} shots, expected ${count}`);
    const ids = imported.map((shot) => shot.id);
    const last = await allLanded(ids, before);
    const window = batches.slice(base.batches).filter(({ at }) => at <= last);
    const result = {
      ids,
      last,
      importSeconds,
      totalSeconds: (last - before) / 1000,
      latencies: ids.map((id) => (landedAt.get(id) ?? Number.NaN) - before),
      operations: engineAyon.matching - base.operations,
      ayonRequests: engineAyon.requests - base.ayonRequests,
      kitsuRequests: engineKitsu.requests - base.kitsuRequests,
      kitsuRoutes: routesSince(engineKitsu.routes, base.kitsuRoutes),
      batches: window.length,
      reportedRequests: window.reduce((sum, { report }) => sum + (report.report?.requests ?? 0), 0),
      events: window.reduce((sum, { report }) => sum + report.events.length, 0),
      singles: await singles,
    };
    const inAyon = await checkAyon.entities.folders(ayonProject, { kitsuIds: ids });
    if (inAyon.length !== count) throw new Error(`AYON has ${inAyon.length} of the ${count} imported shots`);
    return result;
  };

  const first = await burst("SQB", nbShots);
  const bound = Math.ceil(nbShots / chunkSize) + BOUND_SLACK;
  console.log(
    `burst: ${n(nbShots)} shots in ${BURST_SEQUENCES} new sequences imported in one request (${first.importSeconds.toFixed(1)} s), chunk size ${n(chunkSize)}`,
  );
  console.log(
    `  AYON write requests (operations POSTs): ${n(first.operations)} (bound ceil(${n(nbShots)}/${n(chunkSize)}) + ${BOUND_SLACK} = ${n(bound)}: ${first.operations <= bound ? "within" : "EXCEEDED"}); onBatch report.requests sum ${n(first.reportedRequests)}; AYON requests in all ${n(first.ayonRequests)}`,
  );
  console.log(
    `  batches: ${n(first.batches)} (${n(first.events)} events); Kitsu requests by the engine: ${n(first.kitsuRequests)} (${first.kitsuRoutes
      .slice(0, 4)
      .map(([route, count]) => `${route} ${n(count)}`)
      .join(", ")})`,
  );
  console.log(
    `  import start to last shot in AYON: ${first.totalSeconds.toFixed(1)} s; per shot, import start to its batch: ${spread(first.latencies)}`,
  );

  // ---- Single renames while a second burst is imported ----
  const second = await burst("SQC", SECOND_BURST_SHOTS, async () => {
    const results: { latency: number; at: number }[] = [];
    for (let index = 0; index < UNDER_BURST_RENAMES; index++) {
      const shot = seeded[index % seeded.length];
      if (!shot) throw new Error("no seeded shot");
      results.push(await rename(shot.id));
    }
    return results;
  });
  const singles = second.singles ?? [];
  const overlapped = singles.filter(({ at }) => at <= second.last).length;
  console.log(
    `under burst: ${UNDER_BURST_RENAMES} single renames one at a time while ${n(SECOND_BURST_SHOTS)} shots are imported (import request ${second.importSeconds.toFixed(1)} s, last shot in AYON after ${second.totalSeconds.toFixed(1)} s, ${n(second.operations)} write requests, ${n(second.batches)} batches; ${overlapped} of the renames landed before it): ${spread(singles.map(({ latency }) => latency))}`,
  );

  sample();
  const metrics = engine.metrics();
  console.log(
    `engine totals: ${n(metrics.eventsIn)} events, ${n(metrics.batches)} batches, ${n(metrics.writeRequests)} write requests, ${n(metrics.writes.create)} creates, ${n(metrics.writes.update)} updates, ${n(metrics.deadLetters)} dead letters, ${n(refused.length)} refused, errors ${JSON.stringify(metrics.errors)}; peak rss ${mib(peak.rss)}, peak heap ${mib(peak.heapUsed)}`,
  );
  for (const reason of refused.slice(0, 5)) console.error(`[bench] refused: ${reason}`);
} finally {
  clearInterval(sampler);
  await engine?.stop({ drain: false }).catch((error: unknown) => console.error("[bench] engine stop:", error));
  await Promise.all([emulator.stop(), kitsuServer.stop()]);
}
