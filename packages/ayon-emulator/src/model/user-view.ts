import { isAdmin, isManager } from "../http/context.js";
import { attributesOf } from "../state/attributes.js";
import type { Json, JsonObject, UserRecord } from "../state/records.js";
import type { EmulatorState } from "../state/store.js";

/** UserEntity.parse_exposure_level: 900 admins, 700 managers, 100 guests, 500 others, capped by data. */
export function uiExposureLevel(user: UserRecord): number {
  const level =
    isAdmin(user) && user.data.isGuest !== true ? 900 : isManager(user) ? 700 : user.data.isGuest ? 100 : 500;
  const requested = user.data.uiExposureLevel;
  return typeof requested === "number" ? Math.min(requested, level) : level;
}

export interface UserViewOptions {
  /** `response_model_exclude_none`: drop null values. @default true */
  excludeNone?: boolean;
  /** Include `uiExposureLevel` (only `/users/me` computes it). */
  exposure?: boolean;
  /**
   * The caller's own record. AYON rebuilds the caller from its session's copy of the whole user
   * model, so `ownAttrib` lists every user attribute, set or not (`user_from_request` in
   * ayon_server/api/auth.py: `UserEntity.from_record(session_data.user.dict())`). @default false
   */
  caller?: boolean;
}

/**
 * UserModel: `{name, uiExposureLevel, attrib, data, active, ownAttrib, createdAt, updatedAt}`.
 * The emulator keeps passwords and API keys outside `data`, so neither hash is ever shown.
 */
export function userView(state: EmulatorState, user: UserRecord, options: UserViewOptions = {}): JsonObject {
  const excludeNone = options.excludeNone ?? true;
  const attrib: JsonObject = {};
  for (const definition of attributesOf(state.attributes, "user")) {
    const value = user.attrib[definition.name] ?? null;
    if (value !== null || !excludeNone) attrib[definition.name] = value;
  }
  const view: [string, Json][] = [
    ["name", user.name],
    ["uiExposureLevel", options.exposure ? uiExposureLevel(user) : null],
    ["attrib", attrib],
    ["data", structuredClone(user.data)],
    ["active", user.active],
    ["ownAttrib", options.caller ? userAttributeNames(state) : Object.keys(user.attrib)],
    ["createdAt", user.createdAt],
    ["updatedAt", user.updatedAt],
  ];
  return Object.fromEntries(view.filter(([, value]) => value !== null || !excludeNone));
}

const userAttributeNames = (state: EmulatorState) =>
  attributesOf(state.attributes, "user").map((definition) => definition.name);

/** `dict_simple()` of a user (the `entityData` of `entity.user.deleted`). */
export function userData(state: EmulatorState, user: UserRecord): JsonObject {
  const { ownAttrib: _own, uiExposureLevel: _level, ...rest } = userView(state, user);
  return { ...rest, attrib: { ...user.attrib } };
}
