import createClient from "openapi-fetch";
import type { KitsuEventCursor } from "../events/delivery-window.js";
import { type KitsuLoggedEvent, readEventLog } from "../events/event-log.js";
import { createKitsuEventStream, type KitsuEventStream, type KitsuEventStreamOptions } from "../events/event-stream.js";
import type { paths } from "../generated/kitsu-api.js";
import { assetTypesResource } from "../resources/asset-types.js";
import { assetsResource } from "../resources/assets.js";
import { conceptsResource } from "../resources/concepts.js";
import { editsResource } from "../resources/edits.js";
import { entitiesResource } from "../resources/entities.js";
import { episodesResource } from "../resources/episodes.js";
import { body, type CallOptions, init } from "../resources/http.js";
import { personsResource } from "../resources/persons.js";
import { previewsResource } from "../resources/previews.js";
import { projectsResource } from "../resources/projects.js";
import { sequencesResource } from "../resources/sequences.js";
import { shotsResource } from "../resources/shots.js";
import { taskStatusesResource } from "../resources/task-statuses.js";
import { taskTypesResource } from "../resources/task-types.js";
import { tasksResource } from "../resources/tasks.js";
import { createTransport, type KitsuTransportOptions } from "./transport.js";

export interface KitsuClientOptions extends KitsuTransportOptions {
  /**
   * Root of Zou's Socket.IO event server. @default `apiUrl` without its `/api` suffix (Kitsu's nginx
   * serves `/socket.io` at the root); a bare Zou serves it on its own port (5001 by default).
   */
  eventsUrl?: string;
}

/** `https://host/api` -> `https://host`. */
export const defaultEventsUrl = (apiUrl: string) => apiUrl.replace(/\/+$/, "").replace(/\/api$/, "");

/**
 * A typed Kitsu client: resources for everything a sync reads and writes, the event log and a
 * durable event stream, and `http`, the typed openapi-fetch client, for anything else.
 */
export function createKitsuClient(options: KitsuClientOptions) {
  const transport = createTransport(options);
  const eventsUrl = (options.eventsUrl ?? defaultEventsUrl(transport.apiUrl)).replace(/\/+$/, "");
  const http = createClient<paths>({ baseUrl: transport.apiUrl, fetch: transport.send });
  return {
    apiUrl: transport.apiUrl,
    eventsUrl,
    http,
    /** `GET /`: `{ api: "Zou", version }`; a quick connectivity and version check. */
    serverInfo: (o: CallOptions = {}) => body(http.GET("/", init(o))),
    /** The identity behind the credentials (person or bot), with its role. */
    whoAmI: (o: CallOptions = {}) => body(http.GET("/auth/authenticated", init(o))),
    projects: projectsResource(http),
    assetTypes: assetTypesResource(http),
    assets: assetsResource(http),
    episodes: episodesResource(http),
    sequences: sequencesResource(http),
    shots: shotsResource(http),
    edits: editsResource(http),
    concepts: conceptsResource(http),
    entities: entitiesResource(http),
    tasks: tasksResource(http),
    previews: previewsResource(http),
    taskTypes: taskTypesResource(http),
    taskStatuses: taskStatusesResource(http),
    persons: personsResource(http),
    events: {
      /** Every logged event after `after` (Zou time, `YYYY-MM-DDTHH:MM:SS`), oldest first, all pages read. */
      read: (
        after: string,
        o: CallOptions & { projectId?: string; pageSize?: number } = {},
      ): Promise<KitsuLoggedEvent[]> => readEventLog(transport.send, transport.apiUrl, { after, ...o }),
      /** Distinct event names present in the log. */
      names: (o: CallOptions = {}) => body(http.GET("/data/events/names", init(o))),
      /** A durable, ordered, resumable stream of the log's events (see KitsuEventStream). */
      stream: (streamOptions: KitsuEventStreamOptions = {}): KitsuEventStream =>
        createKitsuEventStream({ transport, eventsUrl }, streamOptions),
    },
  };
}

export type KitsuClient = ReturnType<typeof createKitsuClient>;
export type { KitsuEventCursor };
