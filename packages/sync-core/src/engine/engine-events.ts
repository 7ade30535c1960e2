import type { KitsuEvent } from "@kitsu-ayon/kitsu-sdk";
import { EventEmitter } from "eventemitter3";
import type { ReconcileProgress, ReconcileReport } from "../reconcile/reconcile-project.js";
import type { DeadLetter } from "./checkpoint.js";

/** The engine's life: `failed` when it stopped itself on a failure no retry cures. */
export type EngineState = "idle" | "starting" | "running" | "stopping" | "stopped" | "failed";

/** What `batch` listeners get after each batch is written. */
export interface BatchReport {
  kitsuProjectId: string | undefined;
  events: KitsuEvent[];
  /** Undefined for a batch that synced nothing (events no handler asked anything for). */
  report: ReconcileReport | undefined;
  durationMs: number;
}

/** A server unreachable or busy since `since`; `error` is the last transient failure's message. */
export interface Outage {
  since: string;
  error: string;
}

/** What a sync engine tells its watchers, by name. Listeners run synchronously. */
export interface SyncEngineEvents {
  /** A batch's effect is in AYON. */
  batch: [batch: BatchReport];
  /** The engine moved to another state; `error` is set when it stopped itself (state `failed`). */
  state: [state: EngineState, error: unknown];
  /** An outage began (an `Outage`) or ended (`undefined`). */
  outage: [outage: Outage | undefined];
  /** A reconcile's phase (full reconciles: start-up, periodic, requested, a new project). */
  progress: [progress: ReconcileProgress];
  /** An event was parked in the dead-letter list. */
  deadLetter: [letter: DeadLetter];
  /** Something failed; `willRetry` says whether it is tried again. */
  error: [
    error: unknown,
    context: { stage: "handler" | "sync" | "reconcile" | "checkpoint" | "selection"; willRetry: boolean },
  ];
}

/** The engine's typed emitter. */
export type SyncEngineEmitter = EventEmitter<SyncEngineEvents>;

export const createEngineEmitter = (): SyncEngineEmitter => new EventEmitter<SyncEngineEvents>();

/**
 * Emits `name` to the engine's watchers. A listener that throws is reported through `onListenerError`
 * and never reaches the engine (the listeners after it miss that one emission).
 */
export function notify<N extends keyof SyncEngineEvents>(
  emitter: SyncEngineEmitter,
  onListenerError: (name: N, error: unknown) => void,
  name: N,
  ...args: SyncEngineEvents[N]
): void {
  try {
    (emitter.emit as (name: N, ...args: SyncEngineEvents[N]) => boolean)(name, ...args);
  } catch (error) {
    onListenerError(name, error);
  }
}
