import type { AyonClient, Logger } from "@kitsu-ayon/ayon-sdk";
import type { KitsuClient, KitsuEvent, KitsuEventName, TypedKitsuEvent } from "@kitsu-ayon/kitsu-sdk";
import { isKitsuEvent } from "@kitsu-ayon/kitsu-sdk";
import type { EntityKind } from "../mapping/snapshot-entities.js";
import type { ReconcileReport } from "../reconcile/reconcile-project.js";

/** A Kitsu project and the AYON project it syncs into. */
export interface ProjectPairing {
  kitsuProjectId: string;
  ayonProject: string;
}

/**
 * What a handler asks the sync to do. Requests are collected over the batch (a burst of events asks
 * for many entities) and carried out together after the batch's handlers ran: the current Kitsu
 * state of everything asked for is read in bulk, mapped and reconciled against AYON.
 */
export interface SyncRequests {
  /** Sync this Kitsu entity (any kind) as it is now: created, changed, moved, cancelled or deleted. */
  entity(id: string, kind?: EntityKind): void;
  /** Sync this Kitsu task as it is now (its entity is synced first when AYON lacks it). */
  task(id: string): void;
  /** Re-read the project (settings, task types, statuses, team) and reconcile it whole. */
  project(): void;
  /** Re-read persons and sync AYON users. On a studio-wide event, in every synced project. */
  users(): void;
}

/** What a handler gets. */
export interface HandlerContext<E extends KitsuEvent<string, unknown> = KitsuEvent> {
  event: E;
  kitsu: KitsuClient;
  ayon: AyonClient;
  /** The project's pairing; undefined for studio-wide events (persons, task types...). */
  pairing: ProjectPairing | undefined;
  /** Tagged with the event's id and name. */
  logger: Logger;
  sync: SyncRequests;
  /** Runs `callback` once this event's batch is written to AYON, with its report (undefined when nothing was synced). */
  afterSync(callback: (report: ReconcileReport | undefined) => void | Promise<void>): void;
  /** Aborted when the engine stops without draining. */
  signal: AbortSignal;
}

export type SyncHandler<E extends KitsuEvent<string, unknown> = KitsuEvent> = (
  context: HandlerContext<E>,
) => void | Promise<void>;

/** What an error handler is told: the event, how many attempts it had, and what happens next. */
export interface SyncErrorContext {
  event: KitsuEvent;
  /** Where it failed: a handler, or the batch's Kitsu read / AYON write. */
  stage: "handler" | "sync";
  attempt: number;
  /** True when the event will be tried again; false when it was parked in the dead-letter list. */
  willRetry: boolean;
}

export type SyncErrorHandler = (error: unknown, context: SyncErrorContext) => void | Promise<void>;

interface Entry {
  names: readonly string[] | undefined;
  run: SyncHandler;
}

/**
 * The typed handler registry. An event's handlers run in registration order; one that throws fails
 * that event (later handlers do not run), which is retried with all its handlers, and other events
 * go on.
 */
export function createHandlerRegistry() {
  const entries: Entry[] = [];
  const errorHandlers: SyncErrorHandler[] = [];
  const remove =
    <T>(list: T[], item: T) =>
    () => {
      const index = list.indexOf(item);
      if (index >= 0) list.splice(index, 1);
    };
  return {
    on<N extends KitsuEventName>(names: N | readonly N[], handler: SyncHandler<TypedKitsuEvent<N>>): () => void {
      const list: readonly N[] = typeof names === "string" ? [names] : names;
      const entry: Entry = {
        names: list,
        run: (context) => (isKitsuEvent(context.event, ...list) ? handler(context as never) : undefined),
      };
      entries.push(entry);
      return remove(entries, entry);
    },
    /** `on` for names known only at run time (the default handlers' lists). */
    onNames(names: readonly string[], handler: SyncHandler): () => void {
      const entry: Entry = { names, run: handler };
      entries.push(entry);
      return remove(entries, entry);
    },
    onAny(handler: SyncHandler): () => void {
      const entry: Entry = { names: undefined, run: handler };
      entries.push(entry);
      return remove(entries, entry);
    },
    onError(handler: SyncErrorHandler): () => void {
      errorHandlers.push(handler);
      return remove(errorHandlers, handler);
    },
    /** The handlers an event has (none: nothing to do for it). */
    matching(event: KitsuEvent): SyncHandler[] {
      return entries.filter((entry) => entry.names === undefined || entry.names.includes(event.name)).map((e) => e.run);
    },
    /** Tells every error handler; one that throws is logged and does not stop the others. */
    async reportError(error: unknown, context: SyncErrorContext, logger: Logger): Promise<void> {
      for (const handler of [...errorHandlers]) {
        try {
          await handler(error, context);
        } catch (thrown) {
          logger.error("kitsu-ayon: an onError handler threw", { error: String(thrown) });
        }
      }
    },
  };
}

