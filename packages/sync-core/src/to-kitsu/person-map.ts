/** Who is who on both sides, for assignees: AYON user names and Kitsu person ids. */
export interface PersonMap {
  personOf(ayonUser: string): string | undefined;
  userOf(personId: string): string | undefined;
}

const fold = (email: string | null | undefined) => (email ?? "").trim().toLowerCase();

/**
 * Maps AYON users to Kitsu persons by `kitsuId` first (the users the sync made or matched, as
 * `byPerson` lists them), then by e-mail, case folded. An e-mail two persons share maps no one.
 */
export function createPersonMap(input: {
  /** Kitsu person id -> AYON user name, from the user sync. */
  byPerson: ReadonlyMap<string, string>;
  persons: readonly { id: string; email?: string | null }[];
  ayonUsers: readonly { name: string; email?: string | null }[];
}): PersonMap {
  const toPerson = new Map<string, string>();
  const toUser = new Map<string, string>();
  for (const [personId, user] of input.byPerson) {
    toPerson.set(user, personId);
    toUser.set(personId, user);
  }
  const byEmail = new Map<string, string | null>();
  for (const person of input.persons) {
    const email = fold(person.email);
    if (email) byEmail.set(email, byEmail.has(email) ? null : person.id);
  }
  for (const user of input.ayonUsers) {
    const personId = byEmail.get(fold(user.email));
    if (!personId || toPerson.has(user.name) || toUser.has(personId)) continue;
    toPerson.set(user.name, personId);
    toUser.set(personId, user.name);
  }
  return { personOf: (user) => toPerson.get(user), userOf: (personId) => toUser.get(personId) };
}
