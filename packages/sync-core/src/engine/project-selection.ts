import type { AyonClient } from "@kitsu-ayon/ayon-sdk";
import type { KitsuClient, KitsuSchemas } from "@kitsu-ayon/kitsu-sdk";

/** Which Kitsu projects sync. */
export type ProjectSelection =
  /** Every open Kitsu project; one created or opened while running is picked up, one closed is dropped. */
  | "all-open"
  /** Open Kitsu projects already paired with an AYON project (`data.kitsuProjectId`), picked up when paired. */
  | "paired"
  /** These Kitsu projects, by id or name, whatever their status. */
  | readonly string[];

/** The Kitsu projects a selection holds now, and the explicitly selected ones Kitsu does not have. */
export async function listSelectedProjects(
  clients: { kitsu: KitsuClient; ayon: AyonClient },
  selection: ProjectSelection,
): Promise<{ projects: KitsuSchemas["Project"][]; missing: string[] }> {
  if (selection === "all-open" || selection === "paired") {
    const open = await clients.kitsu.projects.listOpen();
    if (selection === "all-open") return { projects: open, missing: [] };
    const paired = await pairedKitsuIds(clients.ayon);
    return { projects: open.filter((project) => paired.has(project.id)), missing: [] };
  }
  const all = await clients.kitsu.projects.listAll();
  const projects: KitsuSchemas["Project"][] = [];
  const missing: string[] = [];
  for (const wanted of selection) {
    const project = all.find((each) => each.id === wanted) ?? all.find((each) => each.name === wanted);
    if (project) projects.push(project);
    else missing.push(wanted);
  }
  return { projects, missing };
}

/** Kitsu ids of the projects AYON has paired (`data.kitsuProjectId`). */
async function pairedKitsuIds(ayon: AyonClient): Promise<Set<string>> {
  const answer = await ayon.graphql<{ projects: { edges: { node: { data: string | null } }[] } }>(
    "query { projects(first: 2000) { edges { node { data } } } }",
  );
  const ids = new Set<string>();
  for (const { node } of answer.projects.edges) {
    const id = node.data ? (JSON.parse(node.data) as Record<string, unknown>).kitsuProjectId : undefined;
    if (typeof id === "string") ids.add(id);
  }
  return ids;
}
