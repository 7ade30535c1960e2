import { type Middleware, retryOnStatus, withRetry } from "@kitsu-ayon/http-transport";
import { KitsuConnectionError } from "../errors.js";
import type { Logger } from "../logger.js";

export interface RetryOptions {
  /** Tries in all, the first one included. @default 4 */
  maxAttempts?: number;
  /** Delay before the first retry; doubles each time, with jitter. @default 250 */
  baseDelayMs?: number;
  /** Cap of the exponential delay. @default 8000 */
  maxDelayMs?: number;
  /** Longest `Retry-After` honoured; a longer one ends the retries. @default 60000 */
  maxRetryAfterMs?: number;
}

const DEFAULTS: Required<RetryOptions> = {
  maxAttempts: 4,
  baseDelayMs: 250,
  maxDelayMs: 8000,
  maxRetryAfterMs: 60_000,
};

/** Methods a server may receive twice without harm. */
const IDEMPOTENT = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);

/**
 * Retries network errors, timeouts, 429, 502, 503 and 504 with capped, jittered backoff, honouring
 * `Retry-After`, but only where a replay is safe: idempotent methods always; POST only when the
 * request provably never reached Zou (connection refused, name not resolved) or Zou said 429.
 */
export function withKitsuRetry(options: RetryOptions | false, apiUrl: string, logger: Logger): Middleware {
  return withRetry(options, {
    baseUrl: apiUrl,
    defaults: DEFAULTS,
    isIdempotent: (request) => IDEMPOTENT.has(request.method),
    retryReason: retryOnStatus({ anyMethod: [429], idempotentOnly: [502, 503, 504] }),
    connectionError: (request, cause) => new KitsuConnectionError(request, cause),
    logger,
    retryMessage: "kitsu request failed, retrying",
  });
}
