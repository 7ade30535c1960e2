import { type AyonClient, AyonForbiddenError, type Logger } from "@kitsu-ayon/ayon-sdk";
import type { KitsuClient, KitsuEvent, KitsuEventCursor, KitsuEventStream } from "@kitsu-ayon/kitsu-sdk";
import { classifyFailure, type FailureKind, retryDelayMs } from "@kitsu-ayon/sync-core";
import { KITSU_EVENT_TOPIC, kitsuEventHash } from "./topics.js";

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Seconds of Kitsu's log a leecher re-reads around its recovered position (the stream's look-back). */
const LOOKBACK_MS = 10_000;

/**
 * Where the leechers of a Kitsu site stand, from AYON itself: the newest stored Kitsu events (their
 * summaries carry the Kitsu time and id). Undefined when none is stored yet. Only Kitsu's times are
 * compared here, with each other: neither this host's clock nor AYON's plays a part.
 */
export async function recoverLeecherCursor(ayon: AyonClient, site: string): Promise<KitsuEventCursor | undefined> {
  const answer = await ayon.graphql<{ events: { edges: { node: { summary: string | null } }[] } }>(
    `query Newest($topics: [String!]) { events(topics: $topics, last: 500) { edges { node { summary } } } }`,
    { topics: [KITSU_EVENT_TOPIC] },
  );
  const stored = answer.events.edges
    .map(({ node }) => (node.summary ? (JSON.parse(node.summary) as Record<string, unknown>) : {}))
    .filter((summary) => summary.site === site && typeof summary.kitsuCreatedAt === "string")
    .map((summary) => ({ id: String(summary.kitsuEventId), at: Date.parse(String(summary.kitsuCreatedAt)) }));
  if (stored.length === 0) return undefined;
  const newest = Math.max(...stored.map((event) => event.at));
  return {
    after: new Date(newest).toISOString().slice(0, 19),
    ids: stored.filter((event) => event.at >= newest - LOOKBACK_MS).map((event) => event.id),
  };
}

/**
 * What a failure to store a Kitsu event in AYON means: sync-core's `classifyFailure`, except that a
 * 403 is about the leecher's identity, not about the event: AYON lets only managers and services
 * dispatch events (api/events/events.py), so every other event would be refused the same way.
 */
export function leecherFailureKind(error: unknown): FailureKind {
  if (error instanceof AyonForbiddenError) return "service";
  return classifyFailure(error);
}

export interface LeecherOptions {
  kitsu: KitsuClient;
  ayon: AyonClient;
  /** Names the Kitsu site in hashes and summaries. @default kitsu.apiUrl */
  site?: string;
  logger?: Logger;
  stream?: Parameters<KitsuClient["events"]["stream"]>[0];
  /** Longest wait between two tries of storing an event while AYON is unreachable or busy. @default 30000 */
  maxRetryDelayMs?: number;
  /** Refused events kept in `status().deadLetters` at most; the oldest go first. @default 1000 */
  maxDeadLetters?: number;
}

/** A Kitsu event AYON refused to store (a 400 or 422, say): logged as an error, kept here, and passed over. */
export interface LeecherDeadLetter {
  kitsuEventId: string;
  name: string;
  kitsuCreatedAt: string;
  kitsuProjectId: string | null;
  error: string;
  /** When it was refused, on this host's clock. */
  refusedAt: string;
}

export interface LeecherStatus {
  /** `failed`: it stopped by itself on a failure no retry cures (see `Leecher.failed`). */
  state: "running" | "stopped" | "failed";
  /** Kitsu events this leecher stored in AYON. */
  stored: number;
  /** Kitsu events another leecher had stored first. */
  duplicates: number;
  /** Kitsu events AYON refused to store. */
  refused: number;
  /** The Kitsu socket is up (otherwise the log is polled). */
  connected: boolean;
  cursor: KitsuEventCursor | undefined;
  /** AYON has been unreachable or busy since `since` (this host's time): the next event waits it out. */
  outage: { since: string; error: string } | undefined;
  /**
   * The refused events, newest last. A leecher keeps no checkpoint, so they are kept in memory (and in
   * the error log) only.
   */
  deadLetters: readonly LeecherDeadLetter[];
  /** Why it stopped by itself. */
  error: string | undefined;
}

export interface Leecher {
  status(): LeecherStatus;
  /**
   * Resolves with the failure when the leecher stopped by itself: one no retry cures (refused
   * credentials or rights, a wrong URL), from Kitsu or AYON. Never resolves otherwise.
   */
  readonly failed: Promise<unknown>;
  /** Told of every failed read of Kitsu's log (the stream retries those a retry can cure). */
  onKitsuError(listener: (error: unknown) => void): () => void;
  stop(): Promise<void>;
}

/**
 * A leecher: reads Kitsu's event log and stores each event in AYON as a `kitsu.event` event whose
 * hash comes from the Kitsu site and event id, so any number of leechers store each event once. It
 * starts where the newest stored event says (recovered from AYON), and acknowledges an event only
 * once AYON has it. A failed store is handled by its kind: an outage (network, timeouts, 429, 502-504)
 * is waited out with capped backoff, never dropping the event; an event AYON refuses is reported and
 * passed over; a refusal of the leecher itself (credentials, rights, a wrong URL) stops it.
 */
