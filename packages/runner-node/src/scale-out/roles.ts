import { createHash } from "node:crypto";
import type { AyonClient, EnrollWorker, Logger } from "@kitsu-ayon/ayon-sdk";
import type { KitsuClient, KitsuEvent, KitsuEventCursor, KitsuEventStream } from "@kitsu-ayon/kitsu-sdk";
import { createSyncEngine, type SyncEngine, type SyncEngineOptions } from "@kitsu-ayon/sync-core";

/** The AYON topic a leecher stores each Kitsu event under. */
export const KITSU_EVENT_TOPIC = "kitsu.event";
/** The AYON topic of a processor's job for one stored Kitsu event. */
export const KITSU_PROC_TOPIC = "kitsu.proc";

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The hash of a Kitsu event in AYON: the same for every leecher, so each event is stored once. */
export const kitsuEventHash = (site: string, eventId: string) =>
  createHash("sha256").update(`${site}#${eventId}`).digest("hex");

/** Seconds of Kitsu's log a leecher re-reads around its recovered position (the stream's look-back). */
const LOOKBACK_MS = 10_000;

/**
 * Where the leechers of a Kitsu site stand, from AYON itself: the newest stored Kitsu events (their
 * summaries carry the Kitsu time and id). Undefined when none is stored yet.
 */
export async function recoverLeecherCursor(ayon: AyonClient, site: string): Promise<KitsuEventCursor | undefined> {
  const answer = await ayon.graphql<{ events: { edges: { node: { summary: string | null } }[] } }>(
    `query Newest($topics: [String!]) { events(topics: $topics, last: 500) { edges { node { summary } } } }`,
    { topics: [KITSU_EVENT_TOPIC] },
  );
  const stored = answer.events.edges
    .map(({ node }) => (node.summary ? (JSON.parse(node.summary) as Record<string, unknown>) : {}))
    .filter((summary) => summary.site === site && typeof summary.kitsuCreatedAt === "string")
    .map((summary) => ({ id: String(summary.kitsuEventId), at: Date.parse(String(summary.kitsuCreatedAt)) }));
  if (stored.length === 0) return undefined;
  const newest = Math.max(...stored.map((event) => event.at));
  return {
    after: new Date(newest).toISOString().slice(0, 19),
    ids: stored.filter((event) => event.at >= newest - LOOKBACK_MS).map((event) => event.id),
  };
}

export interface LeecherOptions {
  kitsu: KitsuClient;
  ayon: AyonClient;
  /** Names the Kitsu site in hashes and summaries. @default kitsu.apiUrl */
  site?: string;
  logger?: Logger;
  stream?: Parameters<KitsuClient["events"]["stream"]>[0];
}

export interface Leecher {
  /** Kitsu events stored in AYON by this leecher, and those another leecher had stored first. */
  status(): { stored: number; duplicates: number; connected: boolean; cursor: KitsuEventCursor | undefined };
  stop(): Promise<void>;
}

/**
 * A leecher: reads Kitsu's event log and stores each event in AYON as a `kitsu.event` event whose
 * hash comes from the Kitsu site and event id, so any number of leechers store each event once. It
 * starts where the newest stored event says (recovered from AYON), and acknowledges an event only
 * once AYON has it; a failed store is retried with backoff until it goes through or the leecher stops.
 */
