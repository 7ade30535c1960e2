import type { KitsuSchemas } from "@kitsu-ayon/kitsu-sdk";
import type { DesiredProject } from "../model/desired-state.js";
import type { KitsuSnapshot } from "../model/kitsu-snapshot.js";
import { type AnatomyOptions, desiredFolderTypes, desiredStatuses, desiredTaskTypes } from "./anatomy.js";
import { type AttributeRow, mapAttributes, PROJECT_ATTRIBUTE_ROWS } from "./attributes.js";
import { desiredFolders } from "./desired-folders.js";
import { desiredTasks } from "./desired-tasks.js";
import type { Layout } from "./layout.js";
import { snapshotEntities } from "./snapshot-entities.js";

export interface DesiredProjectOptions extends AnatomyOptions {
  /** Kitsu person id -> AYON user name (see `matchUsers` and `ayonUserNames`). */
  users: ReadonlyMap<string, string>;
  /** Where folders go; the addon's layout by default. */
  layout?: Layout;
  /**
   * Attribute rows per record kind, each replacing the default table when given: spread the
   * default (e.g. `[...FOLDER_ATTRIBUTE_ROWS, ...mapMetadata(fields)]`) to extend it.
   */
  attributeRows?: AttributeRows;
}

export interface AttributeRows {
  project?: readonly AttributeRow<KitsuSchemas["Project"]>[];
  folder?: readonly AttributeRow<KitsuSchemas["Entity"]>[];
  task?: readonly AttributeRow<KitsuSchemas["TaskWithAssignees"]>[];
}

/**
 * The AYON project as it should be after a sync: a pure function of the Kitsu snapshot. Problems
 * that do not stop the mapping (a renamed slug, an unmapped person, a missing parent) are listed in
 * `warnings`; nothing is dropped without one.
 */
export function buildDesiredProject(snapshot: KitsuSnapshot, options: DesiredProjectOptions): DesiredProject {
  const statuses = desiredStatuses(snapshot, options);
  const taskTypes = desiredTaskTypes(snapshot, options);
  const rows = options.attributeRows ?? {};
  const folders = desiredFolders(snapshot, {
    ...(options.layout === undefined ? {} : { layout: options.layout }),
    ...(rows.folder === undefined ? {} : { folderRows: rows.folder }),
  });
  const tasks = desiredTasks(snapshot, {
    // Every entity becomes a folder (a misplaced one goes to the fallback root), so tasks may use them all.
    entityKeys: new Set(snapshotEntities(snapshot).map(({ entity }) => entity.id)),
    statusNames: statuses.names,
    defaultStatus: defaultStatusName(snapshot, statuses.names),
    taskTypeNames: taskTypes.names,
    users: options.users,
    ...(rows.task === undefined ? {} : { taskRows: rows.task }),
  });
  const project = mapAttributes(rows.project ?? PROJECT_ATTRIBUTE_ROWS, snapshot.project, snapshot.project.id);
  return {
    folders: folders.folders,
    tasks: tasks.tasks,
    statuses: statuses.items,
    taskTypes: taskTypes.items,
    folderTypes: desiredFolderTypes(options),
    attrib: project.attrib,
    warnings: [
      ...statuses.warnings,
      ...taskTypes.warnings,
      ...project.warnings,
      ...folders.warnings,
      ...tasks.warnings,
    ],
  };
}

/** Kitsu's default status ("todo"), else its first one: what a task with an unknown status gets. */
function defaultStatusName(snapshot: KitsuSnapshot, names: ReadonlyMap<string, string>): string | undefined {
  const mapped = snapshot.taskStatuses.filter((status) => names.has(status.id));
  const status = mapped.find((candidate) => candidate.is_default) ?? mapped[0];
  return status === undefined ? undefined : names.get(status.id);
}
