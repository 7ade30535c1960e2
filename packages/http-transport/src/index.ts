export { type BackoffOptions, backoffMs } from "./backoff.js";
export { describeRequest, type RequestSummary } from "./describe-request.js";
export { compose, type Middleware, type Send } from "./pipeline.js";
export { readBody } from "./read-body.js";
export { type RetryLogger, type RetryOptions, type RetryPolicy, withRetry } from "./retry.js";
export { retryAfterMs } from "./retry-after.js";
export { type RetryReason, retryOnStatus, type StatusRules } from "./retry-on-status.js";
export { sleep } from "./sleep.js";
export { type TimeoutPolicy, withTimeout } from "./timeout.js";
