import { backoffMs } from "./backoff.js";
import { describeRequest, type RequestSummary } from "./describe-request.js";
import type { Middleware } from "./pipeline.js";
import { bufferBody } from "./response-body.js";
import { retryAfterMs } from "./retry-after.js";
import type { RetryReason } from "./retry-on-status.js";
import { sleep } from "./sleep.js";
import { isTimeout } from "./timeout.js";

export interface RetryOptions {
  /** Tries in all, the first one included. */
  maxAttempts?: number;
  /** Delay before the first retry; doubles each time, with jitter. */
  baseDelayMs?: number;
  /** Cap of the exponential delay. */
  maxDelayMs?: number;
  /** Longest `Retry-After` honoured; a longer one ends the retries. */
  maxRetryAfterMs?: number;
}

/** What the retry loop logs through: the SDKs' `Logger` fits. */
export interface RetryLogger {
  warn(message: string, fields?: Record<string, unknown>): void;
}

/** What differs between servers: what may be replayed, how failures are typed, the defaults. */
export interface RetryPolicy {
  /** Paths in errors and logs are relative to this URL's path (`describeRequest`). */
  baseUrl: string;
  /** The options used where the caller gives none. */
  defaults: Required<RetryOptions>;
  /** Whether the server may receive the request twice without harm. */
  isIdempotent: (request: Request) => boolean;
  /** Whether a response is tried again; `retryOnStatus` builds one from lists of statuses. */
  retryReason: RetryReason;
  /** The error a failed or dropped connection becomes: the client's own class, e.g. `KitsuConnectionError`. */
  connectionError: (request: RequestSummary, cause: unknown) => Error;
  logger: RetryLogger;
  /** The message of the warning logged before each retry, e.g. `kitsu request failed, retrying`. */
  retryMessage: string;
}

/** Connection errors that mean the request never left: safe to replay whatever the method. */
const NOT_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"]);

function errorCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause;
  return typeof cause?.code === "string" ? cause.code : undefined;
}

/**
 * Retries what `policy.retryReason` names, dropped connections and timeouts, with capped, jittered
 * backoff honouring `Retry-After`, but only where a replay is safe: a failure without an answer is
 * replayed for idempotent requests, and for any request that provably never left (connection refused,
 * name not resolved). The answer it returns is read to its end first (with `withTimeout` inside, under
 * its idle timeout), so a body cut off or stalled is one more failed attempt, typed and retried, never
 * an error when the caller reads it later. `false` means one attempt, its failures still typed.
 */
export function withRetry(options: RetryOptions | false, policy: RetryPolicy): Middleware {
  const settings = options === false ? { ...policy.defaults, maxAttempts: 1 } : { ...policy.defaults, ...options };
  return (next) => async (request) => {
    const idempotent = policy.isIdempotent(request);
    const info = describeRequest(request, policy.baseUrl);
    for (let attempt = 1; ; attempt++) {
      const last = attempt >= settings.maxAttempts;
      let response: Response | undefined;
      let wait: number | undefined;
      let reason: string | undefined;
      try {
        response = await next(request.clone());
        reason = await policy.retryReason(response, idempotent);
        if (reason !== undefined) wait = retryAfterMs(response);
        if (reason === undefined || last || (wait !== undefined && wait > settings.maxRetryAfterMs)) {
          return await bufferBody(response);
        }
        await response.body?.cancel();
      } catch (error) {
        response?.body?.cancel().catch(() => {});
        wait = undefined; // a Retry-After is for the answer, not for a body that failed to arrive
        if (request.signal.aborted) throw error;
        const timedOut = isTimeout(error);
        const code = errorCode(error);
        const safe = idempotent || (code !== undefined && NOT_SENT.has(code));
        const failure = timedOut ? error : policy.connectionError(info, error);
        if (!safe || last) throw failure;
        reason = timedOut ? "timeout" : (code ?? "network error");
      }
      const delay = wait ?? backoffMs(attempt - 1, settings);
      policy.logger.warn(policy.retryMessage, { ...info, reason, attempt, delayMs: delay });
      await sleep(delay, request.signal);
    }
  };
}
