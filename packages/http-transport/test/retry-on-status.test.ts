import { describe, expect, it } from "vitest";
import { retryOnStatus } from "../src/index.js";

describe("retryOnStatus", () => {
  const reason = retryOnStatus({ anyMethod: [429], idempotentOnly: [502, 503, 504] });
  it.each([
    { given: { status: 429, idempotent: false }, want: "HTTP 429" },
    { given: { status: 503, idempotent: true }, want: "HTTP 503" },
    { given: { status: 503, idempotent: false }, want: undefined },
    { given: { status: 500, idempotent: true }, want: undefined },
    { given: { status: 200, idempotent: true }, want: undefined },
  ])("names the statuses tried again, for the requests they are safe for: $given", ({ given, want }) => {
    expect(reason(new Response(null, { status: given.status }), given.idempotent)).toBe(want);
  });
});
