import type { AyonClient, Logger } from "@kitsu-ayon/ayon-sdk";
import type {
  KitsuClient,
  KitsuEvent,
  KitsuEventCursor,
  KitsuEventName,
  KitsuEventStream,
  KitsuEventStreamOptions,
  KitsuSchemas,
  TypedKitsuEvent,
} from "@kitsu-ayon/kitsu-sdk";
import type { EntityKind } from "../mapping/snapshot-entities.js";
import type { PairingOptions } from "../reconcile/pairing.js";
import type { ReconcileOptions, ReconcileReport } from "../reconcile/reconcile-project.js";
import { type Checkpoint, type CheckpointStore, checkpointKey, type DeadLetter } from "./checkpoint.js";
import { classifyFailure, retryDelayMs } from "./failure-policy.js";
import {
  createHandlerRegistry,
  DEFAULT_SYNC_HANDLERS,
  type DefaultSyncHandlerName,
  type HandlerContext,
  type SyncErrorHandler,
  type SyncHandler,
  type SyncRequests,
} from "./handlers.js";
import { emptyMetrics, observe, type SyncMetrics } from "./metrics.js";
import { type LaneState, ProjectLane } from "./project-lane.js";
import { emptyTouched, type Touched } from "./refresh-snapshot.js";

/** Which Kitsu projects sync. */
export type ProjectSelection =
  /** Every open Kitsu project; one created or opened while running is picked up, one closed is dropped. */
  | "all-open"
  /** Open Kitsu projects already paired with an AYON project (`data.kitsuProjectId`), picked up when paired. */
  | "paired"
  /** These Kitsu projects, by id or name, whatever their status. */
  | readonly string[];

export interface SyncEngineOptions extends Omit<ReconcileOptions, "dryRun" | "signal" | "logger" | "pairing"> {
  kitsu: KitsuClient;
  ayon: AyonClient;
  /** @default "all-open" */
  projects?: ProjectSelection;
  /** The AYON name and code to give a Kitsu project that is not paired yet. @default derived from its name and code */
  pairing?: (project: KitsuSchemas["Project"]) => PairingOptions | undefined;
  checkpoints: CheckpointStore;
  /** @default `checkpointKey(kitsu.apiUrl, projects)` */
  checkpointKey?: string;
  logger?: Logger;
  /** Register the default sync handlers: all, none, or these. @default true */
  defaultHandlers?: boolean | readonly DefaultSyncHandlerName[];
  /** A batch is synced once no new event came for this long... @default 200 */
  coalesceMs?: number;
  /** ...or once its first event waited this long. @default 2000 */
  coalesceMaxMs?: number;
  /**
   * A project that received at least this many events in the last `coalesceMaxMs` is in a burst (an
   * import, a bulk change): its batch keeps growing until no event came for a second, it holds
   * `chunkSize` events, or its first event waited `burstMaxMs`, so a burst is written in few large
   * requests. @default 20
   */
  burstEvents?: number;
  /** @default 10000 */
  burstMaxMs?: number;
  /** Events per batch at most. @default 5000 */
  maxBatchEvents?: number;
  /** Reading the Kitsu log pauses while this many events wait. @default 20000 */
  maxPendingEvents?: number;
  retry?: {
    /** Attempts before an event is parked in the dead-letter list. @default 5 */
    attempts?: number;
    /** @default 1000 */
    baseDelayMs?: number;
    /** @default 60000 */
    maxDelayMs?: number;
    /**
     * Longest wait between two tries while a server is unreachable or busy (a transient failure:
     * network, timeouts, 429, 502-504, AYON's "locked"). Such failures do not count as attempts:
     * the event is tried again for as long as the outage lasts, and never parked. @default 10000
     */
    outageMaxDelayMs?: number;
  };
  /** Full reconcile of every project this often; 0 disables. @default 4 hours */
  reconcileIntervalMs?: number;
  /** Full reconcile of every project when starting. @default true */
  reconcileOnStart?: boolean;
  /** Re-list Kitsu projects (and AYON pairings) this often, besides project events. @default 60000 */
  selectionRefreshMs?: number;
  /** Kept at most; the oldest go first, with an error log. @default 10000 */
  maxDeadLetters?: number;
  /** Options of the Kitsu event stream (polling, look-back...). */
  stream?: Omit<KitsuEventStreamOptions, "cursor" | "projectIds">;
  /**
   * Where events come from: Kitsu's log, read from the stored cursor (the default), or `external`:
   * the caller hands them in with `submit()` (a processor fed by a queue such as AYON's event system)
   * and keeps its own position; the checkpoint then holds only the dead letters.
   */
  intake?: "kitsu-log" | "external";
}

/** What became of an event handed in with `submit()`. */
export type SubmitOutcome =
  | { outcome: "processed" }
  /** It failed every attempt and is in the dead-letter list. */
  | { outcome: "parked"; error: string };

