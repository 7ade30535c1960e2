import type { EventStatus, JsonObject } from "../state/records.js";
import { NAME_REGEX, TOPIC_REGEX } from "../state/rules.js";
import { type BodyReader, checkString, type FieldError, PY_PATTERNS } from "./body-reader.js";

export const EVENT_STATUSES: readonly EventStatus[] = [
  "pending",
  "in_progress",
  "finished",
  "failed",
  "aborted",
  "restarted",
];

const TOPIC = { test: TOPIC_REGEX, source: PY_PATTERNS.topic };
const NAME = { test: NAME_REGEX, source: PY_PATTERNS.name };

/** `DispatchEventRequestModel` of api/events/events.py. */
export interface DispatchRequest {
  topic: string;
  sender: string | null;
  hash: string | null;
  project: string | null;
  description: string | null;
  summary: JsonObject;
  payload: JsonObject;
  finished: boolean;
  store: boolean;
  reuse: boolean;
}

/** `UpdateEventRequestModel` of api/events/events.py. */
export interface UpdateRequest {
  sender: string | null;
  projectName: string | null;
  project: string | null;
  user: string | null;
  status: EventStatus | null;
  description: string | null;
  summary: JsonObject | null;
  payload: JsonObject | null;
  progress: number | null;
  retries: number | null;
}

export function readDispatchRequest(reader: BodyReader): DispatchRequest {
  const request: DispatchRequest = {
    topic: reader.requiredString("topic", { regex: TOPIC }),
    sender: reader.optionalString("sender"),
    hash: reader.optionalString("hash"),
    project: reader.optionalString("project", { regex: NAME }),
    description: reader.optionalString("description"),
    summary: (reader.dict("summary", false) ?? {}) as JsonObject,
    payload: (reader.dict("payload", false) ?? {}) as JsonObject,
    finished: reader.bool("finished", true),
    store: reader.bool("store", true),
    reuse: reader.bool("reuse", false),
  };
  // Validated, then ignored: api/events/events.py does not pass it on (only enroll sets dependencies).
  reader.optionalString("dependsOn", { minLength: 32, maxLength: 32 });
  return request;
}

export function readUpdateRequest(reader: BodyReader): UpdateRequest {
  return {
    sender: reader.optionalString("sender"),
    projectName: reader.optionalString("projectName"),
    project: reader.optionalString("project", { regex: NAME }),
    user: reader.optionalString("user"),
    status: reader.literal("status", EVENT_STATUSES),
    description: reader.optionalString("description"),
    summary: reader.dict("summary", true) as JsonObject | null,
    payload: reader.dict("payload", true) as JsonObject | null,
    progress: reader.optionalNumber("progress", { ge: 0, le: 100 }),
    retries: reader.int("retries", null, true),
  };
}

/** The `{event_id}` path parameter: `EntityID.META` (32 lowercase hex characters). */
export function checkEventId(reader: BodyReader, eventId: string): void {
  const rules = { minLength: 32, maxLength: 32, regex: { test: /^[0-9a-f]{32}$/, source: PY_PATTERNS.entityId } };
  const errors: FieldError[] = [];
  checkString(eventId, rules, (msg, type) => errors.push({ loc: ["path", "event_id"], msg, type }));
  for (const error of errors) reader.addError(error.loc, error.msg, error.type);
}
