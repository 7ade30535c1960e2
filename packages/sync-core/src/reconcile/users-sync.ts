import type { AyonClient, AyonUserListItem } from "@kitsu-ayon/ayon-sdk";
import type { KitsuRole } from "../mapping/users.js";
import { ayonUserNames, desiredUsers, type ExistingAyonUser, matchUsers, type UserOptions } from "../mapping/users.js";
import type { MappingWarning } from "../model/desired-state.js";
import type { KitsuSnapshot } from "../model/kitsu-snapshot.js";

export interface UserSyncOptions extends UserOptions {
  /** Deactivate the AYON user of a deactivated Kitsu person. @default true */
  deactivate?: boolean;
  /**
   * Access group given on the paired project to each team member, by Kitsu role; `null` gives none.
   * @default supervisor for admins, managers and supervisors; artist for artists; freelancer for vendors and clients
   */
  accessGroups?: Partial<Record<KitsuRole, string | null>>;
  /** Parallel reads of single users (AYON's GraphQL user has no `data`, where the Kitsu id is). @default 8 */
  concurrency?: number;
}

export interface UserSyncResult {
  /** Kitsu person id to AYON user name, for assignees. */
  byPerson: Map<string, string>;
  created: string[];
  updated: string[];
  /** Users given access to the project. */
  granted: string[];
  warnings: MappingWarning[];
  writes: number;
}

const DEFAULT_ACCESS: Record<KitsuRole, string> = {
  admin: "supervisor",
  manager: "supervisor",
  supervisor: "supervisor",
  user: "artist",
  vendor: "freelancer",
  client: "freelancer",
};

async function mapLimit<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** AYON users as the matcher needs them: the list from GraphQL, each user's `data.kitsuId` from REST. */
async function existingUsers(
  ayon: AyonClient,
  concurrency: number,
): Promise<{ list: AyonUserListItem[]; existing: ExistingAyonUser[] }> {
  const list = (await ayon.users.list()).filter((user) => !user.isService);
  const existing = await mapLimit(list, concurrency, async (user) => {
    const full = await ayon.users.get(user.name);
    const kitsuId = (full.data as Record<string, unknown> | undefined)?.kitsuId;
    return {
      name: user.name,
      email: typeof user.attrib.email === "string" ? user.attrib.email : null,
      fullName: typeof user.attrib.fullName === "string" ? user.attrib.fullName : null,
      active: user.active,
      kitsuId: typeof kitsuId === "string" ? kitsuId : null,
    };
  });
  return { list, existing };
}

/**
 * Kitsu persons to AYON users: matched by `data.kitsuId`, then email, then derived name; created
 * without a password when missing; never renamed; full name, email and (optionally) active kept
 * current; team members given access to the project with the group of their Kitsu role.
 */
export async function syncUsers(
  ayon: AyonClient,
  snapshot: KitsuSnapshot,
  projectName: string,
  options: UserSyncOptions & { dryRun: boolean; projectExists?: boolean },
): Promise<UserSyncResult> {
  const mapped = desiredUsers(snapshot, options);
  const { list, existing } = await existingUsers(ayon, options.concurrency ?? 8);
  const matching = matchUsers(mapped.users, existing);
  const result: UserSyncResult = {
    byPerson: ayonUserNames(matching),
    created: matching.toCreate.map((user) => user.name),
    updated: [],
    granted: [],
    warnings: [...mapped.warnings, ...matching.warnings],
    writes: 0,
  };
  const write = async (call: () => Promise<unknown>) => {
    if (options.dryRun) return;
    await call();
    result.writes++;
  };
  for (const user of matching.toCreate) {
    await write(() =>
      ayon.users.create(user.name, {
        attrib: { fullName: user.fullName, ...(user.email ? { email: user.email } : {}) },
        data: { kitsuId: user.kitsuId },
        active: user.active || options.deactivate === false,
      }),
    );
  }
  for (const match of matching.matched) {
    const { active, ...attributes } = match.changes;
    const activeChange = active !== undefined && options.deactivate !== false;
    if (match.by === "kitsuId" && Object.keys(attributes).length === 0 && !activeChange) continue;
    result.updated.push(match.name);
    await write(() =>
      ayon.users.update(match.name, {
        attrib: {
          ...(attributes.fullName !== undefined ? { fullName: attributes.fullName } : {}),
          ...("email" in attributes ? { email: attributes.email ?? "" } : {}),
        },
        data: { kitsuId: match.desired.kitsuId },
        ...(activeChange ? { active } : {}),
      }),
    );
  }
  await grantAccess(ayon, snapshot, projectName, result, list, options, write);
  return result;
}

async function grantAccess(
  ayon: AyonClient,
  snapshot: KitsuSnapshot,
  projectName: string,
  result: UserSyncResult,
  list: AyonUserListItem[],
  options: UserSyncOptions & { projectExists?: boolean },
  write: (call: () => Promise<unknown>) => Promise<void>,
) {
  if (options.projectExists === false) return;
  const groups = { ...DEFAULT_ACCESS, ...options.accessGroups };
  const current = new Map(list.map((user) => [user.name.toLowerCase(), user.accessGroups[projectName] ?? []]));
  const persons = new Map(snapshot.persons.map((person) => [person.id, person]));
  for (const personId of snapshot.team) {
    const person = persons.get(personId);
    const name = result.byPerson.get(personId);
    const group = person ? groups[person.role] : null;
    if (!name || !group) continue;
    const has = current.get(name.toLowerCase()) ?? [];
    if (has.includes(group)) continue;
    result.granted.push(name);
    await write(() =>
      ayon.users.setAccessGroups(name, [{ project: projectName, accessGroups: [...new Set([...has, group])] }]),
    );
  }
}