export type HandlerRegistry = ReturnType<typeof createHandlerRegistry>;

const ENTITY_KINDS = {
  asset: "Asset",
  shot: "Shot",
  sequence: "Sequence",
  episode: "Episode",
  edit: "Edit",
  concept: "Concept",
} as const satisfies Record<string, EntityKind>;

type EntityPrefix = keyof typeof ENTITY_KINDS;
const entityEvents = (Object.keys(ENTITY_KINDS) as EntityPrefix[]).flatMap(
  (prefix) => [`${prefix}:new`, `${prefix}:update`, `${prefix}:delete`] as const,
);

/** A default handler: the events it takes and what it asks the sync to do. */
export interface DefaultSyncHandler<N extends KitsuEventName = KitsuEventName> {
  events: readonly N[];
  handle: SyncHandler<TypedKitsuEvent<N>>;
}

const handler = <N extends KitsuEventName>(events: readonly N[], handle: SyncHandler<TypedKitsuEvent<N>>) => ({
  events,
  handle,
});

const idIn = (data: unknown, field: string): string | undefined => {
  const value = (data as Record<string, unknown> | null)?.[field];
  return typeof value === "string" ? value : undefined;
};

/**
 * The default Kitsu -> AYON sync, as handlers. `createSyncEngine` registers them all unless told
 * otherwise (`defaultHandlers`); register some yourself to replace or wrap one:
 * `engine.on(DEFAULT_SYNC_HANDLERS.tasks.events, (ctx) => { if (!skip(ctx)) return DEFAULT_SYNC_HANDLERS.tasks.handle(ctx); })`.
 */
export const DEFAULT_SYNC_HANDLERS = {
  /** Assets, shots, sequences, episodes, edits and concepts: created, renamed, moved, cancelled, deleted. */
  entities: handler(entityEvents, (context) => {
    const [prefix] = context.event.name.split(":") as [EntityPrefix];
    const id = idIn(context.event.data, `${prefix}_id`);
    if (id) context.sync.entity(id, ENTITY_KINDS[prefix]);
    else context.logger.warn("kitsu-ayon: entity event without an id; skipped");
  }),
  /** Tasks: created, changed, status changed (a comment), assigned, unassigned, deleted. */
  tasks: handler(
    ["task:new", "task:update", "task:delete", "task:status-changed", "task:to-review", "task:assign", "task:unassign"],
    (context) => {
      const id = idIn(context.event.data, "task_id");
      if (id) context.sync.task(id);
      else context.logger.warn("kitsu-ayon: task event without a task id; skipped");
    },
  ),
  /** Project settings (fps, resolution, its task types, statuses, asset types, team) and studio-wide types. */
  projectSettings: handler(
    [
      "project:update",
      "task-type:new",
      "task-type:update",
      "task-type:delete",
      "task-status:new",
      "task-status:update",
      "task-status:delete",
      "asset-type:new",
      "asset-type:update",
      "asset-type:delete",
    ],
    (context) => context.sync.project(),
  ),
  /** Persons: created, renamed, deactivated, deleted. */
  persons: handler(["person:new", "person:update", "person:delete"], (context) => context.sync.users()),
};

export type DefaultSyncHandlerName = keyof typeof DEFAULT_SYNC_HANDLERS;
