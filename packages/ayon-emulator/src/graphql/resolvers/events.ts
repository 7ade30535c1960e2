import { sortedJson } from "../../events/sorted-json.js";
import { isManager } from "../../http/context.js";
import type { EventRecord } from "../../state/records.js";
import { pythonIsoformat } from "../attrib.js";
import type { GraphqlContext } from "../context.js";
import { sqlLike } from "../filter/like.js";
import { type Connection, emptyConnection, paginate } from "../pagination.js";
import { parseId, validateNames, validateTopics, validateUserName } from "../validation.js";
import { jsonOrNull } from "./folder-node.js";
import type { PageArguments, ResolverMap } from "./resolver-types.js";

export interface EventsArguments extends PageArguments {
  ids: string[] | null;
  topics: string[] | null;
  projects: string[] | null;
  users: string[] | null;
  statuses: string[] | null;
  hasChildren: boolean | null;
  olderThan: string | null;
  newerThan: string | null;
  includeLogs: boolean;
}

type Condition = (event: EventRecord) => boolean;

/**
 * `events` (ayon_server/graphql/resolvers/events.py) in creation order. Non-managers only see their
 * own events unless they ask for ids; `log.*` topics are left out unless asked for.
 */
export function resolveEvents(args: EventsArguments, context: GraphqlContext): Connection<EventRecord> {
  if (context.user.data.isGuest === true) return emptyConnection();
  const conditions = eventConditions(args, context);
  if (!conditions) return emptyConnection();
  const ordering = {
    items: context.state.events.log,
    kinds: ["numeric" as const],
    key: (event: EventRecord) => [event.creationOrder],
  };
  return paginate(
    ordering,
    (event) => conditions.every((test) => test(event)),
    args,
    (event) => event,
  );
}

function eventConditions(args: EventsArguments, context: GraphqlContext): Condition[] | undefined {
  const conditions: Condition[] = [];
  let users = args.users;
  if (args.ids !== null) {
    // `id IN ()` is invalid SQL.
    if (args.ids.length === 0) throw new Error('syntax error at or near ")"');
    const ids = new Set(args.ids.map(parseId));
    conditions.push((event) => ids.has(event.id));
  } else if (!isManager(context.user)) {
    users = [context.user.name];
  }
  if (args.topics !== null) {
    if (args.topics.length === 0) return undefined;
    const patterns = validateTopics(args.topics);
    conditions.push((event) => patterns.some((pattern) => sqlLike(event.topic, pattern, false)));
  } else if (!args.includeLogs) {
    conditions.push((event) => !sqlLike(event.topic, "log.%", false));
  }
  if (args.projects !== null) {
    if (args.projects.length === 0) return undefined;
    const projects = new Set(validateNames(args.projects));
    conditions.push((event) => event.project !== null && projects.has(event.project));
  }
  if (users !== null) {
    if (users.length === 0) return undefined;
    const names = new Set(users.map(validateUserName));
    conditions.push((event) => event.user !== null && names.has(event.user));
  }
  if (args.statuses !== null) {
    if (args.statuses.length === 0) return undefined;
    const statuses = new Set(validateNames(args.statuses));
    conditions.push((event) => statuses.has(event.status));
  }
  addTimeConditions(args, conditions);
  if (args.hasChildren !== null) conditions.push(childrenCondition(context.state.events.log, args.hasChildren));
  return conditions;
}

function addTimeConditions(args: EventsArguments, conditions: Condition[]): void {
  for (const [value, older] of [
    [args.olderThan, true],
    [args.newerThan, false],
  ] as const) {
    if (!value) continue;
    const normalised = pythonIsoformat(value);
    if (normalised === undefined) throw new Error(`Invalid isoformat string: '${value}'`);
    // PostgreSQL reads a time without zone in the server's zone (UTC in AYON's images).
    const time = Date.parse(/[+-]\d{2}:\d{2}$/.test(normalised) ? normalised : `${normalised}Z`);
    conditions.push((event) => (older ? Date.parse(event.createdAt) < time : Date.parse(event.createdAt) > time));
  }
}

/**
 * `id IN / NOT IN (SELECT depends_on FROM events)`: as soon as one event depends on nothing, `NOT IN`
 * is never true, so `hasChildren: false` finds nothing on a real server.
 */
function childrenCondition(log: EventRecord[], hasChildren: boolean): Condition {
  const parents = new Set<string>();
  let anyNull = false;
  for (const event of log) {
    if (event.dependsOn === null) anyNull = true;
    else parents.add(event.dependsOn);
  }
  if (hasChildren) return (event) => parents.has(event.id);
  return (event) => !anyNull && !parents.has(event.id);
}

/** EventNode (ayon_server/graphql/nodes/event.py): summary and payload as JSON strings. */
export const eventNodeResolvers: ResolverMap = {
  EventNode: {
    id: (event: EventRecord) => event.id,
    hash: (event: EventRecord) => event.hash,
    topic: (event: EventRecord) => event.topic,
    project: (event: EventRecord) => event.project,
    user: (event: EventRecord) => event.user,
    sender: (event: EventRecord) => event.sender,
    dependsOn: (event: EventRecord) => event.dependsOn,
    status: (event: EventRecord) => event.status,
    retries: (event: EventRecord) => event.retries,
    description: (event: EventRecord) => event.description,
    summary: (event: EventRecord) => sortedJson(event.summary),
    payload: (event: EventRecord) => jsonOrNull(event.payload),
    createdAt: (event: EventRecord) => event.createdAt,
    updatedAt: (event: EventRecord) => event.updatedAt,
  },
};
