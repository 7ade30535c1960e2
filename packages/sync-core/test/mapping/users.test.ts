import { describe, expect, it } from "vitest";
import { AYON_USER_NAME_PATTERN } from "../../src/mapping/names.js";
import {
  ayonUserNames,
  type DesiredUser,
  derivedUserName,
  desiredUsers,
  type ExistingAyonUser,
  matchUsers,
} from "../../src/mapping/users.js";
import { kitsu, snapshotOf } from "./fixtures.js";

describe("derivedUserName", () => {
  it.each([
    { case: "first.last, as the addon", first: "Ann", last: "Lee", email: null, want: "ann.lee" },
    {
      case: "transliterated, spaces dropped",
      first: "Esbjörn Bøb",
      last: "Kožušček 1",
      email: null,
      want: "esbjornbob.kozuscek1",
    },
    {
      case: "spaces inside names dropped",
      first: "Bob J",
      last: "Mc Bobertson",
      email: null,
      want: "bobj.mcbobertson",
    },
    { case: "the first name alone without a last name", first: "Zoë", last: "", email: null, want: "zoe" },
    { case: "punctuation dropped", first: "O'Brien", last: "D'Arcy!", email: null, want: "obrien.darcy" },
    {
      case: "the email's local part without usable names",
      first: "李",
      last: "",
      email: "Li.Wei+kitsu@studio.test",
      want: "li.wei",
    },
    { case: "the Kitsu id without names or email", first: "🎬", last: "", email: null, want: "user_abcd1234" },
    {
      case: "a one-letter name is too short for AYON",
      first: "X",
      last: "",
      email: "xavier@studio.test",
      want: "xavier",
    },
  ])("$case: $want", ({ first, last, email, want }) => {
    const name = derivedUserName({ id: "abcd1234-ffff", first_name: first, last_name: last, email });
    expect(name).toBe(want);
    expect(name).toMatch(AYON_USER_NAME_PATTERN);
  });
});

describe("desiredUsers", () => {
  const persons = [
    kitsu.person("p-ann", "Ann", "Lee", { role: "supervisor", full_name: "Ann Lee" }),
    kitsu.person("p-bot", "Render", "Bot", { is_bot: true }),
    kitsu.person("p-old", "Old", "Timer", { active: false }),
    kitsu.person("p-gone", "Gone", "Girl", { archived: true }),
    kitsu.person("p-boss", "Big", "Boss", { role: "admin", email: null }),
  ];

  it("maps persons to users and never gives a bot one", () => {
    const { users, warnings } = desiredUsers(snapshotOf({ persons }));
    expect(users).toEqual([
      {
        kitsuId: "p-ann",
        name: "ann.lee",
        fullName: "Ann Lee",
        email: "ann@studio.test",
        active: true,
        role: "manager",
      },
      { kitsuId: "p-boss", name: "big.boss", fullName: "Big Boss", email: null, active: true, role: "admin" },
      {
        kitsuId: "p-gone",
        name: "gone.girl",
        fullName: "Gone Girl",
        email: "gone@studio.test",
        active: false,
        role: "user",
      },
      {
        kitsuId: "p-old",
        name: "old.timer",
        fullName: "Old Timer",
        email: "old@studio.test",
        active: false,
        role: "user",
      },
    ]);
    expect(warnings).toEqual([]);
  });

  it("keeps only the project's team when asked", () => {
    const { users } = desiredUsers(snapshotOf({ persons, team: ["p-ann", "p-bot"] }), { teamOnly: true });
    expect(users.map((user) => user.kitsuId)).toEqual(["p-ann"]);
  });

  it("applies role overrides", () => {
    const { users } = desiredUsers(snapshotOf({ persons: [persons[0] ?? kitsu.person("x", "X", "Y")] }), {
      roles: { supervisor: "user" },
    });
    expect(users[0]?.role).toBe("user");
  });

  it("gives homonyms distinct names, the oldest person keeping the plain one", () => {
    const homonyms = [
      kitsu.person("p-2", "John", "Smith", { created_at: "2024-06-01T00:00:00", email: "js2@studio.test" }),
      kitsu.person("p-1", "John", "Smith", { created_at: "2023-01-01T00:00:00", email: "js1@studio.test" }),
    ];
    const { users, warnings } = desiredUsers(snapshotOf({ persons: homonyms }));
    expect(users.map((user) => [user.kitsuId, user.name])).toEqual([
      ["p-1", "john.smith"],
      ["p-2", "john.smith_2"],
    ]);
    expect(warnings).toEqual([
      { kitsuId: "p-2", message: 'user name "john.smith" is already another person\'s; named "john.smith_2"' },
    ]);
  });
});

