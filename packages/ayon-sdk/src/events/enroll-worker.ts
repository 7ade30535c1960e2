import { sleep } from "@kitsu-ayon/http-transport";
import { AyonServiceUnavailableError } from "../errors.js";
import type { Logger } from "../logger.js";
import type { QueryFilter } from "../resources/entities.js";
import type { AyonEvent, eventsResource } from "../resources/events.js";
import type { CallOptions } from "../resources/http.js";

export interface EnrollRequest {
  /**
   * Source topic, with `*` as a wildcard (`entity.folder.*`), or a list of exact topics: AYON matches
   * a list with `= ANY(...)`, so wildcards inside a list match nothing. Only `finished` events count.
   */
  sourceTopic: string | string[];
  /** The job's topic (no wildcards). One job exists per source event and target topic. */
  targetTopic: string;
  /**
   * Who takes the job. Must be stable across restarts: AYON gives a sender its own unfinished job
   * back, and a sequential queue waits for ever on a job held by a sender that never returns.
   * @default the client's sender
   */
  sender?: string;
  /** @default the client's sender type */
  senderType?: string;
  description?: string;
  /** Process source events one at a time, in order: wait while another sender holds a job. @default false */
  sequential?: boolean;
  /** A QueryFilter on the source events (`summary/...`, `payload/...`, `project`, `user`, ...). */
  filter?: QueryFilter;
  /** A failed job is re-enrolled until its retries exceed this. @default AYON's (3) */
  maxRetries?: number;
  /** Skip source events caused by these sender types, e.g. your own (`["kitsu"]`) to avoid echoes. */
  ignoreSenderTypes?: string[];
  /**
   * Skip source events last updated more than this many days ago; 0 means no limit. AYON's default
   * is 3, which silently never processes older events; this SDK's worker defaults to 0.
   */
  ignoreOlderThan?: number;
}

/** A job AYON handed out: a target event (`id`) that depends on a source event (`dependsOn`). */
export interface EnrollJob {
  id: string;
  dependsOn: string;
  hash: string;
  status?: string;
}

export interface EnrollJobContext {
  job: EnrollJob;
  /** The source event, with its payload. */
  source: AyonEvent;
  /** Aborted when the worker is stopped with `{ abortJob: true }`. */
  signal: AbortSignal;
  /** Reports progress (0-100) to WebSocket clients. */
  progress(percent: number): Promise<void>;
}

export interface EnrollWorkerOptions extends Omit<EnrollRequest, "filter"> {
  /**
   * A QueryFilter on the source events, or a function that gives it, called before each enroll: a
   * filter that follows something changing, such as the projects a processor holds now.
   */
  filter?: QueryFilter | (() => QueryFilter | undefined);
  /** Does the job. Resolve to finish it (the string, if any, becomes its description); throw to fail it. */
  handler: (context: EnrollJobContext) => Promise<string | undefined> | string | undefined;
  /** Wait between enroll calls when there is nothing to do. @default 2000 */
  pollIntervalMs?: number;
  /** Told about failed jobs and failed enroll calls; the worker keeps going. */
  onError?: (error: unknown, job?: EnrollJob) => void;
}

export type JobOutcome = { job: EnrollJob; status: "finished" | "failed"; description: string } | undefined;

export interface EnrollWorker {
  /** Enrolls once and, if AYON hands out a job, does it. Resolves with what happened. */
  runOnce(): Promise<JobOutcome>;
  /** Runs until `stop()`. */
  start(): void;
  /** Stops asking for jobs and waits for the current one to end (`abortJob` aborts its signal). */
  stop(options?: { abortJob?: boolean }): Promise<void>;
}

type Events = ReturnType<typeof eventsResource>;

export interface EnrollDeps {
  enroll: (request: EnrollRequest, o?: CallOptions) => Promise<EnrollJob | undefined>;
  events: Events;
  logger: Logger;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 2000);

/**
 * The worker loop of AYON's event system: enroll, mark the job in progress, read its source event,
 * run the handler, mark the job finished, or failed with the reason so AYON offers it again (up to
 * `maxRetries`). A job is never marked finished when its handler failed.
 */
export function createEnrollWorker(deps: EnrollDeps, options: EnrollWorkerOptions): EnrollWorker {
  const { handler, pollIntervalMs = 2000, onError, filter, ...rest } = options;
  const request: EnrollRequest = { ignoreOlderThan: 0, ...rest };
  const requestNow = (): EnrollRequest => {
    const current = typeof filter === "function" ? filter() : filter;
    return current ? { ...request, filter: current } : request;
  };
  const stopping = new AbortController();
  const aborting = new AbortController();
  let loop: Promise<void> | undefined;

  // AYON stores the request's X-Sender on every PATCH of an event that names no sender, which would
  // hand the job to another sender (api/events/events.py): always name the enrolling sender.
  const update = (id: string, changes: Parameters<Events["update"]>[1]) =>
    deps.events.update(id, request.sender === undefined ? changes : { ...changes, sender: request.sender });

  async function runJob(job: EnrollJob): Promise<JobOutcome> {
    try {
      await update(job.id, { status: "in_progress" });
      const source = await deps.events.get(job.dependsOn);
      const progress = (percent: number) => update(job.id, { progress: percent });
      const description = (await handler({ job, source, signal: aborting.signal, progress })) ?? "";
      await update(job.id, { status: "finished", description });
      return { job, status: "finished", description };
    } catch (error) {
      const description = describe(error);
      deps.logger.warn("ayon job failed", { jobId: job.id, sourceId: job.dependsOn, error: description });
      onError?.(error, job);
      await deps.events
        .update(job.id, { status: "failed", description })
        .catch((failure: unknown) => onError?.(failure, job));
      return { job, status: "failed", description };
    }
  }

  async function runOnce(): Promise<JobOutcome> {
    let job: EnrollJob | undefined;
    try {
      job = await deps.enroll(requestNow(), { signal: stopping.signal });
    } catch (error) {
      // 503: another identical enroll is running or the server is busy; try again later.
      if (error instanceof AyonServiceUnavailableError) return undefined;
      throw error;
    }
    return job ? runJob(job) : undefined;
  }

  async function run() {
    while (!stopping.signal.aborted) {
      let outcome: JobOutcome;
      try {
        outcome = await runOnce();
      } catch (error) {
        if (stopping.signal.aborted) return;
        onError?.(error);
        outcome = undefined;
      }
      if (outcome === undefined) await sleep(pollIntervalMs, stopping.signal).catch(() => {});
    }
  }

  return {
    runOnce,
    start() {
      loop ??= run();
    },
    async stop(stopOptions = {}) {
      stopping.abort(new Error("enroll worker stopped"));
      if (stopOptions.abortJob) aborting.abort(new Error("enroll worker stopped"));
      await loop;
    },
  };
}
