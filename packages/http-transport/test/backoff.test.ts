import { describe, expect, it } from "vitest";
import { backoffMs } from "../src/index.js";

const options = { baseDelayMs: 250, maxDelayMs: 8000 };

describe("backoffMs", () => {
  it.each([
    { given: { retry: 0, random: 0 }, want: 125 },
    { given: { retry: 0, random: 1 }, want: 250 },
    { given: { retry: 2, random: 0.5 }, want: 750 },
    { given: { retry: 5, random: 1 }, want: 8000 },
    { given: { retry: 30, random: 0 }, want: 4000 },
  ])("doubles from the base, capped, with jitter in the upper half: $given", ({ given, want }) => {
    expect(backoffMs(given.retry, options, () => given.random)).toBe(want);
  });
});
