import type { KitsuSchemas } from "@kitsu-ayon/kitsu-sdk";
import type { DesiredTask, MappingWarning } from "../model/desired-state.js";
import type { KitsuSnapshot } from "../model/kitsu-snapshot.js";
import { type AttributeRow, mapAttributes, TASK_ATTRIBUTE_ROWS } from "./attributes.js";
import { ayonLabel, compareText, siblingName, uniqueSiblingNames } from "./names.js";

type KitsuTask = KitsuSchemas["TaskWithAssignees"];

/** What tasks refer to, already mapped. */
export interface TaskContext {
  /** Keys of the folders made from Kitsu entities. */
  entityKeys: ReadonlySet<string>;
  /** Kitsu task status id -> AYON status name. */
  statusNames: ReadonlyMap<string, string>;
  /** The status for a task whose status is unknown (Kitsu's default status). */
  defaultStatus: string | undefined;
  /** Kitsu task type id -> AYON task type name. */
  taskTypeNames: ReadonlyMap<string, string>;
  /** Kitsu person id -> AYON user name. */
  users: ReadonlyMap<string, string>;
  /** Replaces {@link TASK_ATTRIBUTE_ROWS}; spread them to extend. */
  taskRows?: readonly AttributeRow<KitsuTask>[];
}

export interface MappedTasks {
  tasks: DesiredTask[];
  warnings: MappingWarning[];
}

/** A task before naming: its wanted name is still the Kitsu one. */
interface TaskDraft {
  task: KitsuTask;
  folderKey: string;
  title: string;
  taskType: string;
  status: string;
  assignees: string[];
}

/**
 * One AYON task per Kitsu task, under its entity's folder. A task that cannot exist in AYON (its
 * entity or task type is unknown) is skipped with a warning, never silently.
 */
export function desiredTasks(snapshot: KitsuSnapshot, context: TaskContext): MappedTasks {
  const warnings: MappingWarning[] = [];
  const unmapped = new Map<string, number>();
  const drafts: TaskDraft[] = [];
  for (const task of snapshot.tasks) {
    const draft = draftTask(task, context, warnings, unmapped);
    if (draft !== undefined) drafts.push(draft);
  }
  warnings.push(...unmappedPersonWarnings(snapshot, unmapped));
  const names = taskNames(drafts, warnings);
  const rows = context.taskRows ?? TASK_ATTRIBUTE_ROWS;
  const tasks = drafts.map((draft) => {
    const mapped = mapAttributes(rows, draft.task, draft.task.id);
    warnings.push(...mapped.warnings);
    const name = names.get(draft.task.id) ?? draft.title;
    return {
      key: draft.task.id,
      folderKey: draft.folderKey,
      name,
      label: ayonLabel(draft.title) || name,
      taskType: draft.taskType,
      status: draft.status,
      assignees: draft.assignees,
      attrib: mapped.attrib,
      active: true,
    };
  });
  return { tasks, warnings };
}

function draftTask(
  task: KitsuTask,
  context: TaskContext,
  warnings: MappingWarning[],
  unmapped: Map<string, number>,
): TaskDraft | undefined {
  const skip = (message: string) => {
    warnings.push({ kitsuId: task.id, message });
    return undefined;
  };
  if (task.entity_id === null || !context.entityKeys.has(task.entity_id)) {
    return skip(`its entity ${task.entity_id} is not in the snapshot; task skipped`);
  }
  const taskType = context.taskTypeNames.get(task.task_type_id ?? "");
  if (taskType === undefined) return skip(`its task type ${task.task_type_id} is not in the snapshot; task skipped`);
  const status = taskStatus(task, context, warnings);
  if (status === undefined) return skip("the project has no task status to give it; task skipped");
  return {
    task,
    folderKey: task.entity_id,
    title: taskTitle(task.name, taskType),
    taskType,
    status,
    assignees: assigneeNames(task, context.users, unmapped),
  };
}

/**
 * The addon's rule: Kitsu names a task "main" unless told otherwise, and such a task takes its type's
 * name in lower case ("Animation" -> "animation"), as name and label, so migrated tasks keep both.
 */
export function taskTitle(kitsuName: string, taskType: string): string {
  const name = kitsuName.trim();
  return name === "" || name.toLowerCase() === "main" ? taskType.toLowerCase() : name;
}

function taskStatus(task: KitsuTask, context: TaskContext, warnings: MappingWarning[]): string | undefined {
  const status = context.statusNames.get(task.task_status_id ?? "");
  if (status !== undefined) return status;
  if (context.defaultStatus !== undefined) {
    warnings.push({
      kitsuId: task.id,
      message: `its status ${task.task_status_id} is not in the snapshot; given "${context.defaultStatus}"`,
    });
  }
  return context.defaultStatus;
}

/** AYON user names of the assignees, sorted; persons without an AYON user are counted for one warning each. */
function assigneeNames(task: KitsuTask, users: ReadonlyMap<string, string>, unmapped: Map<string, number>): string[] {
  const names = new Set<string>();
  for (const personId of new Set(task.assignees)) {
    const name = users.get(personId);
    if (name !== undefined) names.add(name);
    else unmapped.set(personId, (unmapped.get(personId) ?? 0) + 1);
  }
  return [...names].sort(compareText);
}

function unmappedPersonWarnings(snapshot: KitsuSnapshot, unmapped: ReadonlyMap<string, number>): MappingWarning[] {
  const persons = new Map(snapshot.persons.map((person) => [person.id, person]));
  return [...unmapped].map(([personId, count]) => {
    const person = persons.get(personId);
    const who =
      person === undefined ? "a person not in the snapshot" : `${person.full_name} <${person.email ?? "no email"}>`;
    return {
      kitsuId: personId,
      message: `${who} has no AYON user; left out of ${count} task assignment${count === 1 ? "" : "s"}`,
    };
  });
}

/** Task names unique within each folder. */
function taskNames(drafts: readonly TaskDraft[], warnings: MappingWarning[]): Map<string, string> {
  const byFolder = new Map<string, TaskDraft[]>();
  for (const draft of drafts) {
    const siblings = byFolder.get(draft.folderKey);
    if (siblings === undefined) byFolder.set(draft.folderKey, [draft]);
    else siblings.push(draft);
  }
  const names = new Map<string, string>();
  for (const siblings of byFolder.values()) {
    const items = siblings.map((draft) =>
      siblingName({ key: draft.task.id, title: draft.title, createdAt: draft.task.created_at }, warnings),
    );
    const unique = uniqueSiblingNames(items);
    warnings.push(...unique.warnings);
    for (const [key, name] of unique.names) names.set(key, name);
  }
  return names;
}
