import type { AyonClient } from "@kitsu-ayon/ayon-sdk";
import { AyonConflictError } from "@kitsu-ayon/ayon-sdk";
import type { KitsuSchemas } from "@kitsu-ayon/kitsu-sdk";
import { toAscii } from "../mapping/names.js";

/** The AYON project a Kitsu project syncs into. */
export interface Pairing {
  kitsuProjectId: string;
  ayonProject: string;
  /** True when this call created the AYON project. */
  created: boolean;
}

export interface PairingOptions {
  /** AYON project name to create when none is paired. @default the Kitsu name restricted to [A-Za-z0-9_] */
  name?: string;
  /** @default the Kitsu code, else the name, restricted to [A-Za-z0-9_] */
  code?: string;
}

/** Thrown when the AYON project cannot be created because its name or code is taken. */
export class PairingError extends Error {
  override name = "PairingError";
}

/** AYON project names and codes: letters, digits and `_` (they become SQL schema names). */
export const projectNameOf = (text: string) =>
  toAscii(text)
    .replace(/[^A-Za-z0-9_]+/g, "_")
    .replace(/_+/g, "_")
    .replace(/^_|_$/g, "") || "kitsu_project";

const PROJECTS_QUERY = `query { projects(first: 2000) { edges { node { name data } } } }`;

/** The AYON project whose `data.kitsuProjectId` is this Kitsu project, if any (one GraphQL read). */
export async function findPairedProject(ayon: AyonClient, kitsuProjectId: string): Promise<string | undefined> {
  const answer = await ayon.graphql<{ projects: { edges: { node: { name: string; data: string | null } }[] } }>(
    PROJECTS_QUERY,
  );
  for (const { node } of answer.projects.edges) {
    const data = node.data ? (JSON.parse(node.data) as Record<string, unknown>) : {};
    if (data.kitsuProjectId === kitsuProjectId) return node.name;
  }
  return undefined;
}

/**
 * Pairs through `data.kitsuProjectId` on the AYON project, the key the Python addon uses: adopts the
 * project that carries it, else creates one named after the Kitsu project.
 */
export async function pairProject(
  ayon: AyonClient,
  project: KitsuSchemas["Project"],
  options: PairingOptions = {},
): Promise<Pairing> {
  const found = await findPairedProject(ayon, project.id);
  if (found) return { kitsuProjectId: project.id, ayonProject: found, created: false };
  const name = options.name ?? projectNameOf(project.name);
  const code = options.code ?? projectNameOf(project.code || project.name);
  try {
    await ayon.projects.deploy({ name, code, label: project.name.replace(/[';]/g, "") });
  } catch (error) {
    if (error instanceof AyonConflictError) {
      // Another process (a second processor, a CLI sync) may be creating the same pairing right now:
      // it deploys, then marks the project. Adopt it once marked.
      for (let attempt = 0; attempt < 20; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        const paired = await findPairedProject(ayon, project.id);
        if (paired) return { kitsuProjectId: project.id, ayonProject: paired, created: false };
      }
      throw new PairingError(
        `cannot create the AYON project for Kitsu project "${project.name}": name "${name}" or code "${code}" is taken (${error.detail ?? "conflict"}); pass an explicit name and code`,
        { cause: error },
      );
    }
    throw error;
  }
  await ayon.projects.patch(name, { data: { kitsuProjectId: project.id } });
  return { kitsuProjectId: project.id, ayonProject: name, created: true };
}
