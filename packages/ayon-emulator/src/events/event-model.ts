import type { EventRecord } from "../state/records.js";
import type { PublishMeta } from "./bus.js";

/** `EventModel` of ayon_server/events/base.py, as `GET /api/events/{id}` returns it. */
export function eventToRest(event: EventRecord): Record<string, unknown> {
  return {
    id: event.id,
    hash: event.hash,
    topic: event.topic,
    sender: event.sender,
    senderType: event.senderType,
    project: event.project,
    user: event.user,
    dependsOn: event.dependsOn,
    status: event.status,
    retries: event.retries,
    description: event.description,
    summary: event.summary,
    payload: event.payload,
    createdAt: event.createdAt,
    updatedAt: event.updatedAt,
  };
}

/**
 * The message AYON publishes for WebSocket clients (no payload). A new event carries `progress`
 * (100 when finished, else 0) and `store`; an update carries `progress` only when one was given
 * (EventStream.dispatch and EventStream.update in ayon_server/events/eventstream.py).
 */
export function eventMessage(event: EventRecord, meta: PublishMeta): Record<string, unknown> {
  const message: Record<string, unknown> = {
    id: event.id,
    topic: event.topic,
    project: event.project,
    user: event.user,
    dependsOn: event.dependsOn,
    description: event.description,
    summary: event.summary,
    status: event.status,
    sender: event.sender,
    senderType: event.senderType,
    createdAt: event.createdAt,
    updatedAt: event.updatedAt,
  };
  if (meta.created) {
    message.progress = event.status === "finished" ? 100 : 0;
    message.store = meta.store;
  } else if (meta.progress !== undefined) {
    message.progress = meta.progress;
  }
  return message;
}
