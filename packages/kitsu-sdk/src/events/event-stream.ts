import type { KitsuTransport } from "../client/transport.js";
import { isKitsuRefusal } from "../errors.js";
import { isLiveOnlyKitsuEvent } from "./catalogue.js";
import { createDeliveryWindow, type KitsuEventCursor } from "./delivery-window.js";
import { type Doorbell, openDoorbell } from "./doorbell.js";
import { EVENT_LOG_MAX_PAGE, type KitsuLoggedEvent, readEventLogPage, readEventLogPages } from "./event-log.js";
import type { KitsuEvent, KitsuLiveEvent } from "./kitsu-event.js";
import { createLogReader, type LogReader } from "./log-reader.js";

export interface KitsuEventStreamOptions {
  /** Where to resume: a cursor from `ack()`. Without one the stream starts at the newest event. */
  cursor?: KitsuEventCursor;
  /** Only these projects' events (project-less events, such as persons and task types, are then left out). */
  projectIds?: readonly string[];
  /** Use Zou's Socket.IO feed to learn of new events at once. @default true */
  live?: boolean;
  /** Log polling interval while the socket is down (or `live` is false). @default 2000 */
  pollIntervalMs?: number;
  /** Safety polling interval while the socket is up. @default 30000 */
  idlePollIntervalMs?: number;
  /** How late (seconds) an event may be committed after a newer one and still be delivered. @default 10 */
  lookbackSeconds?: number;
  /** Stop reading the log while this many events wait for the consumer. @default 5000 */
  maxBuffered?: number;
  /**
   * Least time between two log reads while the doorbell keeps ringing (a burst rings once per
   * event): rings during a read are served by one read after it, this long after the previous one
   * started. @default 250
   */
  minReadIntervalMs?: number;
  /**
   * Most events one request to the log asks for (Zou caps it at 1000). A backlog is read in windows
   * of this size, oldest first, each delivered before the next is read: memory holds one window (one
   * per project with `projectIds`) plus the events waiting for the consumer (`maxBuffered`), however
   * long the gap. @default 1000
   */
  catchUpWindow?: number;
}

export interface KitsuEventStream extends AsyncIterable<KitsuEvent> {
  /**
   * Acknowledges `event` and every event delivered before it; returns the cursor to store. A stream
   * created with that cursor resumes right after `event`.
   */
  ack(event: KitsuEvent): KitsuEventCursor;
  /**
   * Resolves with the starting cursor once the stream has fixed where it starts. Without a cursor
   * it starts at the newest logged event at that moment: changes made after `ready` are delivered.
   * Rejects when the stream fails before that (see `onError`).
   */
  readonly ready: Promise<KitsuEventCursor>;
  /** The cursor of the last acknowledgement (the starting cursor before any). */
  readonly cursor: KitsuEventCursor | undefined;
  /** True while the Socket.IO doorbell is connected. */
  readonly connected: boolean;
  /**
   * True once a read reached the head of the log: every event logged before that read has been
   * delivered or waits in the stream's buffer. False until the first such read, and false again
   * from when a read finds more new events than one `catchUpWindow` until that backlog is read.
   */
  readonly caughtUp: boolean;
  /**
   * ISO 8601 UTC time (`createdAt` format) of the oldest event the stream knows of and has not
   * handed to the consumer yet: the first one waiting in its buffer, else the oldest one found in
   * the log not yet read in full. While a backlog is first walked through, the oldest found so far.
   * Undefined when nothing is known to wait. The lag behind the log is at least `now - backlogSince`.
   */
  readonly backlogSince: string | undefined;
  /**
   * Events Zou never writes to its log (`persist=False`: notifications, chat, casting stats...). They
   * come only from the socket, so any sent while it is down are lost: this channel is lossy.
   */
  onLiveOnly(listener: (event: KitsuLiveEvent) => void): () => void;
  /**
   * Failures of reads. The stream keeps retrying those a retry can cure (network, timeouts, 5xx) and
   * loses nothing. One it cannot (refused credentials, a role that may not read the log, a wrong URL)
   * ends it: `ready` rejects if it had not resolved, and the iteration throws that error.
   */
  onError(listener: (error: unknown) => void): () => void;
  /** Stops reading and disconnects; pending `next()` calls end. Leaving a `for await` loop does not close the stream. */
  close(): Promise<void>;
}

export interface EventStreamContext {
  transport: KitsuTransport;
  eventsUrl: string;
}

