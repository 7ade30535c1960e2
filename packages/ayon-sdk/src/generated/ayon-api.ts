/**
 * Generated from ayon-openapi-1.16.8.subset.json and ayon-graphql.schema.json by packages/ayon-sdk/scripts/generate-types.ts (OpenAPI paths and schemas).
 * Do not edit by hand: regenerate with `npm run generate -w packages/ayon-sdk`.
 */

export interface paths {
    "/api/addons/{addon_name}/{addon_version}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Addon Studio Settings */
        get: operations["get_addon_studio_settings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/anatomy/presets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Anatomy Presets */
        get: operations["get_anatomy_presets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/anatomy/presets/{preset_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Anatomy Preset */
        get: operations["get_anatomy_preset"];
        /** Update Anatomy Preset */
        put: operations["update_anatomy_preset"];
        post?: never;
        /** Delete Anatomy Preset */
        delete: operations["delete_anatomy_preset"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attributes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Attribute List */
        get: operations["get_attribute_list"];
        /** Set Attribute List */
        put: operations["set_attribute_list"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Login */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Logout */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enroll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enroll */
        post: operations["enroll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Post Event */
        post: operations["post_event"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{event_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Event */
        get: operations["get_event"];
        put?: never;
        post?: never;
        /** Delete Event */
        delete: operations["delete_event"];
        options?: never;
        head?: never;
        /** Update Existing Event */
        patch: operations["update_existing_event"];
        trace?: never;
    };
    "/api/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Site Info */
        get: operations["get_site_info"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Projects */
        get: operations["list_projects"];
        put?: never;
        /** Deploy Project */
        post: operations["deploy_project"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{project_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Project */
        get: operations["get_project"];
        /** Create Project */
        put: operations["create_project"];
        post?: never;
        /** Delete Project */
        delete: operations["delete_project"];
        options?: never;
        head?: never;
        /** Update Project */
        patch: operations["update_project"];
        trace?: never;
    };
    "/api/projects/{project_name}/activities/{activity_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete Project Activity */
        delete: operations["delete_project_activity"];
        options?: never;
        head?: never;
        /** Patch Project Activity */
        patch: operations["patch_project_activity"];
        trace?: never;
    };
    "/api/projects/{project_name}/anatomy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Project Anatomy */
        get: operations["get_project_anatomy"];
        put?: never;
        /** Set Project Anatomy */
        post: operations["set_project_anatomy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{project_name}/folders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Folder List */
        get: operations["get_folder_list"];
        put?: never;
        /** Create Folder */
        post: operations["create_folder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{project_name}/folders/{folder_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Folder */
        get: operations["get_folder"];
        put?: never;
        post?: never;
        /** Delete Folder */
        delete: operations["delete_folder"];
        options?: never;
        head?: never;
        /** Update Folder */
        patch: operations["update_folder"];
        trace?: never;
    };
    "/api/projects/{project_name}/hierarchy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Folder Hierarchy */
        get: operations["get_folder_hierarchy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{project_name}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create Entity Link */
        post: operations["create_entity_link"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{project_name}/links/{link_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete Entity Link */
        delete: operations["delete_entity_link"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{project_name}/operations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Operations */
        post: operations["operations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{project_name}/operations/background": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Background Operations */
        post: operations["background_operations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{project_name}/operations/background/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Background Operations Status */
        get: operations["get_background_operations_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{project_name}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create Task */
        post: operations["create_task"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{project_name}/tasks/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Task */
        get: operations["get_task"];
        put?: never;
        post?: never;
        /** Delete Task */
        delete: operations["delete_task"];
        options?: never;
        head?: never;
        /** Update Task */
        patch: operations["update_task"];
        trace?: never;
    };
    "/api/projects/{project_name}/tasks/{task_id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign Users To Task */
        post: operations["assign_users_to_task"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{project_name}/{entity_type}/{entity_id}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Post Project Activity */
        post: operations["post_project_activity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Query */
        post: operations["query"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/secrets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get List Of Secrets */
        get: operations["get_list_of_secrets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/secrets/{secret_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Secret */
        get: operations["get_secret"];
        /** Save Secret */
        put: operations["save_secret"];
        post?: never;
        /** Delete Secret */
        delete: operations["delete_secret"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Current User
         * @deprecated
         */
        get: operations["get_current_user"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{user_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get User */
        get: operations["get_user"];
        /** Create User */
        put: operations["create_user"];
        post?: never;
        /** Delete User */
        delete: operations["delete_user"];
        options?: never;
        head?: never;
        /** Patch User */
        patch: operations["patch_user"];
        trace?: never;
    };
    "/api/users/{user_name}/accessGroups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Assign Access Groups */
        patch: operations["assign_access_groups"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** AccessGroupsOnProject */
        AccessGroupsOnProject: {
            /** Accessgroups */
            accessGroups: string[];
            /** Project */
            project: string;
        };
        /** ActivityPatchModel */
        ActivityPatchModel: {
            /**
             * Append files
             * @default false
             */
            appendFiles?: boolean;
            /** Body */
            body?: string;
            /** Additional data */
            data?: Record<string, unknown>;
            /** Files */
            files?: string[];
            /** Tags */
            tags?: string[];
        };
        /** Anatomy */
        Anatomy: {
            /** Attributes */
            attributes?: components["schemas"]["ayon_server__settings__anatomy__ProjectAttribModel"];
            /** Entity Naming */
            entity_naming?: components["schemas"]["EntityNaming"];
            /** Folder types */
            folder_types?: components["schemas"]["FolderType"][];
            /** Link types */
            link_types?: components["schemas"]["LinkType"][];
            /** Product Types */
            product_base_types?: components["schemas"]["ProductBaseTypes"];
            /**
             * Roots
             * @default [
             *       {
             *         "darwin": "/Volumes/projects",
             *         "linux": "/mnt/share/projects",
             *         "name": "work",
             *         "windows": "C:/projects"
             *       }
             *     ]
             */
            roots?: components["schemas"]["Root"][];
            /** Statuses */
            statuses?: components["schemas"]["Status"][];
            /** Tags */
            tags?: components["schemas"]["Tag"][];
            /** Task types */
            task_types?: components["schemas"]["TaskType"][];
            /** Templates */
            templates?: components["schemas"]["Templates"];
        };
        /** AnatomyPresetListItem */
        AnatomyPresetListItem: {
            /** Name of the preset */
            name: string;
            /** Is this preset primary */
            primary: boolean;
            /** Version of the anatomy model */
            version: string;
        };
        /** AnatomyPresetListModel */
        AnatomyPresetListModel: {
            /** List of anatomy presets */
            presets?: components["schemas"]["AnatomyPresetListItem"][];
            /** Model version */
            version: string;
        };
        /** AssignAccessGroupsRequestModel */
        AssignAccessGroupsRequestModel: {
            /** Accessgroups */
            accessGroups?: components["schemas"]["AccessGroupsOnProject"][];
        };
        /** AssignUsersRequestModel */
        AssignUsersRequestModel: {
            /**
             * Mode
             * @enum {string}
             */
            mode: "add" | "remove" | "set";
            /** Users */
            users: string[];
        };
        /** AttributeData */
        AttributeData: {
            /** Field default value */
            default?: unknown;
            /** Field description */
            description?: string;
            /** Field enum */
            enum?: components["schemas"]["EnumItem"][];
            /** Enum resolver */
            enumResolver?: string;
            /** Enum resolver settings */
            enumResolverSettings?: Record<string, unknown>;
            /** Field example */
            example?: unknown;
            /** Greater or equal */
            ge?: number;
            /** Greater than */
            gt?: number;
            /**
             * Inherit
             * @default true
             */
            inherit?: boolean;
            /** Less or equal */
            le?: number;
            /** Less */
            lt?: number;
            /** Maximum items */
            maxItems?: number;
            /** Maximum length */
            maxLength?: number;
            /** Minimum items */
            minItems?: number;
            /** Minimum length */
            minLength?: number;
            /** Field regex */
            regex?: string;
            /** Title */
            title?: string;
            /**
             * Type
             * @default string
             * @enum {string}
             */
            type?: "string" | "integer" | "float" | "boolean" | "datetime" | "list_of_strings" | "list_of_integers" | "list_of_any" | "list_of_submodels" | "dict";
            /** Widget */
            widget?: string;
            /** Widget Settings */
            widgetSettings?: Record<string, unknown>;
        };
        /** AttributeModel */
        AttributeModel: {
            /**
             * Builtin
             * @default false
             */
            builtin?: boolean;
            data: components["schemas"]["AttributeData"];
            /** Attribute name */
            name: string;
            /** Positon */
            position: number;
            /** Scope */
            scope?: (("folder" | "product" | "version" | "representation" | "task" | "workfile") | ("project" | "user") | "list")[];
        };
        /** BackgroundOperationsResponseModel */
        BackgroundOperationsResponseModel: {
            /** Id */
            id: string;
            /** Progress */
            progress?: number;
            result?: components["schemas"]["OperationsResponseModel"];
            /**
             * Status
             * @default pending
             * @enum {string}
             */
            status?: "pending" | "in_progress" | "completed";
        };
        /** CreateActivityResponseModel */
        CreateActivityResponseModel: {
            /** Activity ID */
            id: string;
        };
        /** CreateLinkRequestModel */
        CreateLinkRequestModel: {
            /** Link Data */
            data?: Record<string, unknown>;
            /** Link ID */
            id?: string;
            /** Input ID */
            input: string;
            /** Link */
            link?: string;
            /** Link Type */
            linkType?: string;
            /** Link Name */
            name?: string;
            /** Output ID */
            output: string;
        };
        /** CustomTemplate */
        CustomTemplate: {
            /** Name */
            name: string;
            /**
             * Template value
             * @default
             */
            value?: string;
        };
        /** DefaultProductBaseType */
        DefaultProductBaseType: {
            /**
             * Default color
             * @default #cccccc
             */
            color?: string;
            /**
             * Default icon
             * @default deployed_code
             */
            icon?: string;
        };
        /** DeliveryTemplate */
        DeliveryTemplate: {
            /** Directory template */
            directory: string;
            /** File name template */
            file: string;
            /** Name */
            name: string;
        };
        /** DeployProjectRequestModel */
        DeployProjectRequestModel: {
            /** Project anatomy */
            anatomy?: components["schemas"]["Anatomy"];
            /** Anatomy preset name */
            anatomyPreset?: string;
            /**
             * Assign users
             * @default true
             */
            assignUsers?: boolean;
            /** Project code */
            code: string;
            /** Project color */
            color?: string;
            /** Project label */
            label?: string;
            /**
             * Library project
             * @default false
             */
            library?: boolean;
            /** Project name */
            name: string;
            /**
             * Create skeleton
             * @default false
             */
            skeleton?: boolean;
        };
        /** DispatchEventRequestModel */
        DispatchEventRequestModel: {
            /** Depends on */
            dependsOn?: string;
            /** Description */
            description?: string;
            /**
             * Finished
             * @default true
             */
            finished?: boolean;
            /** Hash */
            hash?: string;
            /** Payload */
            payload?: Record<string, unknown>;
            /** Project name */
            project?: string;
            /**
             * Reuse
             * @default false
             */
            reuse?: boolean;
            /** Sender */
            sender?: string;
            /**
             * Store
             * @default true
             */
            store?: boolean;
            /** Summary */
            summary?: Record<string, unknown>;
            /** Topic */
            topic: string;
        };
        /** DispatchEventResponseModel */
        DispatchEventResponseModel: {
            /** Event ID */
            id: string;
        };
        /** EnrollRequestModel */
        EnrollRequestModel: {
            /** Description */
            description?: string;
            /** Filter */
            filter?: components["schemas"]["QueryFilter"];
            /**
             * Ignore older than
             * @default 3
             */
            ignoreOlderThan?: number;
            /** Ignore sender types */
            ignoreSenderTypes?: string[];
            /**
             * Max retries
             * @default 3
             */
            maxRetries?: number;
            /** Sender */
            sender?: string;
            /** Sender type */
            senderType?: string;
            /**
             * Sequential
             * @default false
             */
            sequential?: boolean;
            /**
             * Sloth mode
             * @default false
             */
            slothMode?: boolean;
            /** Source topic(s) */
            sourceTopic: string | string[];
            /** Target topic */
            targetTopic: string;
        };
        /** EnrollResponseModel */
        EnrollResponseModel: {
            /** Dependson */
            dependsOn: string;
            /** Hash */
            hash: string;
            /** Id */
            id: string;
            /**
             * Status
             * @default pending
             */
            status?: string;
        };
        /** EntityIdResponse */
        EntityIdResponse: {
            /** Entity ID */
            id: string;
        };
        /** EntityNaming */
        EntityNaming: {
            /**
             * Capitalization
             * @default lower
             * @enum {string}
             */
            capitalization?: "lower" | "upper" | "keep" | "pascal" | "camel";
            /**
             * Separator
             * @default _
             * @enum {string}
             */
            separator?: "" | "_" | "-" | ".";
        };
        /** EnumItem */
        EnumItem: {
            /** Badges */
            badges?: string[];
            /** Color in RGB hex format */
            color?: string;
            /** Enum item description */
            description?: string;
            /**
             * Is disabled
             * @default false
             */
            disabled?: boolean;
            /** Disabled message */
            disabledMessage?: string;
            /** Fulltext search terms */
            fulltext?: string[];
            /** Enum group */
            group?: string;
            /**
             * Is hidden
             * @default false
             */
            hidden?: boolean;
            /** Icon */
            icon?: string | components["schemas"]["IconModel"];
            /** Enum label */
            label: string;
            /** Short name for particular enums */
            shortName?: string;
            /** Enum value */
            value: string | number | boolean;
        };
        /** EventModel */
        EventModel: {
            /**
             * Createdat
             * Format: date-time
             */
            createdAt?: string;
            /** Depends on */
            dependsOn?: string;
            /** Description */
            description?: string;
            /** Hash */
            hash: string;
            /** Id */
            id?: string;
            /** Payload */
            payload?: Record<string, unknown>;
            /** Project name */
            project?: string;
            /**
             * Retries
             * @default 0
             */
            retries?: number;
            /** Sender */
            sender?: string;
            /** Sendertype */
            senderType?: string;
            /**
             * Status
             * @default pending
             * @enum {string}
             */
            status?: "pending" | "in_progress" | "finished" | "failed" | "aborted" | "restarted";
            /** Summary */
            summary?: Record<string, unknown>;
            /** Topic */
            topic: string;
            /**
             * Updatedat
             * Format: date-time
             */
            updatedAt?: string;
            /** User name */
            user?: string;
        };
        /** FolderAttribModel */
        FolderAttribModel: {
            /** Clip In */
            clipIn?: number;
            /** Clip Out */
            clipOut?: number;
            /** Description */
            description?: string;
            /**
             * End date
             * Format: date-time
             */
            endDate?: string;
            /** FPS */
            fps?: number;
            /** End frame */
            frameEnd?: number;
            /** Start frame */
            frameStart?: number;
            /** Handle end */
            handleEnd?: number;
            /** Handle start */
            handleStart?: number;
            /** Pixel aspect */
            pixelAspect?: number;
            /**
             * Priority
             * @enum {string}
             */
            priority?: "urgent" | "high" | "normal" | "low";
            /** Height */
            resolutionHeight?: number;
            /** Width */
            resolutionWidth?: number;
            /**
             * Start date
             * Format: date-time
             */
            startDate?: string;
        };
        /** FolderListItem */
        FolderListItem: {
            /**
             * Active
             * @default true
             */
            active?: boolean;
            /** Attrib */
            attrib?: Record<string, unknown>;
            /**
             * Createdat
             * Format: date-time
             */
            createdAt: string;
            /** Createdby */
            createdBy?: string;
            /** Foldertype */
            folderType: string;
            /**
             * Haschildren
             * @default false
             */
            hasChildren?: boolean;
            /**
             * Hasreviewables
             * @default false
             */
            hasReviewables?: boolean;
            /**
             * Hastasks
             * @default false
             */
            hasTasks?: boolean;
            /** Id */
            id: string;
            /** Label */
            label?: string;
            /** Name */
            name: string;
            /** Ownattrib */
            ownAttrib?: string[];
            /** Parentid */
            parentId?: string;
            /** Parents */
            parents: string[];
            /** Path */
            path: string;
            /** Status */
            status: string;
            /** Tags */
            tags?: string[];
            /** Tasknames */
            taskNames?: string[];
            /** Thumbnailhash */
            thumbnailHash: string;
            /**
             * Updatedat
             * Format: date-time
             */
            updatedAt: string;
            /** Updatedby */
            updatedBy?: string;
            /**
             * Visible
             * @default true
             */
            visible?: boolean;
        };
        /** FolderListModel */
        FolderListModel: {
            /** Detail */
            detail: string;
            /** Folders */
            folders: components["schemas"]["FolderListItem"][];
        };
        /** FolderModel */
        FolderModel: {
            /**
             * Folder active
             * @default true
             */
            active?: boolean;
            /** Folder attributes */
            attrib?: components["schemas"]["FolderAttribModel"];
            /**
             * Created at
             * Format: date-time
             */
            createdAt?: string;
            /** Created by */
            createdBy?: string;
            /** Folder auxiliary data */
            data?: Record<string, unknown>;
            /** Folder type */
            folderType?: string;
            /** Has versions */
            hasVersions?: boolean;
            /** Folder ID */
            id?: string;
            /** Folder label */
            label?: string;
            /** Folder name */
            name: string;
            /** Own attributes */
            ownAttrib?: string[];
            /** Parent ID */
            parentId?: string;
            /** Path */
            path?: string;
            /** Folder status */
            status?: string;
            /** Folder tags */
            tags?: string[];
            /** Thumbnail ID */
            thumbnailId?: string;
            /**
             * Updated at
             * Format: date-time
             */
            updatedAt?: string;
            /** Updated by */
            updatedBy?: string;
        };
        /** FolderPatchModel */
        FolderPatchModel: {
            /**
             * Folder active
             * @default true
             */
            active?: boolean;
            /** Folder attributes */
            attrib?: components["schemas"]["FolderAttribModel"];
            /** Created by */
            createdBy?: string;
            /** Folder auxiliary data */
            data?: Record<string, unknown>;
            /** Folder type */
            folderType?: string;
            /** Folder label */
            label?: string;
            /** Folder name */
            name?: string;
            /** Parent ID */
            parentId?: string;
            /** Folder status */
            status?: string;
            /** Folder tags */
            tags?: string[];
            /** Thumbnail ID */
            thumbnailId?: string;
            /** Updated by */
            updatedBy?: string;
        };
        /** FolderPostModel */
        FolderPostModel: {
            /**
             * Folder active
             * @default true
             */
            active?: boolean;
            /** Folder attributes */
            attrib?: components["schemas"]["FolderAttribModel"];
            /** Created by */
            createdBy?: string;
            /** Folder auxiliary data */
            data?: Record<string, unknown>;
            /** Folder type */
            folderType?: string;
            /** Entity ID */
            id?: string;
            /** Folder label */
            label?: string;
            /** Folder name */
            name: string;
            /** Parent ID */
            parentId?: string;
            /** Folder status */
            status?: string;
            /** Folder tags */
            tags?: string[];
            /** Thumbnail ID */
            thumbnailId?: string;
            /** Updated by */
            updatedBy?: string;
        };
        /** FolderType */
        FolderType: {
            /**
             * Color
             * @default #cccccc
             */
            color?: string;
            /**
             * Icon
             * @default folder
             */
            icon?: string;
            /** Name */
            name: string;
            /** Original name */
            original_name?: string;
            /**
             * Short name
             * @default
             */
            shortName?: string;
        };
        /** GetAttributeListModel */
        GetAttributeListModel: {
            /** Attributes configuration */
            attributes?: components["schemas"]["AttributeModel"][];
        };
        /** HTTPValidationError */
        HTTPValidationError: {
            /** Detail */
            detail?: components["schemas"]["ValidationError"][];
        };
        /** HeroTemplate */
        HeroTemplate: {
            /** Directory template */
            directory: string;
            /** File name template */
            file: string;
            /** Name */
            name: string;
        };
        /** HierarchyFolderModel */
        HierarchyFolderModel: {
            /** List of children */
            children?: components["schemas"]["HierarchyFolderModel"][];
            /** Folder type */
            folderType?: string;
            /** Hastasks */
            hasTasks: boolean;
            /** Folder ID */
            id: string;
            /** Folder label */
            label: string;
            /** Folder name */
            name: string;
            /** Parent folder id */
            parentId?: string;
            /** Parents */
            parents: string[];
            /** Folder status */
            status: string;
            /** Task names */
            taskNames: string[];
        };
        /** HierarchyResponseModel */
        HierarchyResponseModel: {
            /** Detail */
            detail: string;
            /** Hierarchy */
            hierarchy: components["schemas"]["HierarchyFolderModel"][];
            /** Projectname */
            projectName: string;
        };
        /** IconModel */
        IconModel: {
            /** Icon Color */
            color?: string;
            /** Icon Name */
            name?: string;
            /**
             * Icon Type
             * @default url
             * @enum {string}
             */
            type?: "material-symbols" | "url";
            /** Url */
            url?: string;
        };
        /** InfoResponseModel */
        InfoResponseModel: {
            /** List of attributes */
            attributes?: components["schemas"]["AttributeModel"][];
            /** Disable changelog */
            disableChangelog?: boolean;
            /** Disable feedback */
            disableFeedback?: boolean;
            /** Extras */
            extras?: string;
            /** Frontend flags */
            frontendFlags?: string[];
            /** Hide password authentication */
            hidePasswordAuth?: boolean;
            /** Loginpagebackground */
            loginPageBackground?: string;
            /**
             * Brand logo
             * @deprecated
             */
            loginPageBrand?: string;
            /** Login Page Message */
            motd?: string;
            /** No admin user */
            noAdminUser?: boolean;
            /** Offline mode */
            offlineMode?: boolean;
            /** Onboarding */
            onboarding?: boolean;
            /** Password recovery */
            passwordRecoveryAvailable?: boolean;
            /** Release info */
            releaseInfo?: components["schemas"]["ReleaseInfo"];
            /** List of sites */
            sites?: components["schemas"]["SiteInfo"][];
            /** SSO options */
            ssoOptions?: components["schemas"]["SSOOption"][];
            /** Brand logo */
            studioLogo?: string;
            /** Uptime */
            uptime?: number;
            /** User information */
            user?: components["schemas"]["UserModel"];
            /** Ayon version */
            version?: string;
        };
        /** LinkType */
        LinkType: {
            /** Color */
            color?: string;
            /**
             * Input type
             * @enum {string}
             */
            input_type: "folder" | "product" | "version" | "representation" | "task" | "workfile";
            /** Link type */
            link_type: string;
            /**
             * Output type
             * @enum {string}
             */
            output_type: "folder" | "product" | "version" | "representation" | "task" | "workfile";
            /**
             * Style
             * @default solid
             * @enum {string}
             */
            style?: "solid" | "dashed";
        };
        /** LinkTypeModel */
        LinkTypeModel: {
            /** Data */
            data?: Record<string, unknown>;
            /** Inputtype */
            inputType: string;
            /** Linktype */
            linkType: string;
            /** Name */
            name: string;
            /** Outputtype */
            outputType: string;
        };
        /** ListProjectsItemModel */
        ListProjectsItemModel: {
            /**
             * Project is active
             * @default true
             */
            active?: boolean;
            /** Project code */
            code: string;
            /** Project color */
            color?: string;
            /**
             * Creation time
             * Format: date-time
             */
            createdAt: string;
            /** Project label */
            label?: string;
            /**
             * Project is a library project
             * @default false
             */
            library?: boolean;
            /** Project name */
            name: string;
            /**
             * Project is pinned
             * @default false
             */
            pinned?: boolean;
            /** Project folder id */
            projectFolder?: string;
            /**
             * Project is a skeleton project
             * @default false
             */
            skeleton?: boolean;
            /**
             * Last modified time
             * Format: date-time
             */
            updatedAt: string;
        };
        /** ListProjectsResponseModel */
        ListProjectsResponseModel: {
            /**
             * Count
             * @default 0
             */
            count?: number;
            /**
             * Detail
             * @default OK
             */
            detail?: string;
            /** Projects */
            projects?: components["schemas"]["ListProjectsItemModel"][];
        };
        /** LoginRequestModel */
        LoginRequestModel: {
            /** User name */
            name: string;
            /** Password */
            password: string;
        };
        /** LoginResponseModel */
        LoginResponseModel: {
            /** Detail message */
            detail?: string;
            /** Error */
            error?: string;
            /** Redirect URL */
            redirectUrl?: string;
            /** Access token */
            token?: string;
            /** User data */
            user?: components["schemas"]["UserModel"];
        };
        /** LogoutResponseModel */
        LogoutResponseModel: {
            /**
             * Response detail
             * @default Logged out
             */
            detail?: string;
        };
        /** NewUserModel */
        NewUserModel: {
            /**
             * User active
             * @default true
             */
            active?: boolean;
            /** Apikey */
            apiKey?: string;
            /** User attributes */
            attrib?: components["schemas"]["UserAttribModel"];
            /** User auxiliary data */
            data?: Record<string, unknown>;
            /** Password */
            password?: string;
        };
        /** OperationModel */
        OperationModel: {
            /** Asuser */
            asUser?: string;
            /** Data */
            data?: Record<string, unknown>;
            /** Entity ID */
            entityId?: string;
            /**
             * Entity type
             * @enum {string}
             */
            entityType: "folder" | "product" | "version" | "representation" | "task" | "workfile";
            /**
             * Force recursive deletion
             * @default false
             */
            force?: boolean;
            /** Operation ID */
            id?: string;
            /**
             * Operation type
             * @enum {string}
             */
            type: "create" | "update" | "delete";
        };
        /** OperationResponseModel */
        OperationResponseModel: {
            /** Error message */
            detail?: string;
            /** Entity ID */
            entityId?: string;
            /**
             * Entity type
             * @enum {string}
             */
            entityType: "folder" | "product" | "version" | "representation" | "task" | "workfile";
            /** Error code */
            errorCode?: string;
            /** Operation ID */
            id: string;
            /** HTTP-like status code */
            status: number;
            /** Operation success */
            success: boolean;
            /**
             * Operation type
             * @enum {string}
             */
            type: "create" | "update" | "delete";
        };
        /** OperationsRequestModel */
        OperationsRequestModel: {
            /**
             * Canfail
             * @default false
             */
            canFail?: boolean;
            /** Operations */
            operations?: components["schemas"]["OperationModel"][];
            /**
             * Raiseonerror
             * @default false
             */
            raiseOnError?: boolean;
            /**
             * Waitforevents
             * @default false
             */
            waitForEvents?: boolean;
        };
        /** OperationsResponseModel */
        OperationsResponseModel: {
            /** Operations */
            operations?: components["schemas"]["OperationResponseModel"][];
            /**
             * Overall success
             * @default false
             */
            success?: boolean;
        };
        /** ProductBaseType */
        ProductBaseType: {
            /**
             * Color
             * @default #cccccc
             */
            color?: string;
            /**
             * Icon
             * @default deployed_code
             */
            icon?: string;
            /**
             * Name
             * @default
             */
            name?: string;
        };
        /** ProductBaseTypes */
        ProductBaseTypes: {
            /**
             * Default appearance
             * @default {
             *       "color": "#cccccc",
             *       "icon": "deployed_code"
             *     }
             */
            default?: components["schemas"]["DefaultProductBaseType"];
            /** Appearance overrides */
            definitions?: components["schemas"]["ProductBaseType"][];
        };
        /** ProjectActivityPostModel */
        ProjectActivityPostModel: {
            /**
             * Activitytype
             * @enum {string}
             */
            activityType: "comment" | "watch" | "reviewable" | "status.change" | "assignee.add" | "assignee.remove" | "version.publish" | "version.review" | "attrib.change" | "tags.change" | "subtype.change";
            /**
             * Body
             * @default
             */
            body?: string;
            /** Data */
            data?: Record<string, unknown>;
            /** Files */
            files?: string[];
            /** Id */
            id?: string;
            /** Tags */
            tags?: string[];
            /**
             * Timestamp
             * Format: date-time
             */
            timestamp?: string;
        };
        /** ProjectModel */
        ProjectModel: {
            /**
             * Project active
             * @default true
             */
            active?: boolean;
            /** Project attributes */
            attrib?: components["schemas"]["pydantic__main__ProjectAttribModel"];
            /** Project code */
            code: string;
            /**
             * Project config
             * @default {}
             */
            config?: Record<string, unknown>;
            /**
             * Created at
             * Format: date-time
             */
            createdAt?: string;
            /** Project auxiliary data */
            data?: Record<string, unknown>;
            /** Folder types */
            folderTypes?: components["schemas"]["FolderType"][];
            /** Project label */
            label?: string;
            /**
             * Library
             * @default false
             */
            library?: boolean;
            /** Link types */
            linkTypes?: components["schemas"]["LinkTypeModel"][];
            /** Project name */
            name: string;
            /** Own attributes */
            ownAttrib?: string[];
            /** Skeleton project */
            skeleton?: boolean;
            /** Statuses */
            statuses?: components["schemas"]["Status"][];
            /** Tags */
            tags?: components["schemas"]["Tag"][];
            /** Task types */
            taskTypes?: components["schemas"]["TaskType"][];
            /**
             * Updated at
             * Format: date-time
             */
            updatedAt?: string;
        };
        /** ProjectPatchModel */
        ProjectPatchModel: {
            /**
             * Project active
             * @default true
             */
            active?: boolean;
            /** Project attributes */
            attrib?: components["schemas"]["pydantic__main__ProjectAttribModel"];
            /** Project code */
            code?: string;
            /**
             * Project config
             * @default {}
             */
            config?: Record<string, unknown>;
            /** Project auxiliary data */
            data?: Record<string, unknown>;
            /** Folder types */
            folderTypes?: components["schemas"]["FolderType"][];
            /** Project label */
            label?: string;
            /**
             * Library
             * @default false
             */
            library?: boolean;
            /** Link types */
            linkTypes?: components["schemas"]["LinkTypeModel"][];
            /** Statuses */
            statuses?: components["schemas"]["Status"][];
            /** Tags */
            tags?: components["schemas"]["Tag"][];
            /** Task types */
            taskTypes?: components["schemas"]["TaskType"][];
        };
        /** ProjectPostModel */
        ProjectPostModel: {
            /**
             * Project active
             * @default true
             */
            active?: boolean;
            /** Project attributes */
            attrib?: components["schemas"]["pydantic__main__ProjectAttribModel"];
            /** Project code */
            code: string;
            /**
             * Project config
             * @default {}
             */
            config?: Record<string, unknown>;
            /** Project auxiliary data */
            data?: Record<string, unknown>;
            /** Folder types */
            folderTypes?: components["schemas"]["FolderType"][];
            /** Project label */
            label?: string;
            /**
             * Library
             * @default false
             */
            library?: boolean;
            /** Link types */
            linkTypes?: components["schemas"]["LinkTypeModel"][];
            /** Statuses */
            statuses?: components["schemas"]["Status"][];
            /** Tags */
            tags?: components["schemas"]["Tag"][];
            /** Task types */
            taskTypes?: components["schemas"]["TaskType"][];
        };
        /** PublishTemplate */
        PublishTemplate: {
            /** Directory template */
            directory: string;
            /** File name template */
            file: string;
            /** Name */
            name: string;
        };
        /** QueryCondition */
        QueryCondition: {
            /** Key */
            key: string;
            /**
             * Operator
             * @default eq
             * @enum {string}
             */
            operator?: "eq" | "like" | "re" | "lt" | "gt" | "lte" | "gte" | "ne" | "isnull" | "notnull" | "in" | "notin" | "includes" | "excludes" | "includesall" | "excludesall" | "includesany" | "excludesany";
            /** Value */
            value?: string | number | boolean | string[] | number[] | number[];
        };
        /** QueryFilter */
        QueryFilter: {
            /** Conditions */
            conditions?: (components["schemas"]["QueryCondition"] | components["schemas"]["QueryFilter"])[];
            /**
             * Operator
             * @default and
             * @enum {string}
             */
            operator?: "and" | "or";
        };
        /** QueryRequestModel */
        QueryRequestModel: {
            /**
             * Entity
             * @enum {string}
             */
            entity: "event" | "project" | "user" | "folder" | "product" | "task" | "version" | "representation" | "workfile";
            /** Filter */
            filter?: components["schemas"]["QueryFilter"];
            /**
             * Limit
             * @default 100
             */
            limit?: number;
            /**
             * Offset
             * @default 0
             */
            offset?: number;
        };
        /** ReleaseInfo */
        ReleaseInfo: {
            /** Backend branch */
            backendBranch: string;
            /** Backend commit */
            backendCommit: string;
            /** Build date */
            buildDate: string;
            /** Build time */
            buildTime: string;
            /** Frontend branch */
            frontendBranch: string;
            /** Frontend commit */
            frontendCommit: string;
            /** Backend version */
            version: string;
        };
        /** Root */
        Root: {
            /**
             * Darwin
             * @default
             */
            darwin?: string;
            /**
             * Linux
             * @default
             */
            linux?: string;
            /** Root name */
            name: string;
            /**
             * Windows
             * @default
             */
            windows?: string;
        };
        /** SSOOption */
        SSOOption: {
            /** Args */
            args?: {
                [key: string]: string;
            };
            /** Callback */
            callback: string;
            /**
             * Button background color
             * @default #47b7da
             */
            color?: string;
            /**
             * Hidden
             * @default false
             */
            hidden?: boolean;
            /** Icon */
            icon?: string;
            /** Provider name */
            name: string;
            /** Redirectkey */
            redirectKey?: string;
            /**
             * Button text color
             * @default #ffffff
             */
            textColor?: string;
            /** Title */
            title?: string;
            /** Url */
            url: string;
        };
        /** Secret */
        Secret: {
            /** Secret name */
            name?: string;
            /** Secret value */
            value?: string;
        };
        /** SetAttributeListModel */
        SetAttributeListModel: {
            /** Attributes configuration */
            attributes?: components["schemas"]["AttributeModel"][];
            /**
             * Delete missing
             * @default false
             */
            deleteMissing?: boolean;
        };
        /** SiteInfo */
        SiteInfo: {
            /** Machine hostname */
            hostname: string;
            /** Site identifier */
            id: string;
            /**
             * Platform
             * @enum {string}
             */
            platform: "windows" | "linux" | "darwin";
            /** List of users */
            users: string[];
            /** Ayon version */
            version: string;
        };
        /** StagingDirectory */
        StagingDirectory: {
            /**
             * Directory
             * @default
             */
            directory?: string;
            /** Name */
            name: string;
        };
        /** Status */
        Status: {
            /**
             * Color
             * @default #cacaca
             */
            color?: string;
            /**
             * Icon
             * @default
             */
            icon?: string;
            /** Name */
            name: string;
            /** Original Name */
            original_name?: string;
            /** Scope */
            scope?: string[];
            /**
             * Short name
             * @default
             */
            shortName?: string;
            /**
             * State
             * @default not_started
             * @enum {string}
             */
            state?: "not_started" | "in_progress" | "done" | "blocked";
        };
        /** Tag */
        Tag: {
            /**
             * Color
             * @default #cacaca
             */
            color?: string;
            /** Name */
            name: string;
            /** Original name */
            original_name?: string;
        };
        /** TaskAttribModel */
        TaskAttribModel: {
            /** Clip In */
            clipIn?: number;
            /** Clip Out */
            clipOut?: number;
            /** Description */
            description?: string;
            /**
             * End date
             * Format: date-time
             */
            endDate?: string;
            /** FPS */
            fps?: number;
            /** End frame */
            frameEnd?: number;
            /** Start frame */
            frameStart?: number;
            /** Handle end */
            handleEnd?: number;
            /** Handle start */
            handleStart?: number;
            /** Pixel aspect */
            pixelAspect?: number;
            /**
             * Priority
             * @enum {string}
             */
            priority?: "urgent" | "high" | "normal" | "low";
            /** Height */
            resolutionHeight?: number;
            /** Width */
            resolutionWidth?: number;
            /**
             * Start date
             * Format: date-time
             */
            startDate?: string;
        };
        /** TaskModel */
        TaskModel: {
            /**
             * Task active
             * @default true
             */
            active?: boolean;
            /** Assignees */
            assignees?: string[];
            /** Task attributes */
            attrib?: components["schemas"]["TaskAttribModel"];
            /**
             * Created at
             * Format: date-time
             */
            createdAt?: string;
            /** Created by */
            createdBy?: string;
            /** Task auxiliary data */
            data?: Record<string, unknown>;
            /** Folder ID */
            folderId?: string;
            /** Task ID */
            id?: string;
            /** Task label */
            label?: string;
            /** Folder ID */
            name: string;
            /** Own attributes */
            ownAttrib?: string[];
            /** Path */
            path?: string;
            /** Task status */
            status?: string;
            /** Task tags */
            tags?: string[];
            /** Task type */
            taskType: string;
            /** Thumbnail ID */
            thumbnailId?: string;
            /**
             * Updated at
             * Format: date-time
             */
            updatedAt?: string;
            /** Updated by */
            updatedBy?: string;
        };
        /** TaskPatchModel */
        TaskPatchModel: {
            /**
             * Task active
             * @default true
             */
            active?: boolean;
            /** Assignees */
            assignees?: string[];
            /** Task attributes */
            attrib?: components["schemas"]["TaskAttribModel"];
            /** Created by */
            createdBy?: string;
            /** Task auxiliary data */
            data?: Record<string, unknown>;
            /** Folder ID */
            folderId?: string;
            /** Task label */
            label?: string;
            /** Folder ID */
            name?: string;
            /** Task status */
            status?: string;
            /** Task tags */
            tags?: string[];
            /** Task type */
            taskType?: string;
            /** Thumbnail ID */
            thumbnailId?: string;
            /** Updated by */
            updatedBy?: string;
        };
        /** TaskPostModel */
        TaskPostModel: {
            /**
             * Task active
             * @default true
             */
            active?: boolean;
            /** Assignees */
            assignees?: string[];
            /** Task attributes */
            attrib?: components["schemas"]["TaskAttribModel"];
            /** Created by */
            createdBy?: string;
            /** Task auxiliary data */
            data?: Record<string, unknown>;
            /** Folder ID */
            folderId?: string;
            /** Entity ID */
            id?: string;
            /** Task label */
            label?: string;
            /** Folder ID */
            name: string;
            /** Task status */
            status?: string;
            /** Task tags */
            tags?: string[];
            /** Task type */
            taskType: string;
            /** Thumbnail ID */
            thumbnailId?: string;
            /** Updated by */
            updatedBy?: string;
        };
        /** TaskType */
        TaskType: {
            /**
             * Color
             * @default #cccccc
             */
            color?: string;
            /**
             * Icon
             * @default task_alt
             */
            icon?: string;
            /** Name */
            name: string;
            /** Original name */
            original_name?: string;
            /**
             * Short name
             * @default
             */
            shortName?: string;
        };
        /** Templates */
        Templates: {
            /** Delivery */
            delivery?: components["schemas"]["DeliveryTemplate"][];
            /**
             * Frame template
             * @default {frame:0>{@frame_padding}}
             */
            frame?: string;
            /**
             * Frame padding
             * @default 4
             */
            frame_padding?: number;
            /** Hero */
            hero?: components["schemas"]["HeroTemplate"][];
            /** Others */
            others?: components["schemas"]["CustomTemplate"][];
            /** Publish */
            publish?: components["schemas"]["PublishTemplate"][];
            /** Staging directories */
            staging?: components["schemas"]["StagingDirectory"][];
            /**
             * Version template
             * @default v{version:0>{@version_padding}}
             */
            version?: string;
            /**
             * Version padding
             * @default 3
             */
            version_padding?: number;
            /** Work */
            work?: components["schemas"]["WorkTemplate"][];
        };
        /** UpdateEventRequestModel */
        UpdateEventRequestModel: {
            /** Description */
            description?: string;
            /** Payload */
            payload?: Record<string, unknown>;
            /** Progress */
            progress?: number;
            /** Project name */
            project?: string;
            /**
             * Project name
             * @deprecated
             */
            projectName?: string;
            /** Retries */
            retries?: number;
            /** Sender */
            sender?: string;
            /**
             * Status
             * @enum {string}
             */
            status?: "pending" | "in_progress" | "finished" | "failed" | "aborted" | "restarted";
            /** Summary */
            summary?: Record<string, unknown>;
            /** User name */
            user?: string;
        };
        /** UserAttribModel */
        UserAttribModel: {
            /** Avatar URL */
            avatarUrl?: string;
            /** Developer mode */
            developerMode?: boolean;
            /** E-Mail */
            email?: string;
            /** Full name */
            fullName?: string;
        };
        /** UserModel */
        UserModel: {
            /**
             * User active
             * @default true
             */
            active?: boolean;
            /** User attributes */
            attrib?: components["schemas"]["UserAttribModel"];
            /**
             * Created at
             * Format: date-time
             */
            createdAt?: string;
            /** User auxiliary data */
            data?: Record<string, unknown>;
            /** User name */
            name: string;
            /** Own attributes */
            ownAttrib?: string[];
            /** UI Exposure Level */
            uiExposureLevel?: number;
            /**
             * Updated at
             * Format: date-time
             */
            updatedAt?: string;
        };
        /** UserPatchModel */
        UserPatchModel: {
            /**
             * User active
             * @default true
             */
            active?: boolean;
            /** User attributes */
            attrib?: components["schemas"]["UserAttribModel"];
            /** User auxiliary data */
            data?: Record<string, unknown>;
        };
        /** ValidationError */
        ValidationError: {
            /** Location */
            loc: (string | number)[];
            /** Message */
            msg: string;
            /** Error Type */
            type: string;
        };
        /** WorkTemplate */
        WorkTemplate: {
            /** Directory template */
            directory: string;
            /** File name template */
            file: string;
            /** Name */
            name: string;
        };
        /** ProjectAttribModel */
        ayon_server__settings__anatomy__ProjectAttribModel: {
            /**
             * Clip In
             * @default 1
             */
            clipIn?: number;
            /**
             * Clip Out
             * @default 1
             */
            clipOut?: number;
            /** Description */
            description?: string;
            /**
             * End date
             * Format: date-time
             */
            endDate?: string;
            /**
             * FPS
             * @default 25
             */
            fps?: number;
            /**
             * End frame
             * @default 1001
             */
            frameEnd?: number;
            /**
             * Start frame
             * @default 1001
             */
            frameStart?: number;
            /**
             * Handle end
             * @default 0
             */
            handleEnd?: number;
            /**
             * Handle start
             * @default 0
             */
            handleStart?: number;
            /**
             * Pixel aspect
             * @default 1
             */
            pixelAspect?: number;
            /**
             * Priority
             * @default normal
             * @enum {string}
             */
            priority?: "urgent" | "high" | "normal" | "low";
            /**
             * Height
             * @default 1080
             */
            resolutionHeight?: number;
            /**
             * Width
             * @default 1920
             */
            resolutionWidth?: number;
            /**
             * Start date
             * Format: date-time
             */
            startDate?: string;
        };
        /** ProjectAttribModel */
        pydantic__main__ProjectAttribModel: {
            /**
             * Clip In
             * @default 1
             */
            clipIn?: number;
            /**
             * Clip Out
             * @default 1
             */
            clipOut?: number;
            /** Description */
            description?: string;
            /**
             * End date
             * Format: date-time
             */
            endDate?: string;
            /**
             * FPS
             * @default 25
             */
            fps?: number;
            /**
             * End frame
             * @default 1001
             */
            frameEnd?: number;
            /**
             * Start frame
             * @default 1001
             */
            frameStart?: number;
            /**
             * Handle end
             * @default 0
             */
            handleEnd?: number;
            /**
             * Handle start
             * @default 0
             */
            handleStart?: number;
            /**
             * Pixel aspect
             * @default 1
             */
            pixelAspect?: number;
            /**
             * Priority
             * @default normal
             * @enum {string}
             */
            priority?: "urgent" | "high" | "normal" | "low";
            /**
             * Height
             * @default 1080
             */
            resolutionHeight?: number;
            /**
             * Width
             * @default 1920
             */
            resolutionWidth?: number;
            /**
             * Start date
             * Format: date-time
             */
            startDate?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    get_addon_studio_settings: {
        parameters: {
            query?: {
                variant?: string;
                as?: string;
            };
            header?: never;
            path: {
                addon_name: string;
                addon_version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, unknown>;
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    get_anatomy_presets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnatomyPresetListModel"];
                };
            };
        };
    };
    get_anatomy_preset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                preset_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Anatomy"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    update_anatomy_preset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                preset_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Anatomy"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    delete_anatomy_preset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                preset_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    get_attribute_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetAttributeListModel"];
                };
            };
        };
    };
    set_attribute_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetAttributeListModel"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
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
                "application/json": components["schemas"]["LoginRequestModel"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponseModel"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
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
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogoutResponseModel"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    enroll: {
        parameters: {
            query?: never;
            header?: {
                "x-sender"?: string;
                "x-sender-type"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnrollRequestModel"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollResponseModel"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    post_event: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DispatchEventRequestModel"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DispatchEventResponseModel"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    get_event: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventModel"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    delete_event: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    update_existing_event: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEventRequestModel"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    get_site_info: {
        parameters: {
            query?: {
                full?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InfoResponseModel"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_projects: {
        parameters: {
            query?: {
                page?: number;
                length?: number;
                library?: boolean;
                active?: boolean;
                skeleton?: boolean;
                order?: "name" | "createdAt" | "updatedAt";
                desc?: boolean;
                name?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListProjectsResponseModel"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    deploy_project: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeployProjectRequestModel"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    get_project: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectModel"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    create_project: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectPostModel"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    delete_project: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    update_project: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectPatchModel"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    delete_project_activity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_name: string;
                activity_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    patch_project_activity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_name: string;
                activity_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivityPatchModel"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    get_project_anatomy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Anatomy"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    set_project_anatomy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Anatomy"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    get_folder_list: {
        parameters: {
            query?: {
                attrib?: boolean;
            };
            header?: never;
            path: {
                project_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FolderListModel"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    create_folder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FolderPostModel"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityIdResponse"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    get_folder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_name: string;
                folder_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FolderModel"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    delete_folder: {
        parameters: {
            query?: {
                force?: boolean;
            };
            header?: never;
            path: {
                project_name: string;
                folder_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    update_folder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_name: string;
                folder_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FolderPatchModel"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    get_folder_hierarchy: {
        parameters: {
            query?: {
                search?: string;
                types?: string;
            };
            header?: never;
            path: {
                project_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HierarchyResponseModel"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    create_entity_link: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLinkRequestModel"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityIdResponse"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    delete_entity_link: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_name: string;
                link_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    operations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OperationsRequestModel"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperationsResponseModel"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    background_operations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OperationsRequestModel"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackgroundOperationsResponseModel"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    get_background_operations_status: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: string;
                project_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackgroundOperationsResponseModel"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    create_task: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskPostModel"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityIdResponse"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    get_task: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_name: string;
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskModel"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    delete_task: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_name: string;
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    update_task: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_name: string;
                task_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskPatchModel"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    assign_users_to_task: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_name: string;
                task_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignUsersRequestModel"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    post_project_activity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_name: string;
                entity_type: string;
                entity_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectActivityPostModel"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateActivityResponseModel"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    query: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueryRequestModel"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, unknown>[];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    get_list_of_secrets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Secret"][];
                };
            };
        };
    };
    get_secret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                secret_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Secret"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    save_secret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                secret_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Secret"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    delete_secret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                secret_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    get_current_user: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserModel"];
                };
            };
        };
    };
    get_user: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserModel"] | {
                        [key: string]: string;
                    };
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    create_user: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewUserModel"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    delete_user: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    patch_user: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserPatchModel"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    assign_access_groups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignAccessGroupsRequestModel"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
}
