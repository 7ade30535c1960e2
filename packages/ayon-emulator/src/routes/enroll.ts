import type { IncomingMessage } from "node:http";
import { BodyReader, checkString, PY_PATTERNS } from "../events/body-reader.js";
import { type EnrollJobOptions, enrollJob } from "../events/enroll-job.js";
import { EVENT_FILTER_TABLE } from "../events/event-filter-table.js";
import { compileFilter } from "../graphql/filter/compile.js";
import { FilterError } from "../graphql/filter/filter-error.js";
import { parseQueryFilter, type QueryFilter, QueryFilterInvalid } from "../graphql/filter/query-filter.js";
import { isService } from "../http/context.js";
import { badRequest, EmulatorHttpError, forbidden } from "../http/errors.js";
import type { HandlerInput, HandlerResult, Router } from "../http/router.js";
import type { EventRecord, RequestContext } from "../state/records.js";
import { NAME_REGEX, TOPIC_REGEX } from "../state/rules.js";

/** `POST /api/enroll`: services take the next job (api/events/enroll.py). */
export function registerEnrollRoutes(router: Router): void {
  router.add("POST", "/api/enroll", enroll);
}

interface EnrollRequest {
  sourceTopic: string | string[];
  targetTopic: string;
  sender: string | null;
  senderType: string | null;
  description: string | null;
  sequential: boolean;
  filter: QueryFilter | null;
  maxRetries: number;
  ignoreSenderTypes: string[] | null;
  ignoreOlderThan: number;
}

function enroll({ state, method, path, body, context, request }: HandlerInput): HandlerResult {
  const caller = context as RequestContext;
  const reader = new BodyReader(body, method, path);
  const payload = readEnrollRequest(reader);
  const headers = readSenderHeaders(reader, request);
  reader.finish();
  if (!isService(caller.user)) throw forbidden("Only services can enroll for jobs");
  const options: EnrollJobOptions = {
    sourceTopic: sourceTopicPattern(payload.sourceTopic),
    targetTopic: targetTopic(payload.targetTopic),
    sender: payload.sender ?? headers.sender,
    senderType: payload.senderType ?? headers.senderType,
    userName: caller.user.name,
    description: payload.description,
    sequential: payload.sequential,
    filter: compileSourceFilter(payload.filter),
    maxRetries: payload.maxRetries,
    ignoreOlderThan: payload.ignoreOlderThan === 0 ? null : payload.ignoreOlderThan,
    ignoreSenderTypes: payload.ignoreSenderTypes?.length ? payload.ignoreSenderTypes : null,
  };
  const job = runFiltered(() => enrollJob(state, options));
  return job ? { status: 200, body: job } : { status: 204 };
}

/** `EnrollRequestModel`. */
function readEnrollRequest(reader: BodyReader): EnrollRequest {
  return {
    sourceTopic: reader.stringOrList("sourceTopic"),
    targetTopic: reader.requiredString("targetTopic", { regex: { test: TOPIC_REGEX, source: PY_PATTERNS.topic } }),
    sender: reader.optionalString("sender"),
    senderType: reader.optionalString("senderType"),
    description: reader.optionalString("description"),
    sequential: reader.bool("sequential", false),
    filter: readFilter(reader),
    maxRetries: reader.int("maxRetries", 3) ?? 3,
    ignoreSenderTypes: reader.optionalStringList("ignoreSenderTypes"),
    ignoreOlderThan: reader.int("ignoreOlderThan", 3) ?? 3,
  };
}

function readFilter(reader: BodyReader): QueryFilter | null {
  const raw = reader.raw("filter");
  if (raw === undefined || raw === null) return null;
  try {
    return parseQueryFilter(raw, ["body", "filter"]);
  } catch (error) {
    if (!(error instanceof QueryFilterInvalid)) throw error;
    for (const item of error.errors) reader.addError(item.loc, item.msg, item.type);
    return null;
  }
}

/** This endpoint declares the `Sender`/`SenderType` dependencies, which reject invalid headers. */
function readSenderHeaders(
  reader: BodyReader,
  request: IncomingMessage,
): { sender: string | null; senderType: string } {
  const read = (name: string) => {
    const value = request.headers[name];
    const text = Array.isArray(value) ? value[0] : value;
    if (text === undefined) return null;
    const rules = { regex: { test: NAME_REGEX, source: PY_PATTERNS.name } };
    return checkString(text, rules, (msg, type) => reader.addError(["header", name], msg, type)) ? text : null;
  };
  return { sender: read("x-sender") || null, senderType: read("x-sender-type") ?? "api" };
}

/** Each topic must match TOPIC_REGEX; `*` becomes SQL's `%`. */
function sourceTopicPattern(topic: string | string[]): string | string[] {
  const convert = (item: string) => {
    if (!TOPIC_REGEX.test(item)) throw badRequest(`Invalid topic: ${item}`);
    return item.replaceAll("*", "%");
  };
  return typeof topic === "string" ? convert(topic) : topic.map(convert);
}

function targetTopic(topic: string): string {
  if (topic.includes("*")) throw badRequest("Target topic must not contain wildcards");
  return topic;
}

function compileSourceFilter(filter: QueryFilter | null): ((event: EventRecord) => boolean) | undefined {
  return filter ? runFiltered(() => compileFilter(filter, EVENT_FILTER_TABLE)) : undefined;
}

/** A filter the SQL cannot run is an unhandled server error (500) on AYON. */
function runFiltered<T>(action: () => T): T {
  try {
    return action();
  } catch (error) {
    if (!(error instanceof FilterError)) throw error;
    throw new EmulatorHttpError(500, `ValueError: ${error.message}`, undefined, { status: 500 });
  }
}
