/**
 * Where a consumer stands in AYON's event log. Plain JSON: store it as it is, hand it back to resume.
 *
 * AYON stamps an event's `created_at` with the start of the transaction that inserts it and gives it
 * a `creation_order` from a sequence at the insert; the row becomes visible only at commit. Two
 * writers can therefore commit out of order: a reader that has seen the later event may see the
 * earlier one only afterwards (ayon_server/events/eventstream.py, schemas/schema.public.sql). So a
 * position is a time plus the ids acknowledged in the look-back window before it: reads re-cover
 * that window and skip the ids already known, which catches a late commit exactly once.
 */
export interface AyonChangeCursor {
  /** `createdAt` (ISO 8601, as AYON gives it) of the newest acknowledged event. */
  after: string;
  /** Ids of the acknowledged events created in the look-back window up to `after`. */
  ids: string[];
}

export interface LoggedChange {
  id: string;
  createdAt: string;
}

/** The cursor of an empty log: every event is after it. */
export const LOG_START: AyonChangeCursor = { after: "1970-01-01T00:00:00.000Z", ids: [] };
const msOf = (time: string) => Date.parse(time);

/**
 * The bookkeeping of a change stream, with no I/O: where the next read starts, which of the events
 * read are new, and what cursor an acknowledgement gives. Memory holds the events delivered and not
 * acknowledged plus the ids of the look-back window.
 */
export function createChangeWindow(origin: AyonChangeCursor, lookbackMs: number) {
  /** Newest `createdAt` delivered (ms): reads start one look-back before it. */
  let newestMs = msOf(origin.after);
  /** Every id delivered inside the look-back window of `newestMs`, with its time. */
  const known = new Map<string, number>(origin.ids.map((id) => [id, newestMs]));
  /** Delivered and not yet acknowledged, in delivery order, with their sequence numbers. */
  const unacked: { seq: number; id: string; ms: number; createdAt: string }[] = [];
  let lastSeq = 0;
  let ackedSeq = 0;
  let cursor: AyonChangeCursor = { after: origin.after, ids: [...origin.ids] };
  const cursorWindow = new Map<string, number>(origin.ids.map((id) => [id, newestMs]));

  const forget = (map: Map<string, number>, newest: number) => {
    for (const [id, ms] of map) if (ms < newest - lookbackMs) map.delete(id);
  };

  return {
    /** The `newerThan` of the next read (AYON's filter is strict, so one millisecond earlier). */
    newerThan(): string {
      return new Date(Math.max(0, newestMs - lookbackMs - 1)).toISOString();
    },

    /** Not delivered before, and not older than the look-back window (older ones were acknowledged). */
    isNew(event: LoggedChange): boolean {
      return !known.has(event.id) && msOf(event.createdAt) >= newestMs - lookbackMs;
    },

    /** Records a delivery and returns its sequence number, for `acknowledge`. */
    delivered(event: LoggedChange): number {
      const ms = msOf(event.createdAt);
      known.set(event.id, ms);
      unacked.push({ seq: ++lastSeq, id: event.id, ms, createdAt: event.createdAt });
      if (ms > newestMs) {
        newestMs = ms;
        forget(known, newestMs);
      }
      return lastSeq;
    },

    /** Acknowledges every delivery up to sequence `upTo`; returns the cursor to store. */
    acknowledge(upTo: number): AyonChangeCursor {
      if (upTo <= ackedSeq) return cursor;
      let after = cursor.after;
      while (unacked[0] && unacked[0].seq <= upTo) {
        const entry = unacked.shift();
        if (!entry) break;
        cursorWindow.set(entry.id, entry.ms);
        if (entry.ms > msOf(after)) after = entry.createdAt;
      }
      forget(cursorWindow, msOf(after));
      cursor = { after, ids: [...cursorWindow.keys()] };
      ackedSeq = upTo;
      return cursor;
    },

    get acknowledged(): AyonChangeCursor {
      return cursor;
    },
  };
}

export type ChangeWindow = ReturnType<typeof createChangeWindow>;
