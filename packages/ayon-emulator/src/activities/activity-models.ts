import type { ModelSpec } from "../model/pydantic.js";

// ayon_server/activities/models.py and the request models of api/activities/*.py (AYON 1.16).

export const ACTIVITY_TYPES = [
  "comment",
  "watch",
  "reviewable",
  "status.change",
  "assignee.add",
  "assignee.remove",
  "version.publish",
  "version.review",
  "attrib.change",
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const REFERENCE_TYPES = ["origin", "mention", "author", "relation", "watching"] as const;
export type ReferenceType = (typeof REFERENCE_TYPES)[number];

/** What a markdown link in a body may point at (`[label](task:<id>)`). */
export const REFERENCED_ENTITY_TYPES = [
  "activity",
  "user",
  "folder",
  "task",
  "product",
  "version",
  "representation",
  "workfile",
  "team",
] as const;

/**
 * Activities whose `activity.*` events are only published (to `/ws`), never stored: they already
 * come from stored `entity.*` events (DO_NOT_TRACK_ACTIVITIES).
 */
export const DO_NOT_TRACK: ReadonlySet<string> = new Set([
  "status.change",
  "assignee.add",
  "assignee.remove",
  "version.publish",
]);

/** What people (not services) may create: api/activities/activity.py `human_activity_types`. */
export const HUMAN_ACTIVITY_TYPES: ReadonlySet<string> = new Set(["comment", "version.review"]);

/** MAX_BODY_LENGTH (ayon_server/activities/utils.py), in characters. */
export const MAX_BODY_LENGTH = 2000;

export const ACTIVITY_POST_MODEL: ModelSpec = {
  name: "ProjectActivityPostModel",
  camelize: true,
  fields: [
    { name: "id", type: "str", nullable: true },
    { name: "activity_type", type: { literal: ACTIVITY_TYPES }, required: true },
    { name: "body", type: "str", default: () => "" },
    { name: "tags", type: "list_str", nullable: true },
    { name: "files", type: "list_str", nullable: true },
    { name: "timestamp", type: "datetime", nullable: true },
    { name: "data", type: "dict", nullable: true },
  ],
};

export const ACTIVITY_PATCH_MODEL: ModelSpec = {
  name: "ActivityPatchModel",
  camelize: true,
  fields: [
    { name: "body", type: "str", nullable: true },
    { name: "tags", type: "list_str", nullable: true },
    { name: "files", type: "list_str", nullable: true },
    { name: "append_files", type: "bool", default: () => false },
    { name: "data", type: "dict", nullable: true },
  ],
};

export const WATCHERS_MODEL: ModelSpec = {
  name: "WatchersModel",
  camelize: true,
  fields: [{ name: "watchers", type: "list_str", required: true }],
};

export const REACTION_MODEL: ModelSpec = {
  name: "CreateReactionModel",
  camelize: true,
  fields: [{ name: "reaction", type: "str", required: true }],
};
