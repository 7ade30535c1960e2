import type { Logger } from "@kitsu-ayon/ayon-sdk";
import type { ReconcileReport } from "../reconcile/reconcile-project.js";

/** Count, sum and maximum of a timing, in milliseconds (a Prometheus summary without quantiles). */
export interface Timing {
  count: number;
  sumMs: number;
  maxMs: number;
  lastMs: number;
}

/** What a sync engine has done since it started. Counters only grow; `lagSeconds` and gauges move. */
export interface SyncMetrics {
  /** Events read from the Kitsu log. */
  eventsIn: number;
  /** Events whose effect is in AYON (or that needed none): the checkpoint may pass them. */
  eventsProcessed: number;
  /** Events of projects not synced, or that no handler takes. Counted in `eventsProcessed` too. */
  eventsIgnored: number;
  /** Events read and not yet processed. */
  eventsPending: number;
  /** Now minus the time of the oldest unprocessed event (0 when none). */
  lagSeconds: number;
  /** AYON writes applied, by kind. */
  writes: { create: number; update: number; delete: number; anatomy: number; users: number };
  /** AYON batch-operation requests. */
  writeRequests: number;
  /**
   * Errors, by kind: `kitsu` and `ayon` (a failed read or write), `sync` (another failure of a batch),
   * `handler`, `entity` (one entity AYON refused), `checkpoint`, `selection`.
   */
  errors: Record<string, number>;
  /** Attempts scheduled again after a failure. */
  retries: number;
  /** Events parked in the dead-letter list now. */
  deadLetters: number;
  /** Batches of coalesced events synced. */
  batches: number;
  /** Whole-project reconciles (on start, periodic, on request). */
  fullReconciles: number;
  timings: {
    /** One batch: Kitsu reads, plan and AYON writes. */
    batch: Timing;
    /** From an event's time in Kitsu to its effect written in AYON (Kitsu's times have 1 s precision). */
    eventToWrite: Timing;
    fullReconcile: Timing;
  };
}

export const emptyTiming = (): Timing => ({ count: 0, sumMs: 0, maxMs: 0, lastMs: 0 });

export function observe(timing: Timing, ms: number): void {
  timing.count++;
  timing.sumMs += ms;
  timing.lastMs = ms;
  if (ms > timing.maxMs) timing.maxMs = ms;
}

export function emptyMetrics(): SyncMetrics {
  return {
    eventsIn: 0,
    eventsProcessed: 0,
    eventsIgnored: 0,
    eventsPending: 0,
    lagSeconds: 0,
    writes: { create: 0, update: 0, delete: 0, anatomy: 0, users: 0 },
    writeRequests: 0,
    errors: {},
    retries: 0,
    deadLetters: 0,
    batches: 0,
    fullReconciles: 0,
    timings: { batch: emptyTiming(), eventToWrite: emptyTiming(), fullReconcile: emptyTiming() },
  };
}

export function countError(metrics: SyncMetrics, kind: string): void {
  metrics.errors[kind] = (metrics.errors[kind] ?? 0) + 1;
}

/**
 * Counts what a reconcile wrote (and, for a full one, the reconcile), and logs each entity AYON
 * refused and each mapping warning (a name taken by a sibling, a name with no character AYON
 * accepts...), the latter once per entity and message in `warned`'s lifetime.
 */
export function recordReport(
  metrics: SyncMetrics,
  report: ReconcileReport,
  userWrites: number,
  logger: Logger,
  warned?: Set<string>,
): void {
  const refused = new Set(report.failures.map((failure) => `${failure.action} ${failure.kitsuId}`));
  for (const action of report.plan.actions) {
    const key = action.kind === "create" ? action.desired.key : action.key;
    if (!refused.has(`${action.kind} ${key}`) && !report.dryRun) metrics.writes[action.kind]++;
  }
  metrics.writes.anatomy += report.anatomy.writes;
  metrics.writes.users += userWrites + (report.scope === "full" ? report.users.writes : 0);
  metrics.writeRequests += report.requests;
  if (report.scope === "full") {
    metrics.fullReconciles++;
    observe(metrics.timings.fullReconcile, report.durationMs);
  }
  for (const failure of report.failures) {
    countError(metrics, "entity");
    logger.warn("kitsu-ayon: AYON refused an entity; the others were written", { ...failure });
  }
  for (const warning of report.warnings) {
    const key = `${warning.kitsuId} ${warning.message}`;
    if (warned?.has(key)) continue;
    warned?.add(key);
    logger.warn("kitsu-ayon: mapped differently from Kitsu", {
      kitsuProjectId: report.kitsuProjectId,
      kitsuId: warning.kitsuId,
      warning: warning.message,
    });
  }
}
