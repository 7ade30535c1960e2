import { describe, expect, expectTypeOf, it } from "vitest";
import { createKitsuEventDispatcher } from "../../src/events/event-dispatcher.js";
import { isKitsuEvent, type KitsuEvent } from "../../src/events/kitsu-event.js";

const event = (name: string, data: Record<string, unknown>): KitsuEvent => ({
  id: `id-${name}`,
  name,
  createdAt: "2026-01-01T00:00:00Z",
  userId: null,
  projectId: "p",
  data,
});

describe("event dispatcher", () => {
  it("calls handlers of the event's name with a typed payload, and onAny handlers for every event", async () => {
    const dispatcher = createKitsuEventDispatcher();
    const seen: string[] = [];
    dispatcher.on("task:status-changed", (e) => {
      expectTypeOf(e.data.new_task_status_id).toEqualTypeOf<string>();
      seen.push(`status ${e.data.new_task_status_id}`);
    });
    dispatcher.on(["shot:new", "asset:new"], (e) => {
      seen.push(e.name);
    });
    dispatcher.onAny((e) => {
      seen.push(`any ${e.name}`);
    });
    await dispatcher.receive(
      event("task:status-changed", { task_id: "t", new_task_status_id: "wip", previous_task_status_id: "todo" }),
    );
    await dispatcher.receive(event("asset:new", { asset_id: "a" }));
    await dispatcher.receive(event("playlist:new-from-a-newer-zou", {}));
    expect(seen).toEqual([
      "status wip",
      "any task:status-changed",
      "asset:new",
      "any asset:new",
      "any playlist:new-from-a-newer-zou",
    ]);
  });

  it("removes a handler with the function on() returned", async () => {
    const dispatcher = createKitsuEventDispatcher();
    let calls = 0;
    const off = dispatcher.on("task:new", () => {
      calls++;
    });
    await dispatcher.receive(event("task:new", { task_id: "t" }));
    off();
    await dispatcher.receive(event("task:new", { task_id: "t" }));
    expect(calls).toBe(1);
  });

  it("runs every handler even when one fails, and hands the failure to onError (or rejects without one)", async () => {
    const dispatcher = createKitsuEventDispatcher();
    const ran: string[] = [];
    dispatcher.on("task:new", () => {
      throw new Error("first failed");
    });
    dispatcher.on("task:new", () => {
      ran.push("second");
    });
    await expect(dispatcher.receive(event("task:new", { task_id: "t" }))).rejects.toThrow(
      /1 handler\(s\) failed for task:new/,
    );
    const errors: string[] = [];
    dispatcher.onError((error, e) => {
      errors.push(`${(error as Error).message} on ${e.id}`);
    });
    await dispatcher.receive(event("task:new", { task_id: "t" }));
    expect(ran).toEqual(["second", "second"]);
    expect(errors).toEqual(["first failed on id-task:new"]);
  });

  it("narrows an event with isKitsuEvent", () => {
    const e = event("task:assign", { task_id: "t", person_id: "p" });
    expect(isKitsuEvent(e, "task:assign")).toBe(true);
    expect(isKitsuEvent(e, "task:unassign")).toBe(false);
    if (isKitsuEvent(e, "task:assign")) expectTypeOf(e.data.person_id).toEqualTypeOf<string>();
  });
});
