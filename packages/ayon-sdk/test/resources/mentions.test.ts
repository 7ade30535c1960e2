import { describe, expect, it } from "vitest";
import { mention, mentionUser } from "../../src/index.js";

describe("mention links", () => {
  it.each([
    { given: () => mentionUser("jane"), want: "[jane](user:jane)" },
    { given: () => mentionUser("jane", "Jane Doe"), want: "[Jane Doe](user:jane)" },
    {
      given: () => mention("task", "0123456789abcdef0123456789abcdef", "anim"),
      want: "[anim](task:0123456789abcdef0123456789abcdef)",
    },
    { given: () => mention("team", "fx"), want: "[fx](team:fx)" },
    { given: () => mention("user", "jane", "[lead] Jane"), want: "[lead Jane](user:jane)" },
  ])("writes $want", ({ given, want }) => {
    expect(given()).toBe(want);
  });
});