export async function startLeecher(options: LeecherOptions): Promise<Leecher> {
  const { kitsu, ayon } = options;
  const site = options.site ?? kitsu.apiUrl;
  const logger = options.logger ?? silent;
  const maxRetryDelayMs = options.maxRetryDelayMs ?? 30_000;
  const maxDeadLetters = options.maxDeadLetters ?? 1000;
  const cursor = await recoverLeecherCursor(ayon, site);
  const stream: KitsuEventStream = kitsu.events.stream({ ...options.stream, ...(cursor ? { cursor } : {}) });
  stream.onError((error) =>
    logger.warn("kitsu-ayon leecher: reading the Kitsu log failed", {
      error: message(error),
      kind: leecherFailureKind(error),
    }),
  );
  await stream.ready;
  const halt = new AbortController();
  let state: LeecherStatus["state"] = "running";
  let failure: string | undefined;
  let outage: LeecherStatus["outage"];
  const counts = { stored: 0, duplicates: 0, refused: 0 };
  const deadLetters: LeecherDeadLetter[] = [];
  let settleFailed: (error: unknown) => void = () => {};
  const failed = new Promise<unknown>((resolve) => {
    settleFailed = resolve;
  });

  const fail = (error: unknown) => {
    if (state !== "running") return;
    state = "failed";
    failure = message(error);
    logger.error("kitsu-ayon leecher: stopped: a server refuses the leecher, and no retry cures that", {
      error: failure,
    });
    halt.abort(error);
    void stream.close();
    settleFailed(error);
  };

  const refuse = (event: KitsuEvent, error: unknown) => {
    counts.refused++;
    deadLetters.push({
      kitsuEventId: event.id,
      name: event.name,
      kitsuCreatedAt: event.createdAt,
      kitsuProjectId: event.projectId,
      error: message(error),
      refusedAt: new Date().toISOString(),
    });
    if (deadLetters.length > maxDeadLetters) deadLetters.shift();
    logger.error("kitsu-ayon leecher: AYON refused to store a Kitsu event; it is passed over", {
      eventId: event.id,
      event: event.name,
      kitsuProjectId: event.projectId,
      error: message(error),
    });
  };

  /** Stores one event; false when the leecher stopped before it was stored. */
  const store = async (event: KitsuEvent): Promise<boolean> => {
    for (let retry = 1; !halt.signal.aborted; retry++) {
      try {
        const result = await ayon.events.dispatch(
          {
            topic: KITSU_EVENT_TOPIC,
            hash: kitsuEventHash(site, event.id),
            description: `Kitsu ${event.name}`,
            summary: {
              site,
              kitsuEventId: event.id,
              kitsuCreatedAt: event.createdAt,
              // Studio-wide events (no project) leave the key out: `isnull` in a QueryFilter, which a
              // sharded processor's enroll filter uses, matches a missing key and not a JSON null (so
              // the AYON emulator answers, after ayon_server/sqlfilter.py's jsonb comparison).
              ...(event.projectId ? { kitsuProjectId: event.projectId } : {}),
              name: event.name,
            },
            payload: { site, event },
            finished: true,
          },
          { signal: halt.signal },
        );
        if (result.outcome === "stored") counts.stored++;
        else counts.duplicates++;
        outage = undefined;
        return true;
      } catch (error) {
        if (halt.signal.aborted) return false;
        const kind = leecherFailureKind(error);
        if (kind === "service") {
          fail(error);
          return false;
        }
        if (kind === "entity") {
          refuse(event, error);
          return true;
        }
        outage = { since: outage?.since ?? new Date().toISOString(), error: message(error) };
        const delay = retryDelayMs(retry, 500, maxRetryDelayMs);
        logger.warn("kitsu-ayon leecher: AYON is unreachable or busy; the event waits", {
          eventId: event.id,
          event: event.name,
          retry,
          retryInMs: delay,
          error: message(error),
        });
        await sleep(delay, halt.signal);
      }
    }
    return false;
  };

  const loop = (async () => {
    try {
      for await (const event of stream) {
        if (!(await store(event))) break;
        stream.ack(event);
      }
    } catch (error) {
      // The stream ends on a failure no retry cures (refused credentials or rights, a wrong URL).
      fail(error);
    }
  })();
  logger.info("kitsu-ayon leecher: running", { site, from: cursor?.after ?? "the newest Kitsu event" });
  return {
    status: () => ({
      state,
      ...counts,
      connected: stream.connected,
      cursor: stream.cursor,
      outage,
      deadLetters: [...deadLetters],
      error: failure,
    }),
    failed,
    onKitsuError: (listener) => stream.onError(listener),
    async stop() {
      if (state === "running") state = "stopped";
      halt.abort(new Error("the leecher stopped"));
      await stream.close();
      await loop;
    },
  };
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
