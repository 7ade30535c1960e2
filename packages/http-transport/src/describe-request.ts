/** What errors and logs say about a request: never its headers, query string or body. */
export interface RequestSummary {
  method: string;
  /** Path relative to the base URL's path, without the query string. */
  path: string;
}

/** Method and path (relative to `baseUrl`'s path, without query string) of a request, for errors and logs. */
export function describeRequest(request: Request, baseUrl: string): RequestSummary {
  const url = new URL(request.url);
  const root = new URL(baseUrl).pathname.replace(/\/$/, "");
  const path = url.pathname.startsWith(root) ? url.pathname.slice(root.length) || "/" : url.pathname;
  return { method: request.method, path };
}
