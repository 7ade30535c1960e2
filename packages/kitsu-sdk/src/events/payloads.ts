import type { KitsuEventName } from "./catalogue.js";

/**
 * Zou adds `project_id` to the payload when the call scopes the event to a production
 * (`events.emit(..., project_id=...)` in `zou/app/utils/events.py`).
 */
interface InProject {
  project_id: string;
}

/** Scoped by some call sites only, or taken from a project column that may be null. */
interface MaybeInProject {
  project_id?: string;
}

/**
 * `{ <table>_id }`, the payload of the generic CRUD routes (`crud/base.py`). The id key keeps the
 * table's underscores while the event name has hyphens: `task-type:new` carries `task_type_id`.
 */
type RowId<Table extends string> = { [K in `${Table}_id`]: string };

/**
 * Entity id of `<kind>:new|update`. The CRUD routes and services send `<kind>_id`; the Kitsu-to-Kitsu
 * import (`POST /import/kitsu/entities`, `blueprints/source/kitsu.py`) sends the entity type name as
 * is instead: `Shot_id`, `ConceptFolder_id`.
 */
type EntityId<Kind extends string, TypeName extends string> =
  | ({ [K in `${Kind}_id`]: string } & { [K in `${TypeName}_id`]?: never })
  | ({ [K in `${TypeName}_id`]: string } & { [K in `${Kind}_id`]?: never });

/** Counters Zou sends after a casting change (`breakdown_service.py`); the CSV import sends fewer. */
interface CastingChange {
  nb_entities_out: number;
  added_asset_ids?: string[];
  removed_asset_ids?: string[];
}

/**
 * `task:to-review` from Zou 1.0.97: a comment moved the task to a feedback-request status
 * (`comments_service.py`, sent right after `task:status-changed`).
 */
export interface KitsuTaskToReviewPayload {
  task_id: string;
  new_task_status_id: string;
  previous_task_status_id: string | null;
  person_id: string | null;
  comment_id: string;
  project_id: string;
}

/**
 * `task:to-review` from the `PUT /actions/tasks/<id>/to-review` route of Zou 1.0.67 and older
 * (`tasks_service.task_to_review`); not scoped to a production. Zou 1.0.97 has no such route.
 */
export interface KitsuLegacyTaskToReviewPayload {
  task_id: string;
  task_shotgun_id: number | null;
  entity_type_name: string;
  previous_task_status_id: string;
  entity_shotgun_id: number | null;
  project_shotgun_id: number | null;
  person_shotgun_id: number | null;
  /** The comment text. */
  comment: string;
  preview_path: Record<string, unknown>;
  change_status: boolean;
}

/**
 * The payload of each event, keyed by name: the socket payload, which the log stores as `data`.
 *
 * Ids are serialized UUIDs. A key some call sites leave out is optional, and so is `project_id`
 * when only some of them scope the event. Events the `zou sync-changes` daemon relays from another
 * Zou also carry `sync: true`. The payloads are those of Zou 1.0.97; only `task:to-review` and the
 * asset link events describe an older Zou as well.
 */
