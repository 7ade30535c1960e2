import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  isKitsuEventName,
  isLiveOnlyKitsuEvent,
  KITSU_EVENT_NAMES,
  KITSU_LIVE_ONLY_EVENT_NAMES,
  type KitsuEventName,
} from "../../src/events/catalogue.js";
import type {
  KitsuEventPayload,
  KitsuEventPayloads,
  KitsuLegacyTaskToReviewPayload,
  KitsuTaskToReviewPayload,
} from "../../src/events/payloads.js";

/** The AST scan of Zou 1.0.67, kept beside the repository (`<repo>/../shared/reference`). */
const zou1067Catalogue = fileURLToPath(
  new URL("../../../../../shared/reference/kitsu-event-catalogue.txt", import.meta.url),
);

/** Literal names of the scan: its `## "<name>"` headings (dynamic names are `## f"..."`). */
function namesOfScan(text: string): string[] {
  return [...text.matchAll(/^## "([^"]+)"$/gm)].map((match) => match[1] ?? "");
}

/** A typed subscription, as the event stream's `on()` declares it (type-checked by `tsc`, not run). */
function on<N extends KitsuEventName>(name: N, handler: (payload: KitsuEventPayload<N>) => void) {
  return { name, handler };
}

describe("KITSU_EVENT_NAMES", () => {
  it("is sorted and has no duplicates", () => {
    expect([...KITSU_EVENT_NAMES]).toEqual([...new Set(KITSU_EVENT_NAMES)].sort());
  });

  it.skipIf(!existsSync(zou1067Catalogue))("holds every name the Zou 1.0.67 scan found", () => {
    const scanned = namesOfScan(readFileSync(zou1067Catalogue, "utf8"));
    expect(scanned.length).toBeGreaterThan(90);
    expect(scanned.filter((name) => !isKitsuEventName(name))).toEqual([]);
  });

  it("lists only live-only names that are catalogue names", () => {
    expect(KITSU_LIVE_ONLY_EVENT_NAMES.filter((name) => !isKitsuEventName(name))).toEqual([]);
  });
});

describe("isKitsuEventName", () => {
  it.each([
    "task:status-changed",
    "task-type:new",
    "asset_instance:add-to-shot",
    "asset-instance:new",
    "playlist:add_entity",
    "production_schedule_version:update",
    "budget:create",
    "budget:new",
    "concept-folder:update",
    "conceptfolder:update",
    "output_type:new",
    "task:to-review",
    "main:test",
  ])("accepts %s, which Zou emits", (name) => {
    expect(isKitsuEventName(name)).toBe(true);
  });

  it.each([
    // Stale names from the Kitsu and gazu docs, and near misses: Zou 1.0.97 emits none of them.
    "task:start",
    "task_type:new",
    "working_file:new",
    "preview:add",
    "asset-instance:add-to-shot",
    "salary-scale:new",
    "Task:Status-Changed",
    "",
  ])("rejects %j, which Zou never emits", (name) => {
    expect(isKitsuEventName(name)).toBe(false);
  });
});

describe("isLiveOnlyKitsuEvent", () => {
  it.each([
    ["task:update-casting-stats", true],
    ["comment:delete-reply", true],
    ["comment:acknowledge", true],
    ["chat:joined", true],
    ["main:test", true],
    // Persisted by the /data/notifications and /data/chats CRUD routes.
    ["notification:new", false],
    ["chat:new", false],
    ["task:status-changed", false],
    ["not:an-event", false],
  ] as const)("says %s is live-only: %s", (name, liveOnly) => {
    expect(isLiveOnlyKitsuEvent(name)).toBe(liveOnly);
  });
});

describe("KitsuEventPayloads", () => {
  it("gives a task:status-changed handler the new status id as a string", () => {
    on("task:status-changed", (event) => {
      expectTypeOf(event.new_task_status_id).toEqualTypeOf<string>();
      expectTypeOf(event.previous_task_status_id).toEqualTypeOf<string | null>();
      expectTypeOf(event.project_id).toEqualTypeOf<string>();
    });
  });

  it("keeps the table's underscores in a generic CRUD id key", () => {
    expectTypeOf<KitsuEventPayload<"task-type:new">>().toEqualTypeOf<{ task_type_id: string }>();
    expectTypeOf<KitsuEventPayload<"playlist:new">>().toHaveProperty("project_id");
  });

  it("types task:to-review as either the current or the unscoped legacy shape", () => {
    expectTypeOf<KitsuEventPayload<"task:to-review">>().toEqualTypeOf<
      KitsuTaskToReviewPayload | KitsuLegacyTaskToReviewPayload
    >();
    expectTypeOf<KitsuTaskToReviewPayload>().toHaveProperty("project_id");
    expectTypeOf<KitsuLegacyTaskToReviewPayload>().not.toHaveProperty("project_id");
  });

  it("has a payload type for exactly the catalogue names", () => {
    expectTypeOf<keyof KitsuEventPayloads>().toEqualTypeOf<KitsuEventName>();
    // @ts-expect-error: not an event Zou emits
    expectTypeOf<KitsuEventPayload<"task:start">>().toBeObject();
  });
});
