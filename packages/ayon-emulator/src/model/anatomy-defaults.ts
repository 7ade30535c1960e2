// The built-in anatomy AYON 1.16 deploys when a project is created without anatomy and no primary
// preset exists (ayon_server/settings/anatomy/{statuses,folder_types,task_types,tags,link_types,roots}.py).

import type { JsonObject } from "../state/records.js";

export const ENTITY_TYPES = ["folder", "product", "version", "representation", "task", "workfile"] as const;

const status = (
  name: string,
  shortName: string,
  icon: string,
  color: string,
  state: string,
  scope: string[],
): JsonObject => ({ name, shortName, state, icon, color, scope });

export const DEFAULT_STATUSES: JsonObject[] = [
  status("Not ready", "NRD", "fiber_new", "#3d444f", "not_started", ["folder", "product", "task"]),
  status("Ready to start", "RDY", "timer", "#bababa", "not_started", ["folder", "task"]),
  status("In progress", "PRG", "play_arrow", "#5bb8f5", "in_progress", ["folder", "task"]),
  status("Pending review", "RVW", "visibility", "#ffcd19", "in_progress", ["folder", "version", "task"]),
  status("Approved", "APP", "task_alt", "#08f094", "done", ["folder", "product", "version", "task"]),
  status("On hold", "HLD", "back_hand", "#fa6e46", "blocked", ["folder", "task"]),
  status("Omitted", "OMT", "block", "#cb1a1a", "blocked", ["folder", "product", "version", "representation", "task"]),
];

const folderType = (name: string, shortName: string, icon: string): JsonObject => ({
  name,
  shortName,
  color: "#cccccc",
  icon,
});

export const DEFAULT_FOLDER_TYPES: JsonObject[] = [
  folderType("Folder", "", "folder"),
  folderType("Library", "lib", "category"),
  folderType("Asset", "", "smart_toy"),
  folderType("Episode", "ep", "live_tv"),
  folderType("Sequence", "sq", "theaters"),
  folderType("Shot", "sh", "movie"),
];

const taskType = (name: string, shortName: string, icon: string, color: string): JsonObject => ({
  name,
  shortName,
  color,
  icon,
});

export const DEFAULT_TASK_TYPES: JsonObject[] = [
  taskType("Generic", "gener", "task_alt", "#5c6c79"),
  taskType("Art", "art", "palette", "#BC3333"),
  taskType("Modeling", "mdl", "language", "#E74C4C"),
  taskType("Texture", "tex", "brush", "#D84444"),
  taskType("Lookdev", "look", "ev_shadow", "#44944A"),
  taskType("Rigging", "rig", "construction", "#1AAFC3"),
  taskType("Edit", "edit", "imagesearch_roller", "#313894"),
  taskType("Layout", "lay", "nature_people", "#2359B3"),
  taskType("Setdress", "dress", "scene", "#1A655C"),
  taskType("Animation", "anim", "directions_run", "#3599F1"),
  taskType("FX", "fx", "fireplace", "#A43BC1"),
  taskType("Lighting", "lgt", "highlight", "#812DB1"),
  taskType("Paint", "paint", "video_stable", "#317537"),
  taskType("Compositing", "comp", "layers", "#612BA3"),
  taskType("Roto", "roto", "gesture", "#1C70B2"),
  taskType("Matchmove", "matchmove", "switch_video", "#1A777B"),
];

export const DEFAULT_TAGS: JsonObject[] = [
  { name: "important", color: "#ff2450" },
  { name: "for reel", color: "#5be1c6" },
];

const linkType = (link_type: string, io: string, color: string): JsonObject => ({
  link_type,
  input_type: io,
  output_type: io,
  color,
  style: "solid",
});

/** Anatomy-style link types (snake_case, as the Anatomy model takes them). */
export const DEFAULT_LINK_TYPES: JsonObject[] = [
  linkType("generative", "version", "#3f67de"),
  linkType("breakdown", "folder", "#6edd72"),
  linkType("reference", "version", "#d94383"),
  linkType("template", "folder", "#fff824"),
];

export const DEFAULT_ROOTS: JsonObject[] = [
  { name: "work", windows: "C:/projects", linux: "/mnt/share/projects", darwin: "/Volumes/projects" },
];

/** The `common` part of Templates; the emulator keeps no work/publish/hero template lists. */
export const DEFAULT_TEMPLATES: JsonObject = {
  version_padding: 3,
  version: "v{version:0>{@version_padding}}",
  frame_padding: 4,
  frame: "{frame:0>{@frame_padding}}",
};
