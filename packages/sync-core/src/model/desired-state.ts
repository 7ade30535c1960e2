/**
 * The AYON project as it should be, computed from Kitsu by the mapping. Keys are stable identities:
 * a Kitsu id, or a marker for grouping folders (`asset`, `episode`, `sequence`, `shot`, the asset
 * type's id), stored in AYON as `data.kitsuId` exactly as the Python addon does.
 */
export type AttribValue = string | number | boolean | null;

export interface DesiredFolder {
  /** `data.kitsuId`. */
  key: string;
  /** Key of the parent folder; null for a root folder. */
  parentKey: string | null;
  name: string;
  label: string;
  folderType: string;
  /**
   * Attributes the sync owns. `null` means "not set here": the AYON attribute must revert to its
   * inherited value (a value cleared in Kitsu).
   */
  attrib: Record<string, AttribValue>;
  active: boolean;
  /** What Kitsu entity this is, for reports: `Asset`, `Shot`, `AssetType`, `Root`... */
  kind: string;
}

export interface DesiredTask {
  key: string;
  folderKey: string;
  name: string;
  label: string;
  taskType: string;
  status: string;
  /** AYON user names. */
  assignees: string[];
  attrib: Record<string, AttribValue>;
  active: boolean;
}

export interface DesiredStatus {
  name: string;
  shortName: string;
  color: string;
  state: "not_started" | "in_progress" | "done" | "blocked";
  icon: string;
}

export interface DesiredType {
  name: string;
  shortName: string;
  color?: string;
  icon: string;
}

/** A problem that did not stop the mapping (a renamed slug, an unmapped person...). */
export interface MappingWarning {
  kitsuId: string;
  message: string;
}

export interface DesiredProject {
  /** Folders, parents before children. */
  folders: DesiredFolder[];
  tasks: DesiredTask[];
  statuses: DesiredStatus[];
  taskTypes: DesiredType[];
  folderTypes: DesiredType[];
  /** Project attributes (fps, resolution, dates, description). */
  attrib: Record<string, AttribValue>;
  warnings: MappingWarning[];
}
