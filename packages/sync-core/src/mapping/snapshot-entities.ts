import type { KitsuSchemas } from "@kitsu-ayon/kitsu-sdk";
import type { KitsuSnapshot } from "../model/kitsu-snapshot.js";

/**
 * The Kitsu entity kinds that become AYON folders. Each kind is also its AYON folder type.
 * Edits and concepts join here (with their lists in the snapshot) when the snapshot carries them.
 */
export type EntityKind = "Episode" | "Sequence" | "Shot" | "Asset";

export interface KindedEntity {
  kind: EntityKind;
  entity: KitsuSchemas["Entity"];
}

/** Every folder-making entity of the snapshot, the kinds that hold others first. */
export function snapshotEntities(snapshot: KitsuSnapshot): KindedEntity[] {
  return [
    ...snapshot.episodes.map((entity) => ({ kind: "Episode" as const, entity })),
    ...snapshot.sequences.map((entity) => ({ kind: "Sequence" as const, entity })),
    ...snapshot.shots.map((entity) => ({ kind: "Shot" as const, entity })),
    ...snapshot.assets.map((entity) => ({ kind: "Asset" as const, entity })),
  ];
}
