import {
  compose,
  type RequestSummary,
  type RetryOptions,
  retryOnStatus,
  type Send,
  withRetry,
  withTimeout,
} from "../../src/index.js";

/** A client's own error classes, as the SDKs supply theirs. */
export class TestConnectionError extends Error {
  override name = "TestConnectionError";
  readonly method: string;
  readonly path: string;
  constructor(request: RequestSummary, cause: unknown) {
    super(`${request.method} ${request.path}: cannot reach the server`, { cause });
    this.method = request.method;
    this.path = request.path;
  }
}

export class TestTimeoutError extends Error {
  override name = "TestTimeoutError";
  readonly method: string;
  readonly path: string;
  readonly timeoutMs: number;
  constructor(request: RequestSummary, timeoutMs: number) {
    super(`${request.method} ${request.path}: no answer within ${timeoutMs} ms`);
    this.method = request.method;
    this.path = request.path;
    this.timeoutMs = timeoutMs;
  }
}

const IDEMPOTENT = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);
export const warnings: Array<{ message: string; fields: Record<string, unknown> | undefined }> = [];

export interface TestPipelineOptions {
  baseUrl: string;
  timeoutMs: number;
  retry?: RetryOptions | false;
  fetch?: Send;
}

/** Retries outside, the timeout inside, then fetch: the order both SDKs use. */
export function testPipeline(options: TestPipelineOptions): Send {
  const { baseUrl, timeoutMs } = options;
  return compose(
    withRetry(options.retry ?? {}, {
      baseUrl,
      defaults: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 4, maxRetryAfterMs: 60_000 },
      isIdempotent: (request) => IDEMPOTENT.has(request.method),
      retryReason: retryOnStatus({ anyMethod: [429, 503], idempotentOnly: [502, 504] }),
      connectionError: (request, cause) => new TestConnectionError(request, cause),
      logger: { warn: (message, fields) => warnings.push({ message, fields }) },
      retryMessage: "test request failed, retrying",
    }),
    withTimeout({ timeoutMs, baseUrl, timeoutError: (request, ms) => new TestTimeoutError(request, ms) }),
  )(options.fetch ?? ((request) => globalThis.fetch(request)));
}
