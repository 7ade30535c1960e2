import type { Logger } from "@kitsu-ayon/ayon-sdk";
import type { KitsuEvent, KitsuEventCursor, KitsuEventStream, KitsuSchemas } from "@kitsu-ayon/kitsu-sdk";
import type { ReconcileOptions, ReconcileReport } from "../reconcile/reconcile-project.js";
import { checkpointKey, createCheckpointWriter, type DeadLetter } from "./checkpoint.js";
import { DeadLetterList } from "./dead-letters.js";
import type { SubmitOutcome, SyncEngine, SyncEngineOptions } from "./engine-api.js";
import { createEngineEmitter, type EngineState, notify, type Outage, type SyncEngineEvents } from "./engine-events.js";
import { type BatchTarget, type BatchWork, executeBatch, tagged } from "./executor.js";
import { classifyFailure, decideFailure, type RetryPolicy } from "./failure-policy.js";
import {
  createHandlerRegistry,
  DEFAULT_SYNC_HANDLERS,
  type DefaultSyncHandlerName,
  type SyncHandler,
} from "./handlers.js";
import { Ledger } from "./ledger.js";
import { countError, emptyMetrics, observe, recordReport, type SyncMetrics } from "./metrics.js";
import { ProjectLane } from "./project-lane.js";
import { listSelectedProjects, type ProjectSelection } from "./project-selection.js";
import { type Schedulable, Scheduler } from "./scheduler.js";

export type {
  ProjectStatus,
  SubmitOutcome,
  SyncEngine,
  SyncEngineOptions,
  SyncEngineStatus,
} from "./engine-api.js";
export type { BatchReport, EngineState, Outage, SyncEngineEvents } from "./engine-events.js";
export type { ProjectSelection } from "./project-selection.js";

/** One event in the engine. */
interface Pending extends Schedulable, BatchWork {
  lane: string;
  done: boolean;
  /** Tries that failed for an outage (not counted in `attempts`): they set the backoff. */
  outageRetries: number;
  firstFailedAt?: string;
  /** Handed in with `submit()`: told when done (outside the cursor's order). */
  settle?: { resolve: (outcome: SubmitOutcome) => void; reject: (error: Error) => void };
  /** Re-queued from the dead-letter list (outside the cursor's order): the entry it came from. */
  revived?: DeadLetter | undefined;
}

const STUDIO = "studio";
const PROJECT_EVENTS = new Set(["project:new", "project:update", "project:delete"]);

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };

const errorKind = (error: unknown) => (error instanceof Error ? error.name || error.constructor.name : typeof error);
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Which side an error came from, for the error counters. */
function errorSide(error: unknown): string {
  const name = errorKind(error);
  if (name.startsWith("Kitsu")) return "kitsu";
  if (name.startsWith("Ayon")) return "ayon";
  return "sync";
}

/** Resolves with `promise`, or rejects once `signal` aborts (a start cut short by `stop()`). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/**
 * The live Kitsu -> AYON sync. Its parts, each in its own module:
 * - the source: Kitsu's event log (kitsu-sdk's event stream: a durable ledger with a cursor, and a
 *   doorbell), or events handed in with `submit()`; `Ledger` holds what was read until the cursor
 *   may pass it, and pauses reading while it is full;
 * - the `Scheduler`: per-project lanes, coalescing, bursts, retry delays;
 * - the executor (`executeBatch`): handlers, then one state-based sync of the batch into AYON;
 * - the failure policy (`decideFailure`): wait out an outage, retry, park, or stop;
 * - the checkpoint (`CheckpointStore`, written one save at a time), stored only once AYON has the
 *   events' effects.
 * This function wires them and keeps the engine's state.
 */
