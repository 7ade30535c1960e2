import type { KitsuSchemas } from "@kitsu-ayon/kitsu-sdk";
import type { KitsuSnapshot } from "../model/kitsu-snapshot.js";

/**
 * The Kitsu entity kinds that become AYON folders. Each kind is also its AYON folder type.
 */
export type EntityKind = "Episode" | "Sequence" | "Shot" | "Asset" | "Edit" | "Concept";

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
    ...snapshot.edits.map((entity) => ({ kind: "Edit" as const, entity })),
    ...snapshot.concepts.map((entity) => ({ kind: "Concept" as const, entity })),
  ];
}
