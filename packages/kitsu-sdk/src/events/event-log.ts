import type { Send } from "@kitsu-ayon/http-transport";

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

/** Zou's cap on `limit` (`min(args["limit"], 1000)` in `zou/app/blueprints/events/resources.py`). */
export const EVENT_LOG_MAX_PAGE = 1000;

export interface ReadEventLogPageOptions {
  /** Only events strictly after this Zou time (`YYYY-MM-DDTHH:MM:SS`); the whole log when absent. */
  after?: string;
  /** Only events strictly older than this event (Zou's `cursor_event_id`, compared to the microsecond). */
  olderThan?: string;
  /** At most this many events; Zou caps it at 1000. */
  limit: number;
  projectId?: string;
  signal?: AbortSignal;
}

/**
 * One request to `/data/events/last`: the newest `limit` events after `after` (and older than
 * `olderThan`), newest first. Zou filters `created_at > after` with `after` at the second and
 * `created_at < cursor.created_at` to the microsecond (`zou/app/services/events_service.py`).
 */
export async function readEventLogPage(
  send: Send,
  apiUrl: string,
  options: ReadEventLogPageOptions,
): Promise<KitsuLoggedEvent[]> {
  const url = new URL(`${apiUrl}/data/events/last`);
  if (options.after !== undefined) url.searchParams.set("after", options.after);
  url.searchParams.set("limit", String(Math.min(options.limit, EVENT_LOG_MAX_PAGE)));
  if (options.projectId) url.searchParams.set("project_id", options.projectId);
  if (options.olderThan) url.searchParams.set("cursor_event_id", options.olderThan);
  const response = await send(new Request(url, options.signal ? { signal: options.signal } : {}));
  return (await response.json()) as KitsuLoggedEvent[];
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
 * Every page after `options.after`, newest first: Zou returns the newest events first, `limit` at a
 * time, and pages backwards with `cursor_event_id` (strictly older than that event).
 */
export async function* readEventLogPages(
  send: Send,
  apiUrl: string,
  options: ReadEventLogOptions,
): AsyncGenerator<KitsuLoggedEvent[]> {
  const limit = Math.min(options.pageSize ?? EVENT_LOG_MAX_PAGE, EVENT_LOG_MAX_PAGE);
  let olderThan: string | undefined;
  for (;;) {
    const page = await readEventLogPage(send, apiUrl, {
      after: options.after,
      limit,
      ...(olderThan ? { olderThan } : {}),
      ...(options.projectId ? { projectId: options.projectId } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    yield page;
    const oldest = page.at(-1);
    if (page.length < limit || oldest === undefined) return;
    olderThan = oldest.id;
  }
}

/**
 * Reads every event after `options.after`, oldest first. The whole range is read before it is
 * returned in ascending order; the event stream reads a backlog in bounded windows instead.
 */
export async function readEventLog(
  send: Send,
  apiUrl: string,
  options: ReadEventLogOptions,
): Promise<KitsuLoggedEvent[]> {
  const events: KitsuLoggedEvent[] = [];
  for await (const page of readEventLogPages(send, apiUrl, options)) events.push(...page);
  return events.reverse();
}
