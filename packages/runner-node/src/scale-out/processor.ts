import type { EnrollWorker, Logger, QueryFilter } from "@kitsu-ayon/ayon-sdk";
import type { KitsuEvent } from "@kitsu-ayon/kitsu-sdk";
import { createSyncEngine, type SyncEngine, type SyncEngineOptions } from "@kitsu-ayon/sync-core";
import { ConfigError } from "../config/config.js";
import { leecherFailureKind } from "./leecher.js";
import { processorSelectionProblem } from "./processor-selection.js";
import { createStuckJobWatch } from "./stuck-jobs.js";
import { KITSU_EVENT_TOPIC, KITSU_PROC_TOPIC } from "./topics.js";

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export interface ProcessorOptions extends Omit<SyncEngineOptions, "intake"> {
  /** The enroll sender: stable across restarts of this processor, different for each processor. */
  sender: string;
  /**
   * A job another processor holds in progress, unchanged for this long on this host's clock (its
   * processor died), is failed, so it is enrolled again. @default 600000
   */
  stuckJobTimeoutMs?: number;
  /** Wait between enroll calls when there is nothing to do. @default 1000 */
  pollIntervalMs?: number;
  /**
   * Share the projects out: this processor takes the events of the projects its engine selects now
   * (and studio-wide ones) under its own job topic `kitsu.proc.<shard>`, so processors with different
   * shards and projects work in parallel. Required when `projects` is a list: processors without a
   * shard share `kitsu.proc`, so they must all select "all-open" (or all "paired").
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
  /**
   * Jobs finished after syncing, failed (parked events), failed because another processor left them
   * stuck, and finished unsynced because their project is not one this processor selects.
   */
  status(): { finished: number; failed: number; stuckFailed: number; notSelected: number };
  stop(options?: { drain?: boolean }): Promise<void>;
  /**
   * Resolves with the error once AYON refuses this processor's identity (its key revoked, its rights
   * taken: enrolling fails for good) or its engine stopped itself; never resolves otherwise.
   */
  failed: Promise<unknown>;
}

/**
 * The enroll filter of a sharded processor: the events of the projects its engine selects now, and
 * the studio-wide ones (stored without a Kitsu project id). Asked before each enroll, so it follows
 * the selection.
 */
const shardFilter = (engine: SyncEngine) => (): QueryFilter => ({
  operator: "or",
  conditions: [
    {
      key: "summary/kitsuProjectId",
      operator: "in",
      value: engine.status().projects.map((project) => project.kitsuProjectId),
    },
    { key: "summary/kitsuProjectId", operator: "isnull" },
  ],
});

