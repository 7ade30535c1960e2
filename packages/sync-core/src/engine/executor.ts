import type { AyonClient, Logger } from "@kitsu-ayon/ayon-sdk";
import type { KitsuClient, KitsuEvent } from "@kitsu-ayon/kitsu-sdk";
import type { EntityKind } from "../mapping/snapshot-entities.js";
import type { ReconcileReport } from "../reconcile/reconcile-project.js";
import type { HandlerContext, HandlerRegistry, SyncRequests } from "./handlers.js";
import type { ProjectLane } from "./project-lane.js";
import { emptyTouched, type Touched } from "./refresh-snapshot.js";

/** What the handlers of a batch asked for. */
export interface BatchTouched extends Touched {
  /** Reconcile the whole project. */
  full: boolean;
}

/** One event of a batch, as the executor sees it. */
export interface BatchWork {
  event: KitsuEvent;
  /** What its handlers asked for, once they ran: a retry after a failed write does not run them again. */
  touched?: BatchTouched;
  afterSync: ((report: ReconcileReport | undefined) => void | Promise<void>)[];
}

/** One project's sync of a batch. */
export interface LaneSync {
  report: ReconcileReport;
  /** Users written before the entities (a partial sync that met a new assignee). */
  userWrites: number;
}

export interface BatchResult<W extends BatchWork> {
  /** Work whose handlers all ran. When `error` is undefined, their effect is in the target. */
  handled: W[];
  /** Work whose handler threw: it is not part of the sync. */
  handlerFailures: { work: W; error: unknown }[];
  /** What each project synced (one for a project's batch, one per project for a studio-wide one). */
  syncs: LaneSync[];
  /** The sync of the handled work failed (after the other projects of a studio-wide batch went on). */
  error?: unknown;
}

export interface ExecutorContext {
  kitsu: KitsuClient;
  ayon: AyonClient;
  registry: HandlerRegistry;
  logger: Logger;
  signal: AbortSignal;
}

/** Where a batch goes: one project, or (studio-wide events: persons, task types...) every synced one. */
export type BatchTarget = { lane: ProjectLane } | { studio: readonly ProjectLane[] };

/**
 * The state-based sync of one batch: runs each event's handlers once, merges what they asked for,
 * then brings the target up to date for all of it together (bulk reads, one partial reconcile per
 * project, batched writes). Failures are returned, not thrown: the failure policy decides.
 */
export async function executeBatch<W extends BatchWork>(
  context: ExecutorContext,
  target: BatchTarget,
  batch: readonly W[],
): Promise<BatchResult<W>> {
  const lane = "lane" in target ? target.lane : undefined;
  const result: BatchResult<W> = { handled: [], handlerFailures: [], syncs: [] };
  for (const work of batch) {
    const error = await runHandlers(context, work, lane);
    if (error === undefined) result.handled.push(work);
    else result.handlerFailures.push({ work, error: error.thrown });
  }
  const touched = mergeTouched(result.handled.map((work) => work.touched as BatchTouched));
  const asked = touched.full || touched.users || touched.entities.size > 0 || touched.tasks.size > 0;
  if (!asked) return result;
  const syncLane = (each: ProjectLane, what: BatchTouched): Promise<LaneSync> =>
    each.exclusive(() =>
      what.full
        ? each.full(context.signal).then((report) => ({ report, userWrites: 0 }))
        : each.partial(what, context.signal),
    );
  if (lane) {
    try {
      result.syncs.push(await syncLane(lane, touched));
    } catch (error) {
      result.error = error;
    }
    return result;
  }
  // A studio-wide change: every synced project takes it, each in its own queue.
  const lanes = "studio" in target ? target.studio : [];
  const studioWide: BatchTouched = { ...emptyTouched(), users: touched.users, full: touched.full };
  const settled = await Promise.allSettled(lanes.map((each) => syncLane(each, studioWide)));
  for (const each of settled) {
    if (each.status === "fulfilled") result.syncs.push(each.value);
    else result.error ??= each.reason;
  }
  return result;
}

/** Runs an event's handlers once; what they asked for is kept on the work. */
async function runHandlers(
  context: ExecutorContext,
  work: BatchWork,
  lane: ProjectLane | undefined,
): Promise<{ thrown: unknown } | undefined> {
  if (work.touched) return undefined;
  const touched: BatchTouched = { ...emptyTouched(), full: false };
  const log = tagged(context.logger, { eventId: work.event.id, event: work.event.name });
  const afterSync: BatchWork["afterSync"] = [];
  const handlerContext: HandlerContext = {
    event: work.event,
    kitsu: context.kitsu,
    ayon: context.ayon,
    pairing: lane?.pairing,
    logger: log,
    sync: requestsFor(touched, lane !== undefined, log),
    afterSync: (callback) => afterSync.push(callback),
    signal: context.signal,
  };
  for (const handler of context.registry.matching(work.event)) {
    try {
      await handler(handlerContext);
    } catch (thrown) {
      return { thrown };
    }
  }
  work.touched = touched;
  work.afterSync = afterSync;
  return undefined;
}

function requestsFor(touched: BatchTouched, projectLane: boolean, log: Logger): SyncRequests {
  return {
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
  };
}

/** What a batch's handlers asked for, together. */
export function mergeTouched(all: readonly BatchTouched[]): BatchTouched {
  const into: BatchTouched = { ...emptyTouched(), full: false };
  for (const from of all) {
    for (const [id, kind] of from.entities) if (!into.entities.has(id) || kind) into.entities.set(id, kind);
    for (const id of from.tasks) into.tasks.add(id);
    into.users ||= from.users;
    into.full ||= from.full;
  }
  return into;
}

/** A logger that adds `fields` to every line. */
export function tagged(logger: Logger, fields: Record<string, unknown>): Logger {
  return {
    debug: (message, more) => logger.debug(message, { ...fields, ...more }),
    info: (message, more) => logger.info(message, { ...fields, ...more }),
    warn: (message, more) => logger.warn(message, { ...fields, ...more }),
    error: (message, more) => logger.error(message, { ...fields, ...more }),
  };
}