describe("matchUsers", () => {
  const desired = (kitsuId: string, name: string, fields: Partial<DesiredUser> = {}): DesiredUser => ({
    kitsuId,
    name,
    fullName: "Ann Lee",
    email: "ann@studio.test",
    active: true,
    role: "user",
    ...fields,
  });
  const ann = desired("p-ann", "ann.lee");

  it.each<{ case: string; existing: ExistingAyonUser[]; want: { name: string; by: string } | undefined }>([
    {
      case: "by data.kitsuId first, whatever the email and name",
      existing: [
        { name: "ann.lee", email: "ann@studio.test" },
        { name: "annie", email: "old@studio.test", kitsuId: "p-ann" },
      ],
      want: { name: "annie", by: "kitsuId" },
    },
    {
      case: "by email, case-insensitively, before the name",
      existing: [
        { name: "ann.lee", email: "other@studio.test" },
        { name: "alee", email: "ANN@Studio.test" },
      ],
      want: { name: "alee", by: "email" },
    },
    {
      case: "by derived name last, case-insensitively",
      existing: [{ name: "Ann.Lee", email: "someone@studio.test" }],
      want: { name: "Ann.Lee", by: "name" },
    },
    {
      case: "never by email to a user of another Kitsu person",
      existing: [{ name: "alee", email: "ann@studio.test", kitsuId: "p-other" }],
      want: undefined,
    },
    {
      case: "never by name to a user of another Kitsu person (homonyms)",
      existing: [{ name: "ann.lee", kitsuId: "p-other" }],
      want: undefined,
    },
  ])("matches $case", ({ existing, want }) => {
    const result = matchUsers([ann], existing);
    expect(
      result.matched[0] === undefined ? undefined : { name: result.matched[0].name, by: result.matched[0].by },
    ).toEqual(want);
    expect(result.toCreate.length).toBe(want === undefined ? 1 : 0);
  });

  it("keeps the existing user name and reports changed full name, email and active", () => {
    const result = matchUsers(
      [desired("p-ann", "ann.lee", { fullName: "Ann Lee-Park", email: "ann@new.test", active: false })],
      [{ name: "annie", kitsuId: "p-ann", fullName: "Ann Lee", email: "ann@studio.test", active: true }],
    );
    expect(result.matched).toEqual([
      {
        desired: expect.objectContaining({ kitsuId: "p-ann" }),
        name: "annie",
        by: "kitsuId",
        changes: { fullName: "Ann Lee-Park", email: "ann@new.test", active: false },
      },
    ]);
  });

  it("reports no change for an up-to-date user, nor for an email differing only by case", () => {
    const result = matchUsers(
      [ann],
      [{ name: "ann.lee", kitsuId: "p-ann", fullName: "Ann Lee", email: "Ann@Studio.test" }],
    );
    expect(result.matched[0]?.changes).toEqual({});
  });

  it("pairs each existing user with one person at most", () => {
    const twins = [
      desired("p-1", "sam", { email: "sam@studio.test" }),
      desired("p-2", "sam_2", { email: "sam@studio.test" }),
    ];
    const result = matchUsers(twins, [{ name: "sam", email: "sam@studio.test" }]);
    expect(result.matched.map((match) => match.desired.kitsuId)).toEqual(["p-1"]);
    expect(result.toCreate.map((user) => user.kitsuId)).toEqual(["p-2"]);
  });

  it("creates users under a free name when the derived one belongs to someone else", () => {
    const result = matchUsers([ann], [{ name: "ann.lee", kitsuId: "p-other" }]);
    expect(result.toCreate).toEqual([{ ...ann, name: "ann.lee_2" }]);
    expect(result.warnings[0]?.message).toBe(
      'AYON user "ann.lee" belongs to someone else; the new user is named "ann.lee_2"',
    );
  });

  it("warns when several users match, and pairs with the first by name", () => {
    const result = matchUsers(
      [ann],
      [
        { name: "zed", email: "ann@studio.test" },
        { name: "abe", email: "ann@studio.test" },
      ],
    );
    expect(result.matched[0]?.name).toBe("abe");
    expect(result.warnings[0]?.message).toContain("several AYON users match by email");
  });

  it("gives the AYON user name of every person, matched or created", () => {
    const result = matchUsers(
      [ann, desired("p-bob", "bob.ray", { email: "bob@studio.test" })],
      [{ name: "annie", kitsuId: "p-ann" }],
    );
    expect(Object.fromEntries(ayonUserNames(result))).toEqual({ "p-ann": "annie", "p-bob": "bob.ray" });
  });
});
