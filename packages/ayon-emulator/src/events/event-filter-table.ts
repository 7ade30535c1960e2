import type { FilterTable } from "../graphql/filter/filter-table.js";
import type { EventRecord } from "../state/records.js";

/** The columns of `public.events` an enroll filter can reach (as `source_events.*`). */
export const EVENT_FILTER_TABLE: FilterTable<EventRecord> = {
  name: "source_events",
  columns: {
    id: { kind: "uuid", get: (event) => event.id },
    hash: { kind: "text", get: (event) => event.hash },
    topic: { kind: "text", get: (event) => event.topic },
    sender: { kind: "text", get: (event) => event.sender },
    sender_type: { kind: "text", get: (event) => event.senderType },
    project_name: { kind: "text", get: (event) => event.project },
    user_name: { kind: "text", get: (event) => event.user },
    depends_on: { kind: "uuid", get: (event) => event.dependsOn },
    status: { kind: "text", get: (event) => event.status },
    retries: { kind: "integer", get: (event) => event.retries },
    description: { kind: "text", get: (event) => event.description },
    summary: { kind: "jsonb", get: (event) => event.summary },
    payload: { kind: "jsonb", get: (event) => event.payload },
    created_at: { kind: "timestamptz", get: (event) => event.createdAt },
    updated_at: { kind: "timestamptz", get: (event) => event.updatedAt },
    creation_order: { kind: "integer", get: (event) => event.creationOrder },
  },
};
