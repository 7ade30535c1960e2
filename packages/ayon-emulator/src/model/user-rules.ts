import type { JsonObject, UserRecord } from "../state/records.js";
import type { EmulatorState } from "../state/store.js";
import { DEFAULT_ACCESS_GROUPS } from "./access.js";
import { attribModel } from "./attrib-model.js";
import {
  badRequestException,
  constraintViolationException,
  InternalFailure,
  lowPasswordComplexityException,
  notFoundException,
} from "./failures.js";
import type { ModelSpec } from "./pydantic.js";

// api/users/users.py, ayon_server/entities/user.py and ayon_server/auth/utils.py.

export function newUserModel(state: EmulatorState): ModelSpec {
  return {
    name: "NewUserModel",
    camelize: true,
    fields: [
      { name: "attrib", type: attribModel(state.attributes, "user"), nullable: true, default: () => null },
      { name: "data", type: "dict", nullable: true, default: () => ({}) },
      { name: "active", type: "bool", nullable: true, default: () => true },
      { name: "password", type: "str", nullable: true },
      { name: "api_key", type: "str", nullable: true },
    ],
  };
}

export function userPatchModel(state: EmulatorState): ModelSpec {
  return {
    name: "UserPatchModel",
    camelize: true,
    fields: [
      { name: "attrib", type: attribModel(state.attributes, "user"), nullable: true },
      { name: "data", type: "dict", nullable: true },
      { name: "active", type: "bool", nullable: true },
    ],
  };
}

/** `UserEntity.load`: `WHERE name = $1`, so the name must match exactly, case included. */
export function loadUser(state: EmulatorState, name: string): UserRecord {
  const user = state.users.get(name.toLowerCase());
  if (!user || user.name !== name) throw notFoundException(`User ${name} not found`);
  return user;
}

/** validate_password with the default config (8 characters, letters, digits and a special character). */
export function validatePassword(password: string): void {
  const problems: string[] = [];
  if (password.length < 8) problems.push("be at least 8 characters");
  const misses: string[] = [];
  if (!/\p{L}/u.test(password)) misses.push("letters");
  if (!/\p{Nd}/u.test(password)) misses.push("digits");
  if (![...password].some((char) => ".-!@#$%^&*()_+".includes(char))) misses.push("special characters");
  if (misses.length === 1) problems.push(`contain ${misses[0]}`);
  else if (misses.length > 1) problems.push(`contain ${misses.slice(0, -1).join(", ")} and ${misses.at(-1)}`);
  if (problems.length > 0) throw lowPasswordComplexityException(`Password must ${problems.join(" and ")}.`);
}

/** UserEntity.set_api_key asserts the format; a failed assert is an HTTP 500. */
export function validateApiKey(apiKey: string): void {
  if (!/^[a-zA-Z0-9]{32}$/.test(apiKey)) throw new InternalFailure("", "assertion");
}

const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Python truthiness of a JSON value. */
const truthy = (value: unknown): boolean =>
  Array.isArray(value) ? value.length > 0 : isObject(value) ? Object.keys(value).length > 0 : Boolean(value);

/** validate_user_data: the shapes of `defaultAccessGroups` and `accessGroups`, empty projects dropped. */
export function validateUserData(data: JsonObject): void {
  const defaults = data.defaultAccessGroups;
  if (truthy(defaults)) {
    if (!Array.isArray(defaults)) throw badRequestException("defaultAccessGroups must be a list");
    if (!defaults.every((group) => typeof group === "string")) {
      throw badRequestException("defaultAccessGroups must be a list of str");
    }
  }
  const groups = data.accessGroups;
  if (!truthy(groups)) return;
  if (!isObject(groups)) throw badRequestException("accessGroups must be a dict");
  for (const [project, list] of Object.entries(groups)) {
    if (!Array.isArray(list)) throw badRequestException("access group list must be a list");
    if (!list.every((group) => typeof group === "string")) {
      throw badRequestException("acces group list must be a list of str");
    }
    if (list.length === 0) delete groups[project];
  }
}

/**
 * validate_access_groups, run on every save: groups that do not exist and projects that do not
 * exist (exact name) are dropped, and empty collections removed.
 */
export function cleanAccessGroups(state: EmulatorState, data: JsonObject): void {
  const known = new Set<string>(DEFAULT_ACCESS_GROUPS);
  const projects = new Set([...state.projects.values()].map((project) => project.name));
  const groups = isObject(data.accessGroups) ? data.accessGroups : {};
  for (const [project, list] of Object.entries(groups)) {
    const kept = Array.isArray(list) ? list.filter((group) => typeof group === "string" && known.has(group)) : [];
    if (!projects.has(project) || kept.length === 0) delete groups[project];
    else groups[project] = kept;
  }
  if (Object.keys(groups).length === 0) delete data.accessGroups;
  else data.accessGroups = groups;
  const defaults = Array.isArray(data.defaultAccessGroups)
    ? data.defaultAccessGroups.filter((group) => typeof group === "string" && known.has(group))
    : [];
  if (defaults.length === 0) delete data.defaultAccessGroups;
  else data.defaultAccessGroups = defaults;
}

/** UserEntity.save's e-mail check: unique case-insensitively among other users. */
export function ensureUniqueEmail(state: EmulatorState, user: UserRecord, previousEmail: unknown): void {
  const email = user.attrib.email;
  if (typeof email !== "string" || !email || email === previousEmail) return;
  for (const other of state.users.values()) {
    const otherEmail = other.attrib.email;
    if (
      other.name !== user.name &&
      typeof otherEmail === "string" &&
      otherEmail.toLowerCase() === email.toLowerCase()
    ) {
      throw constraintViolationException("This email is already used by another user");
    }
  }
}
