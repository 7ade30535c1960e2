export interface BackoffOptions {
  /** Delay before the first retry; doubles each time. */
  baseDelayMs: number;
  /** Cap of the exponential delay. */
  maxDelayMs: number;
}

/**
 * Capped exponential backoff with jitter: a random delay in [cap/2, cap], cap = min(max, base * 2^retry),
 * so clients that failed together do not all come back at once. `retry` counts from 0.
 */
export function backoffMs(retry: number, options: BackoffOptions, random: () => number = Math.random): number {
  const cap = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** retry);
  return Math.round(cap / 2 + (random() * cap) / 2);
}
