import type { JsonObject, ProjectRecord } from "./records.js";

// A project's activity tables, shaped like AYON's `activities`, `activity_references` and `files`
// (schemas/schema.project.sql). The activity feed GraphQL reads is their join: one row per reference.

/** A row of `activities`. */
export interface ActivityRecord {
  id: string;
  activityType: string;
  body: string;
  tags: string[];
  /** origin, parents, author, files, hasChecklist, watcher... and whatever the caller sent. */
  data: JsonObject;
  createdAt: string;
  updatedAt: string;
  creationOrder: number;
}

/** A row of `activity_references`: the activity seen from one entity or user. */
export interface ActivityReferenceRecord {
  id: string;
  activityId: string;
  /** origin, mention, author, relation, watching. */
  referenceType: string;
  entityType: string;
  /** The referenced entity; null for users. */
  entityId: string | null;
  /** The user name when `entityType` is "user"; null otherwise. */
  entityName: string | null;
  active: boolean;
  data: JsonObject;
  createdAt: string;
  updatedAt: string;
  creationOrder: number;
}

/** A row of `files` (comment attachments), with its content. */
export interface ProjectFileRecord {
  id: string;
  size: number;
  author: string | null;
  activityId: string | null;
  /** `filename` and `mime`. */
  data: JsonObject;
  content: Buffer;
  createdAt: string;
  updatedAt: string;
}

export interface ProjectActivities {
  activities: Map<string, ActivityRecord>;
  /** By id; a re-inserted reference keeps its id and gets a new creation order. */
  references: Map<string, ActivityReferenceRecord>;
  files: Map<string, ProjectFileRecord>;
  /**
   * Watcher lists by `entityType:entityId`, as AYON caches them in Redis: rebuilt when watchers are
   * set, not when a watch activity is deleted through the activity routes.
   */
  watcherCache: Map<string, string[]>;
  /** The `creation_order` serials. */
  serial: { activities: number; references: number };
}

/** The project's activity tables, created on first use. */
export function projectActivities(project: ProjectRecord): ProjectActivities {
  project.activities ??= {
    activities: new Map(),
    references: new Map(),
    files: new Map(),
    watcherCache: new Map(),
    serial: { activities: 0, references: 0 },
  };
  return project.activities;
}