const toEvent = (raw: KitsuLoggedEvent): KitsuEvent => ({
  id: raw.id,
  name: raw.name,
  createdAt: `${raw.created_at}Z`,
  userId: raw.user_id,
  projectId: raw.project_id,
  data: raw.data ?? {},
});

/**
 * Zou's persisted event log is the ledger, its Socket.IO feed the doorbell: events come out in log
 * order, once each, with id, time, author and project, whether the socket is up, down or flapping,
 * and resume from a cursor after a restart. A backlog (after downtime) is read oldest first in
 * windows of `catchUpWindow` events, each delivered before the next is read; a failed read is asked
 * again from the window it failed on. `caughtUp` and `backlogSince` say how far behind it is.
 */
export function createKitsuEventStream(
  context: EventStreamContext,
  options: KitsuEventStreamOptions = {},
): KitsuEventStream {
  const { transport } = context;
  const pollMs = options.pollIntervalMs ?? 2000;
  const idlePollMs = options.idlePollIntervalMs ?? 30_000;
  const maxBuffered = options.maxBuffered ?? 5000;
  const lookbackSeconds = options.lookbackSeconds ?? 10;
  const minReadInterval = options.minReadIntervalMs ?? 250;
  const catchUpWindow = Math.max(1, Math.min(options.catchUpWindow ?? EVENT_LOG_MAX_PAGE, EVENT_LOG_MAX_PAGE));
  const projectIds = options.projectIds ? [...new Set(options.projectIds)] : undefined;
  const errorListeners = new Set<(error: unknown) => void>();
  const liveListeners = new Set<(event: KitsuLiveEvent) => void>();
  const sequences = new WeakMap<KitsuEvent, number>();
  const queue: KitsuEvent[] = [];
  const abort = new AbortController();
  let window: ReturnType<typeof createDeliveryWindow> | undefined;
  let reader: LogReader | undefined;
  let waiting: (() => void) | undefined;
  let closed = false;
  let failed: Error | undefined;
  let reading: Promise<void> | undefined;
  let readAgain = false;
  let lastReadStarted = 0;
  let pollTimer: ReturnType<typeof setTimeout> | undefined;
  let trailingTimer: ReturnType<typeof setTimeout> | undefined;
  let doorbell: Doorbell | undefined;
  let started: (cursor: KitsuEventCursor) => void = () => {};
  let startFailed: (error: Error) => void = () => {};
  const ready = new Promise<KitsuEventCursor>((resolve, reject) => {
    started = resolve;
    startFailed = reject;
  });
  ready.catch(() => {}); // a caller that never awaits `ready` learns of the failure from the iteration

  const report = (error: unknown) => {
    if (closed) return;
    if (isKitsuRefusal(error)) {
      transport.logger.error("kitsu event stream: read refused; the stream stops", { error: String(error) });
      failed = error as Error;
      closed = true;
      clearTimeout(pollTimer);
      clearTimeout(trailingTimer);
      doorbell?.close();
      startFailed(failed);
      wake();
    } else transport.logger.warn("kitsu event stream: read failed; will retry", { error: String(error) });
    for (const listener of errorListeners) {
      try {
        listener(error);
      } catch (listenerError) {
        transport.logger.error("kitsu event stream: an onError listener threw", { error: String(listenerError) });
      }
    }
  };
  const wake = () => {
    const resolve = waiting;
    waiting = undefined;
    resolve?.();
  };

  /** Ids of the events logged after `after`: the look-back window of a stream that starts at the newest event. */
  const knownIds = async (after: string): Promise<string[]> => {
    const idsOf = async (projectId?: string) => {
      const ids: string[] = [];
      const pages = readEventLogPages(transport.send, transport.apiUrl, {
        after,
        signal: abort.signal,
        ...(projectId ? { projectId } : {}),
      });
      for await (const page of pages) ids.push(...page.map((event) => event.id));
      return ids;
    };
    return (await Promise.all((projectIds ?? [undefined]).map(idsOf))).flat();
  };

  const startCursor = async (): Promise<KitsuEventCursor> => {
    if (options.cursor) return { after: options.cursor.after, ids: [...options.cursor.ids] };
    const [newest] = await readEventLogPage(transport.send, transport.apiUrl, { limit: 1, signal: abort.signal });
    const after = newest?.created_at ?? "1970-01-01T00:00:00";
    // Everything already in the window counts as seen: "start at the newest" means after all of it.
    const probe = createDeliveryWindow({ after, ids: [] }, lookbackSeconds);
    return { after, ids: newest ? await knownIds(probe.queryAfter()) : [] };
  };

  const deliver = (raw: KitsuLoggedEvent) => {
    if (!window?.isNew({ id: raw.id, createdAt: raw.created_at })) return;
    const event = toEvent(raw);
    sequences.set(event, window.delivered({ id: raw.id, createdAt: raw.created_at }));
    queue.push(event);
    wake();
  };

  const readOnce = async () => {
    if (!window || !reader) {
      window = createDeliveryWindow(await startCursor(), lookbackSeconds);
      reader = createLogReader({
        send: transport.send,
        apiUrl: transport.apiUrl,
        projectIds,
        window,
        pageSize: catchUpWindow,
        signal: abort.signal,
      });
      started(window.acknowledged);
    }
    await reader.read(deliver, () => queue.length < maxBuffered && !closed);
  };

  /** Runs reads one at a time; a request during a read runs one more read after it. */
  const catchUp = (): Promise<void> => {
    if (closed) return Promise.resolve();
    if (reading) {
      readAgain = true;
      return reading;
    }
    reading = (async () => {
      do {
        // Rings come once per event in a burst: at most one read per interval, however they fall.
        const wait = lastReadStarted + minReadInterval - Date.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        if (closed) break;
        readAgain = false;
        lastReadStarted = Date.now();
        try {
          await readOnce();
        } catch (error) {
          report(error);
          break;
        }
      } while (readAgain && !closed);
    })().finally(() => {
      reading = undefined;
      schedulePoll();
    });
    return reading;
  };

  const schedulePoll = () => {
    if (closed) return;
    clearTimeout(pollTimer);
    pollTimer = setTimeout(() => void catchUp(), doorbell?.connected ? idlePollMs : pollMs);
  };

  if (options.live !== false) {
    doorbell = openDoorbell({
      eventsUrl: context.eventsUrl,
      tokens: transport.tokens,
      logger: transport.logger,
      onConnectionChange: (connected) => {
        if (connected) void catchUp();
        else schedulePoll();
      },
      onRing: (name, data) => {
        if (isLiveOnlyKitsuEvent(name)) {
          const event = { name, data: (data ?? {}) as Record<string, unknown> };
          const projectId = event.data.project_id;
          if (!projectIds || (typeof projectId === "string" && projectIds.includes(projectId))) {
            for (const listener of liveListeners) listener(event);
          }
          return;
        }
        void catchUp();
        // Zou publishes an event before writing it to the log: look again shortly after.
        clearTimeout(trailingTimer);
        trailingTimer = setTimeout(() => void catchUp(), 300);
      },
    });
  }
  void catchUp();

  return {
    [Symbol.asyncIterator]() {
      return {
        async next(): Promise<IteratorResult<KitsuEvent>> {
          while (!closed) {
            const event = queue.shift();
            if (event) {
              if (queue.length === maxBuffered - 1) void catchUp();
              return { value: event, done: false };
            }
            await new Promise<void>((resolve) => {
              waiting = resolve;
            });
          }
          if (failed) throw failed;
          return { value: undefined, done: true };
        },
        async return(): Promise<IteratorResult<KitsuEvent>> {
          return { value: undefined, done: true };
        },
      };
    },
    ready,
    ack(event) {
      const seq = sequences.get(event);
      if (seq === undefined || window === undefined) throw new TypeError("ack() takes an event this stream delivered");
      return window.acknowledge(seq);
    },
    get cursor() {
      return window?.acknowledged ?? options.cursor;
    },
    get connected() {
      return doorbell?.connected ?? false;
    },
    get caughtUp() {
      return reader?.caughtUp ?? false;
    },
    get backlogSince() {
      return queue[0]?.createdAt ?? reader?.backlogSince;
    },
    onLiveOnly(listener) {
      liveListeners.add(listener);
      return () => liveListeners.delete(listener);
    },
    onError(listener) {
      errorListeners.add(listener);
      return () => errorListeners.delete(listener);
    },
    async close() {
      closed = true;
      clearTimeout(pollTimer);
      clearTimeout(trailingTimer);
      doorbell?.close();
      abort.abort(new Error("event stream closed"));
      wake();
      await reading?.catch(() => {});
    },
  };
}
