import { type ActivityEntity, loadActivityEntity } from "../activities/activity-entity.js";
import {
  ACTIVITY_PATCH_MODEL,
  ACTIVITY_POST_MODEL,
  HUMAN_ACTIVITY_TYPES,
  REACTION_MODEL,
  WATCHERS_MODEL,
} from "../activities/activity-models.js";
import { createActivity } from "../activities/create-activity.js";
import { deleteActivity } from "../activities/delete-activity.js";
import { deleteUnusedFiles } from "../activities/project-files.js";
import { modifyReaction } from "../activities/reactions.js";
import { ensureWatching, setWatchers } from "../activities/set-watchers.js";
import { updateActivity } from "../activities/update-activity.js";
import { watcherList } from "../activities/watcher-list.js";
import { isAdmin, isManager, isService } from "../http/context.js";
import { validationError } from "../http/errors.js";
import type { HandlerInput, HandlerResult, Router } from "../http/router.js";
import { ensureEntityAccess } from "../model/access.js";
import { originOf } from "../model/event-dispatch.js";
import { badRequestException, forbiddenException } from "../model/failures.js";
import { NAME_PATTERN } from "../model/patterns.js";
import { withProjectLock } from "../model/project-lock.js";
import { ModelValidationError, type PydanticError } from "../model/pydantic.js";
import { ayonRoute, callerOf, parseBody, pathParam, projectOf } from "../model/route-support.js";
import type { JsonObject, ProjectRecord, RequestContext } from "../state/records.js";

// api/activities/activity.py, watchers.py and reactions.py (AYON 1.16).

const PROJECT_LEVEL_TYPES = ["folder", "product", "version", "representation", "task", "workfile"];

export function registerActivityRoutes(router: Router): void {
  const entity = "/api/projects/:projectName/:entityType/:entityId";
  const activity = "/api/projects/:projectName/activities/:activityId";
  router.add("POST", `${entity}/activities`, ayonRoute(postActivity));
  router.add("DELETE", activity, ayonRoute(removeActivity));
  router.add("PATCH", activity, ayonRoute(patchActivity));
  router.add("GET", `${entity}/watchers`, ayonRoute(getWatchers));
  router.add("POST", `${entity}/watchers`, ayonRoute(postWatchers));
  router.add("POST", `${activity}/reactions`, ayonRoute(postReaction));
  router.add("DELETE", `${activity}/reactions/:reaction`, ayonRoute(deleteReaction));
}

/**
 * `PathProjectLevelEntityType`: trailing s's stripped (`tasks`, `task` and `taskss` all work), so
 * the message names what is left ("Invalid entity type: bogu" for `bogus`).
 */
function entityTypeParam(input: HandlerInput): string {
  const type = (input.params.entityType ?? "").replace(/s+$/, "");
  if (!PROJECT_LEVEL_TYPES.includes(type)) throw badRequestException(`Invalid entity type: ${type}`);
  return type;
}

interface EntityRequest {
  context: RequestContext;
  project: ProjectRecord;
  entityType: string;
  entityId: string;
}

function entityRequest(input: HandlerInput): EntityRequest {
  const context = callerOf(input);
  const project = projectOf(input.state, input, context);
  const entityType = entityTypeParam(input);
  const entityId = pathParam(input, "entityId", "entityId");
  return { context, project, entityType, entityId };
}

/** `POST .../{entity_type}/{entity_id}/activities`: 201 `{ id }`. */
async function postActivity(input: HandlerInput): Promise<HandlerResult> {
  const { context, project, entityType, entityId } = entityRequest(input);
  const body = parseBody(ACTIVITY_POST_MODEL, input).values;
  const user = context.user;
  const type = body.activity_type as string;
  if (!isService(user) && !HUMAN_ACTIVITY_TYPES.has(type)) {
    throw badRequestException("Humans can only create comments/guest reviews");
  }
  const data = body.data as JsonObject | null;
  // AYON itself defines no activity categories (its ActivityCategories lists none): only managers
  // may set one.
  if (!isManager(user) && data?.category) throw forbiddenException("You cannot use this activity category");
  return withProjectLock(input.state, project.name, () => {
    const entity = loadActivityEntity(project, entityType, entityId);
    ensureEntityAccess(user, project.name, "read", entityId);
    const id = createActivity(
      input.state,
      entity,
      {
        activityType: type,
        body: body.body as string,
        author: user.name,
        id: body.id as string | null,
        tags: body.tags as string[] | null,
        files: body.files as string[] | null,
        data,
        timestamp: body.timestamp === null ? null : isoTime(body.timestamp as string),
        bumpEntityUpdatedAt: true,
      },
      originOf(context),
    );
    if (!isService(user)) ensureWatching(input.state, entity, user.name, originOf(context));
    checkResponseId(typeof body.id === "string" && body.id ? body.id : id);
    deleteUnusedFiles(project, input.state.now());
    return { status: 201, body: { id } };
  });
}

