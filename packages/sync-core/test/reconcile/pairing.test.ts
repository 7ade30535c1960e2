import { describe, expect, it } from "vitest";
import { projectNameOf } from "../../src/reconcile/pairing.js";

describe("projectNameOf", () => {
  it.each([
    { given: "My Show", want: "My_Show" },
    { given: "Bøb's Show", want: "Bob_s_Show" },
    { given: "Émile & Co.", want: "Emile_Co" },
    { given: "🎬", want: "kitsu_project" },
  ])("names the AYON project of $given as $want, with letters, digits and _ only", ({ given, want }) => {
    expect(projectNameOf(given)).toBe(want);
  });
});
