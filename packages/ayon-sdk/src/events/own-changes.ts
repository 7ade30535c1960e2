import { AyonNotFoundError } from "../errors.js";
import type { AyonEvent, AyonEventListItem } from "../resources/events.js";

/** An event of AYON's log as a change stream delivers it. */
export interface AyonChange extends AyonEventListItem {
  /**
   * The `X-Sender-Type` of the request that caused it. AYON's GraphQL does not give it, so the stream
   * reads it (REST) only for events made by its own user, the only ones that can be its own; for the
   * others it is undefined. Null when AYON recorded none, or the event was deleted meanwhile.
   */
  senderType?: string | null;
  /** True when `senderType` is one of the stream's own sender types: a change this service caused. */
  own: boolean;
}

export interface OwnChangeLookup {
  /** The name of the user the stream's client acts as. */
  selfUser: string;
  ownSenderTypes: ReadonlySet<string>;
  /** `GET /api/events/{id}`. */
  get(id: string): Promise<Pick<AyonEvent, "senderType">>;
  /** Most REST reads at once. */
  concurrency: number;
}

/**
 * Marks each event as the service's own or not. Any of the stream's own events was made by its own
 * user (the key it writes with), so only those are looked up. Resolves in the input's order; a
 * failed lookup (other than a deleted event) rejects, and the caller reads the page again.
 */
export async function markOwnChanges(events: AyonEventListItem[], lookup: OwnChangeLookup): Promise<AyonChange[]> {
  const marked: AyonChange[] = events.map((event) => ({ ...event, own: false }));
  const toLookUp = marked.filter((event) => event.user === lookup.selfUser);
  let next = 0;
  const work = async () => {
    for (let change = toLookUp[next++]; change; change = toLookUp[next++]) {
      const senderType = await lookup.get(change.id).then(
        (full) => full.senderType ?? null,
        (error: unknown) => {
          if (error instanceof AyonNotFoundError) return null;
          throw error;
        },
      );
      change.senderType = senderType;
      change.own = senderType !== null && lookup.ownSenderTypes.has(senderType);
    }
  };
  await Promise.all(Array.from({ length: Math.min(lookup.concurrency, toLookUp.length) }, work));
  return marked;
}
