import { describeRequest, type RequestSummary } from "./describe-request.js";
import { idleBounded } from "./idle-body.js";
import type { Middleware } from "./pipeline.js";
import { replaceBody } from "./response-body.js";
import { untilAborted } from "./until-aborted.js";

export interface TimeoutPolicy {
  /**
   * Time each attempt has to get the response headers, and the longest the body may then go without
   * sending a byte. A body that keeps coming is never cut off, however long it takes in all.
   */
  timeoutMs: number;
  /** Paths in errors are relative to this URL's path (`describeRequest`). */
  baseUrl: string;
  /** The error a timeout becomes: the client's own class, e.g. `KitsuTimeoutError`. */
  timeoutError: (request: RequestSummary, timeoutMs: number) => Error;
}

/** The errors `withTimeout` made, so the retry loop knows a timeout whatever class the client gave it. */
const timeouts = new WeakSet<object>();

/** Whether `error` is a timeout of `withTimeout`. */
export function isTimeout(error: unknown): boolean {
  return typeof error === "object" && error !== null && timeouts.has(error);
}

/** Releases the connection of an answer that came after its timeout. */
const discardBody = (late: Response) => void late.body?.cancel().catch(() => {});

/**
 * Gives each attempt `timeoutMs` to produce response headers, then `timeoutMs` for each wait on the
 * body's next bytes. Either timeout aborts the exchange and becomes the
 * client's timeout error, in `send` or later while the body is read; a caller's own abort is passed
 * through unchanged.
 */
export function withTimeout(policy: TimeoutPolicy): Middleware {
  const { timeoutMs } = policy;
  return (next) => async (request) => {
    const deadline = new AbortController();
    const signal = AbortSignal.any([request.signal, deadline.signal]);
    const expire = () => deadline.abort(new DOMException(`no answer within ${timeoutMs} ms`, "TimeoutError"));
    const failure = (error: unknown) => {
      if (!deadline.signal.aborted || request.signal.aborted) return error;
      const timeout = policy.timeoutError(describeRequest(request, policy.baseUrl), timeoutMs);
      timeouts.add(timeout);
      return timeout;
    };
    const timer = setTimeout(expire, timeoutMs);
    let response: Response;
    try {
      response = await untilAborted(next(new Request(request, { signal })), signal, discardBody);
    } catch (error) {
      throw failure(error);
    } finally {
      clearTimeout(timer);
    }
    if (response.body === null) return response;
    return replaceBody(response, idleBounded(response.body, { timeoutMs, expire, signal, failure }));
  };
}