export interface KitsuEventPayloads {
  /** `/data/events` is itself a CRUD route (admins only). */
  "api-event:delete": RowId<"api_event"> & MaybeInProject;
  "api-event:new": RowId<"api_event"> & MaybeInProject;
  "api-event:update": RowId<"api_event"> & MaybeInProject;
  "asset-instance:delete": RowId<"asset_instance">;
  "asset-instance:new": RowId<"asset_instance">;
  "asset-instance:update": RowId<"asset_instance">;
  "asset-type:delete": RowId<"asset_type">;
  "asset-type:new": RowId<"asset_type">;
  "asset-type:update": RowId<"asset_type">;
  /** The CSV casting import sends `asset_id` alone. */
  "asset:casting-update": { asset_id: string } & Partial<CastingChange> & InProject;
  "asset:delete": RowId<"asset"> & InProject;
  /** `asset_type` is the asset type's id (`assets_service.create_asset`). */
  "asset:new": EntityId<"asset", "Asset"> & { asset_type?: string } & InProject;
  /** Zou 1.0.67 and older (`assets_service.py`). */
  "asset:new-link": { asset_in: string; asset_out: string; project_id: string };
  /** Zou 1.0.67 and older (`assets_service.py`). */
  "asset:remove-link": { asset_in: string; asset_out: string; project_id: string };
  /** `data` holds the changed fields when `assets_service.update_asset` or a status automation sends it. */
  "asset:update": EntityId<"asset", "Asset"> & { data?: Record<string, unknown> } & InProject;
  /** Not scoped to a production, unlike most breakdown events (`breakdown_service.py`). */
  "asset_instance:add-to-shot": { shot_id: string; asset_instance_id: string };
  /** `scene_id` for an instance in a scene; `asset_instantiated` for one inside an asset. */
  "asset_instance:new": {
    asset_instance_id: string;
    asset_id: string;
    scene_id?: string;
    asset_instantiated?: string;
  };
  "asset_instance:remove-from-shot": { shot_id: string; asset_instance_id: string };
  "attachment-file:delete": RowId<"attachment_file">;
  "attachment-file:new": RowId<"attachment_file"> & MaybeInProject;
  "attachment-file:update": RowId<"attachment_file"> & MaybeInProject;
  "budget-entry:create": { budget_id: string; budget_entry_id: string; project_id: string };
  "budget-entry:delete": { budget_entry_id: string; budget_id?: string; project_id?: string };
  "budget-entry:new": RowId<"budget_entry">;
  "budget-entry:update": { budget_entry_id: string; budget_id?: string; project_id?: string };
  "budget:create": RowId<"budget"> & InProject;
  "budget:delete": RowId<"budget"> & MaybeInProject;
  "budget:new": RowId<"budget"> & MaybeInProject;
  "budget:update": RowId<"budget"> & MaybeInProject;
  "build-job:delete": { build_job_id: string; playlist_id: string; project_id: string };
  /** The Kitsu import sends `build_job_id` alone. */
  "build-job:new": { build_job_id: string; playlist_id?: string; created_at?: string; project_id?: string };
  /** `status` is `succeeded` or `failed` when a build ends; `message` explains a degraded build. */
  "build-job:update": {
    build_job_id: string;
    playlist_id?: string;
    status?: string;
    message?: string | null;
    project_id?: string;
  };
  "chat-message:delete": RowId<"chat_message">;
  "chat-message:new": RowId<"chat_message">;
  "chat-message:update": RowId<"chat_message">;
  "chat:delete": RowId<"chat">;
  "chat:deleted-message": { chat_id: string; chat_message_id: string };
  "chat:joined": { chat_id: string; person_id: string };
  "chat:left": { chat_id: string; person_id: string };
  "chat:new": RowId<"chat">;
  /** `last_message` is the message's creation time. */
  "chat:new-message": { chat_id: string; chat_message_id: string; last_message: string };
  "chat:update": RowId<"chat">;
  "comment:acknowledge": { comment_id: string; person_id: string; project_id: string };
  /** Unscoped, without `task_id`, when the comment has no task left (`deletion_service.py`). */
  "comment:delete": { comment_id: string; task_id?: string; project_id?: string };
  "comment:delete-reply": { task_id: string; comment_id: string; reply_id: string; project_id: string };
  /** `POST /data/comments` sends no `task_status_id` and no `project_id` (`crud/comments.py`). */
  "comment:new": {
    comment_id: string;
    task_id: string;
    person_id: string;
    for_client: boolean | null;
    task_status_id?: string;
    project_id?: string;
  };
  "comment:reply": { task_id: string; comment_id: string; reply_id: string; project_id: string };
  "comment:unacknowledge": { comment_id: string; person_id: string; project_id: string };
  "comment:update": {
    comment_id: string;
    task_id: string;
    person_id: string;
    for_client: boolean | null;
    project_id: string;
  };
  "concept-folder:delete": RowId<"concept_folder"> & InProject;
  "concept-folder:new": RowId<"concept_folder"> & InProject;
  "concept-folder:update": RowId<"concept_folder"> & InProject;
  "concept:delete": RowId<"concept"> & InProject;
  "concept:new": EntityId<"concept", "Concept"> & InProject;
  "concept:update": EntityId<"concept", "Concept"> & InProject;
  /** Only from the Kitsu import, which sends `ConceptFolder_id`. */
  "conceptfolder:new": { ConceptFolder_id: string; project_id: string };
  /** A concept folder's main preview changed (`tasks_service.py`), or the Kitsu import. */
  "conceptfolder:update": EntityId<"conceptfolder", "ConceptFolder"> & InProject;
  "custom-action:delete": RowId<"custom_action">;
  "custom-action:new": RowId<"custom_action">;
  "custom-action:update": RowId<"custom_action">;
  "day-off:delete": RowId<"day_off">;
  "day-off:new": RowId<"day_off">;
  "day-off:update": RowId<"day_off">;
  "department:delete": RowId<"department">;
  "department:new": RowId<"department">;
  "department:update": RowId<"department">;
  "edit:delete": RowId<"edit"> & InProject;
  /** `parent_id` is the episode, null for an edit outside any (`edits_service.create_edit`). */
  "edit:new": EntityId<"edit", "Edit"> & { parent_id?: string | null } & InProject;
  "edit:update": EntityId<"edit", "Edit"> & InProject;
  "entity-link:delete": RowId<"entity_link">;
  /** The Kitsu import sends `project_id` alone; `POST /data/entity-links` sends no `project_id`. */
  "entity-link:new": {
    entity_link_id?: string;
    entity_in_id?: string;
    entity_out_id?: string;
    nb_occurences?: number;
    project_id?: string;
  };
  /** As `entity-link:new`. */
  "entity-link:update": { entity_link_id?: string; nb_occurences?: number; project_id?: string };
  "episode:casting-update": { episode_id: string } & CastingChange & InProject;
  "episode:delete": RowId<"episode"> & InProject;
  "episode:new": EntityId<"episode", "Episode"> & InProject;
  "episode:update": EntityId<"episode", "Episode"> & InProject;
  "file-status:delete": RowId<"file_status">;
  "file-status:new": RowId<"file_status">;
  "file-status:update": RowId<"file_status">;
  "hardware-item:delete": RowId<"hardware_item">;
  "hardware-item:new": RowId<"hardware_item">;
  "hardware-item:update": RowId<"hardware_item">;
  /** Empty: a connectivity check. */
  "main:test": Record<string, never>;
  "metadata-descriptor:delete": RowId<"metadata_descriptor"> & InProject;
  "metadata-descriptor:new": RowId<"metadata_descriptor"> & InProject;
  "metadata-descriptor:update": RowId<"metadata_descriptor"> & InProject;
  "milestone:delete": RowId<"milestone"> & MaybeInProject;
  "milestone:new": RowId<"milestone"> & MaybeInProject;
  "milestone:update": RowId<"milestone"> & MaybeInProject;
  "news:delete": RowId<"news"> & MaybeInProject;
  "news:new": { news_id: string; task_status_id?: string; task_type_id?: string; project_id?: string };
  "news:update": RowId<"news"> & MaybeInProject;
  "notification:all-read": { person_id: string };
  "notification:delete": RowId<"notification">;
  /** `person_id` is the recipient (`notifications_service.py`, live only there). */
  "notification:new": { notification_id: string; person_id?: string; project_id?: string };
  "notification:read": { notification_id: string; person_id: string };
  "notification:unread": { notification_id: string; person_id: string };
  "notification:update": RowId<"notification"> & MaybeInProject;
  "organisation:delete": RowId<"organisation">;
  "organisation:new": RowId<"organisation">;
  "organisation:set-thumbnail": RowId<"organisation">;
  "organisation:update": RowId<"organisation">;
  /** Scoped to the production of the file's entity (`crud/output_file.py`). */
  "output-file:delete": RowId<"output_file"> & InProject;
  "output-file:new": RowId<"output_file"> & InProject;
  "output-file:update": RowId<"output_file"> & InProject;
  "output-type:delete": RowId<"output_type">;
  "output-type:new": RowId<"output_type">;
  "output-type:update": RowId<"output_type">;
  "output_type:new": RowId<"output_type">;
  "person:delete": RowId<"person">;
  "person:new": RowId<"person">;
  "person:set-thumbnail": RowId<"person">;
  "person:update": RowId<"person">;
  /** `preview_file_id` is null when the entity went in without a preview (`playlists_service.py`). */
  "playlist:add_entity": {
    playlist_id: string;
    entity_id: string;
    preview_file_id: string | null;
    project_id: string;
  };
  "playlist:delete": RowId<"playlist"> & MaybeInProject;
  "playlist:new": RowId<"playlist"> & MaybeInProject;
  "playlist:update": RowId<"playlist"> & MaybeInProject;
  "plugin:delete": RowId<"plugin">;
  "plugin:new": RowId<"plugin">;
  "plugin:update": RowId<"plugin">;
  "preview-background-file:add-file": { preview_background_file_id: string; extension: string };
  "preview-background-file:delete": RowId<"preview_background_file">;
  "preview-background-file:new": RowId<"preview_background_file">;
  "preview-background-file:update": RowId<"preview_background_file">;
  "preview-file:add-file": {
    comment_id: string;
    task_id: string;
    preview_file_id: string;
    revision: number;
    extension: string;
    status: string;
    project_id: string;
  };
  /** `updated_at` is the annotations' new timestamp. */
  "preview-file:annotation-update": {
    preview_file_id: string;
    person_id: string;
    updated_at: string;
    project_id: string;
  };
  "preview-file:delete": RowId<"preview_file"> & MaybeInProject;
  "preview-file:new": { preview_file_id: string; comment_id?: string; project_id?: string };
  /** Both are null when the entity is left without a main preview (`tasks_service.py`). */
  "preview-file:set-main": {
    entity_id: string;
    preview_file_id: string | null;
    preview_file_status: string | null;
    project_id: string;
  };
  /** `status` only when it changed or the preview is still processing (`preview_files_service.py`). */
  "preview-file:update": { preview_file_id: string; status?: string; project_id?: string };
  "production-schedule-version-task-link:delete": RowId<"production_schedule_version_task_link">;
  "production-schedule-version-task-link:new": RowId<"production_schedule_version_task_link">;
  "production-schedule-version-task-link:update": RowId<"production_schedule_version_task_link">;
  "production-schedule-version:delete": RowId<"production_schedule_version"> & InProject;
  "production-schedule-version:new": RowId<"production_schedule_version"> & InProject;
  "production-schedule-version:update": RowId<"production_schedule_version"> & InProject;
  "production_schedule_version:update": RowId<"production_schedule_version"> & InProject;
  "project-status:delete": RowId<"project_status">;
  "project-status:new": RowId<"project_status">;
  "project-status:update": RowId<"project_status">;
  "project-template:delete": RowId<"project_template">;
  "project-template:new": RowId<"project_template">;
  "project-template:update": RowId<"project_template">;
  /** Not scoped (the project is gone), but `project_id` is in the payload. */
  "project:delete": RowId<"project">;
  "project:new": RowId<"project">;
  "project:set-thumbnail": RowId<"project">;
  "project:update": RowId<"project">;
  "salary-scale:delete": RowId<"salary_scale">;
  "salary-scale:update": RowId<"salary_scale">;
  "scene:delete": RowId<"scene"> & InProject;
  "scene:new": EntityId<"scene", "Scene"> & InProject;
  "scene:update": EntityId<"scene", "Scene"> & InProject;
  "schedule-item:delete": RowId<"schedule_item"> & MaybeInProject;
  "schedule-item:new": RowId<"schedule_item"> & MaybeInProject;
  "schedule-item:update": RowId<"schedule_item"> & MaybeInProject;
  "search-filter-group:delete": RowId<"search_filter_group"> & MaybeInProject;
  "search-filter-group:new": RowId<"search_filter_group"> & MaybeInProject;
  "search-filter-group:update": RowId<"search_filter_group"> & MaybeInProject;
  "search-filter:delete": RowId<"search_filter"> & MaybeInProject;
  "search-filter:new": RowId<"search_filter"> & MaybeInProject;
  "search-filter:update": RowId<"search_filter"> & MaybeInProject;
  "sequence:delete": RowId<"sequence"> & InProject;
  "sequence:new": EntityId<"sequence", "Sequence"> & InProject;
  "sequence:update": EntityId<"sequence", "Sequence"> & InProject;
  "shot:add-to-scene": { scene_id: string; shot_id: string; project_id: string };
  "shot:casting-update": { shot_id: string } & CastingChange & InProject;
  "shot:delete": RowId<"shot"> & InProject;
  /** `episode_id` is null for a shot outside any episode (`shots_service.create_shot`). */
  "shot:new": EntityId<"shot", "Shot"> & { episode_id?: string | null } & InProject;
  "shot:remove-from-scene": { scene_id: string; shot_id: string; project_id: string };
  "shot:update": EntityId<"shot", "Shot"> & InProject;
  "software:delete": RowId<"software">;
  "software:new": RowId<"software">;
  "software:update": RowId<"software">;
  "status-automation:delete": RowId<"status_automation">;
  "status-automation:new": RowId<"status_automation">;
  "status-automation:update": RowId<"status_automation">;
  "studio:delete": RowId<"studio">;
  "studio:new": RowId<"studio">;
  "studio:update": RowId<"studio">;
  "subscription:delete": RowId<"subscription">;
  "subscription:new": RowId<"subscription"> & MaybeInProject;
  "subscription:update": RowId<"subscription"> & MaybeInProject;
  "task-status:delete": RowId<"task_status">;
  "task-status:new": RowId<"task_status">;
  "task-status:update": RowId<"task_status">;
  "task-type:delete": RowId<"task_type">;
  "task-type:new": RowId<"task_type">;
  "task-type:update": RowId<"task_type">;
  "task:assign": { task_id: string; person_id: string; project_id: string };
  "task:delete": { task_id: string; entity_id: string; task_type_id: string; project_id: string };
  /** The Kitsu import sends `project_id` alone; `POST /data/tasks` may leave a task without production. */
  "task:new": { task_id?: string; project_id?: string };
  /** Sent by a comment's status change (`comments_service.py`), the task routes and guest reviews. */
  "task:status-changed": {
    task_id: string;
    new_task_status_id: string;
    previous_task_status_id: string | null;
    person_id: string | null;
    project_id: string;
  };
  "task:to-review": KitsuTaskToReviewPayload | KitsuLegacyTaskToReviewPayload;
  "task:unassign": { task_id: string; person_id: string; project_id: string };
  /** As `task:new`. */
  "task:update": { task_id?: string; project_id?: string };
  "task:update-casting-stats": { task_id: string; nb_assets_ready: number; project_id: string };
  /** `time_spents_service.py` scopes it; the `/data/time-spents` CRUD route does not. */
  "time-spent:delete": RowId<"time_spent"> & MaybeInProject;
  "time-spent:new": RowId<"time_spent"> & MaybeInProject;
  "time-spent:update": RowId<"time_spent"> & MaybeInProject;
  "working-file:delete": RowId<"working_file">;
  "working-file:new": RowId<"working_file"> & MaybeInProject;
  "working-file:update": RowId<"working_file">;
}

export type KitsuEventPayload<N extends KitsuEventName> = KitsuEventPayloads[N];

type AssertTrue<T extends true> = T;

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/**
 * Compile-time check: fails to compile when `KitsuEventPayloads` misses a name of
 * `KITSU_EVENT_NAMES` or has one the catalogue lacks.
 */
export type KitsuEventPayloadsMatchCatalogue = AssertTrue<Equal<keyof KitsuEventPayloads, KitsuEventName>>;
