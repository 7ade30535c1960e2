import { type KitsuClient, KitsuPermissionError } from "@kitsu-ayon/kitsu-sdk";
import { classifyFailure } from "../engine/failure-policy.js";
import type { KitsuTaskWrite } from "./plan-task-push.js";

export interface PushOptions {
  /** The AYON user whose change this is, named in the status comment. */
  actor?: string;
  signal?: AbortSignal;
}

export interface PushResult {
  applied: KitsuTaskWrite[];
  /** Writes Kitsu refused (rights, validation, a task gone): reported, and the others went on. */
  refused: { write: KitsuTaskWrite; error: unknown }[];
}

/** The status comment: Kitsu's history shows where the status came from. */
export const statusComment = (write: Extract<KitsuTaskWrite, { kind: "status" }>, actor?: string) =>
  `Status set to "${write.ayonStatus}" in AYON${actor ? ` by ${actor}` : ""}.`;

function send(kitsu: KitsuClient, write: KitsuTaskWrite, options: PushOptions): Promise<unknown> {
  const o = options.signal ? { signal: options.signal } : {};
  switch (write.kind) {
    case "status":
      // A comment carrying the status, authored by the sync's bot: Kitsu's own way to change one.
      return kitsu.tasks.setStatus(write.taskId, write.statusId, statusComment(write, options.actor), o);
    case "assign":
      return kitsu.tasks.assign(write.taskId, write.personId, o);
    case "unassign":
      return kitsu.tasks.unassign([write.taskId], write.personId, o);
  }
}

/**
 * Sends the writes in order. A refusal of one write (an entity failure) is recorded and the rest go
 * on; an outage or a refusal of the service (credentials, URL) is thrown at once, for the failure
 * policy to wait out or stop on. The writes before it were applied: a retry plans again from the
 * values as they are then, so it sends only what is still missing.
 */
export async function pushTaskWrites(
  kitsu: KitsuClient,
  writes: readonly KitsuTaskWrite[],
  options: PushOptions = {},
): Promise<PushResult> {
  const result: PushResult = { applied: [], refused: [] };
  for (const write of writes) {
    try {
      await send(kitsu, write, options);
      result.applied.push(write);
    } catch (error) {
      // A 403 on one write is that task's refusal (a bot cannot be assigned, a closed project): the
      // identity's own refusals are 401s, which stop the service.
      if (!(error instanceof KitsuPermissionError) && classifyFailure(error) !== "entity") throw error;
      result.refused.push({ write, error });
    }
  }
  return result;
}
