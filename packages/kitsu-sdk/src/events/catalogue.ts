/**
 * Every event name Zou emits, on the `/events` socket and in its event log (`/data/events/last`).
 *
 * Scanned from Zou 1.0.97: each `events.emit(` call, plus the names built at run time. The generic
 * CRUD routes (`zou/app/blueprints/crud/base.py`) emit `<table with - for _>:new|update|delete` for
 * each `/data/<model>` route; `/data/entities` emits the entity kind instead (`shot:new`...,
 * `crud/entity.py`) and `/data/entity-types` emits `asset-type:*` (`crud/entity_type.py`).
 * Names are kept exactly as emitted, odd separators included. Names an older Zou sent are kept so a
 * client of that server still recognises them. A newer Zou may send names missing here.
 */
export const KITSU_EVENT_NAMES = [
  "api-event:delete",
  "api-event:new",
  "api-event:update",
  "asset-instance:delete",
  "asset-instance:new",
  "asset-instance:update",
  "asset-type:delete",
  "asset-type:new",
  "asset-type:update",
  "asset:casting-update",
  "asset:delete",
  "asset:new",
  // Zou <= 1.0.67 only (assets_service.py); 1.0.97 no longer emits the asset link events.
  "asset:new-link",
  "asset:remove-link",
  "asset:update",
  // Underscore, unlike the CRUD `asset-instance:*`: breakdown_service.py writes these three by hand.
  "asset_instance:add-to-shot",
  "asset_instance:new",
  "asset_instance:remove-from-shot",
  "attachment-file:delete",
  "attachment-file:new",
  "attachment-file:update",
  // `:create`, not `:new` (budget_service.py); `POST /data/budget-entries` sends `budget-entry:new`.
  "budget-entry:create",
  "budget-entry:delete",
  "budget-entry:new",
  "budget-entry:update",
  // `:create`, not `:new` (budget_service.py); `POST /data/budgets` sends `budget:new`.
  "budget:create",
  "budget:delete",
  "budget:new",
  "budget:update",
  "build-job:delete",
  "build-job:new",
  "build-job:update",
  "chat-message:delete",
  "chat-message:new",
  "chat-message:update",
  "chat:delete",
  "chat:deleted-message",
  "chat:joined",
  "chat:left",
  "chat:new",
  "chat:new-message",
  "chat:update",
  "comment:acknowledge",
  "comment:delete",
  "comment:delete-reply",
  "comment:new",
  "comment:reply",
  "comment:unacknowledge",
  "comment:update",
  "concept-folder:delete",
  "concept-folder:new",
  "concept-folder:update",
  "concept:delete",
  "concept:new",
  "concept:update",
  // `ConceptFolder` lowercased whole by the import (source/kitsu.py) and the main-preview change
  // (tasks_service.py), while crud/entity.py and concepts_service.py send `concept-folder:*`.
  "conceptfolder:new",
  "conceptfolder:update",
  "custom-action:delete",
  "custom-action:new",
  "custom-action:update",
  "day-off:delete",
  "day-off:new",
  "day-off:update",
  "department:delete",
  "department:new",
  "department:update",
  "edit:delete",
  "edit:new",
  "edit:update",
  "entity-link:delete",
  "entity-link:new",
  "entity-link:update",
  "episode:casting-update",
  "episode:delete",
  "episode:new",
  "episode:update",
  "file-status:delete",
  "file-status:new",
  "file-status:update",
  "hardware-item:delete",
  "hardware-item:new",
  "hardware-item:update",
  // `GET /status/test-event` (blueprints/index/resources.py); never logged.
  "main:test",
  "metadata-descriptor:delete",
  "metadata-descriptor:new",
  "metadata-descriptor:update",
  "milestone:delete",
  "milestone:new",
  "milestone:update",
  "news:delete",
  "news:new",
  "news:update",
  "notification:all-read",
  "notification:delete",
  "notification:new",
  "notification:read",
  "notification:unread",
  "notification:update",
  "organisation:delete",
  "organisation:new",
  "organisation:set-thumbnail",
  "organisation:update",
  "output-file:delete",
  "output-file:new",
  "output-file:update",
  "output-type:delete",
  "output-type:new",
  "output-type:update",
  // Raw table name (base_service.get_or_create_instance_by_name), next to the CRUD `output-type:new`.
  "output_type:new",
  "person:delete",
  "person:new",
  "person:set-thumbnail",
  "person:update",
  // Underscore action (playlists_service.py).
  "playlist:add_entity",
  "playlist:delete",
  "playlist:new",
  "playlist:update",
  "plugin:delete",
  "plugin:new",
  "plugin:update",
  "preview-background-file:add-file",
  "preview-background-file:delete",
  "preview-background-file:new",
  "preview-background-file:update",
  "preview-file:add-file",
  "preview-file:annotation-update",
  "preview-file:delete",
  "preview-file:new",
  "preview-file:set-main",
  "preview-file:update",
  "production-schedule-version-task-link:delete",
  "production-schedule-version-task-link:new",
  "production-schedule-version-task-link:update",
  "production-schedule-version:delete",
  "production-schedule-version:new",
  "production-schedule-version:update",
  // Raw table name (schedule_service.py), next to the CRUD `production-schedule-version:update`.
  "production_schedule_version:update",
  "project-status:delete",
  "project-status:new",
  "project-status:update",
  "project-template:delete",
  "project-template:new",
  "project-template:update",
  "project:delete",
  "project:new",
  "project:set-thumbnail",
  "project:update",
  // No `salary-scale:new`: crud/salary_scale.py refuses creation (Zou creates the scales itself).
  "salary-scale:delete",
  "salary-scale:update",
  "scene:delete",
  "scene:new",
  "scene:update",
  "schedule-item:delete",
  "schedule-item:new",
  "schedule-item:update",
  "search-filter-group:delete",
  "search-filter-group:new",
  "search-filter-group:update",
  "search-filter:delete",
  "search-filter:new",
  "search-filter:update",
  "sequence:delete",
  "sequence:new",
  "sequence:update",
  "shot:add-to-scene",
  "shot:casting-update",
  "shot:delete",
  "shot:new",
  "shot:remove-from-scene",
  "shot:update",
  "software:delete",
  "software:new",
  "software:update",
  "status-automation:delete",
  "status-automation:new",
  "status-automation:update",
  "studio:delete",
  "studio:new",
  "studio:update",
  "subscription:delete",
  "subscription:new",
  "subscription:update",
  "task-status:delete",
  "task-status:new",
  "task-status:update",
  "task-type:delete",
  "task-type:new",
  "task-type:update",
  "task:assign",
  "task:delete",
  "task:new",
  "task:status-changed",
  "task:to-review",
  "task:unassign",
  "task:update",
  "task:update-casting-stats",
  "time-spent:delete",
  "time-spent:new",
  "time-spent:update",
  "working-file:delete",
  "working-file:new",
  "working-file:update",
] as const;

