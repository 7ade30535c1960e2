import type { UserRecord } from "../state/records.js";

/**
 * Whether the user has an access group on the project. AYON compares names case-insensitively in
 * `UserEntity.check_project_access`, but exactly when filtering WebSocket messages.
 */
export function hasProjectAccess(user: UserRecord, project: string, exact = false): boolean {
  const groups = user.data.accessGroups;
  if (!groups || typeof groups !== "object" || Array.isArray(groups)) return false;
  if (exact) return project in groups;
  return Object.keys(groups).some((name) => name.toLowerCase() === project.toLowerCase());
}
