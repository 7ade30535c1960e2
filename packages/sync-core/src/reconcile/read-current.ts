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
