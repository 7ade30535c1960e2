import type { KitsuSchemas } from "@kitsu-ayon/kitsu-sdk";
import type { DesiredStatus, DesiredType, MappingWarning } from "../model/desired-state.js";
import type { KitsuSnapshot } from "../model/kitsu-snapshot.js";
import { FALLBACK_NAME, toAscii } from "./names.js";

type KitsuTaskStatus = KitsuSchemas["TaskStatus"];
type KitsuTaskType = KitsuSchemas["TaskType"];
export type StatusState = DesiredStatus["state"];

/**
 * Overrides of the defaults below. Keys are matched case-insensitively: statuses by Kitsu short
 * name or name, task types by name, folder types by name.
 */
export interface AnatomyOptions {
  statusIcons?: Readonly<Record<string, string>>;
  statusStates?: Readonly<Record<string, StatusState>>;
  taskTypeIcons?: Readonly<Record<string, string>>;
  taskTypeShortNames?: Readonly<Record<string, string>>;
  folderTypeIcons?: Readonly<Record<string, string>>;
}

/** The anatomy items plus how each Kitsu id resolves to an item name, for the tasks that refer to them. */
export interface MappedAnatomyItems<T> {
  items: T[];
  /** Kitsu id -> AYON item name. */
  names: Map<string, string>;
  warnings: MappingWarning[];
}

/**
 * States of the Kitsu default statuses that carry no flag, and of common extra ones, by short name.
 * The addon's `default_status_info` setting, plus the usual words for blocked work.
 */
export const DEFAULT_STATUS_STATES: Readonly<Record<string, StatusState>> = {
  todo: "not_started",
  ready: "not_started",
  neutral: "in_progress",
  approved: "done",
  rejected: "blocked",
  hold: "blocked",
  hld: "blocked",
  standby: "blocked",
  omit: "blocked",
  omt: "blocked",
};

/** Icons by Kitsu short name: the addon's defaults, so migrated projects keep their icons. */
export const DEFAULT_STATUS_ICONS: Readonly<Record<string, string>> = {
  todo: "fiber_new",
  neutral: "timer",
  wip: "play_arrow",
  wfa: "visibility",
  retake: "timer",
  done: "task_alt",
  ready: "timer",
  approved: "task_alt",
  rejected: "block",
  hold: "back_hand",
  hld: "back_hand",
  standby: "back_hand",
  omit: "block",
  omt: "block",
};

/** Icons for a status no name matches, by state (AYON's own default statuses use these). */
export const STATE_ICONS: Readonly<Record<StatusState, string>> = {
  not_started: "fiber_new",
  in_progress: "play_arrow",
  done: "task_alt",
  blocked: "block",
};

/** AYON's default status color, for a Kitsu status without one. */
const DEFAULT_STATUS_COLOR = "#cacaca";

/**
 * Task type short names and icons by name: the addon's `default_task_info` (so `{task[short]}` in
 * existing templates keeps resolving the same) completed with AYON's default task types.
 */
export const DEFAULT_TASK_TYPES: Readonly<Record<string, { shortName: string; icon: string }>> = {
  concept: { shortName: "cncp", icon: "lightbulb" },
  modeling: { shortName: "mdl", icon: "language" },
  shading: { shortName: "shdn", icon: "format_paint" },
  rigging: { shortName: "rig", icon: "construction" },
  edit: { shortName: "edit", icon: "cut" },
  storyboard: { shortName: "stry", icon: "image" },
  layout: { shortName: "lay", icon: "nature_people" },
  animation: { shortName: "anim", icon: "directions_run" },
  lighting: { shortName: "lgt", icon: "highlight" },
  fx: { shortName: "fx", icon: "local_fire_department" },
  compositing: { shortName: "comp", icon: "layers" },
  recording: { shortName: "rcrd", icon: "video_camera_back" },
  generic: { shortName: "gener", icon: "task_alt" },
  art: { shortName: "art", icon: "palette" },
  texture: { shortName: "tex", icon: "brush" },
  lookdev: { shortName: "look", icon: "ev_shadow" },
  setdress: { shortName: "dress", icon: "scene" },
  paint: { shortName: "paint", icon: "video_stable" },
  roto: { shortName: "roto", icon: "gesture" },
  matchmove: { shortName: "matchmove", icon: "switch_video" },
};

