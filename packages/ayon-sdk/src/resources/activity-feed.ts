import type {
  ActivityFileNode,
  ActivityNode,
  ActivityOriginNode,
  ActivityReactionNode,
} from "../generated/ayon-graphql.js";
import { parseJsonField } from "./graphql.js";

/** How an activity concerns the row's entity or user. */
export type ActivityReferenceType = "origin" | "mention" | "author" | "relation" | "watching";

/** The entity an activity is about, or one of its parents. */
export type ActivityOrigin = Pick<ActivityOriginNode, "id" | "type" | "name" | "subtype" | "label">;
/** An attached file (`createdAt` is left out: AYON fails any query that asks for it). */
export type ActivityFile = Pick<ActivityFileNode, "id" | "name" | "size" | "mime" | "author">;
export type ActivityReaction = Pick<ActivityReactionNode, "userName" | "fullName" | "reaction" | "timestamp">;

type FeedFields = Pick<
  ActivityNode,
  | "activityId"
  | "activityType"
  | "referenceId"
  | "referenceType"
  | "entityType"
  | "entityId"
  | "entityName"
  | "body"
  | "tags"
  | "createdAt"
  | "updatedAt"
  | "creationOrder"
>;

/**
 * One row of AYON's activity feed: an activity as seen from one entity or user (`referenceType`
 * says how it concerns them). `createdAt` and `updatedAt` are the row's: a mention added by an
 * edit is newer than the activity.
 */
export interface AyonActivity extends FeedFields {
  /** `activityData` parsed: `origin`, `parents`, `author`, `files`, `hasChecklist`, what the creator set. */
  data: Record<string, unknown>;
  /** `referenceData` parsed (`{ role: "assignee" }` on an assignee's relation). */
  referenceData: Record<string, unknown>;
  /** The author's user name. */
  author: string | null;
  origin: ActivityOrigin | null;
  parents: ActivityOrigin[];
  files: ActivityFile[];
  reactions: ActivityReaction[];
}

export interface ActivityFilter {
  /**
   * With `entityIds`: every row that concerns these entities (origins, mentions, relations). AYON
   * filters by the ids only; the type just has to be there.
   */
  entityType?: string;
  entityIds?: string[];
  /** `comment`, `watch`, `status.change`... and `checklist` (comments with a checklist). */
  activityTypes?: string[];
  /**
   * AYON's default, unless both `entityType` and `entityIds` or `activityIds` are given: `["origin"]`,
   * one row per activity.
   */
  referenceTypes?: ActivityReferenceType[];
  activityIds?: string[];
  /** Author user names. */
  authors?: string[];
  /** Activities that have all of these tags. */
  tags?: string[];
  /** ISO times, compared with the rows' `updatedAt`. */
  changedAfter?: string;
  changedBefore?: string;
}

// `files { createdAt updatedAt }` would fail the whole query: AYON keeps those times as strings,
// which its DateTime type cannot serialise (ayon_server/graphql/nodes/activity.py).
const NODE_FIELDS = `activityId activityType referenceId referenceType entityType entityId entityName body tags
  activityData referenceData createdAt updatedAt creationOrder author { name }
  origin { id type name subtype label } parents { id type name subtype label }
  files { id name size mime author } reactions { userName fullName reaction timestamp }`;

export const ACTIVITIES_QUERY = `query Activities($project: String!, $first: Int, $after: String, $last: Int, $before: String,
  $entityType: String, $entityIds: [String!], $activityTypes: [String!], $referenceTypes: [String!],
  $activityIds: [String!], $authors: [String!], $tags: [String!], $changedAfter: String, $changedBefore: String) {
  project(name: $project) {
    activities(first: $first, after: $after, last: $last, before: $before, entityType: $entityType,
      entityIds: $entityIds, activityTypes: $activityTypes, referenceTypes: $referenceTypes,
      activityIds: $activityIds, authors: $authors, tags: $tags, changedAfter: $changedAfter,
      changedBefore: $changedBefore) {
      pageInfo { hasNextPage endCursor }
      edges { node { ${NODE_FIELDS} } }
    }
  }
}`;

export type FeedNode = FeedFields & {
  activityData: string;
  referenceData: string;
  author: { name: string } | null;
  origin: ActivityOrigin | null;
  parents: ActivityOrigin[];
  files: ActivityFile[];
  reactions: ActivityReaction[];
};

export function toActivity(node: FeedNode): AyonActivity {
  const { activityData, referenceData, author, ...rest } = node;
  return {
    ...rest,
    data: parseJsonField(activityData),
    referenceData: parseJsonField(referenceData),
    author: author?.name ?? null,
  };
}