export type KitsuEventName = (typeof KITSU_EVENT_NAMES)[number];

/**
 * Names that every call site emits with `persist=False`: they exist only on the live socket, never
 * in the event log, so a listener that was disconnected cannot catch up on them.
 *
 * Not here, because some call site persists them:
 * - `notification:new`: live-only from notifications_service.py, but persisted by the
 *   `POST /data/notifications` CRUD route and the Kitsu import (`source/kitsu.py`).
 * - `chat:new`, `chat:update`, `chat:delete`: the `/data/chats` CRUD route, persisted like any CRUD
 *   event (only the four chat actions below are live-only).
 * - `preview-file:set-main`, `shot:casting-update`, `task:assign`, `task:unassign`: persisted, except
 *   when the `zou sync-changes` daemon relays them from another Zou (`commands/sync_service.py`
 *   `forward_local_event`).
 */
export const KITSU_LIVE_ONLY_EVENT_NAMES = [
  "chat:deleted-message",
  "chat:joined",
  "chat:left",
  "chat:new-message",
  // comments_service.py `_send_ack_event`: the acknowledgement link table is the record.
  "comment:acknowledge",
  "comment:delete-reply",
  "comment:unacknowledge",
  "main:test",
  // breakdown_service.py: recomputed counters, sent after each casting change.
  "task:update-casting-stats",
] as const satisfies readonly KitsuEventName[];

export type KitsuLiveOnlyEventName = (typeof KITSU_LIVE_ONLY_EVENT_NAMES)[number];

const eventNames: ReadonlySet<string> = new Set(KITSU_EVENT_NAMES);
const liveOnlyEventNames: ReadonlySet<string> = new Set(KITSU_LIVE_ONLY_EVENT_NAMES);

/** True when Zou (1.0.97 or older) is known to emit `name`; names are case-sensitive. */
export function isKitsuEventName(name: string): name is KitsuEventName {
  return eventNames.has(name);
}

/** True when `name` only ever reaches clients through the socket (see `KITSU_LIVE_ONLY_EVENT_NAMES`). */
export function isLiveOnlyKitsuEvent(name: string): boolean {
  return liveOnlyEventNames.has(name);
}
