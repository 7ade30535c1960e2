import { isAdmin, isManager } from "../http/context.js";
import type { HandlerInput, Router } from "../http/router.js";
import { mergeOneLevel } from "../model/entity-update.js";
import { originOf } from "../model/event-dispatch.js";
import { badRequestException, conflictException, forbiddenException, uniqueViolation } from "../model/failures.js";
import type { ModelSpec, ParsedModel } from "../model/pydantic.js";
import { ayonRoute, callerOf, parseBody, pathParam } from "../model/route-support.js";
import {
  cleanAccessGroups,
  ensureUniqueEmail,
  loadUser,
  newUserModel,
  userPatchModel,
  validateApiKey,
  validatePassword,
  validateUserData,
} from "../model/user-rules.js";
import { userData, userView } from "../model/user-view.js";
import type { JsonObject, UserRecord } from "../state/records.js";
import type { EmulatorState } from "../state/store.js";

// api/users/users.py. There is no REST list of users (AYON lists them through GraphQL).

const ACCESS_GROUPS_MODEL: ModelSpec = {
  name: "AssignAccessGroupsRequestModel",
  camelize: true,
  fields: [
    {
      name: "access_groups",
      default: () => [],
      type: {
        listOf: {
          name: "AccessGroupsOnProject",
          camelize: true,
          fields: [
            { name: "project", type: "str", required: true },
            { name: "access_groups", type: "list_str", required: true },
          ],
        },
      },
    },
  ],
};

export function registerUserRoutes(router: Router): void {
  router.add("GET", "/api/users/:userName", ayonRoute(getUser));
  router.add("PUT", "/api/users/:userName", ayonRoute(createUser));
  router.add("PATCH", "/api/users/:userName", ayonRoute(patchUser));
  router.add("DELETE", "/api/users/:userName", ayonRoute(deleteUser));
  router.add("PATCH", "/api/users/:userName/accessGroups", ayonRoute(assignAccessGroups));
}

function getUser(input: HandlerInput) {
  const { user } = callerOf(input);
  const name = pathParam(input, "userName", "user");
  // `user.as_user(user)`: the caller's own record, rebuilt from its session.
  if (name === user.name) return { status: 200, body: userView(input.state, user, { caller: true }) };
  const target = loadUser(input.state, name);
  if (isManager(user)) return { status: 200, body: userView(input.state, target) };
  // The handler returns only the name and full name, but the route's response_model rebuilds it as a
  // UserModel with defaults: empty data, active true and timestamps of the moment (api/users/users.py).
  const now = input.state.now();
  return {
    status: 200,
    body: {
      name: target.name,
      attrib: { fullName: target.attrib.fullName ?? null },
      data: {},
      active: true,
      createdAt: now,
      updatedAt: now,
    },
  };
}

/** Non-null values of a validated attribute model. */
function ownValues(attrib: ParsedModel | null): JsonObject {
  const values: JsonObject = {};
  if (!attrib) return values;
  for (const [key, value] of Object.entries(attrib.values)) {
    if (value !== null && value !== undefined) values[key] = value as JsonObject[string];
  }
  return values;
}

function createUser(input: HandlerInput) {
  const context = callerOf(input);
  const name = pathParam(input, "userName", "user");
  const body = parseBody(newUserModel(input.state), input);
  if (!isManager(context.user)) throw forbiddenException();
  const data = structuredClone((body.values.data as JsonObject | null) ?? {});
  validateUserData(data);
  if (input.state.users.get(name.toLowerCase())?.name === name) throw conflictException("User already exists");
  const time = input.state.now();
  const user: UserRecord = {
    name,
    attrib: ownValues(body.values.attrib as ParsedModel | null),
    data: { ...data, createdBy: context.user.name },
    active: body.values.active !== false,
    createdAt: time,
    updatedAt: time,
  };
  if (user.data.isGuest === true && (user.data.isService === true || user.data.isAdmin === true)) {
    throw badRequestException("Guests cannot be service or admin users");
  }
  applySecrets(context.user, user, body.values.password as string | null, body.values.api_key as string | null);
  // The e-mail check compares with the e-mail the entity was built with, so a new user is never checked.
  saveUser(input.state, user, undefined, user.attrib.email);
  input.state.events.dispatch({
    topic: "entity.user.created",
    description: `User ${name} created`,
    // The summary names the creator, not the new user (an upstream quirk).
    summary: { entityName: context.user.name },
    project: null,
    ...originOf(context),
  });
  return { status: 204 };
}

/** Passwords (complexity checked unless an admin sets them) for people, API keys for services. */
function applySecrets(creator: UserRecord, user: UserRecord, password: string | null, apiKey: string | null) {
  const service = user.data.isService === true;
  if (password) {
    if (service) throw badRequestException("Service users cannot have passwords");
    if (!isAdmin(creator)) validatePassword(password);
    user.password = password;
  }
  if (apiKey) {
    if (!service) throw badRequestException("Only service users can have API keys");
    validateApiKey(apiKey);
    user.apiKey = apiKey;
    user.data.apiKeyPreview = `${apiKey.slice(0, 4)}***${apiKey.slice(-4)}`;
  }
}

/**
 * UserEntity.save: services keep no password or e-mail, access groups are cleaned, e-mails are
 * unique, and a name taken in another letter case violates `username_idx ON LOWER(name)`.
 */