export async function startLeecher(options: LeecherOptions): Promise<Leecher> {
  const { kitsu, ayon } = options;
  const site = options.site ?? kitsu.apiUrl;
  const logger = options.logger ?? silent;
  const cursor = await recoverLeecherCursor(ayon, site);
  const stream: KitsuEventStream = kitsu.events.stream({ ...options.stream, ...(cursor ? { cursor } : {}) });
  stream.onError((error) =>
    logger.warn("kitsu-ayon leecher: reading the Kitsu log failed; retrying", { error: message(error) }),
  );
  await stream.ready;
  let stopped = false;
  let stored = 0;
  let duplicates = 0;
  const store = async (event: KitsuEvent) => {
    for (let attempt = 1; !stopped; attempt++) {
      try {
        const result = await ayon.events.dispatch({
          topic: KITSU_EVENT_TOPIC,
          hash: kitsuEventHash(site, event.id),
          description: `Kitsu ${event.name}`,
          summary: {
            site,
            kitsuEventId: event.id,
            kitsuCreatedAt: event.createdAt,
            kitsuProjectId: event.projectId,
            name: event.name,
          },
          payload: { site, event },
          finished: true,
        });
        if (result.outcome === "stored") stored++;
        else duplicates++;
        return true;
      } catch (error) {
        const delay = Math.min(30_000, 500 * 2 ** (attempt - 1));
        logger.warn("kitsu-ayon leecher: storing a Kitsu event in AYON failed; retrying", {
          eventId: event.id,
          attempt,
          retryInMs: delay,
          error: message(error),
        });
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
    return false;
  };
  const loop = (async () => {
    for await (const event of stream) {
      if (!(await store(event))) break;
      stream.ack(event);
    }
  })();
  logger.info("kitsu-ayon leecher: running", { site, from: cursor?.after ?? "the newest Kitsu event" });
  return {
    status: () => ({ stored, duplicates, connected: stream.connected, cursor: stream.cursor }),
    async stop() {
      stopped = true;
      await stream.close();
      await loop.catch(() => {});
    },
  };
}

export interface ProcessorOptions extends Omit<SyncEngineOptions, "intake"> {
  /** The enroll sender: stable across restarts of this processor, different for each processor. */
  sender: string;
  /** A job in progress for longer than this (its processor died) is failed, so it is enrolled again. @default 600000 */
  stuckJobTimeoutMs?: number;
  /** Wait between enroll calls when there is nothing to do. @default 1000 */
  pollIntervalMs?: number;
  /**
   * Share the projects out: this processor takes the events of its engine's selected projects (and
   * studio-wide ones) under its own job topic `kitsu.proc.<shard>`, so processors with different
   * shards and projects work in parallel. The project list is fixed when it starts.
   */
  shard?: string;
  /**
   * Enroll sequentially: one job at a time, in order, across every processor of the topic (AYON makes
   * the others wait). Not needed for correctness: each event syncs the current Kitsu state, so order
   * does not matter; it only serialises the work. @default false
   */
  sequential?: boolean;
  /** An engine created with `intake: "external"` to use (started here); by default one is created. */
  engine?: SyncEngine;
  /**
   * Jobs taken at once, each under its own stable sender (`<sender>.<n>`): the engine coalesces what
   * they hand in. @default 4
   */
  slots?: number;
}

/** A processor's engine: events handed in from AYON jobs, coalesced over a short quiet time (jobs come one by one). */
export function createProcessorEngine(options: Omit<SyncEngineOptions, "intake">): SyncEngine {
  return createSyncEngine({ coalesceMs: 20, ...options, intake: "external" });
}

export interface Processor {
  engine: SyncEngine;
  status(): { finished: number; failed: number; stuckFailed: number };
  stop(options?: { drain?: boolean }): Promise<void>;
}

/**
 * A processor: enrolls `kitsu.event` -> `kitsu.proc` jobs from AYON under a stable sender, hands each
 * stored Kitsu event to a sync engine (external intake) and marks the job finished once AYON has its
 * effect, or failed with the reason (never finished on failure). Events never age out
 * (`ignoreOlderThan: 0`). Jobs left in progress by a processor that died are failed after a timeout,
 * so AYON hands them out again. Any number of processors share the work.
 */
export async function startProcessor(options: ProcessorOptions): Promise<Processor> {
  const { ayon, sender } = options;
  const logger = options.logger ?? silent;
  const {
    sender: _s,
    stuckJobTimeoutMs: _t,
    pollIntervalMs: _p,
    slots: _n,
    engine: given,
    shard,
    sequential,
    ...engineOptions
  } = options;
  const engine = given ?? createProcessorEngine(engineOptions);
  await engine.start();
  const counts = { finished: 0, failed: 0, stuckFailed: 0 };
  const targetTopic = shard ? `${KITSU_PROC_TOPIC}.${shard}` : KITSU_PROC_TOPIC;
  const projectIds = engine.status().projects.map((project) => project.kitsuProjectId);
  const filter = shard
    ? {
        operator: "or" as const,
        conditions: [
          { key: "summary/kitsuProjectId", operator: "in" as const, value: projectIds },
          { key: "summary/kitsuProjectId", operator: "isnull" as const },
        ],
      }
    : undefined;
  const slot = (name: string): EnrollWorker =>
    ayon.events.worker({
      sourceTopic: KITSU_EVENT_TOPIC,
      targetTopic,
      sender: name,
      ...(filter ? { filter } : {}),
      sequential: sequential ?? false,
      ignoreOlderThan: 0,
      pollIntervalMs: options.pollIntervalMs ?? 1000,
      description: "kitsu-ayon processor",
      async handler({ source }) {
        const event = (source.payload as { event?: KitsuEvent }).event;
        if (!event?.id) throw new Error("the stored event has no Kitsu event in its payload");
        const outcome = await engine.submit(event);
        if (outcome.outcome === "parked") {
          counts.failed++;
          throw new Error(`not synced: ${outcome.error}`);
        }
        counts.finished++;
        return `synced ${event.name} ${event.id}`;
      },
      onError: (error, job) =>
        logger.warn("kitsu-ayon processor: a job failed", { jobId: job?.id, error: message(error) }),
    });
  const workers = Array.from({ length: sequential ? 1 : Math.max(1, options.slots ?? 4) }, (_, index) =>
    slot(`${sender}.${index + 1}`),
  );
  for (const worker of workers) worker.start();
  const stuckTimeout = options.stuckJobTimeoutMs ?? 600_000;
  const sweep = setInterval(() => void failStuckJobs().catch(() => {}), Math.min(60_000, stuckTimeout / 2));
  sweep.unref?.();
  async function failStuckJobs() {
    const olderThan = Date.now() - stuckTimeout;
    const stuck = await ayon.events.list({ topics: [targetTopic], statuses: ["in_progress"] });
    for (const job of stuck) {
      if (Date.parse(job.updatedAt) > olderThan) continue;
      await ayon.events.update(job.id, {
        status: "failed",
        description: `failed by ${sender}: in progress for more than ${Math.round(stuckTimeout / 1000)} s (its processor stopped)`,
        sender,
      });
      counts.stuckFailed++;
      logger.warn("kitsu-ayon processor: failed a job stuck in progress", { jobId: job.id, heldBy: job.sender });
    }
  }
  logger.info("kitsu-ayon processor: running", { sender, targetTopic, ...(shard ? { projects: projectIds } : {}) });
  return {
    engine,
    status: () => ({ ...counts }),
    async stop(stopOptions = {}) {
      clearInterval(sweep);
      await Promise.all(workers.map((worker) => worker.stop()));
      await engine.stop(stopOptions);
    },
  };
}
