import type { KitsuSchemas } from "@kitsu-ayon/kitsu-sdk";
import type { MappingWarning } from "../model/desired-state.js";
import { type FieldOwnership, flowsToKitsu } from "./field-ownership.js";
import { type AyonStatusRef, kitsuStatusFor } from "./kitsu-status.js";

/** An AYON task as the push reads it. */
export interface AyonTaskState {
  id: string;
  /** `data.kitsuId`: the Kitsu task it stands for. */
  kitsuId: string;
  status: string;
  /** AYON user names. */
  assignees: readonly string[];
}

/** A write to Kitsu, and the AYON value it carries. */
export type KitsuTaskWrite =
  | { kind: "status"; taskId: string; statusId: string; ayonStatus: string }
  | { kind: "assign"; taskId: string; personId: string; ayonUser: string }
  | { kind: "unassign"; taskId: string; personId: string; ayonUser: string };

export interface TaskPushContext {
  ownership: FieldOwnership;
  /** The project's Kitsu task statuses. */
  statuses: readonly KitsuSchemas["TaskStatus"][];
  /** The AYON project's statuses (for their short names). */
  ayonStatuses: readonly AyonStatusRef[];
  /** AYON user name -> Kitsu person id (by `kitsuId`, then e-mail); undefined when none. */
  personOf(ayonUser: string): string | undefined;
  /** Kitsu person id -> AYON user name; undefined for a person AYON has no user for. */
  userOf(personId: string): string | undefined;
}

export interface TaskPushPlan {
  writes: KitsuTaskWrite[];
  warnings: MappingWarning[];
}

/**
 * The Kitsu writes that bring one Kitsu task to its AYON task's status and assignees, for the field
 * groups AYON's edits flow from. Values are compared first: an equal value is no write, so an echo of
 * our own write is nothing. A person AYON cannot show (no AYON user) is never unassigned; an AYON
 * status or user with no Kitsu match is a warning, and the rest of the task still goes.
 */
export function planTaskPush(
  ayon: AyonTaskState,
  kitsu: Pick<KitsuSchemas["TaskWithAssignees"], "id" | "task_status_id" | "assignees">,
  context: TaskPushContext,
): TaskPushPlan {
  const plan: TaskPushPlan = { writes: [], warnings: [] };
  const warn = (message: string) => plan.warnings.push({ kitsuId: kitsu.id, message });
  if (flowsToKitsu(context.ownership, "status")) {
    const ref = context.ayonStatuses.find((each) => each.name === ayon.status) ?? { name: ayon.status };
    const status = kitsuStatusFor(ref, context.statuses);
    if (!status) warn(`AYON status "${ayon.status}" has no Kitsu status of that name or short name; status not sent`);
    else if (status.id !== kitsu.task_status_id)
      plan.writes.push({ kind: "status", taskId: kitsu.id, statusId: status.id, ayonStatus: ayon.status });
  }
  if (flowsToKitsu(context.ownership, "assignees")) {
    const current = new Set(kitsu.assignees ?? []);
    const wanted = new Set<string>();
    for (const user of ayon.assignees) {
      const personId = context.personOf(user);
      if (!personId) {
        warn(`AYON user "${user}" has no Kitsu person (by kitsuId or e-mail); not assigned in Kitsu`);
        continue;
      }
      wanted.add(personId);
      if (!current.has(personId)) plan.writes.push({ kind: "assign", taskId: kitsu.id, personId, ayonUser: user });
    }
    for (const personId of current) {
      const user = context.userOf(personId);
      if (user !== undefined && !wanted.has(personId))
        plan.writes.push({ kind: "unassign", taskId: kitsu.id, personId, ayonUser: user });
    }
  }
  return plan;
}
