import {
  AyonConnectionError,
  AyonHttpError,
  AyonLockedError,
  AyonServiceUnavailableError,
  AyonTimeoutError,
  isAyonRefusal,
} from "@kitsu-ayon/ayon-sdk";
import { backoffMs } from "@kitsu-ayon/http-transport";
import {
  isKitsuRefusal,
  KitsuConnectionError,
  KitsuRateLimitError,
  KitsuServerError,
  KitsuTimeoutError,
} from "@kitsu-ayon/kitsu-sdk";

/**
 * What a failure means for the sync:
 * - `transient`: a server could not be reached or was busy (network, timeouts, 429, 502-504, AYON's
 *   "locked"). Nothing is wrong with the work: it is tried again for as long as the outage lasts,
 *   and never parked.
 * - `service`: the sync itself cannot work (refused credentials, missing rights, a wrong URL). Every
 *   other event would fail the same way.
 * - `entity`: everything else (a name AYON refuses, a validation error, a bug in a handler): the work
 *   is tried a few times, then parked as a dead letter while the rest goes on.
 */
export type FailureKind = "transient" | "service" | "entity";

const TRANSIENT_STATUS = new Set([429, 502, 503, 504]);

/** The kind of a failure, from the SDKs' typed errors (and their causes). */
export function classifyFailure(error: unknown): FailureKind {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    const kind = kindOf(current);
    if (kind) return kind;
    current = current.cause;
  }
  return "entity";
}

function kindOf(error: Error): FailureKind | undefined {
  if (
    error instanceof KitsuConnectionError ||
    error instanceof KitsuTimeoutError ||
    error instanceof KitsuServerError ||
    error instanceof KitsuRateLimitError ||
    error instanceof AyonConnectionError ||
    error instanceof AyonTimeoutError ||
    error instanceof AyonServiceUnavailableError ||
    error instanceof AyonLockedError
  ) {
    return error instanceof KitsuServerError && !TRANSIENT_STATUS.has(error.status) ? "entity" : "transient";
  }
  if (isKitsuRefusal(error) || isAyonRefusal(error)) {
    return "service";
  }
  // AYON answers 500 for some refusals of one entity (a unique name, "current transaction is
  // aborted"): only its gateway and busy answers are an outage.
  if (error instanceof AyonHttpError && TRANSIENT_STATUS.has(error.status)) return "transient";
  if (error.name === "TimeoutError") return "transient";
  return undefined;
}

/**
 * The delay before try `retry + 1` (`retry` 1 is the first retry): the clients' own backoff
 * (`backoffMs` of http-transport), a random delay in [cap/2, cap] with cap = min(maxMs, baseMs * 2^(retry-1)).
 */
export function retryDelayMs(retry: number, baseMs: number, maxMs: number, random = Math.random): number {
  return backoffMs(Math.max(0, retry - 1), { baseDelayMs: baseMs, maxDelayMs: maxMs }, random);
}

/** How often, and how long apart, an event is tried before it is parked. */
export interface RetryPolicy {
  /** Tries of one event that failed for itself (`entity` failures) before it is parked. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Longest wait between two tries while a server is unreachable or busy. */
  outageMaxDelayMs: number;
}

/** What to do with work that failed. */
export type FailureDecision =
  /** A server is unreachable or busy: try again after `delayMs`, without counting an attempt. */
  | { action: "wait-out"; delayMs: number }
  /** The work failed for itself: try again after `delayMs`; `attempt` is the one that failed. */
  | { action: "retry"; attempt: number; delayMs: number }
  /** It failed its last attempt: park it as a dead letter. */
  | { action: "park"; attempt: number }
  /** The sync cannot work at all (refused credentials or rights, a wrong URL): stop it. */
  | { action: "stop" };

/**
 * The one decision every failed event goes through. `tries` are the work's earlier failures: its
 * `entity` attempts and its outage retries.
 */
export function decideFailure(
  error: unknown,
  tries: { attempts: number; outageRetries: number },
  policy: RetryPolicy,
  random = Math.random,
): FailureDecision {
  const kind = classifyFailure(error);
  if (kind === "service") return { action: "stop" };
  if (kind === "transient")
    return {
      action: "wait-out",
      delayMs: retryDelayMs(tries.outageRetries + 1, policy.baseDelayMs, policy.outageMaxDelayMs, random),
    };
  const attempt = tries.attempts + 1;
  if (attempt >= policy.attempts) return { action: "park", attempt };
  return { action: "retry", attempt, delayMs: retryDelayMs(attempt, policy.baseDelayMs, policy.maxDelayMs, random) };
}
