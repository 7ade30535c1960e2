import type { RequestContext } from "../state/records.js";
import type { EmulatorState } from "../state/store.js";
import type { EventDraft } from "./operation-types.js";

/** Who dispatches: the request's sender, sender type and user (EventStream.dispatch defaults). */
export interface DispatchOrigin {
  sender: string | null;
  senderType: string | null;
  user: string | null;
}

export const originOf = (context: RequestContext): DispatchOrigin => ({
  sender: context.sender,
  senderType: context.senderType,
  user: context.user.name,
});

/** Stores and publishes committed events in order. */
export function dispatchEvents(state: EmulatorState, origin: DispatchOrigin, events: EventDraft[]): void {
  for (const event of events) {
    state.events.dispatch({
      topic: event.topic,
      sender: origin.sender,
      senderType: origin.senderType,
      project: event.project,
      user: event.user ?? origin.user,
      description: event.description,
      summary: structuredClone(event.summary),
      ...(event.payload === undefined ? {} : { payload: structuredClone(event.payload) }),
    });
  }
}

/**
 * `waitForEvents: false`: AYON dispatches in a background task after answering, so a client must
 * not expect the events to exist when the response arrives.
 */
export function dispatchEventsLater(state: EmulatorState, origin: DispatchOrigin, events: EventDraft[]): void {
  if (events.length === 0) return;
  setImmediate(() => dispatchEvents(state, origin, events));
}
