import { EVENT_LOG_MAX_PAGE } from "./event-log.js";

/** What the catch-up needs of a logged event: its id and Zou time (second precision). */
export interface CatchUpEvent {
  id: string;
  created_at: string;
}

/** The next request: the newest `limit` events older than the event `olderThan` (the head when absent). */
export interface CatchUpRequest {
  olderThan?: string;
  limit: number;
}

export interface CatchUpStep<E extends CatchUpEvent> {
  /** The page's new events, oldest first, to deliver now (often none while going back). */
  events: E[];
  /** True when the read reached the head: every new event logged before that read is now delivered. */
  atHead: boolean;
}

/** A page read on the way back from the head, not delivered yet. */
interface Bookmark {
  /** The page's `cursor_event_id` for the page below it: its last event but `overlap`. */
  cursor: CatchUpEvent;
  /** Time of the page's oldest new event when it was read; none when it held none, so it is not read again. */
  oldestNew: string | undefined;
}

/**
 * Zou can log events in the same microsecond (seen with two requests writing at once), returns them
 * in either order, and `cursor_event_id` drops every event of the cursor's microsecond but the cursor
 * (`created_at < cursor_event.created_at` in `zou/app/services/events_service.py`). So the cursor
 * for the next page is not a page's last event but the one this many before it: the next page
 * overlaps by as many events, and up to this many + 1 events of one microsecond stay on the page
 * that holds the cursor.
 */
const TIE_OVERLAP = 4;

/**
 * Reads one source of Zou's event log oldest first, one page (`limit` events) at a time. Pure
 * bookkeeping, no I/O: it says which page to ask for next and what to deliver from the answer.
 *
 * Zou serves its log newest first only (`order_by(created_at.desc())` in
 * `zou/app/services/events_service.py`), and its `after`/`before` take whole seconds, which cannot
 * split a second holding more events than a page. `cursor_event_id` (strictly older than that
 * event, to the microsecond) can. So a catch-up goes back from the head a page at a time, keeping
 * only each page's cursor event as a bookmark, until a page reaches the start; delivers that page;
 * then reads the bookmarked pages again, oldest first. Memory is one page plus one bookmark a page.
 *
 * Each later page is read until it reaches the cursor that bounded the page below it (its
 * `target`) with `overlap` events to spare, so a page that grew meanwhile is read further back
 * instead of leaving a gap; events read twice are filtered by the caller's `isNew`. A page that
 * held no new event is not read again. A round ends with a read of the head that reaches its
 * target; the next round starts from the caller's look-back again, so late commits are found as
 * before.
 */
export function createCatchUp<E extends CatchUpEvent>(pageSize: number) {
  // A page Zou cut at its own cap would otherwise look like the last one.
  const limit = Math.max(1, Math.min(Math.floor(pageSize), EVENT_LOG_MAX_PAGE));
  // At least half a page of progress a read, even for tiny pages.
  const overlap = Math.min(TIE_OVERLAP, Math.floor((limit - 1) / 2));
  /** Pages read going back and not delivered, newest first. */
  let bookmarks: Bookmark[] = [];
  /** The cursor that bounded the page delivered last: reading down past it leaves no gap. */
  let target: CatchUpEvent | undefined;
  /** Time of the oldest new event of the next page to deliver, when it was read going back. */
  let targetOldestNew: string | undefined;

  const reaches = (page: readonly E[]): boolean => {
    const oldest = page.at(-1);
    if (page.length < limit || oldest === undefined) return true;
    if (target === undefined) return false;
    const { id, created_at } = target;
    // A page ending in an older second than the target spans it, even if the target was deleted.
    if (oldest.created_at < created_at) return true;
    const at = page.findIndex((event) => event.id === id);
    return at !== -1 && at < limit - overlap;
  };

  return {
    next(): CatchUpRequest {
      const olderThan = bookmarks.at(-1)?.cursor.id;
      return olderThan === undefined ? { limit } : { olderThan, limit };
    },

    /** Takes Zou's answer to `next()` (newest first). */
    take(page: readonly E[], isNew: (event: E) => boolean): CatchUpStep<E> {
      if (!reaches(page)) {
        const fresh = page.filter(isNew);
        const cursor = page[limit - 1 - overlap] as E;
        bookmarks.push({
          cursor: { id: cursor.id, created_at: cursor.created_at },
          oldestNew: fresh.at(-1)?.created_at,
        });
        return { events: [], atHead: false };
      }
      const events = page.filter(isNew).reverse();
      for (;;) {
        const above = bookmarks.pop();
        if (above === undefined) {
          target = undefined;
          targetOldestNew = undefined;
          return { events, atHead: true };
        }
        target = above.cursor;
        targetOldestNew = above.oldestNew;
        if (above.oldestNew !== undefined) return { events, atHead: false };
      }
    },

    /** Forgets the bookmarks (one names an event Zou no longer has): the next read starts at the head. */
    restart(): void {
      bookmarks = [];
      target = undefined;
      targetOldestNew = undefined;
    },

    /** True while new events are known to wait beyond the pages delivered. */
    get behind(): boolean {
      return target !== undefined || bookmarks.some((bookmark) => bookmark.oldestNew !== undefined);
    },

    /** Zou time of the oldest new event known to wait (while going back: the oldest found so far). */
    get backlogSince(): string | undefined {
      // What the page below delivered ends just before the target.
      if (target !== undefined && targetOldestNew !== undefined) {
        return targetOldestNew > target.created_at ? targetOldestNew : target.created_at;
      }
      return bookmarks.findLast((bookmark) => bookmark.oldestNew !== undefined)?.oldestNew;
    },
  };
}

export type CatchUp<E extends CatchUpEvent> = ReturnType<typeof createCatchUp<E>>;
