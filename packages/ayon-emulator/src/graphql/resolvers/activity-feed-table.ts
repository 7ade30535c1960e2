import type { FilterTable } from "../filter/filter-table.js";
import type { FeedRow } from "./activities.js";

/** ACTIVITY_FEED_ALLOWED_KEYS, as the `filter` argument may reach them. */
export const FEED_TABLE: FilterTable<FeedRow> = {
  name: "activity_feed",
  whitelist: [
    "activity_type",
    "activity_data",
    "reference_type",
    "reference_data",
    "entity_type",
    "entity_name",
    "entity_id",
    "tags",
    "body",
    "active",
    "created_at",
    "updated_at",
    "reference_id",
    "activity_id",
    "entity_path",
    "creation_order",
  ],
  columns: {
    activity_type: { kind: "text", get: (row) => row.activity.activityType },
    activity_data: { kind: "jsonb", get: (row) => row.activity.data },
    reference_type: { kind: "text", get: (row) => row.reference.referenceType },
    reference_data: { kind: "jsonb", get: (row) => row.reference.data },
    entity_type: { kind: "text", get: (row) => row.reference.entityType },
    entity_name: { kind: "text", get: (row) => row.reference.entityName },
    entity_id: { kind: "uuid", get: (row) => row.reference.entityId },
    tags: { kind: "text[]", get: (row) => row.activity.tags },
    body: { kind: "text", get: (row) => row.activity.body },
    active: { kind: "boolean", get: (row) => row.reference.active },
    created_at: { kind: "timestamptz", get: (row) => row.reference.createdAt },
    updated_at: { kind: "timestamptz", get: (row) => row.reference.updatedAt },
    reference_id: { kind: "uuid", get: (row) => row.reference.id },
    activity_id: { kind: "uuid", get: (row) => row.activity.id },
    entity_path: { kind: "text", get: () => null },
    creation_order: { kind: "integer", get: (row) => row.reference.creationOrder },
  },
};
