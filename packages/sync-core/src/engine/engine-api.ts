import type { AyonClient, Logger } from "@kitsu-ayon/ayon-sdk";
import type {
  KitsuClient,
  KitsuEvent,
  KitsuEventCursor,
  KitsuEventName,
  KitsuEventStreamOptions,
  KitsuSchemas,
  TypedKitsuEvent,
} from "@kitsu-ayon/kitsu-sdk";
import type { PairingOptions } from "../reconcile/pairing.js";
import type { ReconcileOptions, ReconcileReport } from "../reconcile/reconcile-project.js";
import type { CheckpointStore, DeadLetter } from "./checkpoint.js";
import type { BatchReport, EngineState, Outage, SyncEngineEmitter } from "./engine-events.js";
import type { DefaultSyncHandlerName, SyncErrorHandler, SyncHandler } from "./handlers.js";
import type { SyncMetrics } from "./metrics.js";
import type { LaneState } from "./project-lane.js";
import type { ProjectSelection } from "./project-selection.js";

// What a sync engine takes and offers; `createSyncEngine` builds one.

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
  /** Parked events are tried again this often (0: only on request). @default 600000 (10 minutes) */
  deadLetterRetryMs?: number;
  /** Full reconcile of every project this often; 0 disables. @default 4 hours */
  reconcileIntervalMs?: number;
  /**
   * Full reconcile of every project when starting. Off, nothing but the effects of events is
   * written after a start: a project's first live batch reads it and syncs only what changed (a
   * project AYON does not have yet is still reconciled whole). @default true
   */
  reconcileOnStart?: boolean;
  /** Re-list Kitsu projects (and AYON pairings) this often, besides project events. @default 60000 */
  selectionRefreshMs?: number;
  /** Kept at most; the oldest go first, with an error log. @default 10000 */
  maxDeadLetters?: number;
  /** A draining stop waits this long for the events read to be synced, then abandons the rest (replayed on the next start). @default 30000 */
  drainTimeoutMs?: number;
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
  | { outcome: "parked"; error: string }
  /** Its project is not one this engine selects: nothing was done. */
  | { outcome: "ignored"; reason: "project-not-selected" };

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
  /** `failed`: it stopped itself on a failure no retry cures (`error`). */
  state: EngineState;
  /** Why the engine stopped itself (state `failed`). */
  error?: string;
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
  outage: Outage | undefined;
  metrics: SyncMetrics;
}

export interface SyncEngine {
  /**
   * Loads the checkpoint, selects projects, reconciles them (unless told not to), then follows Kitsu
   * live. Rejects with a failure no retry cures (refused credentials or rights, a wrong URL), and
   * leaves nothing running; resolves without starting when `stop()` came first.
   */
  start(): Promise<void>;
  /**
   * Stops reading Kitsu. With `drain` (the default) the events already read are synced and the
   * checkpoint stored first, for `drainTimeoutMs` at most; events waiting out a retry delay are not
   * waited for. Without, in-flight work is abandoned. Either way, what is not synced is replayed
   * by the next start.
   */
  stop(options?: { drain?: boolean }): Promise<void>;
  /** A full reconcile now: of one project (Kitsu id or name), or of all synced ones. */
  reconcile(project?: string): Promise<ReconcileReport[]>;
  status(): SyncEngineStatus;
  metrics(): SyncMetrics;
  /** What the engine tells its watchers: batches, state changes, outages, progress, dead letters, errors. */
  readonly events: SyncEngineEmitter;
  on<N extends KitsuEventName>(names: N | readonly N[], handler: SyncHandler<TypedKitsuEvent<N>>): () => void;
  onAny(handler: SyncHandler): () => void;
  /** Told of each failed event, before it is retried or parked (awaited). */
  onError(handler: SyncErrorHandler): () => void;
  /** Same as `events.on("batch", listener)`. */
  onBatch(listener: (batch: BatchReport) => void): () => void;
  /**
   * With `intake: "external"`: processes one event like one read from the log (handlers, coalesced
   * batches, retries) and resolves once its effect is in AYON, once it was parked, or at once when
   * its project is not selected. Rejects when the engine stops first: the event's effect may then
   * be missing.
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
