import { describe, expect, it } from "vitest";
import { processorSelectionProblem } from "../../../src/scale-out/processor-selection.js";

describe("processorSelectionProblem: which processors may share the unsharded job topic", () => {
  const cases: { given: Parameters<typeof processorSelectionProblem>; want: boolean }[] = [
    { given: [undefined, undefined], want: false },
    { given: ["all-open", undefined], want: false },
    { given: ["paired", undefined], want: false },
    { given: [["Alpha"], undefined], want: true },
    { given: [[], undefined], want: true },
    { given: [["Alpha", "Beta"], "east"], want: false },
    { given: ["all-open", "east"], want: false },
  ];
  for (const { given, want } of cases) {
    it(`${JSON.stringify(given[0])} with shard ${given[1] ?? "none"}: ${want ? "refused" : "fine"}`, () => {
      expect(processorSelectionProblem(...given) !== undefined).toBe(want);
    });
  }

  it("names the list and says to give each such processor its own shard", () => {
    const problem = processorSelectionProblem(["Alpha", "Beta"], undefined);
    expect(problem).toContain("(Alpha, Beta)");
    expect(problem).toContain('"all-open"');
    expect(problem).toContain('"paired"');
    expect(problem).toContain("its own shard (--shard <name>, KITSU_AYON_SHARD or serve.shard)");
  });
});
