import { describe, expect, it } from "vitest";
import { defaultCacheDir, isSupportedPython } from "../src/zou-install.js";

describe("isSupportedPython", () => {
  it.each([
    { given: [3, 9], want: false },
    { given: [3, 10], want: true },
    { given: [3, 14], want: true },
    { given: [3, 15], want: false },
    { given: [2, 7], want: false },
    { given: [4, 0], want: false },
  ] as const)("accepts Python $given: $want", ({ given, want }) => {
    expect(isSupportedPython(given)).toBe(want);
  });
});

describe("defaultCacheDir", () => {
  it.each([
    { given: { KITSU_AYON_CACHE_DIR: "/c", XDG_CACHE_HOME: "/x" }, want: "/c" },
    { given: { XDG_CACHE_HOME: "/x" }, want: "/x/kitsu-ayon" },
  ])("uses $want for $given", ({ given, want }) => {
    expect(defaultCacheDir(given)).toBe(want);
  });

  it("falls back to ~/.cache/kitsu-ayon", () => {
    expect(defaultCacheDir({})).toMatch(/\/\.cache\/kitsu-ayon$/);
  });
});
