/** How long the server asked us to wait, from `Retry-After` (seconds or an HTTP date); undefined without one. */
export function retryAfterMs(response: Response, now = Date.now()): number | undefined {
  const header = response.headers.get("retry-after");
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
