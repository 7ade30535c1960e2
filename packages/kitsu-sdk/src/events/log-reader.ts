import type { Send } from "@kitsu-ayon/http-transport";
import { KitsuBadRequestError } from "../errors.js";
import { type CatchUp, createCatchUp } from "./catch-up.js";
import type { DeliveryWindow } from "./delivery-window.js";
import { type KitsuLoggedEvent, readEventLogPage } from "./event-log.js";

export interface LogReaderOptions {
  send: Send;
  apiUrl: string;
  /** One source per project (Zou filters one `project_id` at a time); the whole log when absent. */
  projectIds: readonly string[] | undefined;
  /** Where reads start (`queryAfter()`) and which events are new. */
  window: DeliveryWindow;
  /** Events per request, at most Zou's 1000. */
  pageSize: number;
  signal: AbortSignal;
}

interface Source {
  projectId: string | undefined;
  catchUp: CatchUp<KitsuLoggedEvent>;
  /** New events read and not handed over yet, oldest first: at most one page. */
  buffer: KitsuLoggedEvent[];
  /** The last read reached this source's head: nothing it holds is older than what the others hold. */
  atHead: boolean;
}

const zouToIso = (zouTime: string) => `${zouTime}Z`;

/**
 * Reads the log from the delivery window's position and hands new events over in log order, one
 * page per source at a time, so a backlog of any size takes bounded memory. A failed read throws
 * and loses nothing: the next `read()` asks again for the page that failed.
 *
 * With several projects, each is read on its own and the pages are merged by time; a source that
 * reached its head is read again (after the others) before events newer than its read are handed
 * over, so no project's events fall behind another's.
 */
export function createLogReader(options: LogReaderOptions) {
  const { window } = options;
  const isNew = (event: KitsuLoggedEvent) => window.isNew({ id: event.id, createdAt: event.created_at });
  const sources: Source[] = (options.projectIds ?? [undefined]).map((projectId) => ({
    projectId,
    catchUp: createCatchUp<KitsuLoggedEvent>(options.pageSize),
    buffer: [],
    atHead: false,
  }));
  let caughtUp = false;

  const step = async (source: Source) => {
    const request = source.catchUp.next();
    let page: KitsuLoggedEvent[];
    try {
      page = await readEventLogPage(options.send, options.apiUrl, {
        after: window.queryAfter(),
        ...request,
        ...(source.projectId ? { projectId: source.projectId } : {}),
        signal: options.signal,
      });
    } catch (error) {
      // Zou answers 400 to a cursor naming an event it no longer has (an admin deleted it).
      if (request.olderThan !== undefined && error instanceof KitsuBadRequestError) source.catchUp.restart();
      throw error;
    }
    const { events, atHead } = source.catchUp.take(page, isNew);
    source.buffer.push(...events);
    source.atHead = atHead;
    if (source.catchUp.behind) caughtUp = false;
  };

  /** Reads until the source has events to hand over or reached its head. */
  const fill = async (source: Source) => {
    source.atHead = false;
    do await step(source);
    while (source.buffer.length === 0 && !source.atHead);
  };

  const fillAll = async (group: Source[]) => {
    const results = await Promise.allSettled(group.map(fill));
    const failure = results.find((result) => result.status === "rejected");
    if (failure) throw failure.reason;
  };

  /** Hands events over oldest first while no source that may hold older ones is empty; true when all are done. */
  const merge = (deliver: (event: KitsuLoggedEvent) => void, room: () => boolean): boolean => {
    for (;;) {
      if (sources.some((source) => source.buffer.length === 0 && !source.atHead)) return false;
      let next: Source | undefined;
      for (const source of sources) {
        const head = source.buffer[0];
        if (head && (!next || head.created_at < (next.buffer[0] as KitsuLoggedEvent).created_at)) next = source;
      }
      if (!next) return true;
      if (!room()) return false;
      deliver(next.buffer.shift() as KitsuLoggedEvent);
    }
  };

  return {
    /**
     * Reads and hands events over until the head is reached (true) or `room()` says stop (false).
     * Throws on a failed read; what was handed over stays handed over.
     */
    async read(deliver: (event: KitsuLoggedEvent) => void, room: () => boolean): Promise<boolean> {
      for (;;) {
        if (!room()) return false;
        // Sources that may hold older events first; those at their head after them, so their read is the newer.
        await fillAll(sources.filter((source) => source.buffer.length === 0 && !source.atHead));
        await fillAll(sources.filter((source) => source.buffer.length === 0 && source.atHead));
        if (merge(deliver, room)) {
          caughtUp = true;
          return true;
        }
      }
    },

    /** False until a read reached the head; false again from when a read finds more than a page of new events. */
    get caughtUp(): boolean {
      return caughtUp;
    },

    /** ISO time of the oldest new event read or known to wait, not handed over yet. */
    get backlogSince(): string | undefined {
      let oldest: string | undefined;
      for (const source of sources) {
        const time = source.buffer[0]?.created_at ?? source.catchUp.backlogSince;
        if (time !== undefined && (oldest === undefined || time < oldest)) oldest = time;
      }
      return oldest === undefined ? undefined : zouToIso(oldest);
    },
  };
}

export type LogReader = ReturnType<typeof createLogReader>;
