import { isManager } from "../http/context.js";
import type { UserRecord } from "../state/records.js";
import { forbiddenException } from "./failures.js";

/** The access groups AYON deploys on first setup (setup/access_groups.py). */
export const DEFAULT_ACCESS_GROUPS = ["supervisor", "artist", "freelancer"] as const;

export type AccessType = "create" | "read" | "update" | "delete" | "publish";

/**
 * Folder-access restrictions of the default groups: `enabled` with an empty access list, which
 * leaves no folder accessible. Read and publish ("assigned" folders only, for freelancers) are not
 * restricted by the emulator.
 */
const RESTRICTED: Record<string, AccessType[]> = {
  supervisor: [],
  artist: ["create", "delete"],
  freelancer: ["create", "delete", "update"],
};

function projectGroups(user: UserRecord, projectName: string): string[] | undefined {
  const accessGroups = user.data.accessGroups;
  if (typeof accessGroups !== "object" || accessGroups === null || Array.isArray(accessGroups)) return undefined;
  const lower = projectName.toLowerCase();
  for (const [project, groups] of Object.entries(accessGroups)) {
    if (project.toLowerCase() === lower && Array.isArray(groups)) return groups.map(String);
  }
  return undefined;
}

/** `UserEntity.ensure_project_access`: managers see every project, others need an access group. */
export function ensureProjectAccess(user: UserRecord, projectName: string): void {
  if (isManager(user)) return;
  if (!projectGroups(user, projectName)?.length) throw forbiddenException("No access group assigned on this project");
}

/**
 * `ensure_entity_access` (ayon_server/access/utils.py), for the default access groups: groups
 * combine permissively, so access is denied only when every group of the user restricts it.
 */
export function ensureEntityAccess(
  user: UserRecord,
  projectName: string,
  accessType: AccessType,
  entityId: string | null,
): void {
  if (isManager(user)) return;
  const groups = projectGroups(user, projectName) ?? [];
  const restricted = groups.every((group) => RESTRICTED[group]?.includes(accessType) ?? false);
  if (!restricted) return;
  throw forbiddenException(entityId === null ? "Limited access to project" : "Entity access denied");
}
