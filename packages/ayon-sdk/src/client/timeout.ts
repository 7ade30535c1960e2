import { AyonTimeoutError } from "../errors.js";
import { describeRequest, type Middleware } from "./pipeline.js";

/**
 * Gives each attempt `timeoutMs` to produce response headers. A caller's own abort is passed
 * through unchanged; a timeout becomes `AyonTimeoutError`.
 */
export function withTimeout(timeoutMs: number, serverUrl: string): Middleware {
  return (next) => async (request) => {
    const timer = AbortSignal.timeout(timeoutMs);
    const signal = AbortSignal.any([request.signal, timer]);
    try {
      return await next(new Request(request, { signal }));
    } catch (error) {
      if (timer.aborted && !request.signal.aborted) {
        throw new AyonTimeoutError(describeRequest(request, serverUrl), timeoutMs);
      }
      throw error;
    }
  };
}
