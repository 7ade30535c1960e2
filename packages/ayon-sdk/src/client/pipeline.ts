import type { AyonRequestInfo } from "../errors.js";

/** One step of the HTTP pipeline: a `Send` receives a request and returns AYON's response. */
export type Send = (request: Request) => Promise<Response>;
/** Middleware wraps the next step. Auth, retries and timeouts are middleware, never forks of the client. */
export type Middleware = (next: Send) => Send;

/** `compose(a, b, c)(send)` runs a, then b, then c, then `send`. */
export function compose(...middleware: Middleware[]): Middleware {
  return (send) => middleware.reduceRight((next, wrap) => wrap(next), send);
}

/** Method and path (from the server root, without query string) of a request, for errors and logs. */
export function describeRequest(request: Request, serverUrl: string): AyonRequestInfo {
  const url = new URL(request.url);
  const root = new URL(serverUrl).pathname.replace(/\/$/, "");
  const path = url.pathname.startsWith(root) ? url.pathname.slice(root.length) || "/" : url.pathname;
  return { method: request.method, path };
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** The JSON body of a response, or its first 2,000 characters when it is not JSON. */
export async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return text.slice(0, 2000);
  }
}
