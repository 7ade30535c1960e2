import { AyonForbiddenError, AyonGraphqlError, AyonValidationError, isAyonRefusal } from "../errors.js";
import type { Logger } from "../logger.js";
import type { AyonEvent, EventFilter, EventPage } from "../resources/events.js";
import type { CallOptions } from "../resources/http.js";
import { type AyonChangeCursor, createChangeWindow, LOG_START } from "./change-window.js";
import type { LiveFeed, LiveFeedOptions, WebSocketConstructor } from "./live-feed.js";
import { type AyonChange, markOwnChanges } from "./own-changes.js";

export interface AyonChangeStreamOptions {
  /** Only these projects' events. @default every project */
  projects?: readonly string[];
  /** Topics, `*` as a wildcard. @default ["entity.*", "activity.*"] */
  topics?: readonly string[];
  /** Where to resume: a cursor from `ack()`. Without one the stream starts after the newest event. */
  cursor?: AyonChangeCursor;
  /** Sender types that mark an event as the service's own (`own: true`). @default [the client's sender type] */
  ownSenderTypes?: readonly string[];
  /** Use AYON's `/ws` feed to learn of new events at once. @default true */
  live?: boolean;
  /** For the `/ws` feed; on Node 20 pass `WebSocket` from the `ws` package. @default globalThis.WebSocket */
  WebSocket?: WebSocketConstructor;
  /** Log polling interval while `/ws` is down (or `live` is false). @default 2000 */
  pollIntervalMs?: number;
  /** Safety polling interval while `/ws` is up. @default 30000 */
  idlePollIntervalMs?: number;
  /** How late (seconds) an event may be committed after a newer one and still be delivered. @default 10 */
  lookbackSeconds?: number;
  /** Stop reading the log while this many events wait for the consumer. @default 5000 */
  maxBuffered?: number;
  /** Least time between two log reads while `/ws` keeps ringing. @default 250 */
  minReadIntervalMs?: number;
  /** Events per GraphQL page. @default 500 */
  pageSize?: number;
}

export interface AyonChangeStream extends AsyncIterable<AyonChange> {
  /** Acknowledges `change` and every change delivered before it; returns the cursor to store. */
  ack(change: AyonChange): AyonChangeCursor;
  /** Resolves with the starting cursor once fixed; rejects when the stream fails before that. */
  readonly ready: Promise<AyonChangeCursor>;
  /** The cursor of the last acknowledgement (the starting one before any). */
  readonly cursor: AyonChangeCursor | undefined;
  /** True while the `/ws` doorbell is connected. */
  readonly connected: boolean;
  /** True once a read reached the head of the log; false again while a backlog is being read. */
  readonly caughtUp: boolean;
  /** `createdAt` of the oldest event known and not handed to the consumer yet; undefined when none. */
  readonly backlogSince: string | undefined;
  /**
   * Failures of reads. Those a retry can cure (network, timeouts, 5xx) are retried and lose nothing;
   * a refusal (key, rights, URL, a query AYON rejects) ends the stream: `ready` rejects if it had not
   * resolved, and the iteration throws that error.
   */
  onError(listener: (error: unknown) => void): () => void;
  /** Stops reading and disconnects; pending `next()` calls end. */
  close(): Promise<void>;
}

export interface ChangeStreamDeps {
  events: {
    page(
      filter: EventFilter,
      page: { first: number; after?: string | null } | { last: number },
      o?: CallOptions,
    ): Promise<EventPage>;
    get(id: string, o?: CallOptions): Promise<AyonEvent>;
  };
  /** `GET /api/users/me`. */
  me(o?: CallOptions): Promise<{ name: string }>;
  liveFeed(options: LiveFeedOptions): LiveFeed;
  senderType: string;
  logger: Logger;
}

/** Failures no retry cures: the stream ends on them. */
const endsStream = (error: unknown) =>
  isAyonRefusal(error) ||
  error instanceof AyonForbiddenError ||
  error instanceof AyonGraphqlError ||
  error instanceof AyonValidationError;

