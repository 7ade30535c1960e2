import { describe, expect, it } from "vitest";
import {
  AYON_LABEL_PATTERN,
  AYON_NAME_PATTERN,
  ayonLabel,
  ayonName,
  FALLBACK_NAME,
  MAX_NAME_LENGTH,
  uniqueSiblingNames,
  withSuffix,
} from "../../src/mapping/names.js";

describe("ayonName", () => {
  it.each([
    { case: "lower-cases like the addon's slugify", given: "SH010", want: "sh010" },
    { case: "joins words with one underscore", given: "An Updated Name!", want: "an_updated_name" },
    { case: "drops an apostrophe and a semicolon", given: "Bob's shot; take 2", want: "bob_s_shot_take_2" },
    { case: "transliterates accents", given: "Élodie Crème Brûlée", want: "elodie_creme_brulee" },
    { case: "transliterates letters NFKD keeps", given: "Søren Ærø Straße Łódź", want: "soren_aero_strasse_lodz" },
    { case: "keeps the digits of full-width characters", given: "ＳＨ０１０", want: "sh010" },
    { case: "drops emoji around a word", given: "🎬 Intro 🎬", want: "intro" },
    { case: "trims separators at both ends", given: "__--sh010--__", want: "sh010" },
    { case: "turns dots and dashes into underscores", given: "v1.2-final", want: "v1_2_final" },
    { case: "falls back for emoji only", given: "🎬🍿", want: FALLBACK_NAME },
    { case: "falls back for punctuation only", given: "';;'", want: FALLBACK_NAME },
    { case: "falls back for an empty name", given: "", want: FALLBACK_NAME },
    { case: "falls back for a script with no ASCII form", given: "東京", want: FALLBACK_NAME },
  ])("$case: $given -> $want", ({ given, want }) => {
    expect(ayonName(given)).toBe(want);
    expect(ayonName(given)).toMatch(AYON_NAME_PATTERN);
  });

  it.each([
    { case: "200 letters", given: "a".repeat(200) },
    { case: "200 characters cut on a separator", given: `${"a".repeat(63)} ${"b".repeat(136)}` },
    { case: "words of accented letters", given: "Éé ".repeat(70) },
  ])("caps a long name at 64 characters and keeps it valid: $case", ({ given }) => {
    const name = ayonName(given);
    expect(name.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    expect(name).toMatch(AYON_NAME_PATTERN);
    expect(name).not.toMatch(/_$/);
  });
});

describe("ayonLabel", () => {
  it.each([
    { given: "Bob's shot", want: "Bobs shot" },
    { given: "A; B", want: "A B" },
    { given: "  Élodie's 🎬  ", want: "Élodies 🎬" },
    { given: "SH010", want: "SH010" },
  ])("keeps the Kitsu name without ' and ;: $given -> $want", ({ given, want }) => {
    expect(ayonLabel(given)).toBe(want);
    expect(ayonLabel(given)).toMatch(AYON_LABEL_PATTERN);
  });
});

describe("uniqueSiblingNames", () => {
  it("keeps names that do not collide, without warnings", () => {
    const result = uniqueSiblingNames([
      { key: "b", name: "sh010" },
      { key: "a", name: "sh020" },
    ]);
    expect(Object.fromEntries(result.names)).toEqual({ a: "sh020", b: "sh010" });
    expect(result.warnings).toEqual([]);
  });

  it("gives the plain name to the first key and a suffix from their own key to the others", () => {
    const given = [
      { key: "c3f1a2b4-0000", kitsuName: "SH010" },
      { key: "a1b2c3d4-0000", kitsuName: "sh010" },
      { key: "b9e8d7c6-0000", kitsuName: "Sh 010" },
      { key: "d4d4d4d4-0000", kitsuName: "Sh_010" },
      { key: "e5e5e5e5-0000", kitsuName: "sh-010" },
    ];
    const result = uniqueSiblingNames(given.map(({ key, kitsuName }) => ({ key, name: ayonName(kitsuName) })));
    expect(Object.fromEntries(result.names)).toEqual({
      "a1b2c3d4-0000": "sh010",
      "c3f1a2b4-0000": "sh010_c3f1a2",
      "b9e8d7c6-0000": "sh_010",
      "d4d4d4d4-0000": "sh_010_d4d4d4",
      "e5e5e5e5-0000": "sh_010_e5e5e5",
    });
    expect(result.warnings.map((warning) => warning.kitsuId)).toEqual([
      "c3f1a2b4-0000",
      "d4d4d4d4-0000",
      "e5e5e5e5-0000",
    ]);
    expect(result.warnings[0]?.message).toContain('named "sh010_c3f1a2"');
  });

  it("gives the plain name to the oldest sibling when creation times are known", () => {
    const result = uniqueSiblingNames([
      { key: "aaaaaaaa", name: "sh010", createdAt: "2024-05-01T00:00:00" },
      { key: "bbbbbbbb", name: "sh010", createdAt: "2024-01-01T00:00:00" },
    ]);
    expect(result.names.get("bbbbbbbb")).toBe("sh010");
    expect(result.names.get("aaaaaaaa")).toBe("sh010_aaaaaa");
  });

  it("compares names case-insensitively, as AYON's unique index does", () => {
    const result = uniqueSiblingNames([
      { key: "k1", name: "Main" },
      { key: "k2", name: "main" },
    ]);
    expect(result.names.get("k2")).toBe("main_k2");
  });

  it("does not rename a sibling when another one is added or removed", () => {
    const base = [
      { key: "a0000001", name: "sh010" },
      { key: "c0000003", name: "sh010" },
    ];
    const before = uniqueSiblingNames(base).names.get("c0000003");
    const after = uniqueSiblingNames([...base, { key: "b0000002", name: "sh010" }]).names.get("c0000003");
    expect(after).toBe(before);
  });

  it("never fails: a taken suffix is lengthened, then numbered", () => {
    const result = uniqueSiblingNames([
      { key: "x", name: "sh010" },
      { key: "y", name: "sh010" },
      { key: "z", name: "sh010_y" },
      { key: "zz", name: "sh010_2" },
    ]);
    expect(result.names.get("x")).toBe("sh010");
    expect(result.names.get("y")).toBe("sh010_3");
    expect(new Set(result.names.values()).size).toBe(4);
  });

  it("keeps a suffixed 64-character name within 64 characters and valid", () => {
    const long = ayonName("x".repeat(200));
    const result = uniqueSiblingNames([
      { key: "k-1", name: long },
      { key: "k-2", name: long },
    ]);
    const suffixed = result.names.get("k-2") ?? "";
    expect(suffixed).toHaveLength(MAX_NAME_LENGTH);
    expect(suffixed).toMatch(/_k2$/);
    expect(suffixed).toMatch(AYON_NAME_PATTERN);
  });

  it("drops a separator left at the cut before adding a suffix", () => {
    expect(withSuffix(`${"a".repeat(60)}_bbbb`, "abc123", 64)).toBe(`${"a".repeat(57)}_abc123`);
  });
});