/** One synced project, as `status()` shows it. */
export interface ProjectStatus {
  kitsuProjectId: string;
  name: string;
  ayonProject: string | undefined;
  state: LaneState;
  /** Events of this project waiting to be synced. */
  pending: number;
  lastError: string | undefined;
  lastFullReconcileAt: string | undefined;
  lastSyncAt: string | undefined;
}

export interface SyncEngineStatus {
  state: "idle" | "starting" | "running" | "stopping" | "stopped";
  /** The Kitsu socket is up (events arrive at once; otherwise the log is polled). */
  connected: boolean;
  cursor: KitsuEventCursor | undefined;
  projects: ProjectStatus[];
  /** Explicitly selected projects Kitsu does not have. */
  missingProjects: string[];
  /**
   * A server has been unreachable or busy since `since` (the last transient failure's message in
   * `error`); events wait it out and none is parked. Cleared by the next event synced.
   */
  outage: { since: string; error: string } | undefined;
  metrics: SyncMetrics;
}

/** What `onBatch` listeners get after each batch is written. */
export interface BatchReport {
  kitsuProjectId: string | undefined;
  events: KitsuEvent[];
  /** Undefined for a batch that synced nothing (events no handler asked anything for). */
  report: ReconcileReport | undefined;
  durationMs: number;
}

export interface SyncEngine {
  /** Loads the checkpoint, selects projects, reconciles them (unless told not to), then follows Kitsu live. */
  start(): Promise<void>;
  /**
   * Stops reading Kitsu. With `drain` (the default) the events already read are synced and the
   * checkpoint stored first; without, in-flight work is abandoned and the next start replays it.
   */
  stop(options?: { drain?: boolean }): Promise<void>;
  /** A full reconcile now: of one project (Kitsu id or name), or of all synced ones. */
  reconcile(project?: string): Promise<ReconcileReport[]>;
  status(): SyncEngineStatus;
  metrics(): SyncMetrics;
  on<N extends KitsuEventName>(names: N | readonly N[], handler: SyncHandler<TypedKitsuEvent<N>>): () => void;
  onAny(handler: SyncHandler): () => void;
  onError(handler: SyncErrorHandler): () => void;
  onBatch(listener: (batch: BatchReport) => void): () => void;
  /**
   * With `intake: "external"`: processes one event like one read from the log (handlers, coalesced
   * batches, retries) and resolves once its effect is in AYON, or once it was parked. Rejects when the
   * engine stops first (without draining): the event's effect may then be missing.
   */
  submit(event: KitsuEvent): Promise<SubmitOutcome>;
  deadLetters(): readonly DeadLetter[];
  /**
   * Tries parked events again (all, or those with these event ids) and returns how many were queued.
   * Each stays in the list, and in the stored checkpoint, until its retry succeeds. Events of projects
   * the engine does not sync now stay parked. Throws when the engine is not running.
   */
  retryDeadLetters(eventIds?: readonly string[]): number;
  /** Drops parked events for good (all, or those with these event ids); resolves with how many. */
  discardDeadLetters(eventIds?: readonly string[]): Promise<number>;
}

interface Pending {
  event: KitsuEvent;
  lane: string;
  done: boolean;
  attempts: number;
  /** Tries that failed for an outage (not counted in `attempts`): they set the backoff. */
  outageRetries?: number;
  notBefore: number;
  firstFailedAt?: string;
  /** What the handlers asked for, kept so a retry after a failed write does not run them again. */
  touched?: LaneTouched;
  afterSync: ((report: ReconcileReport | undefined) => void | Promise<void>)[];
  /** Handed in with `submit()`: told when done (outside the cursor's order). */
  settle?: { resolve: (outcome: SubmitOutcome) => void; reject: (error: Error) => void };
  /** Re-queued from the dead-letter list (outside the cursor's order): the entry it came from. */
  revived?: DeadLetter | undefined;
  arrivedAt: number;
}

interface LaneTouched extends Touched {
  full: boolean;
}

const STUDIO = "studio";
/** In a burst, a batch is written once no event came for this long. */
const BURST_QUIET_MS = 1000;
const PROJECT_EVENTS = new Set(["project:new", "project:update", "project:delete"]);

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };

function tagged(logger: Logger, fields: Record<string, unknown>): Logger {
  return {
    debug: (message, more) => logger.debug(message, { ...fields, ...more }),
    info: (message, more) => logger.info(message, { ...fields, ...more }),
    warn: (message, more) => logger.warn(message, { ...fields, ...more }),
    error: (message, more) => logger.error(message, { ...fields, ...more }),
  };
}

const errorKind = (error: unknown) => (error instanceof Error ? error.name || error.constructor.name : typeof error);
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Which side an error came from, for the error counters. */
function errorSide(error: unknown): string {
  const name = errorKind(error);
  if (name.startsWith("Kitsu")) return "kitsu";
  if (name.startsWith("Ayon")) return "ayon";
  return "sync";
}

