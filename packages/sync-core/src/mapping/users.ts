import type { KitsuSchemas } from "@kitsu-ayon/kitsu-sdk";
import type { MappingWarning } from "../model/desired-state.js";
import type { KitsuSnapshot } from "../model/kitsu-snapshot.js";
import { capName, compareText, MAX_NAME_LENGTH, toAscii, withSuffix } from "./names.js";

type KitsuPerson = KitsuSchemas["Person"];
export type KitsuRole = KitsuSchemas["Role"];
/** AYON's user levels (`isAdmin`, `isManager`, neither). */
export type AyonRole = "admin" | "manager" | "user";

/** A Kitsu person as an AYON user should be. */
export interface DesiredUser {
  /** Stored as the user's `data.kitsuId`. */
  kitsuId: string;
  /** The name for a new user; an existing matched user keeps its own. */
  name: string;
  fullName: string;
  email: string | null;
  active: boolean;
  role: AyonRole;
}

/** The addon's default role settings: supervisors manage, vendors and clients are plain users. */
export const DEFAULT_ROLE_MAP: Readonly<Record<KitsuRole, AyonRole>> = {
  admin: "admin",
  manager: "manager",
  supervisor: "manager",
  user: "user",
  vendor: "user",
  client: "user",
};

export interface UserOptions {
  /** Only the persons of the project's team (the addon synced the whole studio). */
  teamOnly?: boolean;
  /** Overrides of {@link DEFAULT_ROLE_MAP}. */
  roles?: Partial<Record<KitsuRole, AyonRole>>;
}

export interface MappedUsers {
  users: DesiredUser[];
  warnings: MappingWarning[];
}

/**
 * Kitsu persons as AYON users. Bots are not people and never get a user. Names are unique
 * case-insensitively: the oldest person keeps a shared name, a homonym gets `_2`, `_3`... (the
 * addon let the second overwrite the first).
 */
export function desiredUsers(snapshot: KitsuSnapshot, options: UserOptions = {}): MappedUsers {
  const team = new Set(snapshot.team);
  const persons = snapshot.persons
    .filter((person) => !person.is_bot && (!options.teamOnly || team.has(person.id)))
    .sort((a, b) => compareText(a.created_at, b.created_at) || compareText(a.id, b.id));
  const roles = { ...DEFAULT_ROLE_MAP, ...options.roles };
  const taken = new Set<string>();
  const warnings: MappingWarning[] = [];
  const users = persons.map((person) => {
    const derived = derivedUserName(person);
    const name = freeUserName(derived, taken);
    taken.add(name.toLowerCase());
    if (name !== derived) {
      warnings.push({
        kitsuId: person.id,
        message: `user name "${derived}" is already another person's; named "${name}"`,
      });
    }
    return desiredUser(person, name, roles[person.role] ?? "user");
  });
  return { users, warnings };
}

function desiredUser(person: KitsuPerson, name: string, role: AyonRole): DesiredUser {
  return {
    kitsuId: person.id,
    name,
    fullName: person.full_name?.trim() || [person.first_name, person.last_name].join(" ").trim(),
    email: person.email?.trim() || null,
    // Kitsu keeps departed people as inactive or archived persons; neither may log in to AYON.
    active: person.active !== false && person.archived !== true,
    role,
  };
}

/**
 * The addon's `to_username`: "first.last" (or "first"), transliterated, lower case, without spaces
 * ("Esbjörn Bøb" "Kožušček 1" -> "esbjornbob.kozuscek1"). Without usable names, the email's local
 * part; without either, "user_" and the start of the Kitsu id.
 */
export function derivedUserName(person: Pick<KitsuPerson, "id" | "first_name" | "last_name" | "email">): string {
  const first = person.first_name?.trim() ?? "";
  const last = person.last_name?.trim() ?? "";
  const fromNames = userNameFrom(last ? `${first}.${last}` : first);
  if (fromNames.length >= 2) return fromNames;
  const fromEmail = userNameFrom((person.email ?? "").split("@")[0]?.split("+")[0] ?? "");
  if (fromEmail.length >= 2) return fromEmail;
  return `user_${
    person.id
      .toLowerCase()
      .replace(/[^a-z0-9]/g, "")
      .slice(0, 8) || "unknown"
  }`;
}

/** Text reduced to what AYON accepts in a user name: `[a-z0-9_.-]`, alphanumeric at both ends. */
function userNameFrom(text: string): string {
  const cleaned = toAscii(text)
    .toLowerCase()
    .replace(/[^a-z0-9_.-]/g, "")
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, "");
  return capName(cleaned, MAX_NAME_LENGTH);
}

