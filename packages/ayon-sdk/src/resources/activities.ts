import type { Send } from "@kitsu-ayon/http-transport";
import {
  ACTIVITIES_QUERY,
  type ActivityFilter,
  type AyonActivity,
  type FeedNode,
  toActivity,
} from "./activity-feed.js";
import { type Connection, type GraphqlQuery, readAllPages } from "./graphql.js";
import { type AyonHttp, body, type CallOptions, done, init, type Schemas } from "./http.js";

export type ActivityCreate = Schemas["ProjectActivityPostModel"];
export type ActivityPatch = Schemas["ActivityPatchModel"];
export type ActivityType = ActivityCreate["activityType"];
export type ActivityEntityType = "folder" | "product" | "version" | "representation" | "task" | "workfile";

/** The entity an activity is about. */
export interface ActivityEntity {
  entityType: ActivityEntityType;
  entityId: string;
}

/** What a comment may carry besides its markdown body. */
export type CommentOptions = Omit<ActivityCreate, "activityType" | "body">;

/** A comment attachment to upload. */
export interface FileUpload {
  /** The file name AYON shows and serves it under (HTTP header characters only). */
  name: string;
  /** A MIME type: `image/png`, `application/pdf`... */
  contentType: string;
  content: Blob | ArrayBuffer | Uint8Array<ArrayBuffer> | string;
  /** Choose the id (32 hex); an existing file with it is overwritten. */
  id?: string;
}

/** One page of `activities.page`. */
export interface ActivityPage {
  items: AyonActivity[];
  /** Pass as `after` for the next page; null when AYON gave none. */
  endCursor: string | null;
  hasNextPage: boolean;
}

type FeedAnswer = { project: { activities: Connection<FeedNode> } };

export interface ActivitiesDependencies {
  http: AyonHttp;
  graphql: GraphqlQuery;
  /** The client's transport, for the upload route (not in the OpenAPI subset the types come from). */
  send: Send;
  serverUrl: string;
}

export function activitiesResource({ http, graphql, send, serverUrl }: ActivitiesDependencies) {
  const create = async (project: string, entity: ActivityEntity, activity: ActivityCreate, o: CallOptions = {}) =>
    (
      await body(
        http.POST("/api/projects/{project_name}/{entity_type}/{entity_id}/activities", {
          params: { path: { project_name: project, entity_type: entity.entityType, entity_id: entity.entityId } },
          body: activity,
          ...init(o),
        }),
      )
    ).id;
  const at = (project: string, id: string) => ({ params: { path: { project_name: project, activity_id: id } } });
  const list = async (project: string, filter: ActivityFilter = {}, o: CallOptions & { pageSize?: number } = {}) =>
    (
      await readAllPages<FeedAnswer, FeedNode>(
        graphql,
        ACTIVITIES_QUERY,
        { project, ...filter },
        (data) => data.project.activities,
        o,
      )
    ).map(toActivity);

  return {
    /**
     * `POST .../{entity_type}/{entity_id}/activities`; resolves to the new activity's id. People
     * may create comments and reviews only; services any type. Markdown links in `body` such as
     * `[Jane](user:jane)` are mentions (see `mention`), and `files` attaches uploaded files.
     */
    create,
    /** A comment (markdown) on an entity. A person who comments starts watching the entity. */
    comment: (project: string, entity: ActivityEntity, text: string, options: CommentOptions & CallOptions = {}) => {
      const { signal, ...rest } = options;
      return create(project, entity, { ...rest, activityType: "comment", body: text }, signal ? { signal } : {});
    },
    /**
     * Edits an activity: its author and admins may change anything, others only tick checkboxes.
     * `data` is merged one level deep; `files` replaces the attachments (`appendFiles` adds them).
     */
    update: (project: string, id: string, patch: ActivityPatch, o: CallOptions = {}) =>
      done(
        http.PATCH("/api/projects/{project_name}/activities/{activity_id}", {
          ...at(project, id),
          body: patch,
          ...init(o),
        }),
      ),
    /** Deletes an activity (its author or an admin); its files are unlinked, and AYON removes them later. */
    delete: (project: string, id: string, o: CallOptions = {}) =>
      done(http.DELETE("/api/projects/{project_name}/activities/{activity_id}", { ...at(project, id), ...init(o) })),
    /** The activity as its entity sees it (its origin row), or undefined when there is none. */
    get: async (project: string, id: string, o: CallOptions = {}): Promise<AyonActivity | undefined> =>
      (await list(project, { activityIds: [id], referenceTypes: ["origin"] }, o))[0],
    /** Every feed row matching the filter, oldest first, all pages read. */
    list,
    /**
     * One page: the `first` rows after the cursor `after`, oldest first, or the newest `last`, which
     * AYON gives newest first.
     */
    async page(
      project: string,
      filter: ActivityFilter,
      page: { first: number; after?: string | null } | { last: number },
      o: CallOptions = {},
    ): Promise<ActivityPage> {
      const data = await graphql<FeedAnswer>(ACTIVITIES_QUERY, { project, ...filter, ...page }, o);
      const { activities } = data.project;
      return {
        items: activities.edges.map((edge) => toActivity(edge.node)),
        endCursor: activities.pageInfo.endCursor ?? null,
        hasNextPage: activities.pageInfo.hasNextPage,
      };
    },
    /**
     * `POST /api/projects/{project}/files`: stores an attachment and resolves to its id, to pass in
     * an activity's `files`. A file no activity links to is deleted by AYON after five minutes.
     */
    async uploadFile(project: string, file: FileUpload, o: CallOptions = {}): Promise<string> {
      const headers: Record<string, string> = { "content-type": file.contentType, "x-file-name": file.name };
      if (file.id) headers["x-file-id"] = file.id;
      const response = await send(
        new Request(`${serverUrl}/api/projects/${encodeURIComponent(project)}/files`, {
          method: "POST",
          headers,
          body: file.content,
          ...(o.signal ? { signal: o.signal } : {}),
        }),
      );
      return ((await response.json()) as { id: string }).id;
    },
  };
}
