import type { CallOptions, KitsuClient } from "@kitsu-ayon/kitsu-sdk";
import type { KitsuSnapshot } from "../model/kitsu-snapshot.js";

export interface ReadKitsuSnapshotOptions {
  signal?: AbortSignal;
}

/**
 * Reads everything a reconcile needs about one Kitsu project with bulk reads, all started at once:
 * ten requests plus the pages of the task list, whatever the number of shots, assets or tasks.
 * Zou pages the task list by 100 rows; a list of more than one page costs one request per page and
 * one re-read of the first page (rows updated while paging move between pages).
 */
export async function readKitsuSnapshot(
  kitsu: KitsuClient,
  projectId: string,
  options: ReadKitsuSnapshotOptions = {},
): Promise<KitsuSnapshot> {
  const o: CallOptions = options.signal ? { signal: options.signal } : {};
  const [project, assetTypes, episodes, sequences, shots, assets, tasks, taskTypes, taskStatuses, persons, team] =
    await Promise.all([
      kitsu.projects.get(projectId, o),
      kitsu.projects.assetTypes(projectId, o),
      kitsu.episodes.list(projectId, o),
      kitsu.sequences.list(projectId, o),
      kitsu.shots.list(projectId, o),
      kitsu.assets.list(projectId, o),
      kitsu.tasks.listForProject(projectId, o),
      kitsu.projects.taskTypes(projectId, o),
      kitsu.projects.taskStatuses(projectId, o),
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
    tasks,
    taskTypes,
    taskStatuses,
    persons,
    team: team.map((person) => person.id),
  };
}
