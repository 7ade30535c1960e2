import type { ProjectRecord } from "../state/records.js";
import { AyonException } from "./failures.js";

/**
 * The status a new entity gets when none is given (ayon_server/helpers/statuses.py): the first
 * status, by position, whose `scope` includes the entity type; a status without a scope matches
 * every type; if none matches, the first status.
 */
export function defaultStatus(project: ProjectRecord, entityType: string): string {
  for (const status of project.statuses) {
    const scope = status.scope;
    if (!Array.isArray(scope) || scope.includes(entityType)) return status.name;
  }
  const fallback = project.statuses[0];
  if (fallback) return fallback.name;
  throw new AyonException(500, "No default status available", "error");
}
