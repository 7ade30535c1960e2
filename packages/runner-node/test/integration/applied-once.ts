import type { AyonClient } from "@kitsu-ayon/ayon-sdk";
import type { KitsuClient } from "@kitsu-ayon/kitsu-sdk";
import { reconcileProject } from "@kitsu-ayon/sync-core";
import { expect } from "vitest";
import { waitFor } from "../../../sync-core/test/integration/engine-fixture.js";
import { KITSU_EVENT_TOPIC, KITSU_PROC_TOPIC } from "../../src/scale-out/roles.js";

/**
 * After a burst through leechers and processors: every shot (and the rename) is in AYON, each Kitsu
 * event of the project is stored once, each stored event has one job and every job finished, no two
 * AYON folders share a Kitsu id, and a fresh full reconcile has nothing to do.
 */
export async function expectAppliedOnce(
  clients: { kitsu: KitsuClient; ayon: AyonClient },
  target: {
    kitsuProjectId: string;
    ayonProject: string;
    shots: number;
    renamedTo: string;
    /** The processors' job topic. @default KITSU_PROC_TOPIC */
    jobTopic?: string;
  },
): Promise<void> {
  const { kitsu, ayon } = clients;
  await waitFor(
    "every shot in AYON",
    async () => {
      const folders = await ayon.entities.folders(target.ayonProject, { withKitsuId: true });
      const names = new Set(folders.filter((folder) => folder.folderType === "Shot").map((folder) => folder.name));
      return names.size === target.shots && names.has(target.renamedTo);
    },
    150_000,
  );
  // This project's events (the shared local Kitsu also logs other tests' changes).
  const stored = (await ayon.events.list({ topics: [KITSU_EVENT_TOPIC] })).filter(
    (event) => event.summary.kitsuProjectId === target.kitsuProjectId,
  );
  const storedIds = new Set(stored.map((event) => event.id));
  const jobsOfProject = async () =>
    (await ayon.events.list({ topics: [target.jobTopic ?? KITSU_PROC_TOPIC] })).filter((job) =>
      storedIds.has(job.dependsOn ?? ""),
    );
  const ids = stored.map((event) => event.summary.kitsuEventId);
  expect(new Set(ids).size).toBe(ids.length);
  await waitFor(
    "every job finished",
    async () => {
      const jobs = await jobsOfProject();
      return jobs.length === stored.length && jobs.every((job) => job.status === "finished");
    },
    150_000,
  );
  const jobs = await jobsOfProject();
  expect(new Set(jobs.map((job) => job.dependsOn)).size).toBe(jobs.length);
  const folders = await ayon.entities.folders(target.ayonProject, { withKitsuId: true });
  const keys = folders.map((folder) => folder.data.kitsuId);
  expect(new Set(keys).size).toBe(keys.length);
  const fresh = await reconcileProject({ kitsu, ayon }, target.kitsuProjectId, { dryRun: true });
  expect(fresh.plan.actions).toEqual([]);
}
