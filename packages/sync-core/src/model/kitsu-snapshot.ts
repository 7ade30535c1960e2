import type { KitsuSchemas } from "@kitsu-ayon/kitsu-sdk";

/**
 * Everything a reconcile needs to know about one Kitsu project, read in bulk (a handful of
 * requests whatever the project's size). Plain data: mapping functions take it and nothing else.
 */
export interface KitsuSnapshot {
  project: KitsuSchemas["Project"];
  /** Asset types used by the project (Kitsu's entity types for assets). */
  assetTypes: KitsuSchemas["AssetType"][];
  episodes: KitsuSchemas["Entity"][];
  sequences: KitsuSchemas["Entity"][];
  shots: KitsuSchemas["Entity"][];
  assets: KitsuSchemas["Entity"][];
  edits: KitsuSchemas["Entity"][];
  concepts: KitsuSchemas["Entity"][];
  /** Every task of the project, with its name and assignees. */
  tasks: KitsuSchemas["TaskWithAssignees"][];
  /** The project's task types and task statuses, and those its tasks use that the project does not list. */
  taskTypes: KitsuSchemas["TaskType"][];
  taskStatuses: KitsuSchemas["TaskStatus"][];
  /** All persons of the studio (bots included; the mapping decides). */
  persons: KitsuSchemas["Person"][];
  /** Ids of the persons in the project's team. */
  team: string[];
}