/**
 * The live Kitsu -> AYON sync: reads Kitsu's event log from a stored cursor, runs the handlers of
 * each event, syncs what they asked for in coalesced batches (bulk Kitsu reads, a partial reconcile,
 * batch writes), and stores the cursor only once AYON has the batch. Projects proceed independently;
 * a failing event is retried with backoff, then parked in a dead-letter list without blocking others.
 */
export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { kitsu, ayon } = options;
  const logger = options.logger ?? silent;
  const selection: ProjectSelection = options.projects ?? "all-open";
  const key = options.checkpointKey ?? checkpointKey(kitsu.apiUrl, selection);
  const coalesceMs = options.coalesceMs ?? 200;
  const coalesceMaxMs = options.coalesceMaxMs ?? 2000;
  const maxBatch = options.maxBatchEvents ?? 5000;
  const burstEvents = options.burstEvents ?? 20;
  const burstMaxMs = options.burstMaxMs ?? 10_000;
  // A burst's batch is written once it fills a write request.
  const burstFull = Math.min(maxBatch, options.chunkSize ?? 500);
  const maxPending = options.maxPendingEvents ?? 20_000;
  const attempts = options.retry?.attempts ?? 5;
  const baseDelay = options.retry?.baseDelayMs ?? 1000;
  const maxDelay = options.retry?.maxDelayMs ?? 60_000;
  const outageMaxDelay = options.retry?.outageMaxDelayMs ?? 10_000;
  let outage: SyncEngineStatus["outage"];
  const maxDeadLetters = options.maxDeadLetters ?? 10_000;
  const registry = createHandlerRegistry();
  const batchListeners = new Set<(batch: BatchReport) => void>();
  const metrics = emptyMetrics();
  const lanes = new Map<string, ProjectLane>();
  const queues = new Map<string, Pending[]>([[STUDIO, []]]);
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const running = new Map<string, Promise<void>>();
  const order: Pending[] = [];
  let deadLetters: DeadLetter[] = [];
  let missingProjects: string[] = [];
  let state: SyncEngineStatus["state"] = "idle";
  let stream: KitsuEventStream | undefined;
  let intake: Promise<void> | undefined;
  let abort = new AbortController();
  let periodic: ReturnType<typeof setInterval> | undefined;
  let selectionTimer: ReturnType<typeof setInterval> | undefined;
  let saving: Promise<void> = Promise.resolve();
  let cursor: KitsuEventCursor | undefined;
  let wakeIntake: (() => void) | undefined;
  let selectionRefresh: Promise<void> | undefined;
  const external = options.intake === "external";
  /** Events in the engine, to reject the submitted ones left when it stops without draining. */
  const submitted = new Set<Pending>();

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
      reconcileIntervalMs: _ri,
      reconcileOnStart: _ro,
      selectionRefreshMs: _sr,
      maxDeadLetters: _md,
      stream: _s,
      ...rest
    } = options;
    const pairing = options.pairing?.(project);
    return { ...rest, logger, ...(pairing ? { pairing } : {}) };
  };

  const countError = (kind: string) => {
    metrics.errors[kind] = (metrics.errors[kind] ?? 0) + 1;
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

  // ---- Checkpoint ----
  const checkpoint = (): Checkpoint | undefined =>
    cursor ? { cursor, deadLetters, savedAt: new Date().toISOString() } : undefined;

  /** Saves one at a time; a failed save keeps the previous checkpoint and is retried with the next. */
  let saveQueued = false;
  const save = () => {
    if (saveQueued) return saving;
    saveQueued = true;
    saving = saving.then(async () => {
      saveQueued = false;
      const current = checkpoint();
      if (!current) return;
      try {
        await options.checkpoints.save(key, current);
      } catch (error) {
        countError("checkpoint");
        logger.error("kitsu-ayon: the checkpoint could not be stored; the last stored one stays", {
          error: message(error),
        });
      }
    });
    return saving;
  };

  /** Moves the cursor past every leading processed event, then stores it. */
  const advance = () => {
    let last: Pending | undefined;
    while (order[0]?.done) last = order.shift();
    if (last && stream && !abort.signal.aborted) {
      cursor = stream.ack(last.event);
      void save();
    }
    if (order.length < maxPending) wakeIntake?.();
  };

  const finish = (pending: Pending) => {
    if (pending.done) return;
    pending.done = true;
    if (outage) {
      logger.info("kitsu-ayon: the outage is over; events sync again", { since: outage.since });
      outage = undefined;
    }
    metrics.eventsProcessed++;
    if (pending.settle) {
      metrics.eventsPending--;
      submitted.delete(pending);
      pending.settle.resolve({ outcome: "processed" });
      return;
    }
    if (!pending.revived) {
      metrics.eventsPending--;
      return advance();
    }
    // A retried dead letter leaves the list only now that it went through (or was parked again).
    deadLetters = deadLetters.filter((letter) => letter !== pending.revived);
    metrics.deadLetters = deadLetters.length;
    void save();
  };

  const park = (pending: Pending, error: unknown) => {
    const now = new Date().toISOString();
    const revived = pending.revived !== undefined;
    const letter: DeadLetter = {
      event: pending.event,
      error: message(error),
      errorKind: errorKind(error),
      attempts: pending.attempts,
      firstFailedAt: pending.revived?.firstFailedAt ?? pending.firstFailedAt ?? now,
      lastFailedAt: now,
    };
    // Parked again: its old entry is replaced by this one.
    if (pending.revived) {
      const index = deadLetters.indexOf(pending.revived);
      if (index >= 0) deadLetters.splice(index, 1);
      pending.revived = undefined;
    }
    deadLetters.push(letter);
    if (deadLetters.length > maxDeadLetters) {
      const dropped = deadLetters.splice(0, deadLetters.length - maxDeadLetters);
      logger.error("kitsu-ayon: the dead-letter list is full; the oldest entries were dropped", {
        dropped: dropped.map((letter) => letter.event.id),
      });
    }
    metrics.deadLetters = deadLetters.length;
    logger.error("kitsu-ayon: event parked in the dead-letter list", {
      eventId: pending.event.id,
      event: pending.event.name,
      attempts: pending.attempts,
      error: message(error),
    });
    pending.done = true;
    metrics.eventsProcessed++;
    if (!revived) metrics.eventsPending--;
    submitted.delete(pending);
    pending.settle?.resolve({ outcome: "parked", error: letter.error });
    if (!pending.settle) advance();
    void save();
  };

  const fail = async (pending: Pending, error: unknown, stage: "handler" | "sync") => {
    if (abort.signal.aborted) return;
    if (classifyFailure(error) === "transient") return waitOutOutage(pending, error, stage);
    pending.attempts++;
    pending.firstFailedAt ??= new Date().toISOString();
    countError(stage === "handler" ? "handler" : errorSide(error));
    const willRetry = pending.attempts < attempts;
    await registry.reportError(
      error,
      { event: pending.event, stage, attempt: pending.attempts, willRetry },
      tagged(logger, { eventId: pending.event.id }),
    );
    if (!willRetry) {
      park(pending, error);
      return;
    }
    metrics.retries++;
    const delay = Math.min(maxDelay, baseDelay * 2 ** (pending.attempts - 1));
    pending.notBefore = Date.now() + delay * (0.8 + Math.random() * 0.4);
    logger.warn("kitsu-ayon: event failed; it will be tried again", {
      eventId: pending.event.id,
      event: pending.event.name,
      stage,
      attempt: pending.attempts,
      retryInMs: Math.round(pending.notBefore - Date.now()),
      error: message(error),
    });
    queueOf(pending.lane).push(pending);
    schedule(pending.lane);
  };

  /** A server is unreachable or busy: the event is tried again, with capped backoff, never parked. */
  const waitOutOutage = async (pending: Pending, error: unknown, stage: "handler" | "sync") => {
    pending.outageRetries = (pending.outageRetries ?? 0) + 1;
    countError(stage === "handler" ? "handler" : errorSide(error));
    if (!outage) logger.warn("kitsu-ayon: a server is unreachable or busy; waiting it out", { error: message(error) });
    outage = { since: outage?.since ?? new Date().toISOString(), error: message(error) };
    await registry.reportError(
      error,
      { event: pending.event, stage, attempt: pending.attempts + 1, willRetry: true },
      tagged(logger, { eventId: pending.event.id }),
    );
    metrics.retries++;
    pending.notBefore = Date.now() + retryDelayMs(pending.outageRetries, baseDelay, outageMaxDelay);
    queueOf(pending.lane).push(pending);
    schedule(pending.lane);
  };

  // ---- Lanes ----
  const queueOf = (lane: string): Pending[] => {
    let queue = queues.get(lane);
    if (!queue) {
      queue = [];
      queues.set(lane, queue);
    }
    return queue;
  };

  /** Arrival times of each lane's recent events, to tell a burst from a few edits. */
  const arrivals = new Map<string, number[]>();
  const arrived = (lane: string, at: number) => {
    const list = arrivals.get(lane) ?? [];
    list.push(at);
    if (list.length > burstEvents * 4) list.splice(0, list.length - burstEvents * 2);
    arrivals.set(lane, list);
  };
  const inBurst = (lane: string, now: number) => {
    const list = arrivals.get(lane) ?? [];
    let recent = 0;
    for (let index = list.length - 1; index >= 0 && (list[index] as number) > now - coalesceMaxMs; index--) recent++;
    return recent >= burstEvents;
  };

  /** Plans the lane's next batch: when its events stopped coming, or its oldest waited long enough. */
  const schedule = (lane: string) => {
    if (running.has(lane) || abort.signal.aborted) return;
    const queue = queueOf(lane);
    if (queue.length === 0) return;
    const now = Date.now();
    // One pass: this runs on every event of a burst.
    let ready = 0;
    let retry = false;
    let nextRetry = Number.POSITIVE_INFINITY;
    let newest = 0;
    let oldest = Number.POSITIVE_INFINITY;
    for (const pending of queue) {
      if (pending.notBefore > now) {
        nextRetry = Math.min(nextRetry, pending.notBefore);
        continue;
      }
      ready++;
      retry ||= pending.attempts > 0;
      newest = Math.max(newest, pending.arrivedAt);
      oldest = Math.min(oldest, pending.arrivedAt);
    }
    // Stopping: what waits out a retry delay stays after the cursor, for the next start.
    if (state === "stopping" && ready === 0) return;
    let at: number;
    if (ready === 0) at = nextRetry;
    else if (retry || ready >= maxBatch || ready >= burstFull || state === "stopping") at = now;
    else if (inBurst(lane, now)) at = Math.min(newest + BURST_QUIET_MS, oldest + burstMaxMs);
    else at = Math.min(newest + coalesceMs, oldest + coalesceMaxMs);
    clearTimeout(timers.get(lane));
    timers.set(
      lane,
      setTimeout(
        () => {
          timers.delete(lane);
          const work = runBatch(lane).finally(() => {
            running.delete(lane);
            schedule(lane);
          });
          running.set(lane, work);
        },
        Math.max(0, at - now),
      ),
    );
  };

  /**
   * Takes the lane's next batch: the ready events together (an outage fails and retries them as one
   * batch), except one on its last attempt, which goes alone so a poison event cannot take others along.
   */
  const takeBatch = (lane: string): Pending[] => {
    const queue = queueOf(lane);
    const now = Date.now();
    const last = queue.find(
      (pending) => pending.notBefore <= now && pending.attempts >= attempts - 1 && pending.attempts > 0,
    );
    const batch = last
      ? [last]
      : queue
          .filter((pending) => pending.notBefore <= now && (pending.attempts === 0 || pending.attempts < attempts - 1))
          .slice(0, maxBatch);
    const taken = new Set(batch);
    queues.set(
      lane,
      queue.filter((pending) => !taken.has(pending)),
    );
    return batch;
  };

  const requestsFor = (touched: LaneTouched, projectLane: boolean, log: Logger): SyncRequests => ({
    entity(id: string, kind?: EntityKind) {
      if (!projectLane) return log.warn("kitsu-ayon: sync.entity() on a studio-wide event is ignored", { id });
      if (!touched.entities.has(id) || kind !== undefined) touched.entities.set(id, kind);
    },
    task(id: string) {
      if (!projectLane) return log.warn("kitsu-ayon: sync.task() on a studio-wide event is ignored", { id });
      touched.tasks.add(id);
    },
    project() {
      touched.full = true;
    },
    users() {
      touched.users = true;
    },
  });

  /** Runs an event's handlers once; what they asked for is kept on the event. */
  const runHandlers = async (pending: Pending, lane: ProjectLane | undefined): Promise<boolean> => {
    if (pending.touched) return true;
    const touched: LaneTouched = { ...emptyTouched(), full: false };
    const log = tagged(logger, { eventId: pending.event.id, event: pending.event.name });
    const afterSync: Pending["afterSync"] = [];
    const context: HandlerContext = {
      event: pending.event,
      kitsu,
      ayon,
      pairing: lane?.pairing,
      logger: log,
      sync: requestsFor(touched, lane !== undefined, log),
      afterSync: (callback) => afterSync.push(callback),
      signal: abort.signal,
    };
    for (const handler of registry.matching(pending.event)) {
      try {
        await handler(context);
      } catch (error) {
        await fail(pending, error, "handler");
        return false;
      }
    }
    pending.touched = touched;
    pending.afterSync = afterSync;
    return true;
  };

  const merge = (into: LaneTouched, from: LaneTouched) => {
    for (const [id, kind] of from.entities) if (!into.entities.has(id) || kind) into.entities.set(id, kind);
    for (const id of from.tasks) into.tasks.add(id);
    into.users ||= from.users;
    into.full ||= from.full;
  };

  const recordReport = (report: ReconcileReport, userWrites: number) => {
    const refused = new Set(report.failures.map((failure) => `${failure.action} ${failure.kitsuId}`));
    for (const action of report.plan.actions) {
      const key = action.kind === "create" ? action.desired.key : action.key;
      if (!refused.has(`${action.kind} ${key}`) && !report.dryRun) metrics.writes[action.kind]++;
    }
    metrics.writes.anatomy += report.anatomy.writes;
    metrics.writes.users += userWrites + (report.scope === "full" ? report.users.writes : 0);
    metrics.writeRequests += report.requests;
    for (const failure of report.failures) {
      countError("entity");
      logger.warn("kitsu-ayon: AYON refused an entity; the others were written", { ...failure });
    }
  };

  const runBatch = async (laneId: string): Promise<void> => {
    const batch = takeBatch(laneId);
    if (batch.length === 0) return;
    const started = Date.now();
    const lane = lanes.get(laneId);
    if (laneId !== STUDIO && (!lane || lane.state === "removed")) {
      for (const pending of batch) {
        metrics.eventsIgnored++;
        finish(pending);
      }
      return;
    }
    const ok: Pending[] = [];
    for (const pending of batch) if (await runHandlers(pending, lane)) ok.push(pending);
    const touched: LaneTouched = { ...emptyTouched(), full: false };
    for (const pending of ok) if (pending.touched) merge(touched, pending.touched);
    const asked = touched.full || touched.users || touched.entities.size > 0 || touched.tasks.size > 0;
    let report: ReconcileReport | undefined;
    try {
      if (asked && lane) {
        const synced = await lane.exclusive(() =>
          touched.full
            ? lane.full(abort.signal).then((full) => ({ report: full, userWrites: 0 }))
            : lane.partial(touched, abort.signal),
        );
        report = synced.report;
        recordReport(synced.report, synced.userWrites);
        if (synced.report.scope === "full") {
          metrics.fullReconciles++;
          observe(metrics.timings.fullReconcile, synced.report.durationMs);
        }
      } else if (asked) {
        // A studio-wide change: every synced project takes it, each in its own queue.
        const results = await Promise.allSettled(
          [...lanes.values()]
            .filter((each) => each.state !== "removed")
            .map((each) =>
              each.exclusive(() =>
                touched.full
                  ? each.full(abort.signal).then((full) => ({ report: full, userWrites: 0 }))
                  : each.partial({ ...emptyTouched(), users: touched.users }, abort.signal),
              ),
            ),
        );
        for (const result of results) {
          if (result.status !== "fulfilled") continue;
          recordReport(result.value.report, result.value.userWrites);
          if (result.value.report.scope === "full") {
            metrics.fullReconciles++;
            observe(metrics.timings.fullReconcile, result.value.report.durationMs);
          }
        }
        const failed = results.find((result) => result.status === "rejected");
        if (failed) throw failed.reason;
      }
    } catch (error) {
      if (abort.signal.aborted) return;
      for (const pending of ok) await fail(pending, error, "sync");
      return;
    }
    const durationMs = Date.now() - started;
    metrics.batches++;
    observe(metrics.timings.batch, durationMs);
    const now = Date.now();
    for (const pending of ok) {
      observe(metrics.timings.eventToWrite, Math.max(0, now - Date.parse(pending.event.createdAt)));
      if (registry.matching(pending.event).length === 0) metrics.eventsIgnored++;
      finish(pending);
      for (const callback of pending.afterSync) {
        try {
          await callback(report);
        } catch (error) {
          countError("handler");
          logger.error("kitsu-ayon: an afterSync callback threw", {
            eventId: pending.event.id,
            error: message(error),
          });
        }
      }
    }
    const listeners = [...batchListeners];
    const summary: BatchReport = {
      kitsuProjectId: lane?.project.id,
      events: ok.map((pending) => pending.event),
      report,
      durationMs,
    };
    for (const listener of listeners) {
      try {
        listener(summary);
      } catch (error) {
        logger.error("kitsu-ayon: an onBatch listener threw", { error: message(error) });
      }
    }
  };

  // ---- Intake ----
  const route = (event: KitsuEvent): string | undefined => {
    if (event.projectId === null) return STUDIO;
    return lanes.has(event.projectId) ? event.projectId : undefined;
  };

  const receive = (event: KitsuEvent, settle?: Pending["settle"]) => {
    metrics.eventsIn++;
    const pending: Pending = {
      event,
      lane: STUDIO,
      done: false,
      attempts: 0,
      notBefore: 0,
      afterSync: [],
      arrivedAt: Date.now(),
      ...(settle ? { settle } : {}),
    };
    if (settle) submitted.add(pending);
    else order.push(pending);
    metrics.eventsPending++;
    if (PROJECT_EVENTS.has(event.name)) refreshSelectionSoon();
    const lane = route(event);
    if (lane === undefined || (lane === STUDIO && registry.matching(event).length === 0)) {
      metrics.eventsIgnored++;
      finish(pending);
      return;
    }
    pending.lane = lane;
    queueOf(lane).push(pending);
    arrived(lane, pending.arrivedAt);
    schedule(lane);
  };

  const runIntake = async (source: KitsuEventStream) => {
    for await (const event of source) {
      receive(event);
      while (order.length >= maxPending && !abort.signal.aborted && state !== "stopping")
        await new Promise<void>((resolve) => {
          wakeIntake = resolve;
        });
      if (abort.signal.aborted || state === "stopping") break;
    }
  };

  // ---- Project selection ----
  const listSelected = async (): Promise<KitsuSchemas["Project"][]> => {
    if (selection === "all-open" || selection === "paired") {
      const open = await kitsu.projects.listOpen();
      if (selection === "all-open") return open;
      const paired = await pairedKitsuIds();
      return open.filter((project) => paired.has(project.id));
    }
    const all = await kitsu.projects.listAll();
    const found: KitsuSchemas["Project"][] = [];
    const missing: string[] = [];
    for (const wanted of selection) {
      const project = all.find((each) => each.id === wanted) ?? all.find((each) => each.name === wanted);
      if (project) found.push(project);
      else missing.push(wanted);
    }
    if (missing.join() !== missingProjects.join())
      for (const name of missing)
        logger.error("kitsu-ayon: Kitsu has no project with this id or name", { project: name });
    missingProjects = missing;
    return found;
  };

  const pairedKitsuIds = async (): Promise<Set<string>> => {
    const answer = await ayon.graphql<{ projects: { edges: { node: { data: string | null } }[] } }>(
      "query { projects(first: 2000) { edges { node { data } } } }",
    );
    const ids = new Set<string>();
    for (const { node } of answer.projects.edges) {
      const id = node.data ? (JSON.parse(node.data) as Record<string, unknown>).kitsuProjectId : undefined;
      if (typeof id === "string") ids.add(id);
    }
    return ids;
  };

  /** Adds lanes for newly selected projects (reconciled first) and removes those no longer selected. */
  const refreshSelection = async (reconcileNew: boolean) => {
    let projects: KitsuSchemas["Project"][];
    try {
      projects = await listSelected();
    } catch (error) {
      countError("selection");
      // Refused credentials or rights at start: nothing can work, and start() says so.
      if (state === "starting" && classifyFailure(error) === "service") throw error;
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
      const lane = new ProjectLane(project, { kitsu, ayon }, () => reconcileOptions(project));
      lanes.set(project.id, lane);
      added.push(lane);
      logger.info("kitsu-ayon: project selected for sync", { kitsuProjectId: project.id, name: project.name });
    }
    if (reconcileNew) await Promise.all(added.map((lane) => runFull(lane).catch(() => {})));
    // A project whose first reconcile failed (a server down, a pairing race) is tried again here too,
    // not only when one of its events comes.
    for (const lane of lanes.values())
      if (lane.state === "failed" && !lane.snapshot && !added.includes(lane)) void runFull(lane).catch(() => {});
  };

  const refreshSelectionSoon = () => {
    if (selectionRefresh || state !== "running") return;
    selectionRefresh = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 250));
      await refreshSelection(true);
    })().finally(() => {
      selectionRefresh = undefined;
    });
  };

  const runFull = (lane: ProjectLane): Promise<ReconcileReport> =>
    lane.exclusive(async () => {
      try {
        const report = await lane.full(abort.signal);
        metrics.fullReconciles++;
        observe(metrics.timings.fullReconcile, report.durationMs);
        recordReport(report, 0);
        return report;
      } catch (error) {
        countError(errorSide(error));
        logger.error("kitsu-ayon: full reconcile failed; live events will try again", {
          kitsuProjectId: lane.project.id,
          error: message(error),
        });
        throw error;
      }
    });

  const lag = () => {
    const oldest = order.find((pending) => !pending.done);
    return oldest ? Math.max(0, (Date.now() - Date.parse(oldest.event.createdAt)) / 1000) : 0;
  };

  const snapshotMetrics = (): SyncMetrics => ({ ...structuredClone(metrics), lagSeconds: lag() });

  /**
   * Loads the checkpoint, fixes the starting point in Kitsu's log, selects the projects and
   * reconciles them. Rejects with a failure no retry cures (refused credentials or rights, a wrong
   * URL); other failures of a project's reconcile leave it to be tried again.
   */
  const startUp = async () => {
    const stored = await options.checkpoints.load(key);
    deadLetters = stored?.deadLetters ?? [];
    metrics.deadLetters = deadLetters.length;
    cursor = stored?.cursor;
    if (!external) {
      stream = kitsu.events.stream({ ...options.stream, ...(cursor ? { cursor } : {}) });
      stream.onError((error) => {
        countError("kitsu");
        logger.warn("kitsu-ayon: reading the Kitsu event log failed; retrying", { error: message(error) });
      });
      // Fix the starting point before reading projects: whatever changes after it arrives as events.
      cursor = await stream.ready;
      if (!stored) await save();
    }
    await refreshSelection(false);
    if (!(options.reconcileOnStart ?? true)) return;
    let refused: unknown;
    await Promise.all(
      [...lanes.values()].map((lane) =>
        runFull(lane).catch((error: unknown) => {
          if (classifyFailure(error) === "service") refused ??= error;
        }),
      ),
    );
    if (refused !== undefined) throw refused;
  };

  return {
    async start() {
      if (state !== "idle" && state !== "stopped") throw new Error(`the sync engine is ${state}`);
      state = "starting";
      abort = new AbortController();
      try {
        await startUp();
      } catch (error) {
        // A failure no retry cures (refused credentials or rights, a wrong URL): start() rejects with
        // it, and nothing keeps running.
        logger.error("kitsu-ayon: the sync engine cannot start", { error: message(error) });
        await stream?.close();
        stream = undefined;
        lanes.clear();
        state = "stopped";
        throw error;
      }
      state = "running";
      if (stream)
        intake = runIntake(stream).catch((error) => {
          countError("kitsu");
          logger.error("kitsu-ayon: event intake stopped", { error: message(error) });
        });
      const interval = options.reconcileIntervalMs ?? 4 * 3600_000;
      if (interval > 0)
        periodic = setInterval(() => {
          void this.reconcile().catch(() => {});
        }, interval);
      selectionTimer = setInterval(() => refreshSelectionSoon(), options.selectionRefreshMs ?? 60_000);
      logger.info("kitsu-ayon: sync engine running", {
        projects: [...lanes.values()].map((lane) => lane.project.name),
        cursor: cursor?.after,
      });
    },

    async stop(stopOptions = {}) {
      if (state !== "running" && state !== "starting") return;
      const drain = stopOptions.drain ?? true;
      state = "stopping";
      clearInterval(periodic);
      clearInterval(selectionTimer);
      await stream?.close();
      wakeIntake?.();
      if (drain) {
        await intake;
        await selectionRefresh;
        // Sync what was read, except events waiting out a retry delay: they stay after the cursor.
        for (const lane of queues.keys()) schedule(lane);
        while (running.size > 0 || timers.size > 0)
          await Promise.race([...running.values(), new Promise((resolve) => setTimeout(resolve, 10))]);
        await Promise.all([...lanes.values()].map((lane) => lane.exclusive(async () => {})));
        await save();
      } else {
        abort.abort(new Error("sync engine stopped"));
        for (const timer of timers.values()) clearTimeout(timer);
        timers.clear();
        await Promise.allSettled([...running.values()]);
        await saving;
      }
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      for (const pending of submitted)
        if (!pending.done) pending.settle?.reject(new Error("the sync engine stopped before this event was synced"));
      submitted.clear();
      order.length = 0;
      metrics.eventsPending = 0;
      for (const lane of queues.keys()) queues.set(lane, []);
      lanes.clear();
      state = "stopped";
      logger.info("kitsu-ayon: sync engine stopped", { drained: drain, cursor: cursor?.after });
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
      for (const pending of order)
        if (!pending.done) pendingBy.set(pending.lane, (pendingBy.get(pending.lane) ?? 0) + 1);
      return {
        state,
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
        outage,
        metrics: snapshotMetrics(),
      };
    },
    metrics: snapshotMetrics,
    on: (names, handler) => registry.on(names, handler),
    onAny: (handler) => registry.onAny(handler),
    onError: (handler) => registry.onError(handler),
    onBatch(listener) {
      batchListeners.add(listener);
      return () => batchListeners.delete(listener);
    },
    submit(event) {
      if (!external) return Promise.reject(new Error('submit() needs a sync engine created with intake: "external"'));
      if (state !== "running") return Promise.reject(new Error(`the sync engine is ${state}`));
      return new Promise<SubmitOutcome>((resolve, reject) => receive(event, { resolve, reject }));
    },
    deadLetters: () => [...deadLetters],
    retryDeadLetters(eventIds) {
      if (state !== "running") throw new Error(`the sync engine is ${state}: start it before retrying dead letters`);
      const queued = new Set<DeadLetter>();
      for (const pending of queues.values()) for (const each of pending) if (each.revived) queued.add(each.revived);
      let count = 0;
      for (const letter of deadLetters) {
        if (eventIds && !eventIds.includes(letter.event.id)) continue;
        const lane = route(letter.event);
        if (lane === undefined || queued.has(letter)) continue;
        queueOf(lane).push({
          event: letter.event,
          lane,
          done: false,
          attempts: 0,
          notBefore: 0,
          afterSync: [],
          revived: letter,
          arrivedAt: Date.now(),
        });
        schedule(lane);
        count++;
      }
      return count;
    },
    async discardDeadLetters(eventIds) {
      const before = deadLetters.length;
      deadLetters = deadLetters.filter((letter) => eventIds !== undefined && !eventIds.includes(letter.event.id));
      metrics.deadLetters = deadLetters.length;
      await save();
      return before - deadLetters.length;
    },
  };
}