function freeUserName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base.toLowerCase())) return base;
  for (let number = 2; ; number++) {
    const candidate = withSuffix(base, String(number));
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** What the matching needs of an AYON user. */
export interface ExistingAyonUser {
  name: string;
  email?: string | null;
  /** The user's `data.kitsuId`. */
  kitsuId?: string | null;
  fullName?: string | null;
  active?: boolean;
}

export type MatchedBy = "kitsuId" | "email" | "name";

/** New values of the fields that differ; an empty object when the user is up to date. */
export interface UserChanges {
  fullName?: string;
  email?: string | null;
  active?: boolean;
}

export interface MatchedUser {
  desired: DesiredUser;
  /** The existing AYON user's name, kept: renaming a user logs it out and breaks its references. */
  name: string;
  /** How it matched; anything but `kitsuId` means the user's `data.kitsuId` must be written. */
  by: MatchedBy;
  changes: UserChanges;
}

export interface UserMatching {
  matched: MatchedUser[];
  /** Users to create, with names free among the existing users. */
  toCreate: DesiredUser[];
  warnings: MappingWarning[];
}

type Index = Map<string, ExistingAyonUser[]>;

/**
 * Pairs desired users with existing AYON users: first by `data.kitsuId`, then by email
 * (case-insensitive), then by the derived user name. Each existing user pairs with one person at
 * most. Email and name only adopt a user that belongs to no Kitsu person yet (no `kitsuId`): a user
 * of another person is never taken over, which is how the addon merged homonyms.
 */
export function matchUsers(desired: readonly DesiredUser[], existing: readonly ExistingAyonUser[]): UserMatching {
  const sorted = [...existing].sort((a, b) => compareText(a.name.toLowerCase(), b.name.toLowerCase()));
  const unowned = sorted.filter((user) => !user.kitsuId);
  const passes: [MatchedBy, Index, (user: DesiredUser) => string | null][] = [
    ["kitsuId", indexBy(sorted, (user) => user.kitsuId ?? null), (user) => user.kitsuId],
    ["email", indexBy(unowned, (user) => foldEmail(user.email)), (user) => foldEmail(user.email)],
    ["name", indexBy(unowned, (user) => user.name.toLowerCase()), (user) => user.name.toLowerCase()],
  ];
  const claimed = new Set<string>();
  const pairs = new Map<string, { user: ExistingAyonUser; by: MatchedBy }>();
  const warnings: MappingWarning[] = [];
  for (const [by, index, keyOf] of passes) {
    for (const user of desired) {
      if (pairs.has(user.kitsuId)) continue;
      const candidates = (index.get(keyOf(user) ?? "") ?? []).filter((c) => !claimed.has(c.name.toLowerCase()));
      const [first] = candidates;
      if (first === undefined) continue;
      if (candidates.length > 1) warnings.push(ambiguity(user, by, candidates));
      claimed.add(first.name.toLowerCase());
      pairs.set(user.kitsuId, { user: first, by });
    }
  }
  const matched = desired.flatMap((user) => {
    const pair = pairs.get(user.kitsuId);
    return pair === undefined
      ? []
      : [{ desired: user, name: pair.user.name, by: pair.by, changes: userChanges(user, pair.user) }];
  });
  const unmatched = desired.filter((user) => !pairs.has(user.kitsuId));
  return { matched, ...namesForCreation(unmatched, existing, warnings) };
}

function indexBy(users: readonly ExistingAyonUser[], keyOf: (user: ExistingAyonUser) => string | null): Index {
  const index: Index = new Map();
  for (const user of users) {
    const key = keyOf(user);
    if (!key) continue;
    const list = index.get(key);
    if (list === undefined) index.set(key, [user]);
    else list.push(user);
  }
  return index;
}

function foldEmail(email: string | null | undefined): string | null {
  return email?.trim().toLowerCase() || null;
}

function ambiguity(user: DesiredUser, by: MatchedBy, candidates: readonly ExistingAyonUser[]): MappingWarning {
  const names = candidates.map((candidate) => `"${candidate.name}"`).join(", ");
  return { kitsuId: user.kitsuId, message: `several AYON users match by ${by} (${names}); paired with the first` };
}

/** Emails compare case-insensitively: a difference of case alone is not worth a write. */
function userChanges(desired: DesiredUser, existing: ExistingAyonUser): UserChanges {
  const changes: UserChanges = {};
  if ((existing.fullName ?? "") !== desired.fullName) changes.fullName = desired.fullName;
  if (foldEmail(existing.email) !== foldEmail(desired.email)) changes.email = desired.email;
  if ((existing.active ?? true) !== desired.active) changes.active = desired.active;
  return changes;
}

/** New users whose derived name an existing user already has get `_2`, `_3`... */
function namesForCreation(
  unmatched: readonly DesiredUser[],
  existing: readonly ExistingAyonUser[],
  warnings: MappingWarning[],
): Pick<UserMatching, "toCreate" | "warnings"> {
  const existingNames = new Set(existing.map((user) => user.name.toLowerCase()));
  const taken = new Set([...existingNames, ...unmatched.map((user) => user.name.toLowerCase())]);
  const toCreate = unmatched.map((user) => {
    if (!existingNames.has(user.name.toLowerCase())) return user;
    const name = freeUserName(user.name, taken);
    taken.add(name.toLowerCase());
    warnings.push({
      kitsuId: user.kitsuId,
      message: `AYON user "${user.name}" belongs to someone else; the new user is named "${name}"`,
    });
    return { ...user, name };
  });
  return { toCreate, warnings };
}

/** Kitsu person id -> AYON user name, for the `users` option of `buildDesiredProject`. */
export function ayonUserNames(matching: Pick<UserMatching, "matched" | "toCreate">): Map<string, string> {
  return new Map([
    ...matching.matched.map((match) => [match.desired.kitsuId, match.name] as const),
    ...matching.toCreate.map((user) => [user.kitsuId, user.name] as const),
  ]);
}
