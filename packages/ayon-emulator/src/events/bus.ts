import { conflict } from "../http/errors.js";
import type { EventRecord, EventStatus, JsonObject } from "../state/records.js";

export interface DispatchInput {
  topic: string;
  sender?: string | null;
  senderType?: string | null;
  project?: string | null;
  user?: string | null;
  dependsOn?: string | null;
  hash?: string;
  /** A specific id (enroll derives none; tests may); otherwise a new 32-hex id. */
  id?: string;
  status?: EventStatus;
  retries?: number;
  description?: string;
  summary?: JsonObject;
  payload?: JsonObject;
  /** false: published to listeners (the WebSocket) only, never stored. @default true */
  store?: boolean;
  /**
   * true: an existing event with the same hash is overwritten (new id, same creation order), like
   * `INSERT ... ON CONFLICT (hash) DO UPDATE` in ayon_server/events/eventstream.py. @default false
   */
  reuse?: boolean;
}

export interface PublishMeta {
  /** false for fire-and-forget events (`store: false`). */
  store: boolean;
  /** Progress of a running job (0-100): sent to the WebSocket only, never stored. */
  progress?: number;
  /** true when the event was just dispatched (AYON publishes a different message shape then). */
  created?: boolean;
}

export type EventListener = (event: EventRecord, meta: PublishMeta) => void;

/** Runs after a dispatch was stored and published, like `EventStream.subscribe` handlers in AYON. */
export type EventHook = (event: EventRecord) => void;

/**
 * The event table and its pub/sub. Entity changes are dispatched after their transaction commits;
 * every stored change (create or update) is published to listeners, like AYON publishes to Redis.
 */
export interface EventBus {
  readonly byId: Map<string, EventRecord>;
  readonly byHash: Map<string, EventRecord>;
  /** Stored events in creation order. */
  readonly log: EventRecord[];
  dispatch(input: DispatchInput): EventRecord;
  /** Publishes an updated event (status, description, progress...) to listeners. */
  publish(event: EventRecord, progress?: number): void;
  subscribe(listener: EventListener): () => void;
  /**
   * A server-side handler of every dispatched event (stored or not), run after the listeners; what
   * it throws is ignored, as AYON logs and ignores its hooks' errors.
   */
  hook(handler: EventHook): () => void;
  /** Deletes a stored event; false when there is none. */
  remove(id: string): boolean;
}

/**
 * The columns a dispatch writes from its input, on a new event and on a reused one alike. Not
 * `retries`: a new event starts it, a reused one keeps its own.
 */
const columnsOf = (input: DispatchInput) => ({
  topic: input.topic,
  sender: input.sender ?? null,
  senderType: input.senderType ?? null,
  project: input.project ?? null,
  user: input.user ?? null,
  dependsOn: input.dependsOn ?? null,
  status: input.status ?? "finished",
  description: input.description ?? "",
  summary: input.summary ?? {},
  payload: input.payload ?? {},
});

export function createEventBus(now: () => string): EventBus {
  const byId = new Map<string, EventRecord>();
  const byHash = new Map<string, EventRecord>();
  const log: EventRecord[] = [];
  const listeners = new Set<EventListener>();
  const hooks = new Set<EventHook>();
  const runHooks = (event: EventRecord) => {
    for (const hook of hooks) {
      try {
        hook(event);
      } catch {
        // AYON: log_traceback("Error in event handler ...")
      }
    }
  };
  let order = 0;
  const notify = (event: EventRecord, meta: PublishMeta) => {
    for (const listener of listeners) listener(event, meta);
  };
  return {
    byId,
    byHash,
    log,
    dispatch(input) {
      const id = input.id ?? crypto.randomUUID().replaceAll("-", "");
      const hash = input.hash ?? id;
      const store = input.store ?? true;
      const existing = store ? byHash.get(hash) : undefined;
      if (existing && !input.reuse) throw conflict("Event with the same hash already exists");
      if (existing) return reuse(existing, id, input);
      const time = now();
      const event: EventRecord = {
        id,
        hash,
        ...columnsOf(input),
        retries: input.retries ?? 0,
        createdAt: time,
        updatedAt: time,
        creationOrder: ++order,
      };
      if (store) {
        byId.set(id, event);
        byHash.set(hash, event);
        log.push(event);
      }
      notify(event, { store, created: true });
      runHooks(event);
      return event;
    },
    publish(event, progress) {
      notify(event, progress === undefined ? { store: true } : { store: true, progress });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    hook(handler) {
      hooks.add(handler);
      return () => hooks.delete(handler);
    },
    remove(id) {
      const event = byId.get(id);
      if (!event) return false;
      byId.delete(id);
      byHash.delete(event.hash);
      log.splice(log.indexOf(event), 1);
      return true;
    },
  };

  // Changing the id of an event others depend on violates the foreign key; AYON maps that error to
  // this (misleading) message in ayon_server/events/eventstream.py.
  function reuse(existing: EventRecord, id: string, input: DispatchInput): EventRecord {
    if (log.some((event) => event.dependsOn === existing.id)) {
      throw conflict("Event depends on non-existing event");
    }
    byId.delete(existing.id);
    Object.assign(existing, { id, ...columnsOf(input), updatedAt: now() });
    byId.set(id, existing);
    notify(existing, { store: true, created: true });
    runHooks(existing);
    return existing;
  }
}
