import { AyonConflictError } from "../errors.js";
import { type Connection, type GraphqlQuery, parseJsonField, readAllPages } from "./graphql.js";
import { type AyonHttp, body, type CallOptions, done, init, type Schemas } from "./http.js";

export type AyonEvent = Schemas["EventModel"];
export type DispatchEventRequest = Schemas["DispatchEventRequestModel"];
export type UpdateEventRequest = Schemas["UpdateEventRequestModel"];
export type AyonEventStatus = NonNullable<AyonEvent["status"]>;

/** `stored`: a new event with its id; `duplicate`: an event with the same hash was already stored. */
export type DispatchResult = { outcome: "stored"; id: string } | { outcome: "duplicate"; id?: undefined };

/** An event as the GraphQL list gives it: `summary` and `payload` parsed. GraphQL has no `senderType`. */
export interface AyonEventListItem {
  id: string;
  hash: string;
  topic: string;
  project: string | null;
  user: string | null;
  sender: string | null;
  dependsOn: string | null;
  status: AyonEventStatus;
  retries: number;
  description: string;
  summary: Record<string, unknown>;
  payload: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
}

export interface EventFilter {
  /** Topics; `*` is a wildcard (`entity.folder.*`). */
  topics?: string[];
  projects?: string[];
  statuses?: AyonEventStatus[];
  users?: string[];
  /** ISO time: only events created after it. */
  newerThan?: string;
  olderThan?: string;
}

const EVENTS_QUERY = `query Events($first: Int, $after: String, $last: Int, $topics: [String!], $projects: [String!], $statuses: [String!], $users: [String!], $newerThan: String, $olderThan: String) {
  events(first: $first, after: $after, last: $last, topics: $topics, projects: $projects, statuses: $statuses, users: $users, newerThan: $newerThan, olderThan: $olderThan) {
    pageInfo { hasNextPage endCursor }
    edges { node { id hash topic project user sender dependsOn status retries description summary payload createdAt updatedAt } }
  }
}`;

type EventNode = Omit<AyonEventListItem, "summary" | "payload"> & { summary: string; payload: string };

const toItem = (node: EventNode): AyonEventListItem => ({
  ...node,
  summary: parseJsonField(node.summary),
  payload: parseJsonField(node.payload),
});

/** One page of `events.page`: the events, and where the next page starts. */
export interface EventPage {
  items: AyonEventListItem[];
  /** Pass as `after` for the next page; null when AYON gave none. */
  endCursor: string | null;
  hasNextPage: boolean;
}

const at = (id: string) => ({ path: { event_id: id } });

/** "Event with the same hash already exists" (ayon_server/events/eventstream.py): the event is stored. */
const isDuplicateHash = (error: unknown) => error instanceof AyonConflictError && /same hash/i.test(error.detail ?? "");

export function eventsResource(http: AyonHttp, graphql: GraphqlQuery) {
  return {
    /**
     * `POST /api/events`. With a `hash` (e.g. a checksum of the topic and the source's event id), a
     * second dispatch of the same event resolves to `{ outcome: "duplicate" }` instead of failing, so
     * any number of producers can store the same source event once. `finished: false` stores it pending.
     */
    async dispatch(event: DispatchEventRequest, o: CallOptions = {}): Promise<DispatchResult> {
      try {
        const { id } = await body(http.POST("/api/events", { body: event, ...init(o) }));
        return { outcome: "stored", id };
      } catch (error) {
        if (isDuplicateHash(error)) return { outcome: "duplicate" };
        throw error;
      }
    },
    /** The full event, with `payload` (only REST has it). */
    get: (id: string, o: CallOptions = {}) => body(http.GET("/api/events/{event_id}", { params: at(id), ...init(o) })),
    /** Status, description, summary, payload, retries; `progress` is sent to WebSocket clients only. */
    update: (id: string, changes: UpdateEventRequest, o: CallOptions = {}) =>
      done(http.PATCH("/api/events/{event_id}", { params: at(id), body: changes, ...init(o) })),
    delete: (id: string, o: CallOptions = {}) =>
      done(http.DELETE("/api/events/{event_id}", { params: at(id), ...init(o) })),
    /** Events matching the filter, oldest first, all pages read (`log.*` topics excluded, as AYON does). */
    async list(filter: EventFilter = {}, o: CallOptions & { pageSize?: number } = {}): Promise<AyonEventListItem[]> {
      const nodes = await readAllPages<{ events: Connection<EventNode> }, EventNode>(
        graphql,
        EVENTS_QUERY,
        { ...filter },
        (data) => data.events,
        o,
      );
      return nodes.map(toItem);
    },
    /**
     * One page of the events matching the filter: the `first` after the cursor `after`, oldest first
     * (AYON's creation order), or the newest `last`, which AYON gives newest first.
     */
    async page(
      filter: EventFilter,
      page: { first: number; after?: string | null } | { last: number },
      o: CallOptions = {},
    ): Promise<EventPage> {
      const { events } = await graphql<{ events: Connection<EventNode> }>(EVENTS_QUERY, { ...filter, ...page }, o);
      return {
        items: events.edges.map((edge) => toItem(edge.node)),
        endCursor: events.pageInfo.endCursor ?? null,
        hasNextPage: events.pageInfo.hasNextPage,
      };
    },
  };
}
