/**
 * Where a consumer stands in Zou's event log. Plain JSON: store it as it is, hand it back to resume.
 *
 * Zou's log can only be queried by whole seconds (`after`, strictly greater), and several events
 * share a second, so a position is a second plus the ids already delivered around it. The ids of
 * the last `lookbackSeconds` are kept because an event may be committed a little after a later one
 * (concurrent transactions); re-reading that window and skipping known ids catches it exactly once.
 */
export interface KitsuEventCursor {
  /** Zou time (naive UTC, second precision, `YYYY-MM-DDTHH:MM:SS`) of the newest event acknowledged. */
  after: string;
  /** Ids of acknowledged events from `after - lookbackSeconds` to `after`. */
  ids: string[];
}

export interface WindowEvent {
  id: string;
  /** Zou time, second precision. */
  createdAt: string;
}

interface Entry extends WindowEvent {
  seq: number;
}

const toMs = (zouTime: string) => Date.parse(`${zouTime}Z`);
export const zouTime = (ms: number) => new Date(ms).toISOString().slice(0, 19);

/**
 * Tracks what was delivered and what was acknowledged. Pure bookkeeping, no I/O: the stream asks
 * it where to read from, which fetched events are new, and what cursor an acknowledgement yields.
 * Memory is bounded by the unacknowledged events plus the look-back window.
 */
export function createDeliveryWindow(start: KitsuEventCursor, lookbackSeconds: number) {
  const lookbackMs = lookbackSeconds * 1000;
  const inWindow = (createdAt: string, of: string) => toMs(createdAt) >= toMs(of) - lookbackMs;
  let seq = 0;
  /** Newest delivered time: reads start one window before it. */
  let highWater = start.after;
  /** Delivered ids inside the window of `highWater`, for de-duplication. */
  const seen = new Map<string, string>(start.ids.map((id) => [id, start.after]));
  /** Delivered, not yet acknowledged, in delivery order. */
  let pending: Entry[] = [];
  /** Acknowledged events inside the window of the acknowledged position (start ids are taken as at `after`). */
  let ackedWindow: WindowEvent[] = start.ids.map((id) => ({ id, createdAt: start.after }));
  let acked: KitsuEventCursor = { after: start.after, ids: [...start.ids] };
  let ackedSeq = 0;

  return {
    /** The `after` to query: one second before the window, since Zou's `after` is strict and whole-second. */
    queryAfter(): string {
      return zouTime(toMs(highWater) - lookbackMs - 1000);
    },

    /** True when the event was not delivered yet and is not older than the window. */
    isNew(event: WindowEvent): boolean {
      return !seen.has(event.id) && inWindow(event.createdAt, highWater);
    },

    /** Records a delivery; returns its sequence number for a later acknowledgement. */
    delivered(event: WindowEvent): number {
      const entry = { id: event.id, createdAt: event.createdAt, seq: ++seq };
      pending.push(entry);
      seen.set(entry.id, entry.createdAt);
      if (event.createdAt > highWater) {
        highWater = event.createdAt;
        for (const [id, createdAt] of seen) if (!inWindow(createdAt, highWater)) seen.delete(id);
      }
      return entry.seq;
    },

    /** Acknowledges every delivered event up to sequence `upTo` and returns the resulting cursor. */
    acknowledge(upTo: number): KitsuEventCursor {
      if (upTo <= ackedSeq) return acked;
      const done = pending.filter((entry) => entry.seq <= upTo);
      pending = pending.filter((entry) => entry.seq > upTo);
      let after = acked.after;
      for (const entry of done) if (entry.createdAt > after) after = entry.createdAt;
      ackedWindow = [...ackedWindow, ...done.map(({ id, createdAt }) => ({ id, createdAt }))].filter((entry) =>
        inWindow(entry.createdAt, after),
      );
      acked = { after, ids: [...new Set(ackedWindow.map((entry) => entry.id))] };
      ackedSeq = upTo;
      return acked;
    },

    get acknowledged(): KitsuEventCursor {
      return acked;
    },
  };
}

export type DeliveryWindow = ReturnType<typeof createDeliveryWindow>;
