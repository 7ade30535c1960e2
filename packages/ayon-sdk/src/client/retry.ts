import { AyonConnectionError, AyonTimeoutError } from "../errors.js";
import type { Logger } from "../logger.js";
import { describeRequest, type Middleware, readBody, sleep } from "./pipeline.js";

export interface RetryOptions {
  /** Tries in all, the first one included. @default 5 */
  maxAttempts?: number;
  /** Delay before the first retry; doubles each time, with jitter. @default 250 */
  baseDelayMs?: number;
  /** Cap of the exponential delay. @default 8000 */
  maxDelayMs?: number;
  /** Longest `Retry-After` honoured; a longer one ends the retries. @default 60000 */
  maxRetryAfterMs?: number;
}

const DEFAULTS: Required<RetryOptions> = {
  maxAttempts: 5,
  baseDelayMs: 250,
  maxDelayMs: 8000,
  maxRetryAfterMs: 60_000,
};

/** Methods AYON may receive twice without harm: its PATCH sets values, it never increments. */
const IDEMPOTENT = new Set(["GET", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE"]);

/**
 * A request AYON may receive twice without harm. `POST /graphql` is a read: AYON's GraphQL schema has
 * a query type and no mutation type (ayon_server/graphql/__init__.py; `specs/ayon-graphql.schema.json`
 * has `mutationType: null`), so a 502, 504, timeout or dropped connection on it is retried like a GET.
 */
export function isIdempotent(request: Request, serverUrl: string): boolean {
  if (IDEMPOTENT.has(request.method)) return true;
  return request.method === "POST" && request.url.replace(/\/+$/, "") === `${serverUrl}/graphql`;
}
/** Connection errors that mean the request never left: safe to replay whatever the method. */
const NOT_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"]);

/** AYON's answer when a transaction lost a lock three times in a row (PR ynput/ayon-backend#720). */
export const LOCKED_DETAIL = "Entity is locked by another operation";

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
 * Why a response should be tried again, or undefined. 503 (AYON busy, rate limit, enroll already
 * running) and 409 "locked" (the transaction was rolled back) mean nothing was done, so any method
 * may be replayed; 502 and 504 come from a proxy that may have passed the request on, so only
 * idempotent methods are.
 */
async function retryReason(response: Response, idempotent: boolean): Promise<string | undefined> {
  if (response.status === 503) return "HTTP 503";
  if ((response.status === 502 || response.status === 504) && idempotent) return `HTTP ${response.status}`;
  if (response.status === 409) {
    const body = (await readBody(response.clone())) as { detail?: unknown } | undefined;
    if (typeof body?.detail === "string" && body.detail.includes(LOCKED_DETAIL)) return "entity locked";
  }
  return undefined;
}

/** Retries network errors, timeouts, 502, 503, 504 and 409 "locked" with capped, jittered backoff. */
export function withRetry(options: RetryOptions | false, serverUrl: string, logger: Logger): Middleware {
  // Without retries, one attempt: its failures are still typed (a connection error, a timeout).
  const settings = options === false ? { ...DEFAULTS, maxAttempts: 1 } : { ...DEFAULTS, ...options };
  return (next) => async (request) => {
    const idempotent = isIdempotent(request, serverUrl);
    const info = describeRequest(request, serverUrl);
    for (let attempt = 1; ; attempt++) {
      const last = attempt >= settings.maxAttempts;
      let wait: number | undefined;
      let reason: string | undefined;
      try {
        const response = await next(request.clone());
        reason = await retryReason(response, idempotent);
        if (reason === undefined || last) return response;
        wait = retryAfterMs(response);
        if (wait !== undefined && wait > settings.maxRetryAfterMs) return response;
        await response.body?.cancel();
      } catch (error) {
        if (request.signal.aborted) throw error;
        const timedOut = error instanceof AyonTimeoutError;
        const code = errorCode(error);
        const safe = idempotent || (code !== undefined && NOT_SENT.has(code));
        const failure = timedOut ? error : new AyonConnectionError(info, error);
        if (!safe || last) throw failure;
        reason = timedOut ? "timeout" : (code ?? "network error");
      }
      const delay = wait ?? backoffMs(attempt - 1, settings);
      logger.warn("ayon request failed, retrying", { ...info, reason, attempt, delayMs: delay });
      await sleep(delay, request.signal);
    }
  };
}
