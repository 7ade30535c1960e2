import type { FolderRecord, ProjectRecord, TaskRecord, UserRecord } from "../state/records.js";
import type { EmulatorState } from "../state/store.js";
import type { AttributeLibrary } from "./attrib.js";
import { ProjectView } from "./project-view.js";

/** What every resolver of one GraphQL request shares. */
export interface GraphqlContext {
  state: EmulatorState;
  /** The caller. */
  user: UserRecord;
  library: AttributeLibrary;
  views: Map<ProjectRecord, ProjectView>;
}

export function projectView(context: GraphqlContext, project: ProjectRecord): ProjectView {
  let view = context.views.get(project);
  if (!view) {
    view = new ProjectView(project, context.library);
    context.views.set(project, view);
  }
  return view;
}

/** Sources of the entity node types. */
export interface FolderSource {
  project: ProjectRecord;
  folder: FolderRecord;
  /**
   * Set once `attrib` or `allAttrib` was resolved for an entity with own attributes: AYON fills the
   * inherited values into the entity's own attribute dict in place, so an `ownAttrib` resolved later
   * lists every key (process_attrib_data in ayon_server/graphql/utils.py).
   */
  filledOwnAttrib?: string[];
  /**
   * The count joins the folders query made (children, tasks, products): a count not joined reads
   * 0, and joined counts multiply each other as in AYON's GROUP BY over several LEFT JOINs.
   */
  joins?: FolderJoins;
  /** Loaded through a task's folder join, which does not select createdBy/updatedBy. */
  viaTask?: boolean;
}

export interface FolderJoins {
  children: boolean;
  tasks: boolean;
  products: boolean;
}

export interface TaskSource {
  project: ProjectRecord;
  task: TaskRecord;
  /** See FolderSource.filledOwnAttrib. */
  filledOwnAttrib?: string[];
}

export interface UserSource {
  user: UserRecord;
  /** `users(projects)` limits each user's `accessGroups` to these projects. */
  projects: string[];
}
