import { sortedJson } from "../../events/sorted-json.js";
import type { Json, JsonObject, UserRecord } from "../../state/records.js";
import type { GraphqlContext, UserSource } from "../context.js";
import { categoryOf, type FeedRow } from "./activities.js";
import type { ResolverMap } from "./resolver-types.js";

// ActivityNode and the types under it (ayon_server/graphql/nodes/activity.py), built from a feed row.

const objectOf = (value: Json | undefined): JsonObject | undefined =>
  value && typeof value === "object" && !Array.isArray(value) ? value : undefined;

/** `ActivityOriginNode(**data)`; `link` is its markdown link. */
const originNode = (value: Json | undefined) => {
  const origin = objectOf(value);
  if (!origin) return null;
  return {
    id: origin.id,
    type: origin.type,
    subtype: origin.subtype ?? null,
    name: origin.name ?? null,
    label: origin.label ?? null,
    link: `[${origin.name}](${origin.type}:${origin.id})`,
  };
};

/** The author's user record; an unknown one is shown as an inactive user named after it. */
function userSource(context: GraphqlContext, name: Json | undefined): UserSource | null {
  if (typeof name !== "string") return null;
  const known = context.state.users.get(name.toLowerCase());
  const user: UserRecord =
    known && known.name === name
      ? known
      : {
          name,
          attrib: { fullName: name },
          data: {},
          active: false,
          createdAt: "1970-01-01T00:00:00Z",
          updatedAt: "1970-01-01T00:00:00Z",
        };
  return { user, projects: [] };
}

/**
 * ActivityFileNode. Its times are the strings `data.files` holds, which strawberry's DateTime
 * cannot serialise: asking for them fails the whole query (ayon_server/graphql/nodes/activity.py).
 */
const fileNode = (value: Json) => {
  const file = objectOf(value) ?? {};
  const notDatetime = () => {
    throw new Error("'str' object has no attribute 'isoformat'");
  };
  return {
    id: file.id,
    name: file.filename ?? null,
    size: String(file.size ?? "0"),
    author: file.author ?? null,
    mime: file.mime ?? null,
    createdAt: notDatetime,
    updatedAt: notDatetime,
  };
};

const reactionNode = (value: Json) => {
  const reaction = objectOf(value) ?? {};
  return {
    userName: reaction.userName,
    fullName: reaction.fullName ?? null,
    reaction: reaction.reaction,
    timestamp: reaction.timestamp,
  };
};

const list = (value: Json | undefined): Json[] => (Array.isArray(value) ? value : []);

export const activityNodeResolvers: ResolverMap = {
  ActivityNode: {
    projectName: (row: FeedRow) => row.project.name,
    referenceId: (row: FeedRow) => row.reference.id,
    activityId: (row: FeedRow) => row.activity.id,
    referenceType: (row: FeedRow) => row.reference.referenceType,
    activityType: (row: FeedRow) => row.activity.activityType,
    entityType: (row: FeedRow) => row.reference.entityType,
    entityId: (row: FeedRow) => row.reference.entityId,
    entityName: (row: FeedRow) => row.reference.entityName,
    // AYON's entity_paths table, which the feed joins for this, is never filled.
    entityPath: () => null,
    createdAt: (row: FeedRow) => row.reference.createdAt,
    updatedAt: (row: FeedRow) => row.reference.updatedAt,
    creationOrder: (row: FeedRow) => row.reference.creationOrder,
    body: (row: FeedRow) => row.activity.body,
    tags: (row: FeedRow) => row.activity.tags,
    // No categories are configured, so every one gets the fallback colour.
    category: (row: FeedRow) => {
      const name = categoryOf(row);
      return name === null ? null : { name, color: "#999999" };
    },
    activityData: (row: FeedRow) => sortedJson(row.activity.data),
    referenceData: (row: FeedRow) => sortedJson(row.reference.data),
    active: (row: FeedRow) => row.reference.active,
    read: (row: FeedRow) => row.reference.data.read ?? false,
    origin: (row: FeedRow) => originNode(row.activity.data.origin),
    parents: (row: FeedRow) => list(row.activity.data.parents).map(originNode),
    reactions: (row: FeedRow) => list(row.activity.data.reactions).map(reactionNode),
    author: (row: FeedRow, _: unknown, context: GraphqlContext) => userSource(context, row.activity.data.author),
    assignee: (row: FeedRow, _: unknown, context: GraphqlContext) => userSource(context, row.activity.data.assignee),
    files: (row: FeedRow) => list(row.activity.data.files).map(fileNode),
  },
};
