import type { Send } from "../client/pipeline.js";

/** One record of Zou's persisted event log (`ApiEvent`), as `/data/events/last` returns it. */
export interface KitsuLoggedEvent {
  id: string;
  /** Naive UTC, second precision. */
  created_at: string;
  name: string;
  /** The person whose action caused the event; null for system events. */
  user_id: string | null;
  project_id: string | null;
  data: Record<string, unknown> | null;
}

export interface ReadEventLogOptions {
  /** Only events strictly after this Zou time (`YYYY-MM-DDTHH:MM:SS`). */
  after: string;
  projectId?: string;
  /** Page size; Zou caps it at 1000. @default 1000 */
  pageSize?: number;
  signal?: AbortSignal;
}

/**
 * Reads every event after `options.after`, oldest first. Zou returns the newest first, `limit` at a
 * time, and pages backwards with `cursor_event_id` (strictly older than that event), so the whole
 * range is read before it is returned in ascending order.
 */
export async function readEventLog(
  send: Send,
  apiUrl: string,
  options: ReadEventLogOptions,
): Promise<KitsuLoggedEvent[]> {
  const pageSize = Math.min(options.pageSize ?? 1000, 1000);
  const events: KitsuLoggedEvent[] = [];
  let olderThan: string | undefined;
  for (;;) {
    const url = new URL(`${apiUrl}/data/events/last`);
    url.searchParams.set("after", options.after);
    url.searchParams.set("limit", String(pageSize));
    if (options.projectId) url.searchParams.set("project_id", options.projectId);
    if (olderThan) url.searchParams.set("cursor_event_id", olderThan);
    const response = await send(new Request(url, options.signal ? { signal: options.signal } : {}));
    const page = (await response.json()) as KitsuLoggedEvent[];
    events.push(...page);
    const oldest = page.at(-1);
    if (page.length < pageSize || oldest === undefined) break;
    olderThan = oldest.id;
  }
  return events.reverse();
}
