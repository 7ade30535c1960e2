import type { KitsuSchemas } from "@kitsu-ayon/kitsu-sdk";
import type { AttribValue, DesiredFolder, MappingWarning } from "../model/desired-state.js";
import type { KitsuSnapshot } from "../model/kitsu-snapshot.js";
import { type AttributeRow, FOLDER_ATTRIBUTE_ROWS, mapAttributes } from "./attributes.js";
import { defaultLayout, type GroupingFolder, type Layout, type LayoutPlan } from "./layout.js";
import { ayonLabel, FALLBACK_NAME, siblingName, uniqueSiblingNames } from "./names.js";
import { snapshotEntities } from "./snapshot-entities.js";

export interface FolderOptions {
  layout?: Layout;
  /** Replaces {@link FOLDER_ATTRIBUTE_ROWS}; spread them to extend. */
  folderRows?: readonly AttributeRow<KitsuSchemas["Entity"]>[];
}

export interface MappedFolders {
  /** Parents before children. */
  folders: DesiredFolder[];
  warnings: MappingWarning[];
}

/** A folder before naming: the title is still the Kitsu name. */
interface FolderNode {
  key: string;
  parentKey: string | null;
  title: string;
  folderType: string;
  kind: string;
  createdAt?: string;
  attrib: Record<string, AttribValue>;
  active: boolean;
  /** A Kitsu entity (always kept), not a grouping folder (kept only when it holds one). */
  isEntity: boolean;
}

type Nodes = Map<string, FolderNode>;

/**
 * The folder tree: the layout's grouping folders and one folder per Kitsu entity, each under the
 * parent the layout chose. Nothing is dropped: an entity the layout misplaces goes under the
 * layout's fallback root, with a warning.
 */
export function desiredFolders(snapshot: KitsuSnapshot, options: FolderOptions = {}): MappedFolders {
  const plan = (options.layout ?? defaultLayout)(snapshot);
  const warnings: MappingWarning[] = [...plan.warnings];
  const nodes = collectNodes(snapshot, plan, options.folderRows ?? FOLDER_ATTRIBUTE_ROWS, warnings);
  reattachOrphans(nodes, plan.fallback, warnings);
  const ordered = keepGroupsWithEntities(treeOrder(nodes, plan.fallback, warnings), nodes);
  return { folders: nameFolders(ordered, warnings), warnings };
}

function collectNodes(
  snapshot: KitsuSnapshot,
  plan: LayoutPlan,
  rows: readonly AttributeRow<KitsuSchemas["Entity"]>[],
  warnings: MappingWarning[],
): Nodes {
  const nodes: Nodes = new Map();
  const add = (node: FolderNode) => {
    if (nodes.has(node.key)) warnings.push({ kitsuId: node.key, message: "appears twice in the snapshot; kept once" });
    else nodes.set(node.key, node);
  };
  for (const group of plan.groups) add({ ...group, attrib: {}, active: true, isEntity: false });
  for (const { kind, entity } of snapshotEntities(snapshot)) {
    const mapped = mapAttributes(rows, entity, entity.id);
    warnings.push(...mapped.warnings);
    let parentKey = plan.parents.get(entity.id);
    if (parentKey === undefined) {
      warnings.push({
        kitsuId: entity.id,
        message: `the layout did not place it; placed under ${plan.fallback.title}`,
      });
      parentKey = plan.fallback.key;
      ensureFallback(nodes, plan.fallback);
    }
    add({
      key: entity.id,
      parentKey,
      title: entity.name,
      folderType: kind,
      kind,
      createdAt: entity.created_at,
      attrib: mapped.attrib,
      active: entity.canceled !== true,
      isEntity: true,
    });
  }
  return nodes;
}

/** A parent key that names no folder (a layout bug, or a parent missing from Kitsu) -> the fallback root. */
function reattachOrphans(nodes: Nodes, fallback: GroupingFolder, warnings: MappingWarning[]): void {
  for (const node of [...nodes.values()]) {
    if (node.parentKey === null || (node.parentKey !== node.key && nodes.has(node.parentKey))) continue;
    warnings.push({
      kitsuId: node.key,
      message: `its parent ${node.parentKey} is not a folder of the project; placed under ${fallback.title}`,
    });
    reattach(node, nodes, fallback);
  }
}

/** Parents before children, each parent's subtree in a row. Folders in a parent cycle are reattached to the fallback. */
function treeOrder(nodes: Nodes, fallback: GroupingFolder, warnings: MappingWarning[]): FolderNode[] {
  const ordered = depthFirst(nodes);
  if (ordered.length === nodes.size) return ordered;
  const reached = new Set(ordered.map((node) => node.key));
  for (const node of [...nodes.values()]) {
    if (reached.has(node.key)) continue;
    warnings.push({ kitsuId: node.key, message: `its parents form a cycle; placed under ${fallback.title}` });
    reattach(node, nodes, fallback);
  }
  return depthFirst(nodes);
}

function reattach(node: FolderNode, nodes: Nodes, fallback: GroupingFolder): void {
  node.parentKey = node.key === fallback.key ? null : fallback.key;
  ensureFallback(nodes, fallback);
}

/** The fallback root exists, and is a root even if a layout listed it under another folder. */
function ensureFallback(nodes: Nodes, fallback: GroupingFolder): void {
  const existing = nodes.get(fallback.key);
  if (existing === undefined) {
    nodes.set(fallback.key, { ...fallback, parentKey: null, attrib: {}, active: true, isEntity: false });
  } else existing.parentKey = null;
}

function depthFirst(nodes: Nodes): FolderNode[] {
  const children = new Map<string | null, FolderNode[]>();
  for (const node of nodes.values()) pushTo(children, node.parentKey, node);
  const ordered: FolderNode[] = [];
  const visit = (parentKey: string | null) => {
    for (const child of children.get(parentKey) ?? []) {
      ordered.push(child);
      visit(child.key);
    }
  };
  visit(null);
  return ordered;
}

/** Only grouping folders that hold at least one Kitsu entity, however deep. */
function keepGroupsWithEntities(ordered: FolderNode[], nodes: Nodes): FolderNode[] {
  const holding = new Set<string>();
  for (const node of ordered) {
    if (!node.isEntity) continue;
    for (let key = node.parentKey; key !== null && !holding.has(key); key = nodes.get(key)?.parentKey ?? null) {
      holding.add(key);
    }
  }
  return ordered.filter((node) => node.isEntity || holding.has(node.key));
}

/** Names unique among each parent's children; labels from the Kitsu names. */
function nameFolders(ordered: FolderNode[], warnings: MappingWarning[]): DesiredFolder[] {
  const names = new Map<string, string>();
  for (const siblings of groupByParent(ordered).values()) {
    const unique = uniqueSiblingNames(siblings.map((node) => siblingName(node, warnings)));
    warnings.push(...unique.warnings);
    for (const [key, name] of unique.names) names.set(key, name);
  }
  return ordered.map((node) => {
    const name = names.get(node.key) ?? FALLBACK_NAME;
    return {
      key: node.key,
      parentKey: node.parentKey,
      name,
      label: ayonLabel(node.title) || name,
      folderType: node.folderType,
      attrib: node.attrib,
      active: node.active,
      kind: node.kind,
    };
  });
}

function groupByParent(ordered: readonly FolderNode[]): Map<string | null, FolderNode[]> {
  const groups = new Map<string | null, FolderNode[]>();
  for (const node of ordered) pushTo(groups, node.parentKey, node);
  return groups;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
