import type { AyonClient } from "@kitsu-ayon/ayon-sdk";
import type { CurrentProject } from "./plan.js";

/** Every folder and task of the AYON project that carries a Kitsu id (paginated GraphQL, inactive ones included). */
export async function readCurrentProject(
  ayon: AyonClient,
  projectName: string,
  signal?: AbortSignal,
): Promise<CurrentProject> {
  const options = { withKitsuId: true, ...(signal ? { signal } : {}) };
  const [folders, tasks] = await Promise.all([
    ayon.entities.folders(projectName, options),
    ayon.entities.tasks(projectName, options),
  ]);
  return { folders, tasks };
}

/** The folders and tasks of the AYON project with these Kitsu ids (inactive ones included). */
export async function readCurrentEntities(
  ayon: AyonClient,
  projectName: string,
  keys: { folderKeys: readonly string[]; taskKeys: readonly string[] },
  signal?: AbortSignal,
): Promise<CurrentProject> {
  const options = (kitsuIds: readonly string[]) => ({ kitsuIds, ...(signal ? { signal } : {}) });
  const [folders, tasks] = await Promise.all([
    keys.folderKeys.length ? ayon.entities.folders(projectName, options(keys.folderKeys)) : [],
    keys.taskKeys.length ? ayon.entities.tasks(projectName, options(keys.taskKeys)) : [],
  ]);
  return { folders, tasks };
}