/**
 * A processor: enrolls `kitsu.event` -> `kitsu.proc` jobs from AYON under a stable sender, hands each
 * stored Kitsu event to a sync engine (external intake) and marks the job finished once AYON has its
 * effect, or failed with the reason (never finished on failure). Events never age out
 * (`ignoreOlderThan: 0`). Jobs left in progress by a processor that died are failed after a timeout,
 * so AYON hands them out again. Any number of processors share the work.
 *
 * Refuses (a `ConfigError`) to start with a list of projects and no shard: see `shard`.
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
  const problem = processorSelectionProblem(options.projects, shard);
  if (problem) throw new ConfigError([`processor ${sender}: ${problem}`]);
  const engine = given ?? createProcessorEngine(engineOptions);
  await engine.start();
  const counts = { finished: 0, failed: 0, stuckFailed: 0, notSelected: 0 };
  let refused: (error: unknown) => void = () => {};
  const failed = new Promise<unknown>((resolve) => {
    refused = resolve;
    engine.events.on("state", (state, error) => {
      if (state === "failed") resolve(error);
    });
  });
  const targetTopic = shard ? `${KITSU_PROC_TOPIC}.${shard}` : KITSU_PROC_TOPIC;
  /** Jobs this processor's slots are doing now: alive, whatever their age. */
  const doing = new Set<string>();
  const slot = (name: string): EnrollWorker =>
    ayon.events.worker({
      sourceTopic: KITSU_EVENT_TOPIC,
      targetTopic,
      sender: name,
      ...(shard ? { filter: shardFilter(engine) } : {}),
      sequential: sequential ?? false,
      ignoreOlderThan: 0,
      pollIntervalMs: options.pollIntervalMs ?? 1000,
      description: "kitsu-ayon processor",
      async handler({ job, source }) {
        const event = (source.payload as { event?: KitsuEvent }).event;
        if (!event?.id) throw new Error("the stored event has no Kitsu event in its payload");
        doing.add(job.id);
        try {
          return describeOutcome(await engine.submit(event), event);
        } finally {
          doing.delete(job.id);
        }
      },
      onError: (error, job) => {
        // Enrolling itself refused (no job): every try would be, so the processor stops.
        if (job === undefined && leecherFailureKind(error) === "service") {
          logger.error("kitsu-ayon processor: AYON refuses this processor; it stops", { error: message(error) });
          return refused(error);
        }
        logger.warn("kitsu-ayon processor: a job failed", { jobId: job?.id, error: message(error) });
      },
    });
  /** The job's description for what the engine did with its event; throws (fails the job) when it was parked. */
  const describeOutcome = (outcome: Awaited<ReturnType<SyncEngine["submit"]>>, event: KitsuEvent): string => {
    switch (outcome.outcome) {
      case "parked":
        counts.failed++;
        throw new Error(`not synced: ${outcome.error}`);
      case "ignored":
        // Only processors with this processor's selection share its topic (startProcessor refuses a
        // list without a shard), so no other processor would sync this event either.
        counts.notSelected++;
        logger.info(
          "kitsu-ayon processor: an event of a project not selected by this processor; its job is finished unsynced",
          {
            kitsuProjectId: event.projectId,
            eventId: event.id,
            event: event.name,
          },
        );
        return `not synced: project ${event.projectId ?? "?"} is not selected by this processor (${event.name} ${event.id})`;
      default:
        counts.finished++;
        return `synced ${event.name} ${event.id}`;
    }
  };
  const workers = Array.from({ length: sequential ? 1 : Math.max(1, options.slots ?? 4) }, (_, index) =>
    slot(`${sender}.${index + 1}`),
  );
  for (const worker of workers) worker.start();
  const stuckTimeout = options.stuckJobTimeoutMs ?? 600_000;
  const watch = createStuckJobWatch(stuckTimeout);
  const failStuckJobs = async () => {
    const inProgress = await ayon.events.list({ topics: [targetTopic], statuses: ["in_progress"] });
    for (const job of watch.observe(inProgress.filter((each) => !doing.has(each.id)))) {
      await ayon.events.update(job.id, {
        status: "failed",
        description: `failed by ${sender}: in progress, unchanged, for more than ${Math.round(stuckTimeout / 1000)} s (its processor stopped)`,
        sender,
      });
      counts.stuckFailed++;
      logger.warn("kitsu-ayon processor: failed a job stuck in progress", {
        jobId: job.id,
        heldBy: inProgress.find((each) => each.id === job.id)?.sender,
      });
    }
  };
  const sweep = setInterval(() => void failStuckJobs().catch(() => {}), Math.min(60_000, stuckTimeout / 2));
  sweep.unref?.();
  void failStuckJobs().catch(() => {});
  logger.info("kitsu-ayon processor: running", {
    sender,
    targetTopic,
    ...(shard ? { projects: engine.status().projects.map((project) => project.kitsuProjectId) } : {}),
  });
  return {
    engine,
    failed,
    status: () => ({ ...counts }),
    async stop(stopOptions = {}) {
      clearInterval(sweep);
      await Promise.all(workers.map((worker) => worker.stop()));
      await engine.stop(stopOptions);
    },
  };
}