export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { kitsu, ayon } = options;
  const logger = options.logger ?? silent;
  const selection: ProjectSelection = options.projects ?? "all-open";
  const key = options.checkpointKey ?? checkpointKey(kitsu.apiUrl, selection);
  const external = options.intake === "external";
  const reconcileOnStart = options.reconcileOnStart ?? true;
  const policy: RetryPolicy = {
    attempts: options.retry?.attempts ?? 5,
    baseDelayMs: options.retry?.baseDelayMs ?? 1000,
    maxDelayMs: options.retry?.maxDelayMs ?? 60_000,
    outageMaxDelayMs: options.retry?.outageMaxDelayMs ?? 10_000,
  };
  const maxBatch = options.maxBatchEvents ?? 5000;
  const registry = createHandlerRegistry();
  const emitter = createEngineEmitter();
  const emit = <N extends keyof SyncEngineEvents>(name: N, ...args: SyncEngineEvents[N]) =>
    notify(
      emitter,
      (event, error) => logger.error(`kitsu-ayon: a "${event}" listener threw`, { error: message(error) }),
      name,
      ...args,
    );
  const metrics = emptyMetrics();
  /** Mapping warnings already logged: each is logged once, not at every reconcile. */
  const warned = new Set<string>();
  const lanes = new Map<string, ProjectLane>();
  const ledger = new Ledger<Pending>(options.maxPendingEvents ?? 20_000);
  const deadLetters = new DeadLetterList(options.maxDeadLetters ?? 10_000);
  /** Events handed in with `submit()`, to reject those left when the engine stops. */
  const submitted = new Set<Pending>();
  const scheduler = new Scheduler<Pending>(
    {
      coalesceMs: options.coalesceMs ?? 200,
      coalesceMaxMs: options.coalesceMaxMs ?? 2000,
      burstEvents: options.burstEvents ?? 20,
      burstQuietMs: 1000,
      burstMaxMs: options.burstMaxMs ?? 10_000,
      // A burst's batch is written once it fills a write request.
      burstFull: Math.min(maxBatch, options.chunkSize ?? 500),
      maxBatch,
      aloneAfterAttempts: policy.attempts - 1,
    },
    (lane, batch) => runBatch(lane, batch),
  );
  let state: EngineState = "idle";
  let failure: unknown;
  let outage: Outage | undefined;
  let missingProjects: string[] = [];
  let stream: KitsuEventStream | undefined;
  let cursor: KitsuEventCursor | undefined;
  let intake: Promise<void> | undefined;
  let starting: Promise<void> | undefined;
  let abort = new AbortController();
  let selectionRefresh: Promise<void> | undefined;
  const timers: ReturnType<typeof setInterval>[] = [];

  const setState = (next: EngineState, error?: unknown) => {
    if (state === next) return;
    state = next;
    emit("state", next, error);
  };

  const reconcileOptions = (project: KitsuSchemas["Project"]): ReconcileOptions => {
    const {
      kitsu: _k,
      ayon: _a,
      projects: _p,
      pairing: _pa,
      checkpoints: _c,
      checkpointKey: _ck,
      logger: _l,
      defaultHandlers: _d,
      coalesceMs: _cm,
      coalesceMaxMs: _cx,
      burstEvents: _be,
      burstMaxMs: _bm,
      maxBatchEvents: _mb,
      maxPendingEvents: _mp,
      retry: _r,
      deadLetterRetryMs: _dr,
      reconcileIntervalMs: _ri,
      reconcileOnStart: _ro,
      selectionRefreshMs: _sr,
      maxDeadLetters: _md,
      drainTimeoutMs: _dt,
      stream: _s,
      intake: _i,
      ...rest
    } = options;
    const pairing = options.pairing?.(project);
    const onProgress = (progress: Parameters<NonNullable<ReconcileOptions["onProgress"]>>[0]) => {
      rest.onProgress?.(progress);
      emit("progress", progress);
    };
    return { ...rest, onProgress, logger, ...(pairing ? { pairing } : {}) };
  };

  // ---- Handlers: the defaults first, so a studio's own run after them. ----
  const defaults = options.defaultHandlers ?? true;
  for (const [name, handler] of Object.entries(DEFAULT_SYNC_HANDLERS) as [
    DefaultSyncHandlerName,
    (typeof DEFAULT_SYNC_HANDLERS)[DefaultSyncHandlerName],
  ][]) {
    if (defaults === true || (Array.isArray(defaults) && defaults.includes(name)))
      registry.onNames(handler.events, handler.handle as SyncHandler);
  }

  // ---- Checkpoint: the cursor (log intake) and the dead letters, one save at a time. ----
  const save = createCheckpointWriter(
    () =>
      external || cursor
        ? { ...(cursor ? { cursor } : {}), deadLetters: deadLetters.all(), savedAt: new Date().toISOString() }
        : undefined,
    (checkpoint) => options.checkpoints.save(key, checkpoint),
    (error) => {
      countError(metrics, "checkpoint");
      emit("error", error, { stage: "checkpoint", willRetry: true });
      logger.error("kitsu-ayon: the checkpoint could not be stored; the last stored one stays", {
        error: message(error),
      });
    },
  );

  /** Moves the cursor past every leading done event, then stores it. */
  const advance = () => {
    const last = ledger.advance();
    if (last && stream && !abort.signal.aborted) {
      cursor = stream.ack(last.event);
      void save();
    }
  };

  const endOutage = () => {
    if (!outage) return;
    logger.info("kitsu-ayon: the outage is over; events sync again", { since: outage.since });
    outage = undefined;
    emit("outage", undefined);
  };

  /** The event's effect is in AYON (or it needed none). */
  const finish = (pending: Pending, outcome: SubmitOutcome = { outcome: "processed" }) => {
    if (pending.done) return;
    pending.done = true;
    metrics.eventsProcessed++;
    if (pending.revived) {
      // A retried dead letter leaves the list only now that it went through.
      deadLetters.remove(pending.revived);
      metrics.deadLetters = deadLetters.size;
      void save();
      return;
    }
    metrics.eventsPending--;
    if (pending.settle) {
      submitted.delete(pending);
      pending.settle.resolve(outcome);
      return;
    }
    advance();
  };

  const park = (pending: Pending, error: unknown, attempt: number) => {
    const { letter, dropped } = deadLetters.park(
      pending.event,
      {
        error: message(error),
        errorKind: errorKind(error),
        attempts: attempt,
        firstFailedAt: pending.firstFailedAt ?? new Date().toISOString(),
      },
      pending.revived,
    );
    if (dropped.length > 0)
      logger.error("kitsu-ayon: the dead-letter list is full; the oldest entries were dropped", {
        dropped: dropped.map((each) => each.event.id),
      });
    metrics.deadLetters = deadLetters.size;
    logger.error("kitsu-ayon: event parked in the dead-letter list", {
      eventId: pending.event.id,
      event: pending.event.name,
      attempts: attempt,
      error: letter.error,
    });
    emit("deadLetter", letter);
    const revived = pending.revived !== undefined;
    pending.revived = undefined;
    pending.done = true;
    metrics.eventsProcessed++;
    if (!revived) metrics.eventsPending--;
    submitted.delete(pending);
    if (pending.settle) pending.settle.resolve({ outcome: "parked", error: letter.error });
    else if (!revived) advance();
    void save();
  };

  /** Every failure of an event goes through the failure policy, here. */
  const fail = async (pending: Pending, error: unknown, stage: "handler" | "sync") => {
    if (abort.signal.aborted) return;
    const decision = decideFailure(error, pending, policy);
    countError(metrics, stage === "handler" ? "handler" : errorSide(error));
    // Not awaited: stopping waits for the running batch, which is this one.
    if (decision.action === "stop") return void failSelf(error);
    const willRetry = decision.action !== "park";
    const attempt = decision.action === "wait-out" ? pending.attempts + 1 : decision.attempt;
    const log = tagged(logger, { eventId: pending.event.id });
    await registry.reportError(error, { event: pending.event, stage, attempt, willRetry }, log);
    emit("error", error, { stage, willRetry });
    if (decision.action === "park") return park(pending, error, decision.attempt);
    metrics.retries++;
    if (decision.action === "wait-out") {
      pending.outageRetries++;
      if (!outage) {
        logger.warn("kitsu-ayon: a server is unreachable or busy; waiting it out", { error: message(error) });
        outage = { since: new Date().toISOString(), error: message(error) };
        emit("outage", outage);
      } else outage.error = message(error);
    } else {
      pending.attempts = decision.attempt;
      pending.firstFailedAt ??= new Date().toISOString();
      logger.warn("kitsu-ayon: event failed; it will be tried again", {
        eventId: pending.event.id,
        event: pending.event.name,
        stage,
        attempt: decision.attempt,
        retryInMs: decision.delayMs,
        error: message(error),
      });
    }
    pending.notBefore = Date.now() + decision.delayMs;
    scheduler.requeue(pending.lane, pending);
  };

  const targetOf = (laneId: string): BatchTarget | undefined => {
    if (laneId === STUDIO) return { studio: [...lanes.values()].filter((lane) => lane.state !== "removed") };
    const lane = lanes.get(laneId);
    return lane && lane.state !== "removed" ? { lane } : undefined;
  };

  const runBatch = async (laneId: string, batch: Pending[]): Promise<void> => {
    const started = Date.now();
    const target = targetOf(laneId);
    if (!target) {
      // Its project was dropped from the selection meanwhile.
      for (const pending of batch) {
        metrics.eventsIgnored++;
        finish(pending, { outcome: "ignored", reason: "project-not-selected" });
      }
      return;
    }
    const result = await executeBatch({ kitsu, ayon, registry, logger, signal: abort.signal }, target, batch);
    if (abort.signal.aborted) return;
    for (const sync of result.syncs) recordReport(metrics, sync.report, sync.userWrites, logger, warned);
    for (const { work, error } of result.handlerFailures) await fail(work, error, "handler");
    if (result.error !== undefined) {
      for (const pending of result.handled) await fail(pending, result.error, "sync");
      return;
    }
    // Over only once a server answered a sync: a batch that needed none proves nothing.
    if (result.syncs.length > 0) endOutage();
    const durationMs = Date.now() - started;
    metrics.batches++;
    observe(metrics.timings.batch, durationMs);
    const report = "lane" in target ? result.syncs[0]?.report : undefined;
    const now = Date.now();
    for (const pending of result.handled) {
      observe(metrics.timings.eventToWrite, Math.max(0, now - Date.parse(pending.event.createdAt)));
      if (registry.matching(pending.event).length === 0) metrics.eventsIgnored++;
      finish(pending);
      for (const callback of pending.afterSync) {
        try {
          await callback(report);
        } catch (error) {
          countError(metrics, "handler");
          logger.error("kitsu-ayon: an afterSync callback threw", { eventId: pending.event.id, error: message(error) });
        }
      }
    }
    emit("batch", {
      kitsuProjectId: "lane" in target ? target.lane.project.id : undefined,
      events: result.handled.map((pending) => pending.event),
      report,
      durationMs,
    });
  };

  // ---- Intake ----
  const laneOf = (event: KitsuEvent): string | undefined => {
    if (event.projectId === null) return STUDIO;
    return lanes.has(event.projectId) ? event.projectId : undefined;
  };

  const receive = (event: KitsuEvent, settle?: Pending["settle"]) => {
    metrics.eventsIn++;
    metrics.eventsPending++;
    const pending: Pending = {
      event,
      lane: STUDIO,
      done: false,
      attempts: 0,
      outageRetries: 0,
      notBefore: 0,
      afterSync: [],
      arrivedAt: Date.now(),
      ...(settle ? { settle } : {}),
    };
    if (settle) submitted.add(pending);
    else ledger.push(pending);
    if (PROJECT_EVENTS.has(event.name)) refreshSelectionSoon();
    const lane = laneOf(event);
    if (lane === undefined) {
      metrics.eventsIgnored++;
      (external ? logger.info : logger.debug)("kitsu-ayon: event of a project not selected; not synced", {
        eventId: event.id,
        event: event.name,
        kitsuProjectId: event.projectId,
      });
      return finish(pending, { outcome: "ignored", reason: "project-not-selected" });
    }
    if (lane === STUDIO && registry.matching(event).length === 0) {
      metrics.eventsIgnored++;
      return finish(pending);
    }
    pending.lane = lane;
    scheduler.add(lane, pending);
  };

  const runIntake = async (source: KitsuEventStream) => {
    for await (const event of source) {
      receive(event);
      await ledger.room();
      if (abort.signal.aborted || state !== "running") break;
    }
  };

  // ---- Project selection ----
  /** Adds lanes for newly selected projects (reconciled first) and removes those no longer selected. */
  const refreshSelection = async (reconcileNew: boolean) => {
    let projects: KitsuSchemas["Project"][];
    try {
      const listed = await listSelectedProjects({ kitsu, ayon }, selection);
      projects = listed.projects;
      if (listed.missing.join() !== missingProjects.join())
        for (const name of listed.missing)
          logger.error("kitsu-ayon: Kitsu has no project with this id or name", { project: name });
      missingProjects = listed.missing;
    } catch (error) {
      countError(metrics, "selection");
      // Refused credentials or rights: nothing can work.
      if (classifyFailure(error) === "service") {
        if (state === "starting") throw error;
        void failSelf(error);
        return;
      }
      emit("error", error, { stage: "selection", willRetry: true });
      logger.error("kitsu-ayon: could not list the projects to sync; keeping the current ones", {
        error: message(error),
      });
      return;
    }
    const wanted = new Set(projects.map((project) => project.id));
    for (const [id, lane] of lanes) {
      if (wanted.has(id) || lane.state === "removed") continue;
      lane.state = "removed";
      lanes.delete(id);
      logger.info("kitsu-ayon: project no longer synced", { kitsuProjectId: id, name: lane.project.name });
    }
    const added: ProjectLane[] = [];
    for (const project of projects) {
      if (lanes.has(project.id)) continue;
      const lane = new ProjectLane(project, { kitsu, ayon }, () => reconcileOptions(project), reconcileOnStart);
      lanes.set(project.id, lane);
      added.push(lane);
      logger.info("kitsu-ayon: project selected for sync", { kitsuProjectId: project.id, name: project.name });
    }
    if (reconcileNew) await Promise.all(added.map((lane) => runFull(lane).catch(() => {})));
    // A project whose first reconcile failed (a server down, a pairing race) is tried again here too,
    // not only when one of its events comes.
    for (const lane of lanes.values())
      if (lane.state === "failed" && !lane.snapshot && !added.includes(lane) && reconcileOnStart)
        void runFull(lane).catch(() => {});
  };

  const refreshSelectionSoon = () => {
    if (selectionRefresh || state !== "running") return;
    selectionRefresh = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 250));
      if (state === "running") await refreshSelection(true);
    })().finally(() => {
      selectionRefresh = undefined;
    });
  };

  const runFull = (lane: ProjectLane): Promise<ReconcileReport> =>
    lane.exclusive(async () => {
      try {
        const report = await lane.full(abort.signal);
        recordReport(metrics, report, 0, logger, warned);
        return report;
      } catch (error) {
        countError(metrics, errorSide(error));
        if (!abort.signal.aborted) emit("error", error, { stage: "reconcile", willRetry: true });
        logger.error("kitsu-ayon: full reconcile failed; live events will try again", {
          kitsuProjectId: lane.project.id,
          error: message(error),
        });
        if (classifyFailure(error) === "service" && state === "running") void failSelf(error);
        throw error;
      }
    });

  /** Seconds from the oldest event not synced yet (read or still in Kitsu's log after the cursor) to now. */
  const lag = () => {
    let oldest = Number.POSITIVE_INFINITY;
    for (const pending of ledger.undone()) oldest = Math.min(oldest, Date.parse(pending.event.createdAt));
    for (const pending of submitted) oldest = Math.min(oldest, Date.parse(pending.event.createdAt));
    // Events still in Kitsu's log after the cursor (a backlog being read after downtime) count too.
    const backlog = stream?.backlogSince;
    if (backlog !== undefined)
      oldest = Math.min(oldest, Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(backlog) ? backlog : `${backlog}Z`));
    return Number.isFinite(oldest) ? Math.max(0, (Date.now() - oldest) / 1000) : 0;
  };

  const snapshotMetrics = (): SyncMetrics => ({ ...structuredClone(metrics), lagSeconds: lag() });

  const retryParked = (eventIds?: readonly string[]): number => {
    const queued = new Set(scheduler.queued().flatMap((pending) => (pending.revived ? [pending.revived] : [])));
    let count = 0;
    for (const letter of deadLetters.select(eventIds)) {
      const lane = laneOf(letter.event);
      if (lane === undefined || queued.has(letter)) continue;
      scheduler.requeue(lane, {
        event: letter.event,
        lane,
        done: false,
        attempts: 0,
        outageRetries: 0,
        notBefore: 0,
        afterSync: [],
        revived: letter,
        arrivedAt: Date.now(),
      });
      count++;
    }
    return count;
  };

  /**
   * A failure no retry cures came while running (credentials or rights revoked): the engine stops
   * at once, without storing anything past the events whose effect is in AYON, and says why.
   */
  const failSelf = async (error: unknown) => {
    if (state !== "running") return;
    failure = error;
    logger.error("kitsu-ayon: the sync engine stops: a failure no retry cures", { error: message(error) });
    await halt(false);
    setState("failed", error);
  };

  /** Ends everything the engine runs; with `drain`, syncs what was read first (up to the deadline). */
  const halt = async (drain: boolean) => {
    setState("stopping");
    for (const timer of timers.splice(0)) clearInterval(timer);
    await stream?.close();
    ledger.wake();
    let drained = false;
    if (drain) {
      await intake;
      await selectionRefresh;
      drained = await scheduler.drain(options.drainTimeoutMs ?? 30_000);
      if (!drained)
        logger.warn("kitsu-ayon: the drain deadline passed; the events left are synced by the next start", {
          left: ledger.undone().length + submitted.size,
        });
    }
    if (!drained) abort.abort(new Error("sync engine stopped"));
    await scheduler.close();
    if (drained) await Promise.all([...lanes.values()].map((lane) => lane.exclusive(async () => {})));
    await save();
    for (const pending of submitted)
      if (!pending.done) pending.settle?.reject(new Error("the sync engine stopped before this event was synced"));
    submitted.clear();
    scheduler.clear();
    ledger.clear();
    metrics.eventsPending = 0;
    lanes.clear();
    stream = undefined;
    return drained;
  };

  /**
   * Loads the checkpoint, fixes the starting point in Kitsu's log, selects the projects and
   * reconciles them. Rejects with a failure no retry cures (refused credentials or rights, a wrong
   * URL); other failures of a project's reconcile leave it to be tried again.
   */
  const startUp = async (signal: AbortSignal) => {
    const stored = await untilAborted(options.checkpoints.load(key), signal);
    deadLetters.load(stored?.deadLetters ?? []);
    metrics.deadLetters = deadLetters.size;
    cursor = stored?.cursor;
    if (!external) {
      stream = kitsu.events.stream({ ...options.stream, ...(cursor ? { cursor } : {}) });
      stream.onError((error) => {
        countError(metrics, "kitsu");
        logger.warn("kitsu-ayon: reading the Kitsu event log failed; retrying", { error: message(error) });
      });
      // Fix the starting point before reading projects: whatever changes after it arrives as events.
      cursor = await untilAborted(stream.ready, signal);
      if (!stored?.cursor) await save();
    }
    await untilAborted(refreshSelection(false), signal);
    if (!reconcileOnStart) return;
    let refused: unknown;
    await untilAborted(
      Promise.all(
        [...lanes.values()].map((lane) =>
          runFull(lane).catch((error: unknown) => {
            if (classifyFailure(error) === "service") refused ??= error;
          }),
        ),
      ),
      signal,
    );
    if (refused !== undefined) throw refused;
  };

  const run = () => {
    setState("running");
    if (stream)
      intake = runIntake(stream).catch((error: unknown) => {
        countError(metrics, "kitsu");
        logger.error("kitsu-ayon: the Kitsu event log cannot be read any more", { error: message(error) });
        void failSelf(error);
      });
    const interval = options.reconcileIntervalMs ?? 4 * 3600_000;
    if (interval > 0) timers.push(setInterval(() => void engine.reconcile().catch(() => {}), interval));
    timers.push(setInterval(() => refreshSelectionSoon(), options.selectionRefreshMs ?? 60_000));
    const retryEvery = options.deadLetterRetryMs ?? 600_000;
    if (retryEvery > 0)
      timers.push(
        setInterval(() => {
          const queued = retryParked();
          if (queued > 0) logger.info("kitsu-ayon: parked events are tried again", { events: queued });
        }, retryEvery),
      );
    logger.info("kitsu-ayon: sync engine running", {
      projects: [...lanes.values()].map((lane) => lane.project.name),
      cursor: cursor?.after,
    });
  };

  const engine: SyncEngine = {
    start() {
      if (state !== "idle" && state !== "stopped" && state !== "failed")
        return Promise.reject(new Error(`the sync engine is ${state}`));
      setState("starting");
      failure = undefined;
      abort = new AbortController();
      const signal = abort.signal;
      starting = (async () => {
        try {
          await startUp(signal);
        } catch (error) {
          await stream?.close();
          stream = undefined;
          lanes.clear();
          if (signal.aborted) {
            // stop() came during the start: the engine is stopped, as asked.
            setState("stopped");
            return;
          }
          // A failure no retry cures (refused credentials or rights, a wrong URL): start() rejects
          // with it, and nothing keeps running.
          logger.error("kitsu-ayon: the sync engine cannot start", { error: message(error) });
          setState("stopped");
          throw error;
        }
        if (signal.aborted) {
          await stream?.close();
          stream = undefined;
          lanes.clear();
          return;
        }
        run();
      })().finally(() => {
        starting = undefined;
      });
      return starting;
    },

    async stop(stopOptions = {}) {
      if (state === "starting") {
        setState("stopping");
        abort.abort(new Error("sync engine stopped during its start"));
        await starting?.catch(() => {});
        await save();
        setState("stopped");
        return;
      }
      if (state !== "running") return;
      const drained = await halt(stopOptions.drain ?? true);
      setState("stopped");
      logger.info("kitsu-ayon: sync engine stopped", { drained, cursor: cursor?.after });
    },

    async reconcile(project) {
      const targets = [...lanes.values()].filter(
        (lane) => project === undefined || lane.project.id === project || lane.project.name === project,
      );
      if (project !== undefined && targets.length === 0)
        throw new Error(`project "${project}" is not synced by this engine`);
      const results = await Promise.allSettled(targets.map((lane) => runFull(lane)));
      const failed = results.find((result) => result.status === "rejected");
      if (failed && project !== undefined) throw failed.reason;
      return results.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
    },

    status() {
      const pendingBy = new Map<string, number>();
      for (const pending of [...ledger.undone(), ...submitted])
        pendingBy.set(pending.lane, (pendingBy.get(pending.lane) ?? 0) + 1);
      return {
        state,
        ...(failure === undefined ? {} : { error: message(failure) }),
        connected: stream?.connected ?? false,
        cursor,
        projects: [...lanes.values()].map((lane) => ({
          kitsuProjectId: lane.project.id,
          name: lane.project.name,
          ayonProject: lane.pairing?.ayonProject,
          state: lane.state,
          pending: pendingBy.get(lane.project.id) ?? 0,
          lastError: lane.lastError,
          lastFullReconcileAt: lane.lastFullReconcileAt,
          lastSyncAt: lane.lastSyncAt,
        })),
        missingProjects: [...missingProjects],
        outage: outage ? { ...outage } : undefined,
        metrics: snapshotMetrics(),
      };
    },
    metrics: snapshotMetrics,
    events: emitter,
    on: (names, handler) => registry.on(names, handler),
    onAny: (handler) => registry.onAny(handler),
    onError: (handler) => registry.onError(handler),
    onBatch(listener) {
      emitter.on("batch", listener);
      return () => emitter.off("batch", listener);
    },
    submit(event) {
      if (!external) return Promise.reject(new Error('submit() needs a sync engine created with intake: "external"'));
      if (state !== "running") return Promise.reject(new Error(`the sync engine is ${state}`));
      return new Promise<SubmitOutcome>((resolve, reject) => receive(event, { resolve, reject }));
    },
    deadLetters: () => deadLetters.all(),
    retryDeadLetters(eventIds) {
      if (state !== "running") throw new Error(`the sync engine is ${state}: start it before retrying dead letters`);
      return retryParked(eventIds);
    },
    async discardDeadLetters(eventIds) {
      const count = deadLetters.discard(eventIds);
      metrics.deadLetters = deadLetters.size;
      await save();
      return count;
    },
  };
  return engine;
}
