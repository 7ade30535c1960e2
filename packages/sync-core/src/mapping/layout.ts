import type { KitsuSchemas } from "@kitsu-ayon/kitsu-sdk";
import type { MappingWarning } from "../model/desired-state.js";
import type { KitsuSnapshot } from "../model/kitsu-snapshot.js";
import { type EntityKind, snapshotEntities } from "./snapshot-entities.js";

type KitsuEntity = KitsuSchemas["Entity"];

/** A folder that exists only to group Kitsu entities (`/assets`, `/assets/character`...). */
export interface GroupingFolder {
  /** Stored as `data.kitsuId`: the addon's markers (`asset`, `episode`...) or an asset type id. */
  key: string;
  parentKey: string | null;
  /** Human name: the AYON name is its slug, the label the title itself. */
  title: string;
  folderType: string;
  /** For reports: `Root`, `AssetType`... */
  kind: string;
  /** Kitsu creation time, when the group stands for a Kitsu record (an asset type). */
  createdAt?: string;
}

/** Where everything goes: the grouping folders and the parent of each Kitsu entity. */
export interface LayoutPlan {
  /** Grouping folders, only those that hold something. */
  groups: GroupingFolder[];
  /** Kitsu entity id -> key of its parent folder (a grouping folder or another entity). */
  parents: Map<string, string>;
  /** The root that takes entities the plan leaves out or puts under a key that does not exist. */
  fallback: GroupingFolder;
  warnings: MappingWarning[];
}

/** The one replaceable piece of the folder hierarchy: a studio with another layout writes its own. */
export type Layout = (snapshot: KitsuSnapshot) => LayoutPlan;

/** Root grouping folders of the addon's layout, by the kind they hold. */
export const LAYOUT_ROOTS = {
  Asset: { key: "asset", title: "Assets" },
  Episode: { key: "episode", title: "Episodes" },
  Sequence: { key: "sequence", title: "Sequences" },
  Shot: { key: "shot", title: "Shots" },
  Edit: { key: "edit", title: "Edits" },
  Concept: { key: "concept", title: "Concepts" },
} as const;

/** The fallback root: the default layout never needs it, a custom layout may. */
export const FALLBACK_ROOT: GroupingFolder = {
  key: "unplaced",
  parentKey: null,
  title: "Unplaced",
  folderType: "Folder",
  kind: "Root",
};

interface LayoutIndex {
  episodes: ReadonlySet<string>;
  sequences: ReadonlySet<string>;
  assetTypes: ReadonlySet<string>;
}

interface Placement {
  parentKey: string;
  warning?: string;
}

type PlacementRule = (entity: KitsuEntity, index: LayoutIndex) => Placement;

/**
 * The addon's layout: `/assets/<asset type>/<asset>`, `/episodes/<episode>/<sequence>/<shot>`,
 * `/sequences/<sequence>/<shot>` for sequences without an episode and `/shots/<shot>` for shots
 * without a sequence, edits under their episode or `/edits`, concepts under `/concepts`. An entity whose parent is not in the snapshot goes to its kind's root, with a
 * warning (the addon dropped it).
 */
export const defaultLayout: Layout = (snapshot) => {
  const index: LayoutIndex = {
    episodes: new Set(snapshot.episodes.map((episode) => episode.id)),
    sequences: new Set(snapshot.sequences.map((sequence) => sequence.id)),
    assetTypes: new Set(snapshot.assetTypes.map((type) => type.id)),
  };
  const parents = new Map<string, string>();
  const warnings: MappingWarning[] = [];
  for (const { kind, entity } of snapshotEntities(snapshot)) {
    const placement = PLACEMENT_RULES[kind](entity, index);
    parents.set(entity.id, placement.parentKey);
    if (placement.warning !== undefined) warnings.push({ kitsuId: entity.id, message: placement.warning });
  }
  return { groups: usedGroups(snapshot, new Set(parents.values())), parents, fallback: FALLBACK_ROOT, warnings };
};

const PLACEMENT_RULES: Readonly<Record<EntityKind, PlacementRule>> = {
  Episode: () => ({ parentKey: LAYOUT_ROOTS.Episode.key }),
  Sequence: (entity, index) => underParentOrRoot(entity, index.episodes, "episode", LAYOUT_ROOTS.Sequence),
  Shot: (entity, index) => underParentOrRoot(entity, index.sequences, "sequence", LAYOUT_ROOTS.Shot),
  Asset: placeAsset,
  Edit: (entity, index) => underParentOrRoot(entity, index.episodes, "episode", LAYOUT_ROOTS.Edit),
  // Concepts hang off assets by links, not by parent, in Kitsu: the addon keeps them all under /concepts.
  Concept: () => ({ parentKey: LAYOUT_ROOTS.Concept.key }),
};

function underParentOrRoot(
  entity: KitsuEntity,
  candidates: ReadonlySet<string>,
  parentKind: string,
  root: { key: string; title: string },
): Placement {
  if (entity.parent_id === null) return { parentKey: root.key };
  if (candidates.has(entity.parent_id)) return { parentKey: entity.parent_id };
  return {
    parentKey: root.key,
    warning: `its ${parentKind} ${entity.parent_id} is not in the snapshot; placed under ${root.title}`,
  };
}

function placeAsset(asset: KitsuEntity, index: LayoutIndex): Placement {
  if (index.assetTypes.has(asset.entity_type_id)) return { parentKey: asset.entity_type_id };
  return {
    parentKey: LAYOUT_ROOTS.Asset.key,
    warning: `its asset type ${asset.entity_type_id} is not in the snapshot; placed directly under ${LAYOUT_ROOTS.Asset.title}`,
  };
}

/** The grouping folders some entity was placed in, with the Assets root over any used asset type. */
function usedGroups(snapshot: KitsuSnapshot, used: ReadonlySet<string>): GroupingFolder[] {
  const assetTypes = snapshot.assetTypes.filter((type) => used.has(type.id));
  const roots = [
    LAYOUT_ROOTS.Asset,
    LAYOUT_ROOTS.Episode,
    LAYOUT_ROOTS.Sequence,
    LAYOUT_ROOTS.Shot,
    LAYOUT_ROOTS.Edit,
    LAYOUT_ROOTS.Concept,
  ].filter((root) => used.has(root.key) || (root === LAYOUT_ROOTS.Asset && assetTypes.length > 0));
  return [
    ...roots.map((root) => grouping(root.key, null, root.title, "Root")),
    ...assetTypes.map((type) => ({
      ...grouping(type.id, LAYOUT_ROOTS.Asset.key, type.name, "AssetType"),
      createdAt: type.created_at,
    })),
  ];
}

function grouping(key: string, parentKey: string | null, title: string, kind: string): GroupingFolder {
  return { key, parentKey, title, folderType: "Folder", kind };
}
