/**
 * Generated from packages/kitsu-sdk/openapi/kitsu.openapi.yaml by packages/kitsu-sdk/scripts/generate-types.ts.
 * Do not edit by hand: change the OpenAPI document, then regenerate with
 *   npm run generate -w packages/kitsu-sdk
 */

export interface paths {
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Name and version of the API */
        get: operations["getApiInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with email and password
         * @description Returns an access token (7 days) and a refresh token (15 days). Browsers (recognised by their
         *     User-Agent, `zou/app/utils/flask_utils.py is_from_browser`) also get cookies. Failures are 400
         *     `{login: false, message}` for wrong credentials, 400 with `missing_OTP`/`wrong_OTP` for 2FA,
         *     401 `{unactive: true}` for an inactive account (`zou/app/blueprints/auth/resources.py`).
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/refresh-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a new access token from a refresh token
         * @description Send the refresh token as the bearer token. Persons only: bots get 403 (`permissions.require_person`).
         *     The refresh token is not rotated. Browsers get `{refresh: true}` and a cookie instead of the token
         *     (`zou/app/blueprints/auth/resources.py RefreshTokenResource`).
         */
        get: operations["refreshToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/authenticated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who am I (also validates a token)
         * @description The organisation carries its chat tokens only for admins (`organisation_service.get_organisation`).
         */
        get: operations["getAuthenticatedUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Revoke the access token and its refresh token
         * @description Persons only; bots get 403 (`permissions.require_person`).
         */
        get: operations["logout"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/projects/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List open projects, with their settings
         * @description Admins get every project whose status is named `Open` (or `Active`/`open`); others get the open
         *     projects of their teams (`projects_service.open_projects`, `user_service.get_open_projects`).
         */
        get: operations["listOpenProjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/projects/all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all projects, open or closed
         * @description Admins also get `project_status_name` and `descriptors`; other users get the bare projects of
         *     their teams (`projects_service.get_projects`, `user_service.get_projects`).
         */
        get: operations["listAllProjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a project
         * @description Admin only. A `tvshow` project gets a first episode `E01` at once, returned as `first_episode_id`
         *     (`zou/app/blueprints/crud/project.py ProjectsResource.post_creation`). Without
         *     `project_status_id` the project is open. Emits `project:new`, stored with a null `project_id`.
         */
        post: operations["createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/projects/{project_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /** Get a project, with its settings */
        get: operations["getProject"];
        /**
         * Update a project
         * @description Manager of the project. `id`, `created_at`, `updated_at`, `project_id` and `team` are ignored.
         *     The answer has no relations (`zou/app/blueprints/crud/project.py ProjectResource`).
         */
        put: operations["updateProject"];
        post?: never;
        /**
         * Delete a closed project
         * @description An open project is refused with 400 `Only closed projects can be deleted`: set a closed
         *     `project_status_id` first. Without `force` only the project row is deleted, which fails while
         *     anything still refers to it; `force=true` removes everything the project owns
         *     (`cascade_deletion_service.remove_project`).
         */
        delete: operations["deleteProject"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/projects/{project_id}/team": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * List the team of a project
         * @description Managers get full persons with `project_role`; lower roles get fewer fields
         *     (`zou/app/blueprints/projects/resources.py ProductionTeamResource`).
         */
        get: operations["listProjectTeam"];
        put?: never;
        /** Add a person to the team of a project */
        post: operations["addProjectTeamMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/projects/{project_id}/team/{person_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
                person_id: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a person from the team of a project */
        delete: operations["removeProjectTeamMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/projects/{project_id}/task-types": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /** List the task types enabled on a project */
        get: operations["listProjectTaskTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/projects/{project_id}/asset-types": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * List the asset types of the project's assets
         * @description Not the asset types enabled in the project settings: the distinct types of the assets that
         *     exist in the project (`assets_service.get_asset_types_for_project`). A project without assets
         *     answers `[]` whatever its settings. The enabled ones are the project's `asset_types`.
         */
        get: operations["listProjectAssetTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/projects/{project_id}/settings/task-status": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * List the task statuses enabled on a project
         * @description There is no `/data/projects/{project_id}/task-status`; this settings route is the list.
         */
        get: operations["listProjectTaskStatuses"];
        put?: never;
        /** Enable a task status on a project */
        post: operations["addProjectTaskStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/projects/{project_id}/settings/task-types": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enable a task type on a project */
        post: operations["addProjectTaskType"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/projects/{project_id}/settings/asset-types": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enable an asset type on a project */
        post: operations["addProjectAssetType"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/project-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List project statuses (Open, Closed) */
        get: operations["listProjectStatuses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/projects/{project_id}/metadata-descriptors": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * List the custom fields (metadata descriptors) of a project
         * @description Each descriptor names a key of the `data` of the entities of its `entity_type`. Clients and
         *     vendors get a narrowed list (`metadata_descriptors_service.get_metadata_descriptors`).
         */
        get: operations["listProjectMetadataDescriptors"];
        put?: never;
        /**
         * Create a custom field (metadata descriptor) of a project
         * @description Kitsu shows a key of an entity's or task's `data` as a column only when a descriptor names it.
         *     `field_name` is the slug of `name` (`slugify(name, separator="_")`: `Camera Lens` gives
         *     `camera_lens`). Task descriptors need a `task_type_id`; a second descriptor of the same
         *     field and entity type is refused with 400. Values written to `data` are not checked against
         *     `data_type` or `choices`. Emits `metadata-descriptor:new`
         *     (`zou/app/blueprints/projects/resources.py ProductionMetadataDescriptorsResource.post`,
         *     `metadata_descriptors_service.add_metadata_descriptor`).
         */
        post: operations["createProjectMetadataDescriptor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/asset-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List asset types
         * @description Entity types that are not Shot, Sequence, Episode, Edit, Concept or Scene. Query parameters
         *     filter by column; `project_id` keeps the types of that project's assets
         *     (`entity_types_service.get_asset_types`).
         */
        get: operations["listAssetTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/asset-types/{asset_type_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                asset_type_id: components["parameters"]["AssetTypeId"];
            };
            cookie?: never;
        };
        /** Get an asset type */
        get: operations["getAssetType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/entity-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an asset type
         * @description Admin only. A name already used in any case is refused (`crud/entity_type.py
         *     check_creation_integrity`). Emits `asset-type:new`.
         */
        post: operations["createEntityType"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/entity-types/{entity_type_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entity_type_id: components["parameters"]["EntityTypeId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update an asset type
         * @description Admin only. Emits `asset-type:update`.
         */
        put: operations["updateEntityType"];
        post?: never;
        /**
         * Delete an asset type
         * @description Admin only. Refused with 400 `The change conflicts with records referencing this one.` while
         *     assets or project settings use it. Emits `asset-type:delete`.
         */
        delete: operations["deleteEntityType"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/projects/{project_id}/assets": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * List the assets of a project
         * @description Other query parameters filter by column (`assets_service.get_assets`).
         */
        get: operations["listProjectAssets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/assets/with-tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List assets with their tasks (board view)
         * @description One call for a full sync of a project's assets. Answers 304 to a matching `If-None-Match`.
         *     `compact=true` and `stream=true` change the response shape (positional rows, NDJSON) and are not
         *     described here (`zou/app/blueprints/assets/resources.py AssetsAndTasksResource`).
         */
        get: operations["listAssetsWithTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/assets/{asset_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                asset_id: components["parameters"]["AssetId"];
            };
            cookie?: never;
        };
        /** Get an asset with its type, project name and tasks */
        get: operations["getAsset"];
        put?: never;
        post?: never;
        /**
         * Cancel or delete an asset
         * @description Without `force`, an asset that has tasks is only flagged `canceled: true` (204, `asset:update`);
         *     one without tasks is deleted. With `force=true` the asset and its tasks are deleted
         *     (`asset:delete`) (`cascade_deletion_service.remove_asset`).
         */
        delete: operations["deleteAsset"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/projects/{project_id}/asset-types/{asset_type_id}/assets/new": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
                asset_type_id: components["parameters"]["AssetTypeId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an asset
         * @description `episode_id` becomes the asset's `source_id` (its main episode). Emits `asset:new`
         *     (`assets_service.create_asset`).
         */
        post: operations["createAsset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/projects/{project_id}/episodes": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /** List the episodes of a project */
        get: operations["listProjectEpisodes"];
        put?: never;
        /** Create an episode */
        post: operations["createEpisode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/episodes/with-tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List episodes with their tasks (board view) */
        get: operations["listEpisodesWithTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/episodes/{episode_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                episode_id: components["parameters"]["EpisodeId"];
            };
            cookie?: never;
        };
        /** Get an episode with its project name */
        get: operations["getEpisode"];
        put?: never;
        post?: never;
        /**
         * Delete an episode
         * @description Unlike shots and assets, an episode is never only canceled. Without `force` the delete fails
         *     with 400 `Some data are still linked to this episode.` while sequences, assets or tasks refer to
         *     it; `force=true` deletes its sequences, shots, assets and tasks first
         *     (`cascade_deletion_service.remove_episode`).
         */
        delete: operations["deleteEpisode"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/projects/{project_id}/sequences": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /** List the sequences of a project */
        get: operations["listProjectSequences"];
        put?: never;
        /**
         * Create a sequence
         * @description `episode_id` becomes the sequence's `parent_id`.
         */
        post: operations["createSequence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/sequences/with-tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List sequences with their tasks (board view) */
        get: operations["listSequencesWithTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/sequences/{sequence_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sequence_id: components["parameters"]["SequenceId"];
            };
            cookie?: never;
        };
        /** Get a sequence with its project and episode names */
        get: operations["getSequence"];
        put?: never;
        post?: never;
        /**
         * Delete a sequence
         * @description Never only canceled. Without `force` the delete fails with 400 `Some data are still linked to this
         *     sequence.` while shots or tasks refer to it; `force=true` deletes its shots and tasks first
         *     (`cascade_deletion_service.remove_sequence`).
         */
        delete: operations["deleteSequence"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/import/csv/projects/{project_id}/shots": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import shots from a CSV file
         * @description Kitsu's spreadsheet import (`zou/app/blueprints/source/csv/shots.py`). Columns: `Episode` (TV
         *     shows), `Sequence`, `Name`, and optionally `Description`, `Nb Frames`, `Frame In`, `Frame Out`,
         *     `FPS`, `Resolution`, metadata by descriptor name and task statuses by task type name. Missing
         *     episodes and sequences are created. Rows are committed one by one, each emitting `shot:new` (or
         *     `shot:update` with `update=true`): a bad row stops the import with 400, its `line_number` and the
         *     count of rows already imported. Managers of the project may import.
         */
        post: operations["importShotsCsv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/projects/{project_id}/shots": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * List the shots of a project
         * @description Plain shots (no `sequence_name`), including shots without a sequence, which `/data/shots`,
         *     `/data/shots/with-tasks` and `/data/shots/{shot_id}` leave out (their inner join on the parent
         *     sequence, `shots_service`).
         */
        get: operations["listProjectShots"];
        put?: never;
        /**
         * Create a shot
         * @description `sequence_id` becomes the shot's `parent_id`. Frame range and fps go in `data` (`frame_in`,
         *     `frame_out`, `fps`); `nb_frames` is a column. Emits `shot:new` (`shots_service.create_shot`).
         */
        post: operations["createShot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/shots/with-tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List shots with their tasks (board view)
         * @description Shots without a sequence are left out. Answers 304 to a matching `If-None-Match`. `compact=true`
         *     and `stream=true` change the shape and are not described here.
         */
        get: operations["listShotsWithTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/shots/{shot_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                shot_id: components["parameters"]["ShotId"];
            };
            cookie?: never;
        };
        /**
         * Get a shot with its names, frame range and tasks
         * @description 404 for a shot without a sequence (`shots_service.get_full_shot` reads the with-tasks view, which
         *     joins the parent sequence). Read such a shot with `/data/entities/{entity_id}`.
         */
        get: operations["getShot"];
        put?: never;
        post?: never;
        /**
         * Cancel or delete a shot
         * @description Without `force`, a shot that has tasks is only flagged `canceled: true` (204, `shot:update`); one
         *     without tasks is deleted. `force=true` deletes it and its tasks (`shot:delete`)
         *     (`cascade_deletion_service.remove_shot`).
         */
        delete: operations["deleteShot"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/projects/{project_id}/edits": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /** List the edits of a project */
        get: operations["listProjectEdits"];
        put?: never;
        /**
         * Create an edit
         * @description `episode_id` becomes the edit's `parent_id`.
         */
        post: operations["createEdit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/edits/with-tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List edits with their tasks (board view) */
        get: operations["listEditsWithTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/edits/{edit_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                edit_id: components["parameters"]["EditId"];
            };
            cookie?: never;
        };
        /**
         * Get an edit with its names and tasks
         * @description The board row of the edit, not the entity: no `status`, `code`, `created_at` or `created_by`
         *     (`edits_service.get_full_edit`).
         */
        get: operations["getEdit"];
        put?: never;
        post?: never;
        /**
         * Cancel or delete an edit
         * @description Same rule as shots: with tasks and without `force` it is only flagged `canceled: true`
         *     (`cascade_deletion_service.remove_edit`).
         */
        delete: operations["deleteEdit"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/projects/{project_id}/concepts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * List the concepts of a project
         * @description Refused to clients and vendors.
         */
        get: operations["listProjectConcepts"];
        put?: never;
        /**
         * Create a concept
         * @description A concept of the same name in the project is returned as is, with 201, instead of a new one
         *     (`concepts_service.create_concept`). Concept tasks use statuses flagged `for_concept`.
         */
        post: operations["createConcept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/concepts/{concept_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                concept_id: components["parameters"]["ConceptId"];
            };
            cookie?: never;
        };
        /** Get a concept with its tasks and links */
        get: operations["getConcept"];
        put?: never;
        post?: never;
        /**
         * Cancel or delete a concept
         * @description Same rule as shots: with tasks and without `force` it is only flagged `canceled: true`
         *     (`cascade_deletion_service.remove_concept`).
         */
        delete: operations["deleteConcept"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/entities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List entities of any kind, filtered by column
         * @description Generic CRUD list (`zou/app/blueprints/crud/entity.py EntitiesResource`): every column is an
         *     equality filter and a value starting with `[` is a JSON list (IN), so `id=["a","b"]` reads
         *     several entities of any kind in one request. `type` is `Entity` here, not the kind: the kind
         *     is the entity type (`entity_type_id`). Non-admins see the entities of their projects only.
         */
        get: operations["listEntities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/entities/{entity_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        /**
         * Get any entity (asset, shot, sequence, episode, edit, concept)
         * @description `type` is the kind (`Shot`, `Asset`...), from `entity_types_service.get_base_entity_type_name`.
         */
        get: operations["getEntity"];
        /**
         * Update any entity
         * @description The route gazu's `update_asset`, `update_shot`, `update_edit` and `update_concept` use.
         *     `data` is shallow-merged into the stored `data` (`extra_data.update(data["data"])` in
         *     `zou/app/blueprints/crud/entity.py EntityResource.put`): to remove a key, set it to `null`.
         *     `project_id`, `type`, `created_by` and the links are ignored. Emits `<kind>:update`
         *     (`shot:update`, `asset:update`...) carrying only the id, whatever changed.
         *     Renames (`name`) and re-parenting go through here: `parent_id` is a shot's sequence and a
         *     sequence's episode, `source_id` an asset's episode. A name already used by a sibling of the
         *     same kind is refused with 400 (`EntityResource.pre_update`), so is a parent that does not exist.
         */
        put: operations["updateEntity"];
        post?: never;
        /**
         * Delete any entity
         * @description A plain delete, never a cancel, and no `force`: refused with 400 while tasks or child entities
         *     refer to it. Links and (for sequences) subscriptions go with it
         *     (`zou/app/blueprints/crud/entity.py EntityResource.pre_delete`).
         */
        delete: operations["deleteEntity"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/projects/{project_id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * List the tasks of a project
         * @description With `page` >= 1 the answer is a page object, otherwise a bare array; tasks come with
         *     `assignees`, newest update first (`todos_service.get_tasks_for_project`). Answers 304 to a
         *     matching `If-None-Match`.
         */
        get: operations["listProjectTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tasks, filtered by column
         * @description Generic CRUD list (`zou/app/blueprints/crud/base.py BaseModelsResource.get`): every column is an
         *     equality filter, `assignees=<person_id>` matches a member, a value starting with `[` is a JSON
         *     list (IN). With `page` >= 1 the answer is a page object ordered by `updated_at` desc; `limit`
         *     defaults to 100. `assignees` is included only with `relations=true`.
         */
        get: operations["listTasks"];
        put?: never;
        /**
         * Create a task
         * @description Zou checks only `entity_id` and `task_type_id` (the task type's `for_entity` must match the
         *     entity, else 400). It does not derive `project_id` or `task_status_id`: a task created without
         *     them is stored with nulls, so always send both. A duplicate (name, task type, entity) gives 400
         *     `Task already exists.` Emits `task:new` (`zou/app/blueprints/crud/task.py TasksResource.post`).
         */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/tasks/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        /** Get a task */
        get: operations["getTask"];
        /**
         * Update a task
         * @description A non-empty `data` is shallow-merged into the stored one. A changed `assignees` list emits
         *     `task:assign`/`task:unassign`. Changing `task_status_id` here only emits `task:update`: no
         *     comment, no `task:status-changed`, no retake count, no automation. To change a status the way
         *     Kitsu does, post a comment (`POST /actions/tasks/{task_id}/comment`). The answer has no
         *     `assignees` (`zou/app/blueprints/crud/task.py TaskResource`).
         */
        put: operations["updateTask"];
        post?: never;
        /**
         * Delete a task
         * @description Without `force`, a task that has comments, news or previews cannot be deleted: 400 whose
         *     `message` is the raw database error (`zou/app/blueprints/crud/task.py TaskResource.delete`).
         *     `force=true` deletes them first (`deletion_service.remove_task`). Emits `task:delete`.
         */
        delete: operations["deleteTask"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/tasks/{task_id}/full": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        /**
         * Get a task with its entity, project, type, status and people
         * @description `sequence` and `episode` are present for tasks of shots (and sequences) that have them;
         *     `assigner` when the assigner exists (`tasks_service.get_full_task`).
         */
        get: operations["getTaskFull"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/actions/projects/{project_id}/task-types/{task_type_id}/shots/create-tasks": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
                task_type_id: components["parameters"]["TaskTypeId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a task of one type for shots
         * @description The body is a JSON array of shot ids; an empty or absent body means every shot of the project
         *     (query parameters then filter them). Shots that already have a task of this type are skipped,
         *     so the answer lists only the new tasks. The status is the default one
         *     (`zou/app/blueprints/tasks/resources.py CreateShotTasksResource`).
         */
        post: operations["createShotTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/actions/projects/{project_id}/task-types/{task_type_id}/assets/create-tasks": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
                task_type_id: components["parameters"]["TaskTypeId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a task of one type for assets
         * @description Same rules as the shot variant, for assets.
         */
        post: operations["createAssetTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/task-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List task types */
        get: operations["listTaskTypes"];
        put?: never;
        /**
         * Create a task type
         * @description Admin only. Names must be unique (`task_types_service.check_task_type_name_is_unique`).
         */
        post: operations["createTaskType"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/task-types/{task_type_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_type_id: components["parameters"]["TaskTypeId"];
            };
            cookie?: never;
        };
        /** Get a task type */
        get: operations["getTaskType"];
        /** Update a task type */
        put: operations["updateTaskType"];
        post?: never;
        /**
         * Delete a task type
         * @description Refused with 400 while projects or schedule items use it, unless `force=true`, which detaches it
         *     first (`zou/app/blueprints/crud/task_type.py TaskTypeResource.pre_delete`). Tasks of the type
         *     still block the delete.
         */
        delete: operations["deleteTaskType"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/task-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List task statuses */
        get: operations["listTaskStatuses"];
        put?: never;
        /**
         * Create a task status
         * @description Admin only. `short_name` is unique. A new `is_default` status takes the flag from the previous
         *     default (`zou/app/blueprints/crud/task_status.py`).
         */
        post: operations["createTaskStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/task-status/{task_status_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_status_id: components["parameters"]["TaskStatusId"];
            };
            cookie?: never;
        };
        /** Get a task status */
        get: operations["getTaskStatus"];
        /** Update a task status */
        put: operations["updateTaskStatus"];
        post?: never;
        /**
         * Delete a task status
         * @description Refused with 400 while tasks, comments or project settings refer to it.
         */
        delete: operations["deleteTaskStatus"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/actions/tasks/{task_id}/comment": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Comment on a task, setting its status
         * @description The way to change a task status: it emits `comment:new`, `task:update`, and
         *     `task:status-changed` when the status changes (plus `task:to-review` for a feedback-request
         *     status), counts retakes, sets `real_start_date`/`end_date`/`done_date`, and runs the project's
         *     status automations (`comments_service.create_comment`). `person_id`, `created_at` and
         *     `for_client` are honoured for managers only; a `created_at` older than the task's last comment
         *     does not move the status. An artist may only pick `is_artist_allowed` statuses; the project's
         *     `max_retakes` may refuse a retake. The comment's author is the caller unless a manager gives
         *     `person_id`; the logged events keep the caller as `user_id` either way. A missing task, status
         *     or author answers 404.
         *
         *     Files are sent as a multipart form: the fields of `CommentCreate` as form fields (`checklist`
         *     and `links` JSON-encoded) and each file under a name of its own. Zou attaches the first file
         *     of each field name only (`request.files.values()` in `comments_service.add_attachments_to_comment`).
         */
        post: operations["commentTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/tasks/{task_id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        /**
         * List the comments of a task, newest first
         * @description Author and status are embedded in short form. Clients only get what is meant for them
         *     (`comments_service.get_comments`).
         */
        get: operations["listTaskComments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/actions/tasks/{task_id}/comments/{comment_id}/add-preview": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: components["parameters"]["TaskId"];
                comment_id: components["parameters"]["CommentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a preview file record to a comment
         * @description The first step of Kitsu's review upload: a `PreviewFile` row with `status: processing`,
         *     `extension: mp4` and no file yet, at the next revision of the task (or `revision`), attached to
         *     the comment. The file follows with `POST /pictures/preview-files/{preview_file_id}`. Emits
         *     `preview-file:new` and `comment:update` (`comments_service.add_preview_file_to_comment`).
         */
        post: operations["addCommentPreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/actions/tasks/{task_id}/comments/{comment_id}/preview-files/{preview_file_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: components["parameters"]["TaskId"];
                comment_id: components["parameters"]["CommentId"];
                preview_file_id: components["parameters"]["PreviewFileId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a preview from a comment
         * @description Deletes the preview file row and marks its stored files deleted; the task and entity that showed
         *     it as main preview get the previous one back (`deletion_service.remove_preview_file`).
         *     `force=true` (managers) purges the stored files at once.
         */
        delete: operations["deleteCommentPreview"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pictures/preview-files/{preview_file_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                preview_file_id: components["parameters"]["PreviewFileId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload the file of a preview file record
         * @description The file's extension decides what Zou does (`zou/app/blueprints/previews/resources.py
         *     BaseNewPreviewFilePicture.process_uploaded_file`): `png`, `jpg`, `jpeg`, `jpe` are read with
         *     Pillow and stored as a PNG with thumbnails (`status: ready` at once without a job queue);
         *     movies (`mp4`, `mov`, `avi`, `mkv`, `webm`, `wmv`, `m4v`) are normalized with ffmpeg, and
         *     answered 201 with `status: broken` when ffmpeg is missing or cannot read them; other known files
         *     (`pdf`, `glb`, `zip`...) are stored as they are. Refused with 400: no `file` field (the record
         *     stays), an unknown extension (the record is deleted), a picture Pillow cannot read or one over
         *     twice `MAX_IMAGE_PIXELS` (the record stays), a record that already has a file. Emits
         *     `preview-file:update`, `comment:update` and `preview-file:add-file`.
         */
        post: operations["uploadPreviewFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/preview-files/{preview_file_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                preview_file_id: components["parameters"]["PreviewFileId"];
            };
            cookie?: never;
        };
        /** Get a preview file record */
        get: operations["getPreviewFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/actions/tasks/{task_id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Assign a person to a task
         * @description Adds the person (keeps the other assignees), sets the caller as `assigner_id`, adds the person to
         *     the project team, emits `task:assign` and `task:update`. Bots can only be assigned when the
         *     project has `is_bot_collaboration_enabled`. An unknown person gives 400 `{error: "Assignee doesn't
         *     exist in database."}` (`zou/app/blueprints/tasks/resources.py TaskAssignResource`).
         */
        put: operations["assignTask"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/actions/persons/{person_id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                person_id: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Assign several tasks to a person
         * @description gazu's `assign_task` uses this route. Tasks that are unknown or refused by permissions are
         *     skipped silently: compare the answer with the request
         *     (`zou/app/blueprints/tasks/resources.py TasksAssignResource`).
         */
        put: operations["assignTasksToPerson"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/actions/tasks/clear-assignation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Unassign tasks
         * @description Without `person_id` every assignee is removed. Emits `task:unassign`. Tasks that are unknown or
         *     refused are skipped silently (`zou/app/blueprints/tasks/resources.py ClearAssignationResource`).
         */
        put: operations["clearTaskAssignations"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List persons, filtered by column
         * @description Admins get full persons (this schema); other roles get a few fields only and may filter on
         *     `id, first_name, last_name, full_name, has_avatar, active, departments, studio_id, role,
         *     desktop_login, email, is_bot, is_guest` (`zou/app/blueprints/crud/person.py`). With `page` >= 1
         *     the answer is a page object.
         */
        get: operations["listPersons"];
        put?: never;
        /**
         * Create a person or a bot
         * @description Admin only. A bot (`is_bot: true`) comes back with its `access_token`, which never expires unless
         *     `expiration_date` is set; bots do not count against the user limit
         *     (`zou/app/blueprints/crud/person.py PersonsResource.post_creation`).
         */
        post: operations["createPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/persons/{person_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                person_id: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        /**
         * Get a person
         * @description Managers and admins get this schema; lower roles get a few fields only.
         */
        get: operations["getPerson"];
        /**
         * Update a person
         * @description Admins may update anyone; others only themselves, and not their role, departments or activity.
         *     A body with `expiration_date` regenerates a bot's token, returned as `access_token`, and revokes
         *     the previous one (`zou/app/blueprints/crud/person.py PersonResource.post_update`).
         */
        put: operations["updatePerson"];
        post?: never;
        /**
         * Delete a person
         * @description Admin only, never oneself. Without `force` the delete fails while comments, logs, assignments or
         *     team memberships refer to the person; `force=true` deletes or detaches them first
         *     (`cascade_deletion_service.remove_person`).
         */
        delete: operations["deletePerson"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/events/last": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the event log, newest first
         * @description Manager or admin. Admins see every event, including those without a project; managers only the
         *     events of their projects. `after` and `before` are strict bounds in whole seconds while stored
         *     times have microseconds: re-reading from the last `created_at` returns that second's events
         *     again, so dedupe by `id`. Page backwards with `cursor_event_id` (events older than that one).
         *     `project:new` and CRUD `project:update` events are stored with a null `project_id`, so a
         *     `project_id` filter misses them (`zou/app/blueprints/events/resources.py`,
         *     `events_service.get_last_events`).
         */
        get: operations["listLastEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/events/names": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the distinct event names in the log */
        get: operations["listEventNames"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** Format: uuid */
        Uuid: string;
        /** Format: uuid */
        NullableUuid: string | null;
        /** @description Naive UTC datetime without offset or fraction, e.g. `2024-01-15T10:30:00`. */
        DateTime: string;
        /** @description Naive UTC datetime without offset or fraction, e.g. `2024-01-15T10:30:00`. */
        NullableDateTime: string | null;
        NullableDate: string | null;
        JsonObject: {
            [key: string]: unknown;
        };
        NullableJsonObject: {
            [key: string]: unknown;
        } | null;
        /** @description A value read from the entity's `data` (`frame_in`, `frame_out`, `fps`), as stored; null when absent. */
        FrameValue: number | string | null;
        /** @enum {string} */
        EntityStatus: "standby" | "running" | "complete" | "canceled";
        /**
         * @description `user` is an artist; `admin` a studio manager; `manager` a production manager.
         * @enum {string}
         */
        Role: "user" | "admin" | "supervisor" | "manager" | "client" | "vendor";
        /** @description Any of Zou's error shapes; no field is guaranteed. */
        ErrorBody: {
            /** @description `true` from Zou's handlers; a message string from the assign routes. */
            error?: boolean | string;
            message?: string;
            /** @description flask-jwt-extended's message (missing, revoked or malformed token). */
            msg?: string;
            /** @description Details, e.g. `{errors: [{field, message}]}` for a Pydantic validation error. */
            data?: unknown;
            login?: boolean;
        };
        ApiInfo: {
            /** @constant */
            api: "Zou";
            version: string;
        };
        /** @description `LoginSchema` (`zou/app/blueprints/auth/schemas.py`). */
        LoginRequest: {
            /** @description The email, or a desktop login. */
            email: string;
            /**
             * @description Zou's Pydantic default is the literal `default`; always send it.
             * @default default
             */
            password?: string;
            totp?: string | null;
            email_otp?: string | null;
            fido_authentication_response?: components["schemas"]["NullableJsonObject"];
            recovery_code?: string | null;
        };
        LoginResponse: {
            /** @constant */
            login: true;
            user: components["schemas"]["PersonWithDepartments"];
            organisation: components["schemas"]["Organisation"];
            access_token: string;
            refresh_token: string;
            /** @description Set when the studio enforces 2FA and the user has not set it up; the tokens are restricted. */
            two_factor_authentication_required?: boolean;
        };
        /** @description Non-browser clients get `access_token`; browsers get `refresh` and a cookie. */
        RefreshTokenResponse: {
            access_token: string;
        } | {
            /** @constant */
            refresh: true;
        };
        AuthenticatedResponse: {
            /** @constant */
            authenticated: true;
            user: components["schemas"]["PersonWithDepartments"] & {
                fido_devices: string[];
            };
            organisation: components["schemas"]["Organisation"];
        };
        LogoutResponse: {
            /** @constant */
            logout: true;
        };
        /** @description The chat fields are returned to admins only (`zou/app/models/organisation.py SENSITIVE_FIELDS`). */
        Organisation: {
            id: components["schemas"]["Uuid"];
            name: string;
            hours_by_day: number;
            has_avatar: boolean | null;
            use_original_file_name: boolean | null;
            timesheets_locked: boolean | null;
            format_duration_in_hours: boolean | null;
            hd_by_default: boolean | null;
            dark_theme_by_default: boolean | null;
            chat_token_slack?: string | null;
            chat_webhook_mattermost?: string | null;
            chat_token_discord?: string | null;
            created_at: components["schemas"]["DateTime"];
            updated_at: components["schemas"]["DateTime"];
            /** @constant */
            type: "Organisation";
        };
        ProjectStatus: {
            id: components["schemas"]["Uuid"];
            name: string;
            color: string;
            created_at: components["schemas"]["DateTime"];
            updated_at: components["schemas"]["DateTime"];
            /** @constant */
            type: "ProjectStatus";
        };
        /**
         * @description A project row (`zou/app/models/project.py`). `fps` is a string column, e.g. `"25"`. Relations and
         *     settings are added by some routes only: see ProjectWithRelations and ProjectWithSettings.
         */
        Project: {
            id: components["schemas"]["Uuid"];
            name: string;
            code: string | null;
            description: string | null;
            shotgun_id: number | null;
            file_tree: components["schemas"]["NullableJsonObject"];
            data: components["schemas"]["NullableJsonObject"];
            has_avatar: boolean | null;
            fps: string | null;
            ratio: string | null;
            resolution: string | null;
            /** @description `short`, `featurefilm`, `tvshow`... */
            production_type: string | null;
            /** @description `2d`, `2dpaper`, `3d`, `2d3d`, `vfx`, `stop-motion`... (`PROJECT_STYLES`). */
            production_style: string;
            start_date: components["schemas"]["NullableDate"];
            end_date: components["schemas"]["NullableDate"];
            man_days: number | null;
            nb_episodes: number | null;
            episode_span: number | null;
            max_retakes: number | null;
            is_clients_isolated: boolean | null;
            is_client_stats_visible: boolean | null;
            is_client_task_list_visible: boolean | null;
            is_client_task_panel_visible: boolean | null;
            is_preview_download_allowed: boolean | null;
            is_set_preview_automated: boolean | null;
            homepage: string | null;
            is_publish_default_for_artists: boolean | null;
            is_bot_collaboration_enabled: boolean | null;
            is_single_preview_per_revision: boolean | null;
            is_frame_in_numbering: boolean | null;
            revision_padding: number;
            hd_bitrate_compression: number | null;
            ld_bitrate_compression: number | null;
            project_status_id: components["schemas"]["NullableUuid"];
            default_preview_background_file_id: components["schemas"]["NullableUuid"];
            from_schedule_version_id: components["schemas"]["NullableUuid"];
            /** @description The first episode of a `tvshow` project (create, update, get and open list). */
            first_episode_id?: components["schemas"]["Uuid"];
            /** @description Added by `GET /data/projects/{project_id}` and, for admins, `/data/projects/all`. */
            project_status_name?: string;
            /** @description Added by the routes that return project settings and, for admins, `/data/projects/all`. */
            descriptors?: components["schemas"]["ProjectDescriptor"][];
            created_at: components["schemas"]["DateTime"];
            updated_at: components["schemas"]["DateTime"];
            /** @constant */
            type: "Project";
        };
        ProjectWithRelations: components["schemas"]["Project"] & {
            team: components["schemas"]["Uuid"][];
            asset_types: components["schemas"]["Uuid"][];
            task_statuses: components["schemas"]["Uuid"][];
            task_types: components["schemas"]["Uuid"][];
            status_automations: components["schemas"]["Uuid"][];
            preview_background_files: components["schemas"]["Uuid"][];
        };
        /** @description A project with relations, metadata descriptors and the per-project task type and status settings (`projects_service.serialize_projects_with_extra_data`). */
        ProjectWithSettings: components["schemas"]["ProjectWithRelations"] & {
            descriptors: components["schemas"]["ProjectDescriptor"][];
            /** @description Settings of each enabled task type, by task type id. */
            task_type_links: {
                [key: string]: components["schemas"]["ProjectTaskTypeLink"];
            };
            /** @description Priority of each enabled task type, by task type id. */
            task_types_priority: {
                [key: string]: number | null;
            };
            /** @description Settings of each enabled task status, by task status id. */
            task_statuses_link: {
                [key: string]: components["schemas"]["ProjectTaskStatusLink"];
            };
        };
        ProjectDetail: components["schemas"]["ProjectWithSettings"] & {
            project_status_name: string;
        };
        ProjectTaskTypeLink: {
            priority: number | null;
            hd_bitrate_compression: number | null;
            ld_bitrate_compression: number | null;
            is_client_visible: boolean | null;
        };
        ProjectTaskStatusLink: {
            priority: number | null;
            roles_for_board: components["schemas"]["Role"][] | null;
            /** @description Null inherits the studio value (`TaskStatus.is_client_allowed`). */
            is_client_allowed: boolean | null;
        };
        /** @description A metadata descriptor as embedded in a project (`projects_service._serialize_descriptor`). */
        ProjectDescriptor: {
            id: components["schemas"]["Uuid"];
            name: string;
            field_name: string;
            data_type: components["schemas"]["MetadataDataType"];
            /** @description JSON as stored, usually a list of strings. */
            choices: unknown;
            for_client: boolean;
            entity_type: string;
            task_type_id: components["schemas"]["NullableUuid"];
            position: number | null;
            departments: components["schemas"]["Uuid"][];
        };
        /** @enum {string|null} */
        MetadataDataType: "string" | "number" | "list" | "taglist" | "boolean" | "checklist" | "date" | "url" | "textarea" | "person" | null;
        /** @description A custom field of a project (`zou/app/models/metadata_descriptor.py`); values live in the entities' `data` under `field_name`. */
        MetadataDescriptor: {
            id: components["schemas"]["Uuid"];
            project_id: components["schemas"]["Uuid"];
            /** @description `Asset`, `Shot`, `Sequence`, `Episode`, `Edit`, `Project` or `Task`. */
            entity_type: string;
            task_type_id: components["schemas"]["NullableUuid"];
            name: string;
            data_type: components["schemas"]["MetadataDataType"];
            field_name: string;
            /** @description JSON as stored, usually a list of strings. */
            choices: unknown;
            for_client: boolean | null;
            position: number | null;
            departments: components["schemas"]["Uuid"][];
            created_at: components["schemas"]["DateTime"];
            updated_at: components["schemas"]["DateTime"];
            /** @constant */
            type: "MetadataDescriptor";
        };
        /** @description `MetadataDescriptorSchema` (`zou/app/blueprints/projects/schemas.py`). */
        MetadataDescriptorCreate: {
            name: string;
            /**
             * @default Asset
             * @enum {string}
             */
            entity_type?: "Asset" | "Shot" | "Sequence" | "Episode" | "Edit" | "Project" | "Task";
            /** @description Required for `Task` descriptors, refused for the others. */
            task_type_id?: string | null;
            /**
             * @default string
             * @enum {string}
             */
            data_type?: "string" | "number" | "list" | "taglist" | "boolean" | "checklist" | "date" | "url" | "textarea" | "person";
            choices?: string[];
            /** @default false */
            for_client?: boolean | null;
            departments?: components["schemas"]["Uuid"][];
        };
        /** @description Any Project column may be given; unknown keys are refused with a 400 (CRUD body). */
        ProjectCreate: {
            name: string;
            code?: string | null;
            description?: string | null;
            /** @description `short` (default), `featurefilm`, `tvshow`... */
            production_type?: string;
            /** @description One of `PROJECT_STYLES`; null becomes `2d3d`. */
            production_style?: string | null;
            fps?: string;
            ratio?: string;
            /** @description `<width>x<height>`. */
            resolution?: string;
            start_date?: string;
            end_date?: string;
            data?: components["schemas"]["JsonObject"];
            project_status_id?: components["schemas"]["Uuid"];
            /** @description Copies a template's settings; explicit fields win. */
            project_template_id?: components["schemas"]["Uuid"];
            team?: components["schemas"]["Uuid"][];
            asset_types?: components["schemas"]["Uuid"][];
            task_statuses?: components["schemas"]["Uuid"][];
            task_types?: components["schemas"]["Uuid"][];
        };
        /** @description Any Project column; unknown keys are ignored. */
        ProjectUpdate: {
            name?: string;
            code?: string | null;
            description?: string | null;
            production_type?: string;
            production_style?: string | null;
            fps?: string;
            ratio?: string;
            resolution?: string;
            start_date?: string | null;
            end_date?: string | null;
            data?: components["schemas"]["NullableJsonObject"];
            /** @description Set a closed status before deleting a project. */
            project_status_id?: components["schemas"]["Uuid"];
            max_retakes?: number;
            is_bot_collaboration_enabled?: boolean;
            man_days?: number | null;
            nb_episodes?: number;
            episode_span?: number;
            homepage?: string;
            file_tree?: components["schemas"]["NullableJsonObject"];
            is_clients_isolated?: boolean;
            is_client_stats_visible?: boolean;
            is_client_task_list_visible?: boolean;
            is_client_task_panel_visible?: boolean;
            is_preview_download_allowed?: boolean;
            is_set_preview_automated?: boolean;
            is_publish_default_for_artists?: boolean;
            is_single_preview_per_revision?: boolean;
            is_frame_in_numbering?: boolean;
            revision_padding?: number;
            hd_bitrate_compression?: number | null;
            ld_bitrate_compression?: number | null;
        };
        ProjectTeamMemberAdd: {
            person_id: string;
            /**
             * @description A project-specific role; null inherits the person's global role.
             * @enum {string|null}
             */
            role?: "user" | "supervisor" | "manager" | "client" | "vendor" | null;
        };
        ProjectTaskTypeAdd: {
            task_type_id: string;
            priority?: number | null;
            hd_bitrate_compression?: number | null;
            ld_bitrate_compression?: number | null;
            is_client_visible?: boolean | null;
        };
        ProjectTaskStatusAdd: {
            task_status_id: string;
        };
        ProjectAssetTypeAdd: {
            asset_type_id: string;
        };
        /**
         * @description A person as admins and managers see it (`Person.serialize_safe`, `zou/app/models/person.py`):
         *     password, token id, OTP secrets, SSO identities and lockout state are never returned.
         *     `departments` comes with single reads and `relations=true`. Lower roles get a minimal form.
         */
        Person: {
            id: components["schemas"]["Uuid"];
            first_name: string;
            last_name: string;
            full_name: string;
            email: string | null;
            phone: string | null;
            /** @description ISO 3166-1 alpha-2, uppercase. */
            country: string | null;
            /** @enum {string} */
            contract_type: "open-ended" | "fixed-term" | "short-term" | "freelance" | "apprentice" | "internship";
            active: boolean | null;
            archived: boolean | null;
            last_presence: components["schemas"]["NullableDate"];
            desktop_login: string | null;
            totp_enabled: boolean | null;
            email_otp_enabled: boolean | null;
            fido_enabled: boolean | null;
            /** @enum {string|null} */
            preferred_two_factor_authentication: "totp" | "email_otp" | "fido" | null;
            shotgun_id: number | null;
            timezone: string | null;
            locale: string | null;
            use_12_hour_clock: boolean | null;
            display_date_format: string | null;
            data: components["schemas"]["NullableJsonObject"];
            role: components["schemas"]["Role"];
            /** @enum {string|null} */
            position: "supervisor" | "lead" | "artist" | null;
            /** @enum {string|null} */
            seniority: "senior" | "mid" | "junior" | null;
            daily_salary: number | null;
            has_avatar: boolean | null;
            notifications_enabled: boolean | null;
            notifications_slack_enabled: boolean | null;
            notifications_slack_userid: string | null;
            notifications_mattermost_enabled: boolean | null;
            notifications_mattermost_userid: string | null;
            notifications_discord_enabled: boolean | null;
            notifications_discord_userid: string | null;
            is_bot: boolean;
            is_guest: boolean;
            preview_project_id: components["schemas"]["NullableUuid"];
            preview_opened_at: components["schemas"]["NullableDateTime"];
            preview_open_until: components["schemas"]["NullableDateTime"];
            expiration_date: components["schemas"]["NullableDate"];
            is_generated_from_ldap: boolean | null;
            ldap_uid: string | null;
            studio_id: components["schemas"]["NullableUuid"];
            departments?: components["schemas"]["Uuid"][];
            created_at: components["schemas"]["DateTime"];
            updated_at: components["schemas"]["DateTime"];
            /** @constant */
            type: "Person";
        };
        PersonWithDepartments: components["schemas"]["Person"] & {
            departments: components["schemas"]["Uuid"][];
        };
        PersonWithToken: components["schemas"]["PersonWithDepartments"] & {
            /** @description A bot's token, on creation and when `expiration_date` is updated. */
            access_token?: string;
        };
        TeamMember: components["schemas"]["PersonWithDepartments"] & {
            /**
             * @description The role on this project; null inherits the global `role`.
             * @enum {string|null}
             */
            project_role: "user" | "supervisor" | "manager" | "client" | "vendor" | null;
        };
        PersonPage: {
            data: components["schemas"]["Person"][];
            total: number;
            nb_pages: number;
            limit: number;
            offset: number;
            page: number;
        };
        /** @description Any Person column may be given; unknown keys are refused with a 400 (CRUD body). */
        PersonCreate: {
            first_name: string;
            /** @description Required by the database; bots use `""`. */
            last_name: string;
            email?: string;
            role?: components["schemas"]["Role"];
            is_bot?: boolean;
            active?: boolean;
            password?: string;
            desktop_login?: string;
            phone?: string;
            /** @enum {string} */
            contract_type?: "open-ended" | "fixed-term" | "short-term" | "freelance" | "apprentice" | "internship";
            /** @description `YYYY-MM-DD`, not in the past; a bot token expires at the end of that day. */
            expiration_date?: string | null;
            departments?: components["schemas"]["Uuid"][];
            studio_id?: components["schemas"]["NullableUuid"];
            /** @enum {string|null} */
            position?: "supervisor" | "lead" | "artist" | null;
            /** @enum {string|null} */
            seniority?: "senior" | "mid" | "junior" | null;
            /** @description ISO 3166-1 alpha-2; an invalid code is refused with a 400. */
            country?: string | null;
            timezone?: string | null;
            /** @description A locale Babel knows, e.g. `en_US`; an unknown one is refused with a 400. */
            locale?: string | null;
            use_12_hour_clock?: boolean;
            /** @enum {string|null} */
            display_date_format?: "YYYY-MM-DD" | "DD/MM/YYYY" | "MM/DD/YYYY" | null;
            daily_salary?: number | null;
            notifications_enabled?: boolean;
            notifications_slack_enabled?: boolean;
            notifications_slack_userid?: string | null;
            notifications_mattermost_enabled?: boolean;
            notifications_mattermost_userid?: string | null;
            notifications_discord_enabled?: boolean;
            notifications_discord_userid?: string | null;
            data?: components["schemas"]["NullableJsonObject"];
        };
        /** @description Any Person column; unknown keys are ignored. */
        PersonUpdate: {
            first_name?: string;
            last_name?: string;
            email?: string;
            role?: components["schemas"]["Role"];
            active?: boolean;
            archived?: boolean;
            desktop_login?: string | null;
            phone?: string | null;
            /** @description `YYYY-MM-DD`; for a bot, regenerates its token (returned as `access_token`). */
            expiration_date?: string | null;
            departments?: components["schemas"]["Uuid"][];
            data?: components["schemas"]["NullableJsonObject"];
            /** @enum {string|null} */
            position?: "supervisor" | "lead" | "artist" | null;
            /** @enum {string|null} */
            seniority?: "senior" | "mid" | "junior" | null;
            /** @description ISO 3166-1 alpha-2; an invalid code is refused with a 400. */
            country?: string | null;
            timezone?: string | null;
            /** @description A locale Babel knows, e.g. `en_US`; an unknown one is refused with a 400. */
            locale?: string | null;
            use_12_hour_clock?: boolean;
            /** @enum {string|null} */
            display_date_format?: "YYYY-MM-DD" | "DD/MM/YYYY" | "MM/DD/YYYY" | null;
            daily_salary?: number | null;
            notifications_enabled?: boolean;
            notifications_slack_enabled?: boolean;
            notifications_slack_userid?: string | null;
            notifications_mattermost_enabled?: boolean;
            notifications_mattermost_userid?: string | null;
            notifications_discord_enabled?: boolean;
            notifications_discord_userid?: string | null;
            /** @enum {string} */
            contract_type?: "open-ended" | "fixed-term" | "short-term" | "freelance" | "apprentice" | "internship";
            studio_id?: components["schemas"]["NullableUuid"];
            is_bot?: boolean;
        };
        TaskType: {
            id: components["schemas"]["Uuid"];
            name: string;
            short_name: string | null;
            description: string | null;
            color: string | null;
            priority: number | null;
            /** @description `Asset`, `Shot`, `Sequence`, `Episode`, `Edit` or `Concept`: the entities its tasks may belong to. */
            for_entity: string | null;
            allow_timelog: boolean | null;
            archived: boolean | null;
            shotgun_id: number | null;
            department_id: components["schemas"]["NullableUuid"];
            created_at: components["schemas"]["DateTime"];
            updated_at: components["schemas"]["DateTime"];
            /** @constant */
            type: "TaskType";
        };
        /** @description Any TaskType column; unknown keys are refused with a 400 (CRUD body). */
        TaskTypeCreate: {
            name: string;
            short_name?: string;
            description?: string;
            /** @description `#rrggbb`. */
            color?: string;
            priority?: number;
            /** @description Defaults to `Asset`. */
            for_entity?: string;
            allow_timelog?: boolean;
            archived?: boolean;
            department_id?: components["schemas"]["NullableUuid"];
        };
        TaskTypeUpdate: {
            name?: string;
            short_name?: string | null;
            description?: string | null;
            color?: string;
            priority?: number;
            for_entity?: string;
            allow_timelog?: boolean;
            archived?: boolean;
            department_id?: components["schemas"]["NullableUuid"];
        };
        TaskStatus: {
            id: components["schemas"]["Uuid"];
            name: string;
            archived: boolean | null;
            short_name: string;
            description: string | null;
            color: string;
            priority: number | null;
            is_done: boolean | null;
            is_artist_allowed: boolean | null;
            is_client_allowed: boolean | null;
            is_retake: boolean | null;
            is_feedback_request: boolean | null;
            is_default: boolean | null;
            is_wip: boolean | null;
            shotgun_id: number | null;
            for_concept: boolean | null;
            created_at: components["schemas"]["DateTime"];
            updated_at: components["schemas"]["DateTime"];
            /** @constant */
            type: "TaskStatus";
        };
        /** @description Any TaskStatus column; unknown keys are refused with a 400 (CRUD body). */
        TaskStatusCreate: {
            name: string;
            short_name: string;
            color: string;
            description?: string;
            priority?: number;
            is_done?: boolean;
            is_artist_allowed?: boolean;
            is_client_allowed?: boolean;
            is_retake?: boolean;
            is_feedback_request?: boolean;
            is_default?: boolean;
            is_wip?: boolean;
            for_concept?: boolean;
            archived?: boolean;
        };
        TaskStatusUpdate: {
            name?: string;
            short_name?: string;
            color?: string;
            description?: string | null;
            priority?: number;
            is_done?: boolean;
            is_artist_allowed?: boolean;
            is_client_allowed?: boolean;
            is_retake?: boolean;
            is_feedback_request?: boolean;
            is_default?: boolean;
            is_wip?: boolean;
            for_concept?: boolean;
            archived?: boolean;
        };
        /** @description `zou/app/models/entity_type.py`. `task_types` comes with single reads, creation and update. */
        EntityType: {
            id: components["schemas"]["Uuid"];
            name: string;
            short_name: string | null;
            description: string | null;
            archived: boolean | null;
            /** @description Task types suggested for this asset type. */
            task_types?: components["schemas"]["Uuid"][];
            created_at: components["schemas"]["DateTime"];
            updated_at: components["schemas"]["DateTime"];
            /** @description `EntityType` */
            type: string;
        };
        AssetType: components["schemas"]["EntityType"] & {
            /** @constant */
            type: "AssetType";
        };
        EntityTypeCreate: {
            name: string;
            short_name?: string;
            description?: string;
            archived?: boolean;
            task_types?: components["schemas"]["Uuid"][];
        };
        EntityTypeUpdate: {
            name?: string;
            short_name?: string | null;
            description?: string | null;
            archived?: boolean;
            task_types?: components["schemas"]["Uuid"][];
        };
        /**
         * @description An entity row (`zou/app/models/entity.py`): assets, shots, sequences, episodes, edits and concepts
         *     share one table. `parent_id` is the sequence of a shot, the episode of a sequence or an edit;
         *     `source_id` is the main episode of an asset. Frame range and fps live in `data`.
         */
        Entity: {
            id: components["schemas"]["Uuid"];
            name: string;
            code: string | null;
            description: string | null;
            shotgun_id: number | null;
            /** @description Set by a non-forced delete of an entity that has tasks. */
            canceled: boolean | null;
            nb_frames: number | null;
            nb_entities_out: number | null;
            is_casting_standby: boolean | null;
            is_shared: boolean;
            status: components["schemas"]["EntityStatus"];
            project_id: components["schemas"]["Uuid"];
            entity_type_id: components["schemas"]["Uuid"];
            parent_id: components["schemas"]["NullableUuid"];
            source_id: components["schemas"]["NullableUuid"];
            preview_file_id: components["schemas"]["NullableUuid"];
            data: components["schemas"]["NullableJsonObject"];
            ready_for: components["schemas"]["NullableUuid"];
            created_by: components["schemas"]["NullableUuid"];
            created_at: components["schemas"]["DateTime"];
            updated_at: components["schemas"]["DateTime"];
            /** @description The kind (`Asset`, `Shot`...) or `Entity` where Zou does not resolve it. */
            type: string;
        };
        EntityWithRelations: components["schemas"]["Entity"] & {
            /** @description Casting, for a shot or an episode the assets cast in it. */
            entities_out: components["schemas"]["Uuid"][];
            entities_in: components["schemas"]["Uuid"][];
            entity_concept_links: components["schemas"]["Uuid"][];
            instance_casting: components["schemas"]["Uuid"][];
        };
        Asset: components["schemas"]["Entity"] & {
            /** @constant */
            type: "Asset";
        };
        Shot: components["schemas"]["Entity"] & {
            /** @constant */
            type: "Shot";
        };
        Sequence: components["schemas"]["Entity"] & {
            /** @constant */
            type: "Sequence";
        };
        Episode: components["schemas"]["Entity"] & {
            /** @constant */
            type: "Episode";
        };
        Edit: components["schemas"]["Entity"] & {
            /** @constant */
            type: "Edit";
        };
        Concept: components["schemas"]["Entity"] & {
            /** @constant */
            type: "Concept";
            /** @description Ids of the entities the concept is linked to (`Entity.serialize`). */
            entity_concept_links: components["schemas"]["Uuid"][];
        };
        FullEpisode: components["schemas"]["Episode"] & {
            project_name: string;
        };
        /** @description `episode_id` and `episode_name` are present when the sequence has an episode (`shots_service.get_full_sequence`). */
        FullSequence: components["schemas"]["Sequence"] & {
            project_name: string;
            episode_id?: components["schemas"]["Uuid"];
            episode_name?: string;
        };
        /** @description The shot's board row merged with the entity and its links (`shots_service.get_full_shot`). */
        FullShot: components["schemas"]["EntityWithRelations"] & {
            /** @constant */
            type: "Shot";
            episode_id: components["schemas"]["NullableUuid"];
            /** @description Empty when the sequence has no episode. */
            episode_name: string;
            fps: components["schemas"]["FrameValue"];
            frame_in: components["schemas"]["FrameValue"];
            frame_out: components["schemas"]["FrameValue"];
            project_name: string;
            sequence_id: components["schemas"]["Uuid"];
            sequence_name: string;
            tasks: components["schemas"]["ShotBoardTask"][];
        };
        /**
         * @description The asset's board row merged over the entity and its links (`assets_service.get_full_asset`).
         *     Inherits the board row's quirks: `preview_file_id` is `""` and `ready_for` is the string `"None"`
         *     when unset; `source_id` and `nb_frames` are removed, the main episode is `episode_id`.
         */
        FullAsset: components["schemas"]["AssetWithTasks"] & {
            code: string | null;
            shotgun_id: number | null;
            nb_entities_out: number | null;
            status: components["schemas"]["EntityStatus"];
            project_id: components["schemas"]["Uuid"];
            entity_type_id: components["schemas"]["Uuid"];
            parent_id: components["schemas"]["NullableUuid"];
            created_by: components["schemas"]["NullableUuid"];
            created_at: components["schemas"]["DateTime"];
            updated_at: components["schemas"]["DateTime"];
            /** @constant */
            type: "Asset";
            project_name: string;
            entities_out: components["schemas"]["Uuid"][];
            entities_in: components["schemas"]["Uuid"][];
            entity_concept_links: components["schemas"]["Uuid"][];
            instance_casting: components["schemas"]["Uuid"][];
        };
        /** @description The concept's board row merged with the entity and its links (`concepts_service.get_full_concept`). */
        FullConcept: components["schemas"]["EntityWithRelations"] & {
            /** @constant */
            type: "Concept";
            fps: components["schemas"]["FrameValue"];
            frame_in: components["schemas"]["FrameValue"];
            frame_out: components["schemas"]["FrameValue"];
            preview_file_status: string | null;
            project_name: string;
            tasks: components["schemas"]["ConceptBoardTask"][];
        };
        /** @description `NewAssetSchema` (`zou/app/blueprints/assets/schemas.py`). */
        NewAsset: {
            name: string;
            /** @default  */
            description?: string | null;
            data?: components["schemas"]["NullableJsonObject"];
            /** @default false */
            is_shared?: boolean | null;
            episode_id?: components["schemas"]["NullableUuid"];
        };
        /** @description `NewEpisodeSchema` (`zou/app/blueprints/shots/schemas.py`). */
        NewEpisode: {
            name: string;
            /** @default running */
            status?: string | null;
            /** @default  */
            description?: string | null;
            data?: components["schemas"]["NullableJsonObject"];
        };
        /** @description `NewSequenceSchema` (`zou/app/blueprints/shots/schemas.py`). */
        NewSequence: {
            name: string;
            episode_id?: components["schemas"]["NullableUuid"];
            /** @default  */
            description?: string | null;
            data?: components["schemas"]["NullableJsonObject"];
        };
        /** @description `NewShotSchema` (`zou/app/blueprints/shots/schemas.py`). */
        NewShot: {
            name: string;
            sequence_id?: components["schemas"]["NullableUuid"];
            data?: components["schemas"]["NullableJsonObject"];
            nb_frames?: number | null;
            description?: string | null;
        };
        /** @description `NewEditSchema` (`zou/app/blueprints/edits/schemas.py`). */
        NewEdit: {
            name: string;
            /** @default  */
            description?: string | null;
            data?: components["schemas"]["NullableJsonObject"];
            episode_id?: components["schemas"]["NullableUuid"];
        };
        /** @description `NewConceptSchema` (`zou/app/blueprints/concepts/schemas.py`). */
        NewConcept: {
            name: string;
            data?: components["schemas"]["NullableJsonObject"];
            description?: string | null;
            /** @description Entities to link, as `{id}` objects (the schema types them as dicts, the service reads ids). */
            entity_concept_links?: {
                id: components["schemas"]["Uuid"];
            }[];
            /** @description The concept folder to create it in. */
            parent_id?: components["schemas"]["NullableUuid"];
        };
        /**
         * @description Any Entity column. `data` is shallow-merged into the stored data; `project_id`, `type`,
         *     `created_by`, `shotgun_id` and the link lists are ignored.
         */
        EntityUpdate: {
            name?: string;
            description?: string | null;
            data?: components["schemas"]["NullableJsonObject"];
            status?: components["schemas"]["EntityStatus"];
            canceled?: boolean;
            nb_frames?: number | null;
            parent_id?: components["schemas"]["NullableUuid"];
            /** @description A uuid, or `"null"` (the string) to clear it. */
            source_id?: string | null;
            entity_type_id?: components["schemas"]["Uuid"];
            preview_file_id?: components["schemas"]["NullableUuid"];
            ready_for?: components["schemas"]["NullableUuid"];
            is_shared?: boolean;
            is_casting_standby?: boolean;
        };
        /**
         * @description A task as the with-tasks views embed it (`entities_service.fetch_entity_task_map`). Each view
         *     picks its own field list; the fields below are in every one. Clients get the studio fields blank.
         */
        BoardTask: {
            id: components["schemas"]["Uuid"];
            entity_id: components["schemas"]["Uuid"];
            task_type_id: components["schemas"]["NullableUuid"];
            task_status_id: components["schemas"]["NullableUuid"];
            priority: number;
            estimation: number | null;
            duration: number | null;
            retake_count: number | null;
            start_date: components["schemas"]["NullableDateTime"];
            due_date: components["schemas"]["NullableDateTime"];
            end_date: components["schemas"]["NullableDateTime"];
            real_start_date: components["schemas"]["NullableDateTime"];
            last_comment_date: components["schemas"]["NullableDateTime"];
            data: components["schemas"]["NullableJsonObject"];
            is_subscribed: boolean;
            assignees: components["schemas"]["Uuid"][];
        };
        ShotBoardTask: components["schemas"]["BoardTask"] & {
            done_date: components["schemas"]["NullableDateTime"];
            last_preview_file_id: components["schemas"]["NullableUuid"];
            nb_assets_ready: number | null;
            difficulty: number | null;
            nb_drawings: number | null;
        };
        AssetBoardTask: components["schemas"]["BoardTask"] & {
            done_date: components["schemas"]["NullableDateTime"];
            last_preview_file_id: components["schemas"]["NullableUuid"];
            difficulty: number | null;
        };
        EntityBoardTask: components["schemas"]["BoardTask"] & {
            done_date: components["schemas"]["NullableDateTime"];
            last_preview_file_id: components["schemas"]["NullableUuid"];
            difficulty: number | null;
        };
        EditBoardTask: components["schemas"]["BoardTask"] & {
            last_preview_file_id: components["schemas"]["NullableUuid"];
            nb_assets_ready: number | null;
        };
        ConceptBoardTask: components["schemas"]["BoardTask"] & {
            nb_assets_ready: number | null;
        };
        /**
         * @description A shot row of `/data/shots/with-tasks` (`shots_service.prepare_shots_and_tasks`). `fps`,
         *     `frame_in` and `frame_out` are copied from `data`.
         */
        ShotWithTasks: {
            id: components["schemas"]["Uuid"];
            name: string;
            description: string | null;
            data: components["schemas"]["JsonObject"];
            canceled: boolean | null;
            entity_type_id: components["schemas"]["Uuid"];
            episode_id: components["schemas"]["NullableUuid"];
            /** @description Empty when the sequence has no episode. */
            episode_name: string;
            fps: components["schemas"]["FrameValue"];
            frame_in: components["schemas"]["FrameValue"];
            frame_out: components["schemas"]["FrameValue"];
            nb_frames: number | null;
            parent_id: components["schemas"]["Uuid"];
            preview_file_id: components["schemas"]["NullableUuid"];
            project_id: components["schemas"]["Uuid"];
            project_name: string;
            sequence_id: components["schemas"]["Uuid"];
            sequence_name: string;
            source_id: components["schemas"]["NullableUuid"];
            nb_entities_out: number | null;
            is_casting_standby: boolean | null;
            tasks: components["schemas"]["ShotBoardTask"][];
            /** @constant */
            type: "Shot";
        };
        /**
         * @description An asset row of `/data/assets/with-tasks` (`assets_service.prepare_assets_and_tasks`). Unlike the
         *     entity, unset ids are strings: `preview_file_id` is `""`, `episode_id` (the main episode,
         *     `source_id`) is `""`, and `ready_for` is `"None"` (Python's `str(None)`). There is no `type` and
         *     no `project_id`.
         */
        AssetWithTasks: {
            id: components["schemas"]["Uuid"];
            name: string;
            /** @description A uuid, or `""` when unset. */
            preview_file_id: string;
            description: string | null;
            asset_type_name: string;
            asset_type_id: components["schemas"]["Uuid"];
            canceled: boolean | null;
            /** @description A task type id, or `"None"` when unset. */
            ready_for: string;
            /** @description The main episode id, or `""` when unset. */
            episode_id: string;
            casting_episode_ids: components["schemas"]["Uuid"][];
            is_casting_standby: boolean | null;
            is_shared: boolean;
            data: components["schemas"]["JsonObject"];
            tasks: components["schemas"]["AssetBoardTask"][];
        };
        /**
         * @description A sequence or episode row of `/data/sequences/with-tasks` and `/data/episodes/with-tasks`
         *     (`entities_service.get_entities_and_tasks`). `episode_id` is the parent id as a string, so
         *     `"None"` for a sequence without episode and for every episode; `preview_file_id` is `""` when unset.
         */
        EntityWithTasks: {
            id: components["schemas"]["Uuid"];
            name: string;
            status: components["schemas"]["EntityStatus"];
            /** @description The parent id, or `"None"`. */
            episode_id: string;
            description: string | null;
            frame_in: components["schemas"]["FrameValue"];
            frame_out: components["schemas"]["FrameValue"];
            fps: components["schemas"]["FrameValue"];
            /** @description A uuid, or `""` when unset. */
            preview_file_id: string;
            canceled: boolean | null;
            data: components["schemas"]["JsonObject"];
            tasks: components["schemas"]["EntityBoardTask"][];
        };
        /** @description An edit row of `/data/edits/with-tasks`, also the answer of `GET /data/edits/{edit_id}` (`edits_service.get_edits_and_tasks`). */
        EditWithTasks: {
            id: components["schemas"]["Uuid"];
            name: string;
            description: string | null;
            data: components["schemas"]["JsonObject"];
            canceled: boolean | null;
            entity_type_id: components["schemas"]["Uuid"];
            episode_id: components["schemas"]["NullableUuid"];
            /** @description Empty when the edit has no episode. */
            episode_name: string;
            parent_id: components["schemas"]["NullableUuid"];
            preview_file_id: components["schemas"]["NullableUuid"];
            project_id: components["schemas"]["Uuid"];
            project_name: string;
            source_id: components["schemas"]["NullableUuid"];
            nb_entities_out: number | null;
            tasks: components["schemas"]["EditBoardTask"][];
            /** @constant */
            type: "Edit";
        };
        /**
         * @description A task row (`zou/app/models/task.py`). `assignees` (person ids) comes with single reads, creation,
         *     assignment, the project task list and `relations=true`. Clients get the studio fields blank
         *     (`difficulty` null, dates null, counters 0).
         */
        Task: {
            id: components["schemas"]["Uuid"];
            /** @description `main` unless given; unique per (project, task type, entity). */
            name: string;
            description: string | null;
            priority: number | null;
            /** @description 1 to 5; null only for clients. */
            difficulty: number | null;
            /** @description Time spent, in minutes. */
            duration: number | null;
            /** @description Estimated time, in minutes. */
            estimation: number | null;
            completion_rate: number | null;
            retake_count: number | null;
            sort_order: number | null;
            start_date: components["schemas"]["NullableDateTime"];
            due_date: components["schemas"]["NullableDateTime"];
            real_start_date: components["schemas"]["NullableDateTime"];
            end_date: components["schemas"]["NullableDateTime"];
            done_date: components["schemas"]["NullableDateTime"];
            last_comment_date: components["schemas"]["NullableDateTime"];
            nb_assets_ready: number | null;
            data: components["schemas"]["NullableJsonObject"];
            nb_drawings: number | null;
            shotgun_id: number | null;
            last_preview_file_id: components["schemas"]["NullableUuid"];
            project_id: components["schemas"]["NullableUuid"];
            task_type_id: components["schemas"]["NullableUuid"];
            task_status_id: components["schemas"]["NullableUuid"];
            entity_id: components["schemas"]["NullableUuid"];
            assigner_id: components["schemas"]["NullableUuid"];
            assignees?: components["schemas"]["Uuid"][];
            created_at: components["schemas"]["DateTime"];
            updated_at: components["schemas"]["DateTime"];
            /** @constant */
            type: "Task";
        };
        TaskWithAssignees: components["schemas"]["Task"] & {
            assignees: components["schemas"]["Uuid"][];
        };
        /** @description A task made by a create-tasks action, with the names of its type and status (`tasks_service._finalize_task_creation`). */
        CreatedTask: components["schemas"]["TaskWithAssignees"] & {
            task_status_name: string;
            task_status_short_name: string;
            task_status_color: string;
            task_type_name: string;
            task_type_color: string | null;
            /** @description The task type's priority, or `""` if the key were missing. */
            task_type_priority: number | string | null;
        };
        /** @description `GET /data/tasks/{task_id}/full` (`tasks_service.get_full_task`). */
        TaskWithRelations: components["schemas"]["TaskWithAssignees"] & {
            entity: components["schemas"]["Entity"];
            entity_type: components["schemas"]["EntityType"];
            is_subscribed: boolean;
            /** @description The assignees. */
            persons: components["schemas"]["Person"][];
            project: components["schemas"]["Project"];
            task_status: components["schemas"]["TaskStatus"];
            task_type: components["schemas"]["TaskType"];
            assigner?: components["schemas"]["Person"];
            sequence?: components["schemas"]["Sequence"];
            episode?: components["schemas"]["Episode"];
        };
        TaskPage: {
            data: components["schemas"]["Task"][];
            total: number;
            nb_pages: number;
            limit: number;
            offset: number;
            page: number;
        };
        TaskWithAssigneesPage: {
            data: components["schemas"]["TaskWithAssignees"][];
            total: number;
            nb_pages: number;
            limit: number;
            offset: number;
            page: number;
        };
        /**
         * @description Any Task column (CRUD body). Zou validates only `entity_id` and `task_type_id`; send
         *     `project_id` and `task_status_id` too, Zou does not fill them in.
         */
        TaskCreate: {
            entity_id: components["schemas"]["Uuid"];
            task_type_id: components["schemas"]["Uuid"];
            project_id: components["schemas"]["Uuid"];
            task_status_id: components["schemas"]["Uuid"];
            /** @description Defaults to `main`. */
            name?: string;
            description?: string;
            assignees?: components["schemas"]["Uuid"][];
            assigner_id?: components["schemas"]["Uuid"];
            priority?: number;
            difficulty?: number;
            estimation?: number;
            start_date?: string;
            due_date?: string;
            data?: components["schemas"]["JsonObject"];
        };
        /** @description Any Task column; `id`, `created_at`, `updated_at` and `project_id` are ignored. */
        TaskUpdate: {
            name?: string;
            description?: string | null;
            priority?: number;
            difficulty?: number;
            estimation?: number | null;
            duration?: number | null;
            start_date?: string | null;
            due_date?: string | null;
            end_date?: string | null;
            real_start_date?: string | null;
            done_date?: string | null;
            completion_rate?: number;
            retake_count?: number;
            sort_order?: number;
            nb_drawings?: number;
            assigner_id?: components["schemas"]["NullableUuid"];
            /** @description Bypasses the comment workflow; prefer `POST /actions/tasks/{task_id}/comment`. */
            task_status_id?: components["schemas"]["Uuid"];
            assignees?: components["schemas"]["Uuid"][];
            data?: components["schemas"]["NullableJsonObject"];
        };
        /** @description Entity ids; empty means every entity of the project. */
        EntityIdList: components["schemas"]["Uuid"][];
        AssignPerson: {
            person_id: string;
        };
        AssignTasks: {
            task_ids: string[];
        };
        ClearAssignation: {
            task_ids: string[];
            /** @description Unassign only this person; absent or null clears every assignee. */
            person_id?: string | null;
        };
        /** @description A comment row (`zou/app/models/comment.py`). */
        Comment: {
            id: components["schemas"]["Uuid"];
            shotgun_id: number | null;
            object_id: components["schemas"]["Uuid"];
            /** @description `Task`. */
            object_type: string;
            text: string | null;
            data: components["schemas"]["NullableJsonObject"];
            replies: components["schemas"]["JsonObject"][] | null;
            checklist: unknown[] | null;
            pinned: boolean | null;
            for_client: boolean | null;
            links: string[] | null;
            task_status_id: components["schemas"]["NullableUuid"];
            person_id: components["schemas"]["Uuid"];
            editor_id: components["schemas"]["NullableUuid"];
            preview_file_id: components["schemas"]["NullableUuid"];
            created_at: components["schemas"]["DateTime"];
            updated_at: components["schemas"]["DateTime"];
            /** @constant */
            type: "Comment";
        };
        /** @description The answer of the comment route (`comments_service.create_comment`). */
        CreatedComment: components["schemas"]["Comment"] & {
            previews: components["schemas"]["Uuid"][];
            mentions: components["schemas"]["Uuid"][];
            department_mentions: components["schemas"]["Uuid"][];
            acknowledgements: components["schemas"]["Uuid"][];
            /** @description The files sent with the comment (`AttachmentFile.present`). */
            attachment_files: components["schemas"]["CreatedAttachment"][];
            task_status: components["schemas"]["TaskStatus"];
            person: components["schemas"]["Person"];
        };
        /** @description A comment of `GET /data/tasks/{task_id}/comments` (`comments_service.run_task_comments_query`). */
        TaskComment: components["schemas"]["Comment"] & {
            person: {
                id: components["schemas"]["Uuid"];
                first_name: string;
                last_name: string;
                full_name: string;
                has_avatar: boolean | null;
                role: components["schemas"]["Role"];
            };
            /** @description Present when the comment was edited by someone. */
            editor?: {
                id: components["schemas"]["Uuid"];
                first_name: string;
                last_name: string;
                has_avatar: boolean | null;
                role: components["schemas"]["Role"];
            };
            task_status: {
                id: components["schemas"]["Uuid"];
                name: string;
                short_name: string;
                color: string;
            };
            previews: components["schemas"]["CommentPreview"][];
            mentions: components["schemas"]["Uuid"][];
            department_mentions: components["schemas"]["Uuid"][];
            acknowledgements: components["schemas"]["Uuid"][];
            attachment_files: components["schemas"]["CommentAttachment"][];
        };
        CommentPreview: {
            id: components["schemas"]["Uuid"];
            task_id: components["schemas"]["NullableUuid"];
            revision: number | null;
            extension: string | null;
            width: number | null;
            height: number | null;
            duration: number | null;
            status: string;
            validation_status: string;
            original_name: string | null;
            position: number | null;
            annotations: unknown[] | null;
        };
        CommentAttachment: {
            id: components["schemas"]["Uuid"];
            name: string | null;
            extension: string | null;
            reply_id: string | null;
            size: number | null;
        };
        /** @description An attachment as the comment route answers it (`AttachmentFile.present`). */
        CreatedAttachment: {
            id: components["schemas"]["Uuid"];
            /** @description The file's name; a random suffix is added when the comment already has one of that name. */
            name: string | null;
            extension: string | null;
            size: number | null;
        };
        /** @description `CommentCreate` as a multipart form, with files under any other field names. */
        CommentCreateForm: {
            task_status_id: string;
            comment?: string;
            person_id?: string;
            created_at?: string;
            /** @description JSON-encoded list. */
            checklist?: string;
            /** @description JSON-encoded list. */
            links?: string;
            /** @enum {string} */
            for_client?: "true" | "false";
        } & {
            [key: string]: string;
        };
        /** @description `CommentPreviewSchema` (`zou/app/blueprints/tasks/schemas.py`). */
        CommentPreviewCreate: {
            /** @description The revision to add the preview to; the task's next one when absent. */
            revision?: number | null;
        };
        /** @description A preview file row (`zou/app/models/preview_file.py`). */
        PreviewFile: {
            id: components["schemas"]["Uuid"];
            name: string | null;
            /** @description The uploaded file's name without its extension; null until a file is uploaded. */
            original_name: string | null;
            revision: number | null;
            position: number | null;
            /** @description `png` for pictures, `mp4` for movies (and for a record without a file yet), else the file's own. */
            extension: string | null;
            description: string | null;
            path: string | null;
            source: string | null;
            file_size: number | null;
            /** @enum {string} */
            status: "processing" | "ready" | "broken" | "missing";
            /** @enum {string} */
            validation_status: "validated" | "rejected" | "neutral";
            annotations: unknown[] | null;
            width: number | null;
            height: number | null;
            duration: number | null;
            data: components["schemas"]["NullableJsonObject"];
            token_in?: number | null;
            token_out?: number | null;
            task_id: components["schemas"]["NullableUuid"];
            person_id: components["schemas"]["NullableUuid"];
            source_file_id: components["schemas"]["NullableUuid"];
            shotgun_id: number | null;
            /** @description Ids of the comments it belongs to, in the answers that read relations. */
            comments?: components["schemas"]["Uuid"][];
            created_at: components["schemas"]["DateTime"];
            updated_at: components["schemas"]["DateTime"];
            /** @constant */
            type: "PreviewFile";
        };
        /** @description `CommentCreateSchema` (`zou/app/blueprints/comments/schemas.py`). */
        CommentCreate: {
            /** @description The status the task gets; send the current one to only comment. */
            task_status_id: string;
            /** @default  */
            comment?: string;
            /**
             * @description Author (managers only); defaults to the caller.
             * @default
             */
            person_id?: string;
            /**
             * @description Creation date override (managers only), `YYYY-MM-DDTHH:MM:SS` naive UTC.
             * @default
             */
            created_at?: string;
            checklist?: unknown[] | null;
            links?: string[] | null;
            /** @default false */
            for_client?: boolean;
        };
        /**
         * @description A stored event (`zou/app/models/event.py`, `events_service.get_last_events`). `data` is the live
         *     Socket.IO payload. `user_id` is null for system events; `project_id` is null for events without
         *     project and for `project:new`/CRUD `project:update`.
         */
        ApiEvent: {
            id: components["schemas"]["Uuid"];
            created_at: components["schemas"]["DateTime"];
            /** @description `<object>:<action>`, e.g. `task:status-changed`. */
            name: string;
            user_id: components["schemas"]["NullableUuid"];
            project_id: components["schemas"]["NullableUuid"];
            data: components["schemas"]["NullableJsonObject"];
        };
    };
    responses: {
        /**
         * @description An error. Zou's error bodies vary: `{error: true, message, data?}` from its handlers,
         *     `{message}` from the CRUD integrity checks, `{msg}` from flask-jwt-extended (401 missing or
         *     revoked token, 422 malformed token), `{login: false, ...}` from the login route
         *     (`zou/app/__init__.py register_error_handlers`).
         */
        Error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
    };
    parameters: {
        ProjectId: components["schemas"]["Uuid"];
        PersonId: components["schemas"]["Uuid"];
        AssetTypeId: components["schemas"]["Uuid"];
        EntityTypeId: components["schemas"]["Uuid"];
        AssetId: components["schemas"]["Uuid"];
        EpisodeId: components["schemas"]["Uuid"];
        SequenceId: components["schemas"]["Uuid"];
        ShotId: components["schemas"]["Uuid"];
        EditId: components["schemas"]["Uuid"];
        ConceptId: components["schemas"]["Uuid"];
        EntityId: components["schemas"]["Uuid"];
        TaskId: components["schemas"]["Uuid"];
        TaskTypeId: components["schemas"]["Uuid"];
        TaskStatusId: components["schemas"]["Uuid"];
        CommentId: components["schemas"]["Uuid"];
        PreviewFileId: components["schemas"]["Uuid"];
        /**
         * @description Ids as a JSON list (`["a","b"]`): rows with any of them. Keep the request line under 4,094
         *     bytes, gunicorn's default limit (about 60 ids).
         */
        IdListQuery: string;
        ProjectIdQuery: components["schemas"]["Uuid"];
        /** @description An episode id (`all` disables the filter where Kitsu uses it). */
        EpisodeIdQuery: string;
        /** @description Exact project name. */
        NameFilter: string;
        /** @description `true` (lowercase) to delete for real and cascade; anything else is false. */
        Force: boolean;
        /** @description 1-based page; absent or < 1 returns every row as a bare array. */
        Page: number;
        /** @description Rows per page (default `NB_RECORDS_PER_PAGE`, 100). */
        Limit: number;
        /** @description `true` adds the many-to-many id lists (`assignees`, `departments`...). */
        Relations: boolean;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getApiInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API name and the Zou version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiInfo"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Logged in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    refreshToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new access token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefreshTokenResponse"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    getAuthenticatedUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current user and the organisation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthenticatedResponse"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Logged out. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogoutResponse"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    listOpenProjects: {
        parameters: {
            query?: {
                /** @description Exact project name. */
                name?: components["parameters"]["NameFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Open projects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectWithSettings"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    listAllProjects: {
        parameters: {
            query?: {
                /** @description Exact project name. */
                name?: components["parameters"]["NameFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Projects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    createProject: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectCreate"];
            };
        };
        responses: {
            /** @description The created project, with its relations. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectWithRelations"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    getProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDetail"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    updateProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectUpdate"];
            };
        };
        responses: {
            /** @description The updated project. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    deleteProject: {
        parameters: {
            query?: {
                /** @description `true` (lowercase) to delete for real and cascade; anything else is false. */
                force?: components["parameters"]["Force"];
            };
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            default: components["responses"]["Error"];
        };
    };
    listProjectTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Team members. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMember"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    addProjectTeamMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectTeamMemberAdd"];
            };
        };
        responses: {
            /** @description The project, without relations. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    removeProjectTeamMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
                person_id: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            default: components["responses"]["Error"];
        };
    };
    listProjectTaskTypes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Task types. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskType"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    listProjectAssetTypes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Asset types, without their task types. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssetType"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    listProjectTaskStatuses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Task statuses. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskStatus"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    addProjectTaskStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectTaskStatusAdd"];
            };
        };
        responses: {
            /** @description The project, without relations. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    addProjectTaskType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectTaskTypeAdd"];
            };
        };
        responses: {
            /** @description The project, without relations. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    addProjectAssetType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectAssetTypeAdd"];
            };
        };
        responses: {
            /** @description The project, without relations. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    listProjectStatuses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Project statuses. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectStatus"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    listProjectMetadataDescriptors: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Metadata descriptors. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetadataDescriptor"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    createProjectMetadataDescriptor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MetadataDescriptorCreate"];
            };
        };
        responses: {
            /** @description The descriptor. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetadataDescriptor"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    listAssetTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Asset types, with their task types. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssetType"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    getAssetType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                asset_type_id: components["parameters"]["AssetTypeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The asset type, with its task types. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssetType"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    createEntityType: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntityTypeCreate"];
            };
        };
        responses: {
            /** @description The created entity type. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityType"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    updateEntityType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entity_type_id: components["parameters"]["EntityTypeId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntityTypeUpdate"];
            };
        };
        responses: {
            /** @description The updated entity type, with its task types. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityType"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    deleteEntityType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entity_type_id: components["parameters"]["EntityTypeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            default: components["responses"]["Error"];
        };
    };
    listProjectAssets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Assets; the asset type is `entity_type_id`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Asset"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    listAssetsWithTasks: {
        parameters: {
            query?: {
                project_id?: components["parameters"]["ProjectIdQuery"];
                /** @description An episode id, `main` (assets without episode) or `all`. */
                episode_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Assets with tasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssetWithTasks"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    getAsset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                asset_id: components["parameters"]["AssetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The asset. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FullAsset"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    deleteAsset: {
        parameters: {
            query?: {
                /** @description `true` (lowercase) to delete for real and cascade; anything else is false. */
                force?: components["parameters"]["Force"];
            };
            header?: never;
            path: {
                asset_id: components["parameters"]["AssetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Canceled or deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            default: components["responses"]["Error"];
        };
    };
    createAsset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
                asset_type_id: components["parameters"]["AssetTypeId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewAsset"];
            };
        };
        responses: {
            /** @description The created asset. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Asset"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    listProjectEpisodes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Episodes, ordered by name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Episode"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    createEpisode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewEpisode"];
            };
        };
        responses: {
            /** @description The created episode. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Episode"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    listEpisodesWithTasks: {
        parameters: {
            query?: {
                project_id?: components["parameters"]["ProjectIdQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Episodes with tasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityWithTasks"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    getEpisode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                episode_id: components["parameters"]["EpisodeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The episode. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FullEpisode"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    deleteEpisode: {
        parameters: {
            query?: {
                /** @description `true` (lowercase) to delete for real and cascade; anything else is false. */
                force?: components["parameters"]["Force"];
            };
            header?: never;
            path: {
                episode_id: components["parameters"]["EpisodeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            default: components["responses"]["Error"];
        };
    };
    listProjectSequences: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sequences, ordered by name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Sequence"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    createSequence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewSequence"];
            };
        };
        responses: {
            /** @description The created sequence. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Sequence"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    listSequencesWithTasks: {
        parameters: {
            query?: {
                project_id?: components["parameters"]["ProjectIdQuery"];
                /** @description An episode id (`all` disables the filter where Kitsu uses it). */
                episode_id?: components["parameters"]["EpisodeIdQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sequences with tasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityWithTasks"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    getSequence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sequence_id: components["parameters"]["SequenceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sequence. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FullSequence"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    deleteSequence: {
        parameters: {
            query?: {
                /** @description `true` (lowercase) to delete for real and cascade; anything else is false. */
                force?: components["parameters"]["Force"];
            };
            header?: never;
            path: {
                sequence_id: components["parameters"]["SequenceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            default: components["responses"]["Error"];
        };
    };
    importShotsCsv: {
        parameters: {
            query?: {
                /** @description Update shots that exist instead of skipping them. */
                update?: boolean;
            };
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description The shots created or updated. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Entity"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    listProjectShots: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Shots, ordered by name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Shot"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    createShot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewShot"];
            };
        };
        responses: {
            /** @description The created shot. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Shot"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    listShotsWithTasks: {
        parameters: {
            query?: {
                project_id?: components["parameters"]["ProjectIdQuery"];
                /** @description An episode id (`all` disables the filter where Kitsu uses it). */
                episode_id?: components["parameters"]["EpisodeIdQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Shots with tasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShotWithTasks"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    getShot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                shot_id: components["parameters"]["ShotId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The shot. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FullShot"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    deleteShot: {
        parameters: {
            query?: {
                /** @description `true` (lowercase) to delete for real and cascade; anything else is false. */
                force?: components["parameters"]["Force"];
            };
            header?: never;
            path: {
                shot_id: components["parameters"]["ShotId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Canceled or deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            default: components["responses"]["Error"];
        };
    };
    listProjectEdits: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Edits, ordered by name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Edit"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    createEdit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewEdit"];
            };
        };
        responses: {
            /** @description The created edit. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Edit"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    listEditsWithTasks: {
        parameters: {
            query?: {
                project_id?: components["parameters"]["ProjectIdQuery"];
                /** @description An episode id, `main` (edits without episode) or `all`. */
                episode_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Edits with tasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditWithTasks"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    getEdit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                edit_id: components["parameters"]["EditId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The edit. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditWithTasks"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    deleteEdit: {
        parameters: {
            query?: {
                /** @description `true` (lowercase) to delete for real and cascade; anything else is false. */
                force?: components["parameters"]["Force"];
            };
            header?: never;
            path: {
                edit_id: components["parameters"]["EditId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Canceled or deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            default: components["responses"]["Error"];
        };
    };
    listProjectConcepts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Concepts, ordered by name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Concept"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    createConcept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewConcept"];
            };
        };
        responses: {
            /** @description The created (or existing) concept. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Concept"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    getConcept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                concept_id: components["parameters"]["ConceptId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The concept. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FullConcept"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    deleteConcept: {
        parameters: {
            query?: {
                /** @description `true` (lowercase) to delete for real and cascade; anything else is false. */
                force?: components["parameters"]["Force"];
            };
            header?: never;
            path: {
                concept_id: components["parameters"]["ConceptId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Canceled or deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            default: components["responses"]["Error"];
        };
    };
    listEntities: {
        parameters: {
            query?: {
                /**
                 * @description Ids as a JSON list (`["a","b"]`): rows with any of them. Keep the request line under 4,094
                 *     bytes, gunicorn's default limit (about 60 ids).
                 */
                id?: components["parameters"]["IdListQuery"];
                project_id?: components["parameters"]["ProjectIdQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entities. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Entity"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    getEntity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entity, with its links. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityWithRelations"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    updateEntity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntityUpdate"];
            };
        };
        responses: {
            /** @description The updated entity, with its links. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityWithRelations"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    deleteEntity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            default: components["responses"]["Error"];
        };
    };
    listProjectTasks: {
        parameters: {
            query?: {
                /** @description 1-based page; absent or < 1 returns every row as a bare array. */
                page?: components["parameters"]["Page"];
                task_type_id?: components["schemas"]["Uuid"];
                /** @description An episode id (`all` disables the filter where Kitsu uses it). */
                episode_id?: components["parameters"]["EpisodeIdQuery"];
            };
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tasks, or a page of tasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskWithAssignees"][] | components["schemas"]["TaskWithAssigneesPage"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    listTasks: {
        parameters: {
            query?: {
                /**
                 * @description Ids as a JSON list (`["a","b"]`): rows with any of them. Keep the request line under 4,094
                 *     bytes, gunicorn's default limit (about 60 ids).
                 */
                id?: components["parameters"]["IdListQuery"];
                project_id?: components["parameters"]["ProjectIdQuery"];
                entity_id?: components["schemas"]["Uuid"];
                task_type_id?: components["schemas"]["Uuid"];
                task_status_id?: components["schemas"]["Uuid"];
                /** @description A person id; keeps the tasks assigned to that person. */
                assignees?: components["schemas"]["Uuid"];
                /** @description An episode id (`all` disables the filter where Kitsu uses it). */
                episode_id?: components["parameters"]["EpisodeIdQuery"];
                /** @description `true` adds the many-to-many id lists (`assignees`, `departments`...). */
                relations?: components["parameters"]["Relations"];
                /** @description 1-based page; absent or < 1 returns every row as a bare array. */
                page?: components["parameters"]["Page"];
                /** @description Rows per page (default `NB_RECORDS_PER_PAGE`, 100). */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tasks, or a page of tasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"][] | components["schemas"]["TaskPage"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    createTask: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskCreate"];
            };
        };
        responses: {
            /** @description The created task, with `assignees`. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskWithAssignees"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    getTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task, with `assignees`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskWithAssignees"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    updateTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskUpdate"];
            };
        };
        responses: {
            /** @description The updated task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    deleteTask: {
        parameters: {
            query?: {
                /** @description `true` (lowercase) to delete for real and cascade; anything else is false. */
                force?: components["parameters"]["Force"];
            };
            header?: never;
            path: {
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            default: components["responses"]["Error"];
        };
    };
    getTaskFull: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task and its related objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskWithRelations"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    createShotTasks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
                task_type_id: components["parameters"]["TaskTypeId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EntityIdList"];
            };
        };
        responses: {
            /** @description The created tasks. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedTask"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    createAssetTasks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
                task_type_id: components["parameters"]["TaskTypeId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EntityIdList"];
            };
        };
        responses: {
            /** @description The created tasks. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedTask"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    listTaskTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Task types. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskType"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    createTaskType: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskTypeCreate"];
            };
        };
        responses: {
            /** @description The created task type. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskType"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    getTaskType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_type_id: components["parameters"]["TaskTypeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskType"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    updateTaskType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_type_id: components["parameters"]["TaskTypeId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskTypeUpdate"];
            };
        };
        responses: {
            /** @description The updated task type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskType"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    deleteTaskType: {
        parameters: {
            query?: {
                /** @description `true` (lowercase) to delete for real and cascade; anything else is false. */
                force?: components["parameters"]["Force"];
            };
            header?: never;
            path: {
                task_type_id: components["parameters"]["TaskTypeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            default: components["responses"]["Error"];
        };
    };
    listTaskStatuses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Task statuses. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskStatus"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    createTaskStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskStatusCreate"];
            };
        };
        responses: {
            /** @description The created task status. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskStatus"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    getTaskStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_status_id: components["parameters"]["TaskStatusId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskStatus"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    updateTaskStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_status_id: components["parameters"]["TaskStatusId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskStatusUpdate"];
            };
        };
        responses: {
            /** @description The updated task status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskStatus"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    deleteTaskStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_status_id: components["parameters"]["TaskStatusId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            default: components["responses"]["Error"];
        };
    };
    commentTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentCreate"];
                "multipart/form-data": components["schemas"]["CommentCreateForm"];
            };
        };
        responses: {
            /** @description The comment, with the full task status and author. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedComment"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    listTaskComments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Comments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskComment"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    addCommentPreview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: components["parameters"]["TaskId"];
                comment_id: components["parameters"]["CommentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentPreviewCreate"];
            };
        };
        responses: {
            /** @description The new preview file record. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreviewFile"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    deleteCommentPreview: {
        parameters: {
            query?: {
                /** @description `true` (lowercase) to delete for real and cascade; anything else is false. */
                force?: components["parameters"]["Force"];
            };
            header?: never;
            path: {
                task_id: components["parameters"]["TaskId"];
                comment_id: components["parameters"]["CommentId"];
                preview_file_id: components["parameters"]["PreviewFileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            default: components["responses"]["Error"];
        };
    };
    uploadPreviewFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                preview_file_id: components["parameters"]["PreviewFileId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description The preview file record with its file. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreviewFile"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    getPreviewFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                preview_file_id: components["parameters"]["PreviewFileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preview file record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreviewFile"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    assignTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignPerson"];
            };
        };
        responses: {
            /** @description The task, with `assignees`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskWithAssignees"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    assignTasksToPerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                person_id: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignTasks"];
            };
        };
        responses: {
            /** @description The tasks that were assigned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskWithAssignees"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    clearTaskAssignations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClearAssignation"];
            };
        };
        responses: {
            /** @description The ids of the tasks that were unassigned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Uuid"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    listPersons: {
        parameters: {
            query?: {
                email?: string;
                desktop_login?: string;
                is_bot?: boolean;
                active?: boolean;
                /** @description `true` adds the many-to-many id lists (`assignees`, `departments`...). */
                relations?: components["parameters"]["Relations"];
                /** @description 1-based page; absent or < 1 returns every row as a bare array. */
                page?: components["parameters"]["Page"];
                /** @description Rows per page (default `NB_RECORDS_PER_PAGE`, 100). */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Persons, or a page of persons. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"][] | components["schemas"]["PersonPage"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    createPerson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonCreate"];
            };
        };
        responses: {
            /** @description The created person. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonWithToken"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    getPerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                person_id: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The person, with departments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonWithDepartments"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    updatePerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                person_id: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonUpdate"];
            };
        };
        responses: {
            /** @description The updated person. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonWithToken"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    deletePerson: {
        parameters: {
            query?: {
                /** @description `true` (lowercase) to delete for real and cascade; anything else is false. */
                force?: components["parameters"]["Force"];
            };
            header?: never;
            path: {
                person_id: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            default: components["responses"]["Error"];
        };
    };
    listLastEvents: {
        parameters: {
            query?: {
                /** @description `YYYY-MM-DDTHH:MM:SS` or `YYYY-MM-DD`, naive UTC; strict `>`. */
                after?: string;
                /** @description `YYYY-MM-DDTHH:MM:SS` or `YYYY-MM-DD`, naive UTC; strict `<`. */
                before?: string;
                /** @description Return events older than this one. */
                cursor_event_id?: components["schemas"]["Uuid"];
                /** @description Default 100, capped at 1000. */
                limit?: number;
                project_id?: components["parameters"]["ProjectIdQuery"];
                /** @description Exact event name, e.g. `task:status-changed`. */
                name?: string;
                /** @description Only `true` (lowercase) enables it. */
                only_files?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Events, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiEvent"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    listEventNames: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sorted event names. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                };
            };
            default: components["responses"]["Error"];
        };
    };
}
