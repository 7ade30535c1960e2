import { KitsuConnectionError, KitsuTimeoutError } from "../errors.js";
import type { Logger } from "../logger.js";
import { describeRequest, type Middleware, sleep } from "./pipeline.js";

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
/** Connection errors that mean the request never left: safe to replay whatever the method. */
const NOT_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"]);

function errorCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause;
  return typeof cause?.code === "string" ? cause.code : undefined;
}

/** How long the server asked us to wait, from `Retry-After` (seconds or an HTTP date). */
export function retryAfterMs(response: Response, now = Date.now()): number | undefined {
  const header = response.headers.get("retry-after");
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Full-jitter exponential backoff: a random delay in [cap/2, cap], cap = min(max, base * 2^retry). */
export function backoffMs(retry: number, options: Required<RetryOptions>, random = Math.random): number {
  const cap = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** retry);
  return Math.round(cap / 2 + (random() * cap) / 2);
}

/**
 * Retries network errors, timeouts, 429, 502, 503 and 504 with capped, jittered backoff, honouring
 * `Retry-After`, but only where a replay is safe: idempotent methods always; POST only when the
 * request provably never reached Zou (connection refused, name not resolved) or Zou said 429.
 */
export function withRetry(options: RetryOptions | false, apiUrl: string, logger: Logger): Middleware {
  // Without retries, one attempt: its failures are still typed (a connection error, a timeout).
  const settings = options === false ? { ...DEFAULTS, maxAttempts: 1 } : { ...DEFAULTS, ...options };
  return (next) => async (request) => {
    const idempotent = IDEMPOTENT.has(request.method);
    const info = describeRequest(request, apiUrl);
    for (let attempt = 1; ; attempt++) {
      const last = attempt >= settings.maxAttempts;
      let wait: number | undefined;
      let reason: string;
      try {
        const response = await next(request.clone());
        const retryable = response.status === 429 || (idempotent && [502, 503, 504].includes(response.status));
        if (!retryable || last) return response;
        wait = retryAfterMs(response);
        if (wait !== undefined && wait > settings.maxRetryAfterMs) return response;
        reason = `HTTP ${response.status}`;
        await response.body?.cancel();
      } catch (error) {
        if (request.signal.aborted) throw error;
        const timedOut = error instanceof KitsuTimeoutError;
        const code = errorCode(error);
        const safe = idempotent || (code !== undefined && NOT_SENT.has(code));
        const failure = timedOut ? error : new KitsuConnectionError(info, error);
        if (!safe || last) throw failure;
        reason = timedOut ? "timeout" : (code ?? "network error");
      }
      const delay = wait ?? backoffMs(attempt - 1, settings);
      logger.warn("kitsu request failed, retrying", { ...info, reason, attempt, delayMs: delay });
      await sleep(delay, request.signal);
    }
  };
}