/** `entity.*` -> `entity.`: the `/ws` feed subscribes by topic prefix. */
const feedTopic = (topic: string) => topic.replace(/\*$/, "");

/**
 * AYON's event log is the ledger, its `/ws` feed the doorbell: changes come out in log order, once
 * each, whether the socket is up, down or flapping, and resume from a cursor after a restart. Each
 * read re-covers the look-back window, so an event committed after a newer one is still delivered
 * (once). Events this service caused are marked `own`.
 */
export function createAyonChangeStream(
  deps: ChangeStreamDeps,
  options: AyonChangeStreamOptions = {},
): AyonChangeStream {
  const topics = [...(options.topics ?? ["entity.*", "activity.*"])];
  const projects = options.projects ? [...new Set(options.projects)] : undefined;
  const filter: EventFilter = { topics, ...(projects ? { projects } : {}) };
  const ownSenderTypes = new Set(options.ownSenderTypes ?? [deps.senderType]);
  const lookbackMs = (options.lookbackSeconds ?? 10) * 1000;
  const maxBuffered = options.maxBuffered ?? 5000;
  const pageSize = options.pageSize ?? 500;
  const minReadInterval = options.minReadIntervalMs ?? 250;
  const abort = new AbortController();
  const signal = { signal: abort.signal };
  const queue: AyonChange[] = [];
  const sequence = new WeakMap<AyonChange, number>();
  const errorListeners = new Set<(error: unknown) => void>();
  let window: ReturnType<typeof createChangeWindow> | undefined;
  let selfUser: string | undefined;
  let caughtUp = false;
  let backlogSince: string | undefined;
  let closed = false;
  let failure: Error | undefined;
  let wakeConsumer: (() => void) | undefined;
  let settleReady: { resolve(cursor: AyonChangeCursor): void; reject(error: Error): void } | undefined;
  const ready = new Promise<AyonChangeCursor>((resolve, reject) => {
    settleReady = { resolve, reject };
  });
  ready.catch(() => {});

  const wake = () => {
    const resolve = wakeConsumer;
    wakeConsumer = undefined;
    resolve?.();
  };

  /** After the newest event matching the filter now, and after every event in its look-back window. */
  const newestCursor = async (): Promise<AyonChangeCursor> => {
    const [newest] = (await deps.events.page(filter, { last: 1 }, signal)).items;
    if (!newest) return { ...LOG_START };
    const probe = createChangeWindow({ after: newest.createdAt, ids: [] }, lookbackMs);
    const ids: string[] = [];
    for (let after: string | null = null; ; ) {
      const page = await deps.events.page(
        { ...filter, newerThan: probe.newerThan() },
        { first: pageSize, after },
        signal,
      );
      ids.push(...page.items.map((event) => event.id));
      if (!page.hasNextPage || !page.endCursor) return { after: newest.createdAt, ids };
      after = page.endCursor;
    }
  };

  /** Reads from one look-back before the newest delivered event to the head, or until the buffer is full. */
  const readToHead = async () => {
    if (!window) {
      window = createChangeWindow(options.cursor ? { ...options.cursor } : await newestCursor(), lookbackMs);
      settleReady?.resolve(window.acknowledged);
    }
    selfUser ??= (await deps.me(signal)).name;
    const active = window;
    const newerThan = active.newerThan();
    for (let after: string | null = null; !closed; ) {
      if (queue.length >= maxBuffered) {
        caughtUp = false;
        return;
      }
      const page = await deps.events.page({ ...filter, newerThan }, { first: pageSize, after }, signal);
      const fresh = page.items.filter((event) => active.isNew(event));
      const changes = await markOwnChanges(fresh, {
        selfUser,
        ownSenderTypes,
        get: (id) => deps.events.get(id, signal),
        concurrency: 8,
      });
      if (closed) return;
      for (const change of changes) {
        sequence.set(change, active.delivered(change));
        queue.push(change);
      }
      if (changes.length > 0) wake();
      if (!page.hasNextPage || !page.endCursor) {
        caughtUp = true;
        backlogSince = undefined;
        return;
      }
      caughtUp = false;
      backlogSince ??= changes[0]?.createdAt;
      after = page.endCursor;
    }
  };

  const fail = (error: Error) => {
    failure = error;
    closed = true;
    feed?.close();
    clearTimeout(timer);
    settleReady?.reject(error);
    wake();
  };

  const report = (error: unknown) => {
    if (closed) return;
    if (endsStream(error)) {
      deps.logger.error("ayon change stream: read refused; the stream stops", { error: String(error) });
      fail(error as Error);
    } else deps.logger.warn("ayon change stream: read failed; will retry", { error: String(error) });
    for (const listener of errorListeners) {
      try {
        listener(error);
      } catch (listenerError) {
        deps.logger.error("ayon change stream: an onError listener threw", { error: String(listenerError) });
      }
    }
  };

  // One read at a time; rings during a read ask for one more read after it, at most one per interval.
  let running: Promise<void> | undefined;
  let again = false;
  let lastStart = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (ms: number) => {
    clearTimeout(timer);
    if (!closed) timer = setTimeout(() => void read(), ms);
  };
  const read = (): Promise<void> => {
    if (closed) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        const wait = lastStart + minReadInterval - Date.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        if (closed) return;
        lastStart = Date.now();
        try {
          await readToHead();
        } catch (error) {
          report(error);
          return;
        }
      } while (again && !closed);
    })().finally(() => {
      running = undefined;
      schedule(feed?.connected ? (options.idlePollIntervalMs ?? 30_000) : (options.pollIntervalMs ?? 2000));
    });
    return running;
  };

  let trailing: ReturnType<typeof setTimeout> | undefined;
  const feed =
    options.live === false
      ? undefined
      : deps.liveFeed({
          topics: topics.map(feedTopic),
          ...(options.WebSocket ? { WebSocket: options.WebSocket } : {}),
        });
  feed?.onConnect(() => void read());
  feed?.onDisconnect(() => schedule(options.pollIntervalMs ?? 2000));
  feed?.on((message) => {
    if (projects && !(message.project && projects.includes(message.project))) return;
    void read();
    // An event dispatched inside a longer transaction is published before it commits: look again.
    clearTimeout(trailing);
    trailing = setTimeout(() => void read(), 300);
  });
  void read();

  return {
    [Symbol.asyncIterator]() {
      return {
        async next(): Promise<IteratorResult<AyonChange>> {
          while (!closed) {
            const change = queue.shift();
            if (change) {
              if (queue.length === maxBuffered - 1) void read();
              return { value: change, done: false };
            }
            await new Promise<void>((resolve) => {
              wakeConsumer = resolve;
            });
          }
          if (failure) throw failure;
          return { value: undefined, done: true };
        },
        async return(): Promise<IteratorResult<AyonChange>> {
          return { value: undefined, done: true };
        },
      };
    },
    ready,
    ack(change) {
      const seq = sequence.get(change);
      if (seq === undefined || !window) throw new TypeError("ack() takes a change this stream delivered");
      return window.acknowledge(seq);
    },
    get cursor() {
      return window?.acknowledged ?? options.cursor;
    },
    get connected() {
      return feed?.connected ?? false;
    },
    get caughtUp() {
      return caughtUp;
    },
    get backlogSince() {
      return queue[0]?.createdAt ?? backlogSince;
    },
    onError(listener) {
      errorListeners.add(listener);
      return () => errorListeners.delete(listener);
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      clearTimeout(trailing);
      feed?.close();
      abort.abort(new Error("change stream closed"));
      wake();
      await running?.catch(() => {});
    },
  };
}
