import { describe, expect, it } from "vitest";
import { retryAfterMs } from "../src/index.js";

describe("retryAfterMs", () => {
  const now = Date.parse("2026-01-01T00:00:00Z");
  const answer = (retryAfter?: string) =>
    new Response(null, { status: 503, headers: retryAfter === undefined ? {} : { "retry-after": retryAfter } });
  it.each([
    { given: "2", want: 2000 },
    { given: "0.2", want: 200 },
    { given: "-5", want: 0 },
    { given: "Thu, 01 Jan 2026 00:00:30 GMT", want: 30_000 },
    { given: "Wed, 31 Dec 2025 23:59:00 GMT", want: 0 },
    { given: "soon", want: undefined },
    { given: undefined, want: undefined },
  ])("reads Retry-After as seconds or an HTTP date: $given", ({ given, want }) => {
    expect(retryAfterMs(answer(given), now)).toBe(want);
  });
});
