import type { ProjectSelection } from "@kitsu-ayon/sync-core";

/**
 * Why processors with this selection and shard would lose changes, or undefined when they would not.
 *
 * Processors without a shard share one job topic (`kitsu.proc`), and AYON hands each job to whichever
 * asks first. A processor that selects a list of projects is handed jobs of the other processors'
 * projects too; it cannot sync them and would finish them unsynced. Only a selection every such
 * processor has alike ("all-open" or "paired") works without a shard; a list needs a shard of its own,
 * whose topic carries only its projects' jobs (and studio-wide ones).
 */
export function processorSelectionProblem(
  selection: ProjectSelection | undefined,
  shard: string | undefined,
): string | undefined {
  if (shard !== undefined || selection === undefined || typeof selection === "string") return undefined;
  return [
    `a processor without a shard selects every open project ("all-open") or every paired one ("paired"), the same on every processor without a shard;`,
    `this one selects a list (${selection.join(", ")}), so it would be handed the jobs of projects other processors select and finish them unsynced.`,
    `Give each processor that selects its own projects its own shard (--shard <name>, KITSU_AYON_SHARD or serve.shard)`,
  ].join(" ");
}
