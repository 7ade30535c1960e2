interface Snapshot<R> {
  /** Records in creation order, as last seen. */
  items: R[];
  /** Rank of each item, same index. */
  ranks: number[];
  /** What the map held, in its iteration order, when the snapshot was taken. */
  seen: R[];
  rankById: Map<string, { rank: number; createdAt: string }>;
  next: number;
}

const snapshots = new WeakMap<Map<string, unknown>, Snapshot<unknown>>();

/** Rows in creation order with their ranks (`ranks[i]` belongs to `items[i]`). */
export interface CreationOrder<R> {
  items: R[];
  ranks: number[];
}

/**
 * Entities of one table in creation order, with a stable rank for each: AYON's `creation_order`
 * serial, which orders GraphQL pages and makes their cursors. Ranks are handed out the first time
 * an entity is seen, in the map's insertion order; an id seen again with another creation time is a
 * new entity. The result is reused while the map holds the same record objects, so paging through
 * a large project does not redo this work on every request.
 */
export function creationOrder<R extends { id: string; createdAt: string }>(table: Map<string, R>): CreationOrder<R> {
  let snapshot = snapshots.get(table) as Snapshot<R> | undefined;
  if (!snapshot) {
    snapshot = { items: [], ranks: [], seen: [], rankById: new Map(), next: 1 };
    snapshots.set(table, snapshot as Snapshot<unknown>);
  }
  if (unchanged(table, snapshot.seen)) return snapshot;
  const seen = [...table.values()];
  const ranks = seen.map((item) => rankOf(snapshot, item));
  const order = seen.map((_, index) => index);
  if (ranks.some((rank, index) => index > 0 && rank < (ranks[index - 1] as number))) {
    order.sort((a, b) => (ranks[a] as number) - (ranks[b] as number));
  }
  snapshot.seen = seen;
  snapshot.items = order.map((index) => seen[index] as R);
  snapshot.ranks = order.map((index) => ranks[index] as number);
  return snapshot;
}

/** Same size and the same record objects in the same order (identity checks only). */
function unchanged<R>(table: Map<string, R>, seen: R[]): boolean {
  if (table.size !== seen.length) return false;
  let index = 0;
  for (const item of table.values()) if (seen[index++] !== item) return false;
  return true;
}

function rankOf<R extends { id: string; createdAt: string }>(snapshot: Snapshot<R>, item: R): number {
  let entry = snapshot.rankById.get(item.id);
  if (!entry || entry.createdAt !== item.createdAt) {
    entry = { rank: snapshot.next++, createdAt: item.createdAt };
    snapshot.rankById.set(item.id, entry);
  }
  return entry.rank;
}
