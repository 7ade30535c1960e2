import type { KitsuEventName } from "./catalogue.js";
import { isKitsuEvent, type KitsuEvent, type TypedKitsuEvent } from "./kitsu-event.js";

type Handler<E> = (event: E) => void | Promise<void>;

export interface KitsuEventDispatcher {
  /** Runs `handler` for events of these names, with their payload typed. Returns a function that removes it. */
  on<N extends KitsuEventName>(names: N | readonly N[], handler: Handler<TypedKitsuEvent<N>>): () => void;
  /** Runs `handler` for every event, names unknown to the catalogue included. */
  onAny(handler: Handler<KitsuEvent>): () => void;
  /** Receives the errors of handlers; without one, `receive` rejects with them. */
  onError(handler: (error: unknown, event: KitsuEvent) => void | Promise<void>): () => void;
  /** Runs the matching handlers in registration order, one after another; one failing does not stop the others. */
  receive(event: KitsuEvent): Promise<void>;
}

/** A typed registry of event handlers (the @octokit/webhooks shape), to feed from a `KitsuEventStream`. */
export function createKitsuEventDispatcher(): KitsuEventDispatcher {
  const handlers: { names: readonly string[] | undefined; run: Handler<KitsuEvent> }[] = [];
  const errorHandlers: ((error: unknown, event: KitsuEvent) => void | Promise<void>)[] = [];
  const remover =
    <T>(list: T[], item: T) =>
    () => {
      const index = list.indexOf(item);
      if (index >= 0) list.splice(index, 1);
    };
  return {
    on(names, handler) {
      const list: readonly KitsuEventName[] = typeof names === "string" ? [names] : names;
      const entry = {
        names: list,
        run: (event: KitsuEvent) => (isKitsuEvent(event, ...list) ? handler(event as never) : undefined),
      };
      handlers.push(entry);
      return remover(handlers, entry);
    },
    onAny(handler) {
      const entry = { names: undefined, run: handler };
      handlers.push(entry);
      return remover(handlers, entry);
    },
    onError(handler) {
      errorHandlers.push(handler);
      return remover(errorHandlers, handler);
    },
    async receive(event) {
      const errors: unknown[] = [];
      for (const { names, run } of [...handlers]) {
        if (names !== undefined && !names.includes(event.name)) continue;
        try {
          await run(event);
        } catch (error) {
          errors.push(error);
        }
      }
      if (errors.length === 0) return;
      if (errorHandlers.length === 0)
        throw new AggregateError(errors, `${errors.length} handler(s) failed for ${event.name} ${event.id}`);
      for (const error of errors) for (const handler of [...errorHandlers]) await handler(error, event);
    },
  };
}