/**
 * CreateActivityResponseModel echoes the id as sent, so an id with dashes or capitals is stored
 * (normalised) and then fails the answer's own validation: a 500 after the activity was created.
 */
function checkResponseId(id: string): void {
  const pattern = "^[0-9a-f]{{32}}$";
  let error: PydanticError | undefined;
  if (id.length > 32) {
    error = {
      loc: ["id"],
      msg: "ensure this value has at most 32 characters",
      type: "value_error.any_str.max_length",
      ctx: { limit_value: 32 },
    };
  } else if (!/^[0-9a-f]{32}$/.test(id)) {
    error = {
      loc: ["id"],
      msg: `string does not match regex "${pattern}"`,
      type: "value_error.str.regex",
      ctx: { pattern },
    };
  }
  if (error) throw new ModelValidationError("CreateActivityResponseModel", [error]);
}

/** A datetime as pydantic parsed it, as the emulator keeps times (a naive one is taken as UTC). */
const isoTime = (value: string) => new Date(/([+-]\d{2}:\d{2}|Z)$/.test(value) ? value : `${value}Z`).toISOString();

function activityRequest(input: HandlerInput) {
  const context = callerOf(input);
  const project = projectOf(input.state, input, context);
  const activityId = pathParam(input, "activityId", "entityId");
  return { context, project, activityId, editor: { name: context.user.name, isAdmin: isAdmin(context.user) } };
}

/** `PATCH .../activities/{activity_id}`: 204. */
function patchActivity(input: HandlerInput): HandlerResult {
  const { context, project, activityId, editor } = activityRequest(input);
  const body = parseBody(ACTIVITY_PATCH_MODEL, input).values;
  const changes = {
    body: body.body as string | null,
    tags: body.tags as string[] | null,
    files: body.files as string[] | null,
    appendFiles: body.append_files === true,
    data: body.data as JsonObject | null,
  };
  updateActivity(input.state, project, activityId, changes, editor, originOf(context));
  deleteUnusedFiles(project, input.state.now());
  return { status: 204 };
}

/** `DELETE .../activities/{activity_id}`: 204. */
function removeActivity(input: HandlerInput): HandlerResult {
  const { context, project, activityId, editor } = activityRequest(input);
  deleteActivity(input.state, project, activityId, editor, originOf(context));
  deleteUnusedFiles(project, input.state.now());
  return { status: 204 };
}

function watchedEntity(input: HandlerInput, access: "read" | "update"): EntityRequest & { entity: ActivityEntity } {
  const request = entityRequest(input);
  const entity = loadActivityEntity(request.project, request.entityType, request.entityId);
  ensureEntityAccess(request.context.user, request.project.name, access, request.entityId);
  return { ...request, entity };
}

const isGuest = (context: RequestContext) => context.user.data.isGuest === true;

/** `GET .../watchers`: `{ watchers }` (guests see none). */
function getWatchers(input: HandlerInput): HandlerResult {
  if (input.context && isGuest(input.context)) return { status: 200, body: { watchers: [] } };
  const { entity } = watchedEntity(input, "read");
  return { status: 200, body: { watchers: watcherList(entity) } };
}

/**
 * `POST .../watchers` `{ watchers }`: declared 201, but the handler returns an EmptyResponse,
 * whose own 204 wins.
 */
function postWatchers(input: HandlerInput): HandlerResult {
  const body = parseBody(WATCHERS_MODEL, input).values;
  if (input.context && isGuest(input.context)) throw forbiddenException("Guests cannot modify watchers");
  const { context, entity } = watchedEntity(input, "update");
  setWatchers(input.state, entity, body.watchers as string[], context.user.name, originOf(context));
  return { status: 204 };
}

/** `POST .../activities/{activity_id}/reactions` `{ reaction }`: 201 with a `null` body. */
function postReaction(input: HandlerInput): HandlerResult {
  const { context, project, activityId } = activityRequest(input);
  const { reaction } = parseBody(REACTION_MODEL, input).values;
  modifyReaction(input.state, project, activityId, context.user, reaction as string, "add", originOf(context));
  return { status: 201, body: null };
}

/** `DELETE .../activities/{activity_id}/reactions/{reaction}`: 204. */
function deleteReaction(input: HandlerInput): HandlerResult {
  const { context, project, activityId } = activityRequest(input);
  const reaction = input.params.reaction ?? "";
  if (!NAME_PATTERN.test.test(reaction)) {
    const error: PydanticError = {
      loc: ["path", "reaction"],
      msg: `string does not match regex "${NAME_PATTERN.source}"`,
      type: "value_error.str.regex",
      ctx: { pattern: NAME_PATTERN.source },
    };
    throw validationError(input.method, input.path, [error]);
  }
  modifyReaction(input.state, project, activityId, context.user, reaction, "remove", originOf(context));
  return { status: 204 };
}