function saveUser(state: EmulatorState, user: UserRecord, previous: UserRecord | undefined, originalEmail: unknown) {
  if (user.data.isService === true) {
    delete user.password;
    delete user.attrib.email;
  }
  cleanAccessGroups(state, user.data);
  ensureUniqueEmail(state, user, originalEmail);
  const holder = state.users.get(user.name.toLowerCase());
  if (holder && holder !== previous) throw uniqueViolation("users", "lower(name::text)", user.name.toLowerCase());
  state.users.set(user.name.toLowerCase(), user);
}

function patchUser(input: HandlerInput) {
  const context = callerOf(input);
  const name = pathParam(input, "userName", "user");
  const body = parseBody(userPatchModel(input.state), input);
  const target = loadUser(input.state, name);
  const caller = context.user;
  const patch = { ...body.values } as { attrib: ParsedModel | null; data: JsonObject | null; active: boolean | null };
  const set = new Set(body.set);
  if (set.has("data") && patch.data) patch.data = { ...patch.data, updatedBy: caller.name };
  if (name === caller.name && !isManager(caller)) {
    // Normal users may only change their own attributes.
    patch.data = {};
    patch.active = target.active;
    set.add("data").add("active");
  } else if (!isManager(caller)) {
    throw forbiddenException("Only managers can modify other users");
  }
  if (isAdmin(target) && !isAdmin(caller)) throw forbiddenException("Admins can only be modified by other admins");
  const data = restrictDataChanges(caller, target, patch.data ?? {});
  if (data.isGuest) throw badRequestException("Guest users cannot be modified this way");
  validateUserData(data);
  ensureAvatarUrl(patch.attrib, target);
  const next: UserRecord = {
    ...target,
    attrib:
      patch.attrib && set.has("attrib")
        ? mergeOneLevel(target.attrib, patch.attrib.values, patch.attrib.set)
        : target.attrib,
    data: set.has("data") ? mergeOneLevel(target.data, data, Object.keys(data)) : structuredClone(target.data),
    active: set.has("active") && patch.active !== null ? patch.active : target.active,
    updatedAt: input.state.now(),
  };
  saveUser(input.state, next, target, target.attrib.email);
  return { status: 204 };
}

/** Who may change which role flags (patch_user). */
function restrictDataChanges(caller: UserRecord, target: UserRecord, data: JsonObject): JsonObject {
  const result = { ...data };
  if (!isAdmin(caller)) {
    delete result.isAdmin;
    delete result.isDeveloper;
  } else if (target.name === caller.name) {
    delete result.isAdmin;
  }
  if (!isManager(caller)) {
    delete result.isManager;
    delete result.disablePasswordLogin;
  } else if (target.name === caller.name) {
    delete result.isManager;
  }
  return result;
}

function ensureAvatarUrl(attrib: ParsedModel | null, target: UserRecord) {
  if (!attrib?.set.has("avatarUrl")) return;
  const url = attrib.values.avatarUrl;
  if (url === target.attrib.avatarUrl) return;
  if (typeof url === "string" && url && !url.startsWith("http://") && !url.startsWith("https://")) {
    throw badRequestException("Invalid avatar URL");
  }
}

function deleteUser(input: HandlerInput) {
  const context = callerOf(input);
  const name = pathParam(input, "userName", "user");
  if (!isManager(context.user)) throw forbiddenException();
  const target = loadUser(input.state, name);
  const entityData = userData(input.state, target);
  input.state.users.delete(name.toLowerCase());
  for (const [token, owner] of input.state.sessions) if (owner === name) input.state.sessions.delete(token);
  unassignFromTasks(input.state, name);
  input.state.events.dispatch({
    topic: "entity.user.deleted",
    description: `User ${name} deleted`,
    summary: { entityName: name },
    payload: { entityData },
    project: null,
    ...originOf(context),
  });
  return { status: 204 };
}

/** UserEntity.delete removes the user from every task's assignees, without events. */
function unassignFromTasks(state: EmulatorState, name: string) {
  for (const project of state.projects.values()) {
    for (const task of project.tasks.values()) {
      if (task.assignees.includes(name)) {
        project.tasks.set(task.id, { ...task, assignees: task.assignees.filter((assignee) => assignee !== name) });
      }
    }
  }
}

function assignAccessGroups(input: HandlerInput) {
  const context = callerOf(input);
  const name = pathParam(input, "userName", "user");
  const body = parseBody(ACCESS_GROUPS_MODEL, input);
  if (!isManager(context.user)) throw forbiddenException("You are not permitted to assign access groups");
  const target = loadUser(input.state, name);
  const data = structuredClone(target.data);
  const groups = (
    typeof data.accessGroups === "object" && data.accessGroups !== null ? data.accessGroups : {}
  ) as JsonObject;
  for (const item of body.values.access_groups as ParsedModel[]) {
    const project = String(item.values.project);
    const list = item.values.access_groups as string[];
    if (list.length === 0) delete groups[project];
    else groups[project] = list;
  }
  data.accessGroups = groups;
  saveUser(input.state, { ...target, data, updatedAt: input.state.now() }, target, target.attrib.email);
  return { status: 204 };
}
