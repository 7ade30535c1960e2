import {
  AyonConflictError,
  AyonConnectionError,
  AyonForbiddenError,
  AyonLockedError,
  AyonServerError,
  AyonServiceUnavailableError,
  AyonTimeoutError,
  AyonUnauthorizedError,
  AyonValidationError,
  AyonWrongUrlError,
} from "@kitsu-ayon/ayon-sdk";
import {
  KitsuAuthenticationError,
  KitsuBadRequestError,
  KitsuConnectionError,
  KitsuInvalidCredentialsError,
  KitsuNotFoundError,
  KitsuPermissionError,
  KitsuRateLimitError,
  KitsuServerError,
  KitsuTimeoutError,
  KitsuWrongUrlError,
} from "@kitsu-ayon/kitsu-sdk";
import { describe, expect, it } from "vitest";
import { classifyFailure, decideFailure, type FailureKind, retryDelayMs } from "../../src/engine/failure-policy.js";

const kitsu = { method: "GET", path: "/data/shots" };
const ayon = { method: "POST", path: "/api/projects/p/operations" };

const cases: [string, unknown, FailureKind][] = [
  ["Kitsu unreachable", new KitsuConnectionError(kitsu, new Error("ECONNREFUSED")), "transient"],
  ["Kitsu timed out", new KitsuTimeoutError(kitsu, 30_000), "transient"],
  ["Kitsu 502 from its proxy", new KitsuServerError(kitsu, 502, {}), "transient"],
  ["Kitsu rate limit", new KitsuRateLimitError(kitsu, 429, {}), "transient"],
  ["Kitsu 500 (one request's bug)", new KitsuServerError(kitsu, 500, {}), "entity"],
  ["AYON unreachable", new AyonConnectionError(ayon, new Error("ECONNRESET")), "transient"],
  ["AYON timed out", new AyonTimeoutError(ayon, 30_000), "transient"],
  ["AYON busy (503)", new AyonServiceUnavailableError(ayon, 503, {}), "transient"],
  ["AYON 504 from its proxy", new AyonServerError(ayon, 504, {}), "transient"],
  ["AYON locked", new AyonLockedError(ayon, 409, { detail: "Entity is locked by another operation" }), "transient"],
  ["a timeout DOMException", new DOMException("The operation timed out.", "TimeoutError"), "transient"],
  [
    "an outage under a wrapper",
    new Error("batch failed", { cause: new KitsuConnectionError(kitsu, null) }),
    "transient",
  ],
  ["Kitsu refused the token", new KitsuAuthenticationError(kitsu, 401, {}), "service"],
  ["Kitsu refused the password", new KitsuInvalidCredentialsError(kitsu, 400, {}), "service"],
  ["Kitsu says no to the bot", new KitsuPermissionError(kitsu, 403, {}), "service"],
  ["not a Zou API", new KitsuWrongUrlError("GET /: not Zou"), "service"],
  ["AYON refused the key", new AyonUnauthorizedError(ayon, 401, {}), "service"],
  ["not an AYON server", new AyonWrongUrlError("GET /api/info: not AYON"), "service"],
  ["Kitsu: a missing shot", new KitsuNotFoundError(kitsu, 404, {}), "entity"],
  ["Kitsu: a bad request", new KitsuBadRequestError(kitsu, 400, {}), "entity"],
  ["AYON: an invalid name", new AyonValidationError(ayon, 400, {}), "entity"],
  ["AYON: a taken name (500)", new AyonServerError(ayon, 500, {}), "entity"],
  ["AYON: a folder with published versions", new AyonForbiddenError(ayon, 403, {}), "entity"],
  ["AYON: a conflict", new AyonConflictError(ayon, 409, {}), "entity"],
  ["a handler's own error", new Error("studio rule failed"), "entity"],
  ["a thrown string", "boom", "entity"],
];

describe("classifyFailure", () => {
  it.each(cases.map(([name, error, kind]) => ({ name, error, kind })))("$name is $kind", ({ error, kind }) => {
    expect(classifyFailure(error)).toBe(kind);
  });
});

describe("retryDelayMs", () => {
  it("doubles from the base, stays under the cap, and jitters between half the delay and the whole", () => {
    const top = () => 1;
    expect([1, 2, 3, 4, 5, 6].map((retry) => retryDelayMs(retry, 1000, 10_000, top))).toEqual([
      1000, 2000, 4000, 8000, 10_000, 10_000,
    ]);
    expect(retryDelayMs(1, 1000, 10_000, () => 0)).toBe(500);
    expect(retryDelayMs(3, 1000, 10_000, () => 0.5)).toBe(3000);
  });
});

describe("decideFailure", () => {
  const policy = { attempts: 3, baseDelayMs: 1000, maxDelayMs: 60_000, outageMaxDelayMs: 10_000 };
  const top = () => 1;

  it("waits out an outage with capped backoff, however long it lasts, and never parks", () => {
    const outage = new AyonConnectionError(ayon, new Error("ECONNREFUSED"));
    const delays = [0, 1, 2, 3, 4, 10, 100].map((outageRetries) =>
      decideFailure(outage, { attempts: 2, outageRetries }, policy, top),
    );
    expect(delays.map((each) => each.action)).toEqual(Array(7).fill("wait-out"));
    expect(delays.map((each) => (each.action === "wait-out" ? each.delayMs : -1))).toEqual([
      1000, 2000, 4000, 8000, 10_000, 10_000, 10_000,
    ]);
  });

  it("retries a failure of the event itself with backoff, then parks it on its last attempt", () => {
    const refused = new AyonValidationError(ayon, 400, { detail: "bad name" });
    expect(decideFailure(refused, { attempts: 0, outageRetries: 7 }, policy, top)).toEqual({
      action: "retry",
      attempt: 1,
      delayMs: 1000,
    });
    expect(decideFailure(refused, { attempts: 1, outageRetries: 0 }, policy, top)).toEqual({
      action: "retry",
      attempt: 2,
      delayMs: 2000,
    });
    expect(decideFailure(refused, { attempts: 2, outageRetries: 0 }, policy, top)).toEqual({
      action: "park",
      attempt: 3,
    });
  });

  it("stops the sync on refused credentials, whatever the event's tries", () => {
    expect(decideFailure(new AyonUnauthorizedError(ayon, 401, {}), { attempts: 0, outageRetries: 0 }, policy)).toEqual({
      action: "stop",
    });
    expect(
      decideFailure(new KitsuInvalidCredentialsError(kitsu, 400, {}), { attempts: 4, outageRetries: 9 }, policy),
    ).toEqual({ action: "stop" });
  });
});
