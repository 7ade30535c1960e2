import { type Middleware, readBody, retryOnStatus, withRetry } from "@kitsu-ayon/http-transport";
import { AyonConnectionError } from "../errors.js";
import type { Logger } from "../logger.js";

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

/** AYON's answer when a transaction lost a lock three times in a row (PR ynput/ayon-backend#720). */
export const LOCKED_DETAIL = "Entity is locked by another operation";

/**
 * 503 (AYON busy, rate limit, enroll already running) means nothing was done, so any method may be
 * replayed; 502 and 504 come from a proxy that may have passed the request on, so only idempotent
 * requests are.
 */
const byStatus = retryOnStatus({ anyMethod: [503], idempotentOnly: [502, 504] });

/** Why a response should be tried again, or undefined. 409 "locked": the transaction was rolled back. */
async function retryReason(response: Response, idempotent: boolean): Promise<string | undefined> {
  const reason = byStatus(response, idempotent);
  if (reason !== undefined || response.status !== 409) return reason;
  const body = (await readBody(response.clone())) as { detail?: unknown } | undefined;
  return typeof body?.detail === "string" && body.detail.includes(LOCKED_DETAIL) ? "entity locked" : undefined;
}

/** Retries network errors, timeouts, 502, 503, 504 and 409 "locked" with capped, jittered backoff. */
export function withAyonRetry(options: RetryOptions | false, serverUrl: string, logger: Logger): Middleware {
  return withRetry(options, {
    baseUrl: serverUrl,
    defaults: DEFAULTS,
    isIdempotent: (request) => isIdempotent(request, serverUrl),
    retryReason,
    connectionError: (request, cause) => new AyonConnectionError(request, cause),
    logger,
    retryMessage: "ayon request failed, retrying",
  });
}
