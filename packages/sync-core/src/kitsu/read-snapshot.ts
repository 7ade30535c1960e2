import type { CallOptions, KitsuClient } from "@kitsu-ayon/kitsu-sdk";
import type { KitsuSnapshot } from "../model/kitsu-snapshot.js";

export interface ReadKitsuSnapshotOptions {
  signal?: AbortSignal;
}

/**
 * Reads everything a reconcile needs about one Kitsu project with bulk reads, all started at once:
 * fourteen requests plus the pages of the task list, whatever the number of shots, assets or tasks.
 * Zou pages the task list by 100 rows; a list of more than one page costs one request per page and
 * one re-read of the first page (rows updated while paging move between pages).
 */
export async function readKitsuSnapshot(
  kitsu: KitsuClient,
  projectId: string,
  options: ReadKitsuSnapshotOptions = {},
): Promise<KitsuSnapshot> {
  const o: CallOptions = options.signal ? { signal: options.signal } : {};
  const [
    project,
    assetTypes,
    { episodes, sequences, shots, assets, edits, concepts },
    tasks,
    projectTaskTypes,
    projectTaskStatuses,
    allTaskTypes,
    allTaskStatuses,
    persons,
    team,
  ] = await Promise.all([
    kitsu.projects.get(projectId, o),
    kitsu.projects.assetTypes(projectId, o),
    readEntityLists(kitsu, projectId, o),
    kitsu.tasks.listForProject(projectId, o),
    kitsu.projects.taskTypes(projectId, o),
    kitsu.projects.taskStatuses(projectId, o),
    kitsu.taskTypes.list(o),
    kitsu.taskStatuses.list(o),
    kitsu.persons.list({}, o),
    kitsu.projects.team(projectId, o),
  ]);
  return {
    project,
    assetTypes,
    episodes,
    sequences,
    shots,
    assets,
    edits,
    concepts,
    tasks,
    // The project's lists, plus any a task uses that the project does not list: Zou gives new tasks
    // its default status whether or not the project has it enabled.
    taskTypes: usedOrListed(
      allTaskTypes,
      projectTaskTypes,
      tasks.map((task) => task.task_type_id),
    ),
    taskStatuses: usedOrListed(
      allTaskStatuses,
      projectTaskStatuses,
      tasks.map((task) => task.task_status_id),
    ),
    persons,
    team: team.map((person) => person.id),
  };
}

export function usedOrListed<T extends { id: string }>(all: T[], listed: T[], used: (string | null)[]): T[] {
  const wanted = new Set([...listed.map((item) => item.id), ...used.filter((id): id is string => id !== null)]);
  const found = all.filter((item) => wanted.has(item.id));
  const known = new Set(found.map((item) => item.id));
  return [...found, ...listed.filter((item) => !known.has(item.id))];
}

/** The folder-making entities of a project, by kind: six requests started at once. */
export async function readEntityLists(kitsu: KitsuClient, projectId: string, options: CallOptions = {}) {
  const [episodes, sequences, shots, assets, edits, concepts] = await Promise.all([
    kitsu.episodes.list(projectId, options),
    kitsu.sequences.list(projectId, options),
    kitsu.shots.list(projectId, options),
    kitsu.assets.list(projectId, options),
    kitsu.edits.list(projectId, options),
    kitsu.concepts.list(projectId, options),
  ]);
  return { episodes, sequences, shots, assets, edits, concepts };
}