const DEFAULT_TASK_TYPE_ICON = "task_alt";

/**
 * Folder types the mapping uses. The first ones match AYON's defaults exactly (a merge with a
 * project's preset changes nothing); Edit and Concept are the addon's additions.
 */
export const DEFAULT_FOLDER_TYPES: readonly DesiredType[] = [
  { name: "Folder", shortName: "", icon: "folder" },
  { name: "Asset", shortName: "", icon: "smart_toy" },
  { name: "Episode", shortName: "ep", icon: "live_tv" },
  { name: "Sequence", shortName: "sq", icon: "theaters" },
  { name: "Shot", shortName: "sh", icon: "movie" },
  { name: "Edit", shortName: "ed", icon: "cut" },
  { name: "Concept", shortName: "co", icon: "image" },
];

/** AYON anatomy item names are 1 to 100 characters. */
const MAX_ITEM_NAME_LENGTH = 100;

/** A Kitsu name as an anatomy item name: kept as written (tasks refer to it), trimmed and capped. */
export function anatomyItemName(kitsuName: string): string {
  return kitsuName.trim().slice(0, MAX_ITEM_NAME_LENGTH).trim() || FALLBACK_NAME;
}

/**
 * The state of a Kitsu status. Kitsu's flags decide first (the addon ignored them): done is done;
 * a retake, a feedback request (waiting for approval, like AYON's own "Pending review") and work in
 * progress all mean the task is under way. A status without a flag is looked up by short name, then
 * by name; the default status ("todo") and any other status are not started: Kitsu flags every
 * status where work happens, so an unflagged one is work not yet begun.
 */
export function statusState(
  status: KitsuTaskStatus,
  overrides: Readonly<Record<string, StatusState>> = {},
): StatusState {
  const override = lookup(overrides, status.short_name, status.name);
  if (override !== undefined) return override;
  if (status.is_done) return "done";
  if (status.is_retake || status.is_feedback_request || status.is_wip) return "in_progress";
  return lookup(DEFAULT_STATUS_STATES, status.short_name, status.name) ?? "not_started";
}

/** The icon of a status: an override, the default for its short name or name, else its state's icon. */
export function statusIcon(
  status: KitsuTaskStatus,
  state: StatusState,
  overrides: Readonly<Record<string, string>> = {},
): string {
  return (
    lookup(overrides, status.short_name, status.name) ??
    lookup(DEFAULT_STATUS_ICONS, status.short_name, status.name) ??
    STATE_ICONS[state]
  );
}

/**
 * The project's task statuses as AYON statuses, in Kitsu's order (the reconcile merges them into the
 * project's list, so no status has to come first). Archived statuses are left out unless a task
 * still uses one. Statuses whose names differ only by case are one AYON status.
 */
export function desiredStatuses(
  snapshot: KitsuSnapshot,
  options: AnatomyOptions = {},
): MappedAnatomyItems<DesiredStatus> {
  const used = new Set(snapshot.tasks.map((task) => task.task_status_id));
  const kept = snapshot.taskStatuses.filter((status) => !status.archived || used.has(status.id));
  return mergeByName(kept, "task status", (status, name) => {
    const state = statusState(status, options.statusStates);
    return {
      name,
      shortName: status.short_name.trim() || deriveShortName(name),
      color: status.color.trim() || DEFAULT_STATUS_COLOR,
      state,
      icon: statusIcon(status, state, options.statusIcons),
    };
  });
}

