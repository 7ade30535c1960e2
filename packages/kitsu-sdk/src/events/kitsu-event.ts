import { isKitsuEventName, type KitsuEventName } from "./catalogue.js";
import type { KitsuEventPayloads } from "./payloads.js";

/** An event from Zou's log, delivered by `KitsuEventStream`. */
export interface KitsuEvent<Name extends string = string, Data = Record<string, unknown>> {
  /** The log record's id. */
  id: string;
  /** Event name, e.g. `task:status-changed` (see `KITSU_EVENT_NAMES`; a newer Zou may send others). */
  name: Name;
  /** ISO 8601 UTC, second precision (Zou stores microseconds but serves seconds). */
  createdAt: string;
  /** The person whose action caused it; null for system events. */
  userId: string | null;
  /** Null for studio-wide events (persons, task types, asset types...). */
  projectId: string | null;
  data: Data;
}

/** An event whose name is in the catalogue, with its payload typed. */
export type TypedKitsuEvent<N extends KitsuEventName> = KitsuEvent<N, KitsuEventPayloads[N]>;

/** Narrows an event to one name (or several) and types its payload: `if (isKitsuEvent(e, "task:assign")) e.data.person_id`. */
export function isKitsuEvent<N extends KitsuEventName>(
  event: KitsuEvent,
  ...names: N[]
): event is KitsuEvent & TypedKitsuEvent<N> {
  return isKitsuEventName(event.name) && (names as string[]).includes(event.name);
}

/** An event that exists only on the live socket (never in the log). */
export interface KitsuLiveEvent {
  name: string;
  data: Record<string, unknown>;
}
