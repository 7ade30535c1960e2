import { describe, expect, it } from "vitest";
import { hasChecklist, linkTargets, onlyCheckboxesChanged } from "../src/activities/mentions.js";
import type { ProjectRecord } from "../src/state/records.js";

const project = {
  data: { teams: [{ name: "fx", members: [{ name: "zoe" }, { name: "adam" }] }, { name: "empty" }] },
} as unknown as ProjectRecord;

describe("mentions in an activity body", () => {
  const cases: { given: string; want: [string, string][] }[] = [
    { given: "hi [Jane](user:jane)", want: [["user", "jane"]] },
    { given: "[a](folder:1) and [b](folder:1) twice", want: [["folder", "1"]] },
    { given: "an image ![x](user:jane) is no mention", want: [] },
    { given: "[site](https://example.com) [odd](user:a:b) [x](shot:1) [y](user)", want: [] },
    {
      given: "the team [FX](team:fx)",
      want: [
        ["user", "adam"],
        ["user", "zoe"],
      ],
    },
    { given: "[none](team:empty) [missing](team:nope)", want: [] },
    { given: "[split\nlabel](user:jane)", want: [] },
    {
      given: "[a](version:1)[b](activity:2)",
      want: [
        ["version", "1"],
        ["activity", "2"],
      ],
    },
  ];
  it.each(cases)("finds $want in $given", ({ given, want }) => {
    expect(linkTargets(given, project)).toEqual(want);
  });
});

describe("checklists", () => {
  it.each([
    { given: "- [ ] todo", want: true },
    { given: "intro\n  * [x] done", want: true },
    { given: "[ ] not a list item", want: false },
    { given: "- [y] not a checkbox", want: false },
  ])("$given has a checklist: $want", ({ given, want }) => {
    expect(hasChecklist(given)).toBe(want);
  });

  it.each([
    { before: "- [ ] a\n- [ ] b", after: "- [x] a\n- [ ] b", want: true },
    { before: "- [ ] a", after: "- [X]   a", want: true },
    { before: "- [ ] a", after: "- [x] b", want: false },
  ])("$before -> $after changes only checkboxes: $want", ({ before, after, want }) => {
    expect(onlyCheckboxesChanged(before, after)).toBe(want);
  });
});
