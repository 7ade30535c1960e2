/** One step of the HTTP pipeline: a `Send` receives a request and returns the server's response. */
export type Send = (request: Request) => Promise<Response>;
/** Middleware wraps the next step. Auth, retries and timeouts are middleware, never forks of the client. */
export type Middleware = (next: Send) => Send;

/** `compose(a, b, c)(send)` runs a, then b, then c, then `send`. */
export function compose(...middleware: Middleware[]): Middleware {
  return (send) => middleware.reduceRight((next, wrap) => wrap(next), send);
}
