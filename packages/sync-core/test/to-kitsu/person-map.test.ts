import { describe, expect, it } from "vitest";
import { createPersonMap } from "../../src/to-kitsu/person-map.js";

describe("createPersonMap", () => {
  const people = createPersonMap({
    byPerson: new Map([["p-ana", "ana"]]),
    persons: [
      { id: "p-ana", email: "ana@studio.com" },
      { id: "p-bob", email: "Bob@Studio.com" },
      { id: "p-twin1", email: "twin@studio.com" },
      { id: "p-twin2", email: "twin@studio.com" },
    ],
    ayonUsers: [
      { name: "ana.other", email: "ana@studio.com" },
      { name: "bob", email: "bob@studio.com " },
      { name: "twin", email: "twin@studio.com" },
    ],
  });

  it.each([
    { given: "ana", want: "p-ana", why: "by kitsuId" },
    { given: "ana.other", want: undefined, why: "the person already has a user by kitsuId" },
    { given: "bob", want: "p-bob", why: "by e-mail, case and spaces folded" },
    { given: "twin", want: undefined, why: "an e-mail two persons share maps no one" },
  ])("$given -> $want ($why)", ({ given, want }) => {
    expect(people.personOf(given)).toBe(want);
  });

  it("maps back the same pairs", () => {
    expect(["p-ana", "p-bob", "p-twin1"].map(people.userOf)).toEqual(["ana", "bob", undefined]);
  });
});
