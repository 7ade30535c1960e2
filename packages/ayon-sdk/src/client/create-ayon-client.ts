import createClient from "openapi-fetch";
import { type AyonChangeStreamOptions, createAyonChangeStream } from "../events/change-stream.js";
import {
  createEnrollWorker,
  type EnrollJob,
  type EnrollRequest,
  type EnrollWorkerOptions,
} from "../events/enroll-worker.js";
import { createLiveFeed, type LiveFeedOptions } from "../events/live-feed.js";
import type { paths } from "../generated/ayon-api.js";
import { activitiesResource } from "../resources/activities.js";
import { entitiesResource } from "../resources/entities.js";
import { eventsResource } from "../resources/events.js";
import { foldersResource } from "../resources/folders.js";
import { graphqlClient } from "../resources/graphql.js";
import { body, type CallOptions, init } from "../resources/http.js";
import { operationsResource } from "../resources/operations.js";
import { projectsResource } from "../resources/projects.js";
import { addonsResource, secretsResource } from "../resources/secrets.js";
import { tasksResource } from "../resources/tasks.js";
import { usersResource } from "../resources/users.js";
import type { AyonAuth } from "./auth.js";
import { type AyonTransportOptions, createTransport } from "./transport.js";

/** `createAyonClient` options: where, who (`apiKey`, `credentials` or `token`), and how to behave. */
export type AyonClientOptions = AyonTransportOptions & AyonAuth;

/**
 * A typed AYON client: resources for projects and anatomy, folders, tasks, users, batch operations,
 * GraphQL bulk reads, events, enroll workers and the live feed; `http` (typed openapi-fetch) and
 * `graphql` for anything else. Every request carries `X-Sender` and `X-Sender-Type`.
 */
export function createAyonClient(options: AyonClientOptions) {
  const transport = createTransport(options);
  const http = createClient<paths>({ baseUrl: transport.serverUrl, fetch: transport.send });
  const graphql = graphqlClient(transport.send, transport.serverUrl);
  const events = eventsResource(http, graphql);
  const enroll = async (request: EnrollRequest, o: CallOptions = {}): Promise<EnrollJob | undefined> => {
    const { data, response } = await http.POST("/api/enroll", {
      body: { sender: transport.sender, senderType: transport.senderType, ...request },
      ...init(o),
    });
    return response.status === 204 || !data ? undefined : data;
  };
  const token = async () => {
    const headers = await transport.authHeaders();
    return headers["x-api-key"] ?? (headers.authorization ?? "").replace(/^Bearer /, "");
  };
  const users = usersResource(http, graphql);
  const liveFeed = (feedOptions: LiveFeedOptions) =>
    createLiveFeed(
      {
        serverUrl: transport.serverUrl,
        token,
        touch: () => body(http.GET("/api/users/me")),
        logger: transport.logger,
      },
      feedOptions,
    );
  return {
    serverUrl: transport.serverUrl,
    sender: transport.sender,
    senderType: transport.senderType,
    http,
    /** Runs a GraphQL query; GraphQL errors (HTTP 200 with `errors`) become `AyonGraphqlError`. */
    graphql,
    /** `GET /api/info`: server version and, when authenticated, the user and attribute definitions. */
    info: (o: CallOptions = {}) => body(http.GET("/api/info", init(o))),
    projects: projectsResource(http),
    folders: foldersResource(http),
    tasks: tasksResource(http),
    users,
    secrets: secretsResource(http),
    addons: addonsResource(http),
    operations: operationsResource(http),
    /** Comments and other activities: create, edit, delete, attachments, and the GraphQL feed. */
    activities: activitiesResource({ http, graphql, send: transport.send, serverUrl: transport.serverUrl }),
    /** Paginated GraphQL reads of a project's folders and tasks, filterable by `data.kitsuId`. */
    entities: entitiesResource(graphql),
    events: {
      ...events,
      /**
       * `POST /api/enroll` (service users only): a job for the oldest unprocessed source event, or
       * undefined when there is nothing to do (or a sequential queue waits on another sender).
       */
      enroll,
      /** A worker loop over `enroll`; see EnrollWorker. */
      worker: (workerOptions: EnrollWorkerOptions) =>
        createEnrollWorker({ enroll, events, logger: transport.logger }, workerOptions),
      /**
       * A durable stream of AYON's changes (`entity.*`, `activity.*`): read from the event log after
       * a cursor, in order, once each, woken by `/ws`; the service's own changes marked `own`.
       */
      changes: (streamOptions: AyonChangeStreamOptions = {}) =>
        createAyonChangeStream(
          { events, me: users.me, liveFeed, senderType: transport.senderType, logger: transport.logger },
          streamOptions,
        ),
    },
    /** AYON's `/ws` feed, reconnecting. At most once and no replay: see LiveFeed.onConnect. */
    liveFeed,
  };
}

export type AyonClient = ReturnType<typeof createAyonClient>;
