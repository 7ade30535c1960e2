import type { AyonClient } from "@kitsu-ayon/ayon-sdk";
import { mergeAnatomyItems } from "@kitsu-ayon/ayon-sdk";
import type { AttribValue, DesiredProject } from "../model/desired-state.js";
import { attribChanges } from "./plan.js";
import type { FieldChange } from "./plan-types.js";

export interface AnatomySyncResult {
  /** Names of statuses, task types and folder types added or updated (nothing is ever removed). */
  added: string[];
  updated: string[];
  /** Project attribute changes (fps, resolution, dates, description). */
  attrib: FieldChange[];
  /** Requests that wrote (0 when everything was in place or in a dry run). */
  writes: number;
  /**
   * AYON's spelling of a status, task type or folder type: the merge keeps an existing item's
   * spelling (its unique index is case-insensitive, its foreign keys are not), so entities must use it.
   */
  spelling: (list: "statuses" | "taskTypes" | "folderTypes", name: string) => string;
}

const LISTS = [
  ["statuses", "statuses"],
  ["taskTypes", "taskTypes"],
  ["folderTypes", "folderTypes"],
] as const;

/**
 * Adds and updates the project's statuses, task types and folder types from Kitsu and sets its
 * attributes, in at most one PATCH. AYON replaces whole lists on PATCH, so the lists sent are the
 * merged ones: items Kitsu does not know stay, in place.
 */
export async function syncAnatomy(
  ayon: AyonClient,
  projectName: string,
  desired: DesiredProject,
  dryRun: boolean,
): Promise<AnatomySyncResult> {
  const project = await ayon.projects.get(projectName);
  const spellings = new Map<string, string>();
  const result: AnatomySyncResult = {
    added: [],
    updated: [],
    attrib: [],
    writes: 0,
    spelling: (list, name) => spellings.get(`${list}:${name.toLowerCase()}`) ?? name,
  };
  const patch: Record<string, unknown> = {};
  for (const [key, list] of LISTS) {
    const merged = mergeAnatomyItems(
      (project[key] ?? []) as { name: string }[],
      desired[list] as unknown as { name: string }[],
    );
    for (const item of merged.items) spellings.set(`${key}:${item.name.toLowerCase()}`, item.name);
    if (!merged.changed) continue;
    patch[key] = merged.items;
    result.added.push(...merged.added.map((name) => `${key}:${name}`));
    result.updated.push(...merged.updated.map((name) => `${key}:${name}`));
  }
  const projectAttrib = (project.attrib ?? {}) as Record<string, unknown>;
  // Project attributes are all own values: a cleared Kitsu value leaves AYON's as it is.
  const wanted = Object.fromEntries(Object.entries(desired.attrib).filter(([, value]) => value !== null)) as Record<
    string,
    AttribValue
  >;
  result.attrib = attribChanges(wanted, { attrib: projectAttrib, ownAttrib: Object.keys(projectAttrib) });
  if (result.attrib.length)
    patch.attrib = Object.fromEntries(
      result.attrib.map((change) => [change.field.slice("attrib.".length), change.new]),
    );
  if (!dryRun && Object.keys(patch).length) {
    await ayon.projects.patch(projectName, patch);
    result.writes = 1;
  }
  return result;
}
