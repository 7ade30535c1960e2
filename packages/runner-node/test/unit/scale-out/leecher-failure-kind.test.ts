import {
  AyonConnectionError,
  AyonForbiddenError,
  AyonServiceUnavailableError,
  AyonUnauthorizedError,
  AyonValidationError,
  AyonWrongUrlError,
} from "@kitsu-ayon/ayon-sdk";
import { KitsuInvalidCredentialsError, KitsuPermissionError } from "@kitsu-ayon/kitsu-sdk";
import { describe, expect, it } from "vitest";
import { leecherFailureKind } from "../../../src/scale-out/leecher.js";

const dispatch = { method: "POST", path: "/api/events" };
const log = { method: "GET", path: "/data/events/last" };

describe("leecherFailureKind: what a failure to store (or read) a Kitsu event means", () => {
  const cases = [
    { given: new AyonConnectionError(dispatch, new Error("ECONNRESET")), want: "transient" },
    { given: new AyonServiceUnavailableError(dispatch, 503, { detail: "busy" }), want: "transient" },
    { given: new AyonValidationError(dispatch, 422, { detail: "invalid topic" }), want: "entity" },
    { given: new AyonUnauthorizedError(dispatch, 401, { detail: "Invalid API key" }), want: "service" },
    // Refused for the identity, not for the event: every event would be refused.
    { given: new AyonForbiddenError(dispatch, 403, { detail: "Not allowed" }), want: "service" },
    { given: new AyonWrongUrlError("not an AYON server"), want: "service" },
    { given: new KitsuPermissionError(log, 403, { message: "not allowed" }), want: "service" },
    { given: new KitsuInvalidCredentialsError(log, 400, { message: "wrong email or password" }), want: "service" },
  ] as const;
  for (const { given, want } of cases)
    it(`${given.name}: ${want}`, () => {
      expect(leecherFailureKind(given)).toBe(want);
    });
});