/**
 * The project's task types as AYON task types. Kitsu may hold two types of one name for different
 * entity kinds (the addon's "Concept" case): they become one AYON type. The short name comes from
 * the options or defaults by name first (what the addon did), then Kitsu's, then is derived.
 */
export function desiredTaskTypes(
  snapshot: KitsuSnapshot,
  options: AnatomyOptions = {},
): MappedAnatomyItems<DesiredType> {
  const used = new Set(snapshot.tasks.map((task) => task.task_type_id));
  const kept = snapshot.taskTypes.filter((type) => !type.archived || used.has(type.id));
  return mergeByName(kept, "task type", (type, name) => desiredTaskType(type, name, options));
}

function desiredTaskType(type: KitsuTaskType, name: string, options: AnatomyOptions): DesiredType {
  const defaults = lookup(DEFAULT_TASK_TYPES, name);
  const shortName =
    lookup(options.taskTypeShortNames ?? {}, name) ??
    defaults?.shortName ??
    (type.short_name?.trim() || deriveShortName(name));
  const icon = lookup(options.taskTypeIcons ?? {}, name) ?? defaults?.icon ?? DEFAULT_TASK_TYPE_ICON;
  const color = type.color?.trim();
  return color ? { name, shortName, color, icon } : { name, shortName, icon };
}

/** The folder types the mapping produces, with icons overridable by name. */
export function desiredFolderTypes(options: AnatomyOptions = {}): DesiredType[] {
  return DEFAULT_FOLDER_TYPES.map((type) => ({
    ...type,
    icon: lookup(options.folderTypeIcons ?? {}, type.name) ?? type.icon,
  }));
}

/**
 * A short name for a type without one, as the addon's `create_short_name` without its bug of
 * doubling a final digit: the initials of several words, else the word without inner vowels, at
 * most 4 characters, keeping a final digit ("Animation 2" -> "a2", "compositing" -> "cmps").
 */
export function deriveShortName(name: string): string {
  const words = toAscii(name)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const [first = ""] = words;
  const base =
    words.length > 1
      ? words.map((word) => word.charAt(0)).join("")
      : first.length > 4
        ? `${first.charAt(0)}${first.slice(1).replace(/[aeiou]/g, "")}`
        : first;
  const short = base.slice(0, 4);
  const digit = /\d$/.exec(words.join(""))?.[0];
  return digit === undefined || short.endsWith(digit) ? short : `${short.slice(0, 3)}${digit}`;
}

/** One item per name, compared case-insensitively as AYON's aux tables do; every id maps to the kept name. */
function mergeByName<K extends { id: string; name: string }, T extends { name: string }>(
  kitsuItems: readonly K[],
  what: string,
  toItem: (kitsuItem: K, name: string) => T,
): MappedAnatomyItems<T> {
  const byFolded = new Map<string, T>();
  const names = new Map<string, string>();
  const warnings: MappingWarning[] = [];
  for (const kitsuItem of kitsuItems) {
    const name = anatomyItemName(kitsuItem.name);
    const existing = byFolded.get(name.toLowerCase());
    if (existing === undefined) byFolded.set(name.toLowerCase(), toItem(kitsuItem, name));
    else if (existing.name !== name) {
      warnings.push({
        kitsuId: kitsuItem.id,
        message: `${what} "${name}" differs from "${existing.name}" only by case; merged into it`,
      });
    }
    names.set(kitsuItem.id, existing?.name ?? name);
  }
  return { items: [...byFolded.values()], names, warnings };
}

/** The first key found in a table, compared case-insensitively (the addon's exact match missed "WIP"). */
function lookup<V>(table: Readonly<Record<string, V>>, ...keys: (string | null | undefined)[]): V | undefined {
  for (const key of keys) {
    const wanted = key?.trim().toLowerCase();
    if (!wanted) continue;
    for (const [candidate, value] of Object.entries(table)) {
      if (candidate.toLowerCase() === wanted) return value;
    }
  }
  return undefined;
}
