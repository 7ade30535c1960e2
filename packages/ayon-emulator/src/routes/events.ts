import { BodyReader } from "../events/body-reader.js";
import { eventToRest } from "../events/event-model.js";
import { checkEventId, readDispatchRequest, readUpdateRequest, type UpdateRequest } from "../events/event-requests.js";
import { hasProjectAccess } from "../events/project-access.js";
import { isAdmin, isManager, isService } from "../http/context.js";
import { EmulatorHttpError, forbidden, notFound } from "../http/errors.js";
import type { HandlerInput, HandlerResult, Router } from "../http/router.js";
import type { EventRecord, RequestContext, UserRecord } from "../state/records.js";

/** Topics whose creator may change their status (api/events/events.py `USER_EVENTS`). */
const USER_EVENTS = ["action.launcher"];
/** Topics anyone may restart (api/events/events.py `RESTARTABLE_WHITELIST`). */
const RESTARTABLE = ["installer.install_from_url", "dependency_package.install_from_url", "addon.install_from_url"];

/** `/api/events`: dispatch, read, update and delete events (api/events/events.py). */
export function registerEventRoutes(router: Router): void {
  router.add("POST", "/api/events", postEvent);
  router.add("GET", "/api/events/:eventId", getEvent);
  router.add("PATCH", "/api/events/:eventId", patchEvent);
  router.add("DELETE", "/api/events/:eventId", deleteEvent);
}

function postEvent({ state, method, path, body, context }: HandlerInput): HandlerResult {
  const caller = context as RequestContext;
  const reader = new BodyReader(body, method, path);
  const request = readDispatchRequest(reader);
  reader.finish();
  // No topic is whitelisted for normal users in AYON 1.16.
  if (!isManager(caller.user)) throw forbidden("Not allowed to update this event");
  const event = state.events.dispatch({
    topic: request.topic,
    sender: request.sender || caller.sender,
    senderType: caller.senderType,
    ...(request.hash ? { hash: request.hash } : {}),
    user: caller.user.name,
    project: request.project,
    description: request.description ?? "",
    summary: request.summary,
    payload: request.payload,
    status: request.finished ? "finished" : "pending",
    store: request.store,
    reuse: request.reuse,
  });
  return { status: 200, body: { id: event.id } };
}

function getEvent({ state, method, path, params, context }: HandlerInput): HandlerResult {
  const { user } = context as RequestContext;
  validateEventId(method, path, params.eventId as string);
  if (user.data.isGuest === true) throw forbidden("Guests are not allowed to get events this way");
  const event = findEvent(state.events.byId, params.eventId as string);
  if (event.project && !isManager(user) && !hasProjectAccess(user, event.project)) {
    throw forbidden("No access group assigned on this project");
  }
  return { status: 200, body: eventToRest(event) };
}

function patchEvent({ state, method, path, params, body, context }: HandlerInput): HandlerResult {
  const caller = context as RequestContext;
  const reader = new BodyReader(body, method, path);
  checkEventId(reader, params.eventId as string);
  const request = readUpdateRequest(reader);
  reader.finish();
  const event = findEvent(state.events.byId, params.eventId as string);
  checkUpdateAllowed(caller.user, event, request);
  applyUpdate(event, request, caller, state.now());
  state.events.publish(event, request.progress ?? undefined);
  return { status: 204 };
}

function deleteEvent({ state, method, path, params, context }: HandlerInput): HandlerResult {
  const { user } = context as RequestContext;
  validateEventId(method, path, params.eventId as string);
  if (!isAdmin(user)) throw forbidden("Not allowed to delete events");
  const id = params.eventId as string;
  if (state.events.log.some((event) => event.dependsOn === id)) throw stillReferenced(id);
  state.events.remove(id);
  return { status: 204 };
}

function validateEventId(method: string, path: string, eventId: string): void {
  const reader = new BodyReader({}, method, path);
  checkEventId(reader, eventId);
  reader.finish();
}

function findEvent(events: Map<string, EventRecord>, id: string): EventRecord {
  const event = events.get(id);
  if (!event) throw notFound("Event not found");
  return event;
}

/** The status and ownership rules of `update_existing_event` in api/events/events.py. */
function checkUpdateAllowed(user: UserRecord, event: EventRecord, request: UpdateRequest): void {
  if (request.status && request.status !== event.status) {
    if (USER_EVENTS.includes(event.topic)) {
      if (user.name !== event.user && !isAdmin(user)) throw forbidden("Not allowed to update status of this event");
    } else if (!isService(user) && event.dependsOn === null && !RESTARTABLE.includes(event.topic)) {
      throw forbidden("Not allowed to update status of this event");
    }
  }
  if (isManager(user)) return;
  if (event.user !== user.name) throw forbidden("Not allowed to update this event");
  if (request.user && request.user !== user.name) throw forbidden("Not allowed to change user of this event");
}

/** EventStream.update: the caller's X-Sender / X-Sender-Type replace the stored ones. */
function applyUpdate(event: EventRecord, request: UpdateRequest, caller: RequestContext, now: string): void {
  const sender = request.sender ?? caller.sender;
  if (sender !== null) event.sender = sender;
  event.senderType = caller.senderType;
  event.user = request.user || event.user || caller.user.name;
  const project = request.projectName || request.project;
  if (project) event.project = project;
  if (request.status !== null) event.status = request.status;
  if (request.description !== null) event.description = request.description;
  if (request.summary !== null) event.summary = request.summary;
  if (request.payload !== null) event.payload = request.payload;
  if (request.retries !== null) event.retries = request.retries;
  event.updatedAt = now;
}

/** Deleting an event another one depends on is a foreign-key violation, answered as AYON does. */
function stillReferenced(id: string): EmulatorHttpError {
  const uuid = `${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20)}`;
  return new EmulatorHttpError(500, `id '${uuid}' is still referenced from table "events".`, undefined, {
    path: `[DELETE] /events/${id}`,
    error: "foreign-key-violation",
    code: 409,
  });
}
