import type { AyonClient, Logger } from "@kitsu-ayon/ayon-sdk";
import type { KitsuClient, KitsuEvent } from "@kitsu-ayon/kitsu-sdk";
import { describe, expect, it } from "vitest";
import {
  createHandlerRegistry,
  DEFAULT_SYNC_HANDLERS,
  type HandlerContext,
  type SyncErrorContext,
} from "../../src/engine/handlers.js";

const event = (name: string, data: Record<string, unknown> | null = {}): KitsuEvent => ({
  id: `event-${name}`,
  name,
  createdAt: "2024-05-01T10:00:00",
  userId: null,
  projectId: "kitsu-project",
  data: data as Record<string, unknown>,
});

type LogCall = [level: keyof Logger, message: string, fields: Record<string, unknown> | undefined];

const recordingLogger = (calls: LogCall[]): Logger => ({
  debug: (message, fields) => calls.push(["debug", message, fields]),
  info: (message, fields) => calls.push(["info", message, fields]),
  warn: (message, fields) => calls.push(["warn", message, fields]),
  error: (message, fields) => calls.push(["error", message, fields]),
});

/** A handler context whose `sync` and `logger` record what they are asked. */
function fakeContext(kitsuEvent: KitsuEvent) {
  const asked: unknown[][] = [];
  const logged: LogCall[] = [];
  const context: HandlerContext = {
    event: kitsuEvent,
    kitsu: {} as KitsuClient,
    ayon: {} as AyonClient,
    pairing: { kitsuProjectId: "kitsu-project", ayonProject: "AyonProject" },
    logger: recordingLogger(logged),
    sync: {
      entity: (...args) => asked.push(["entity", ...args]),
      task: (...args) => asked.push(["task", ...args]),
      project: () => asked.push(["project"]),
      users: () => asked.push(["users"]),
    },
    afterSync: () => {},
    signal: new AbortController().signal,
  };
  return { context, asked, logged };
}

const errorContext: SyncErrorContext = { event: event("task:new"), stage: "handler", attempt: 1, willRetry: true };

describe("createHandlerRegistry", () => {
  /** Runs every handler an event has and returns what they recorded, in order. */
  const runMatching = async (registry: ReturnType<typeof createHandlerRegistry>, kitsuEvent: KitsuEvent) => {
    const { context } = fakeContext(kitsuEvent);
    for (const handler of registry.matching(kitsuEvent)) await handler(context);
  };

  it.each([
    { given: "task:new", want: ["one name", "a list", "any"] },
    { given: "task:update", want: ["a list", "any"] },
    { given: "shot:new", want: ["any", "by name"] },
    { given: "not-in-the:catalogue", want: ["any", "by name"] },
    { given: "asset:new", want: ["any"] },
  ])("gives $given the handlers registered for it, in registration order", async ({ given, want }) => {
    const registry = createHandlerRegistry();
    const ran: string[] = [];
    registry.on("task:new", () => {
      ran.push("one name");
    });
    registry.on(["task:new", "task:update"], () => {
      ran.push("a list");
    });
    registry.onAny(() => {
      ran.push("any");
    });
    registry.onNames(["shot:new", "not-in-the:catalogue"], () => {
      ran.push("by name");
    });
    expect(registry.matching(event(given))).toHaveLength(want.length);
    await runMatching(registry, event(given));
    expect(ran).toEqual(want);
  });

  it("has no handler for an event nothing was registered for", () => {
    const registry = createHandlerRegistry();
    registry.on("task:new", () => {});
    registry.onNames(["shot:new"], () => {});
    expect(registry.matching(event("asset:new"))).toEqual([]);
  });

  it("passes the context to a handler registered by name", async () => {
    const registry = createHandlerRegistry();
    const seen: unknown[] = [];
    registry.on("task:assign", (context) => {
      seen.push(context.event.data.person_id);
    });
    const { context } = fakeContext(event("task:assign", { task_id: "t1", person_id: "p1" }));
    for (const handler of registry.matching(context.event)) await handler(context);
    expect(seen).toEqual(["p1"]);
  });

  it("unsubscribes exactly the handler it was returned for", async () => {
    const registry = createHandlerRegistry();
    const ran: string[] = [];
    const same = () => {
      ran.push("same");
    };
    const offOn = registry.on("task:new", () => {
      ran.push("on");
    });
    const offList = registry.on(["task:new", "task:update"], () => {
      ran.push("list");
    });
    const offFirstSame = registry.onAny(same);
    registry.onAny(same);
    const offNames = registry.onNames(["task:new"], () => {
      ran.push("names");
    });

    offList();
    offFirstSame();
    // A second call removes nothing more.
    offFirstSame();
    offList();
    await runMatching(registry, event("task:new"));
    expect(ran).toEqual(["on", "same", "names"]);

    ran.length = 0;
    offOn();
    offNames();
    await runMatching(registry, event("task:new"));
    expect(ran).toEqual(["same"]);
  });

  it("reports an error to every error handler, in order, with the error and its context", async () => {
    const registry = createHandlerRegistry();
    const told: unknown[][] = [];
    registry.onError((error, context) => {
      told.push(["first", error, context]);
    });
    registry.onError(async (error, context) => {
      told.push(["second", error, context]);
    });
    const logged: LogCall[] = [];
    const error = new Error("AYON is down");
    await registry.reportError(error, errorContext, recordingLogger(logged));
    expect(told).toEqual([
      ["first", error, errorContext],
      ["second", error, errorContext],
    ]);
    expect(logged).toEqual([]);
  });

  it("keeps reporting when an error handler throws, and logs what it threw", async () => {
    const registry = createHandlerRegistry();
    const told: string[] = [];
    registry.onError(() => {
      told.push("first");
      throw new Error("first handler broke");
    });
    registry.onError(async () => {
      told.push("second");
      throw new Error("second handler broke");
    });
    registry.onError(() => {
      told.push("third");
    });
    const logged: LogCall[] = [];
    await expect(registry.reportError(new Error("sync failed"), errorContext, recordingLogger(logged))).resolves.toBe(
      undefined,
    );
    expect(told).toEqual(["first", "second", "third"]);
    expect(logged).toEqual([
      ["error", expect.stringContaining("onError"), { error: "Error: first handler broke" }],
      ["error", expect.stringContaining("onError"), { error: "Error: second handler broke" }],
    ]);
  });

  it("unsubscribes an error handler", async () => {
    const registry = createHandlerRegistry();
    const told: string[] = [];
    const off = registry.onError(() => {
      told.push("removed");
    });
    registry.onError(() => {
      told.push("kept");
    });
    off();
    await registry.reportError(new Error("x"), errorContext, recordingLogger([]));
    expect(told).toEqual(["kept"]);
  });

  it("tells the error handlers registered when the report started, even if one unsubscribes another", async () => {
    const registry = createHandlerRegistry();
    const told: string[] = [];
    let offSecond = () => {};
    registry.onError(() => {
      told.push("first");
      offSecond();
    });
    offSecond = registry.onError(() => {
      told.push("second");
    });
    await registry.reportError(new Error("x"), errorContext, recordingLogger([]));
    expect(told).toEqual(["first", "second"]);
    told.length = 0;
    await registry.reportError(new Error("x"), errorContext, recordingLogger([]));
    expect(told).toEqual(["first"]);
  });
});

describe("DEFAULT_SYNC_HANDLERS", () => {
  /** Runs the default handler that takes the event (exactly one does) and returns what it asked and logged. */
  const handle = async (kitsuEvent: KitsuEvent) => {
    const takers = Object.values(DEFAULT_SYNC_HANDLERS).filter((handler) =>
      (handler.events as readonly string[]).includes(kitsuEvent.name),
    );
    expect(takers).toHaveLength(1);
    const { context, asked, logged } = fakeContext(kitsuEvent);
    await takers[0]?.handle(context as never);
    return { asked, logged };
  };

  const entityCases = [
    { prefix: "asset", kind: "Asset" },
    { prefix: "shot", kind: "Shot" },
    { prefix: "sequence", kind: "Sequence" },
    { prefix: "episode", kind: "Episode" },
    { prefix: "edit", kind: "Edit" },
    { prefix: "concept", kind: "Concept" },
  ].flatMap(({ prefix, kind }) =>
    ["new", "update", "delete"].map((action) => ({ name: `${prefix}:${action}`, field: `${prefix}_id`, kind })),
  );

  it.each(entityCases)("asks to sync the entity of $name as a(n) $kind", async ({ name, field, kind }) => {
    const { asked, logged } = await handle(event(name, { [field]: "entity-1", project_id: "kitsu-project" }));
    expect(asked).toEqual([["entity", "entity-1", kind]]);
    expect(logged).toEqual([]);
  });

  it("lists exactly the entity events it handles", () => {
    expect([...DEFAULT_SYNC_HANDLERS.entities.events].sort()).toEqual(entityCases.map(({ name }) => name).sort());
  });

  it.each([
    { given: "no data", data: null },
    { given: "no id", data: { project_id: "kitsu-project" } },
    { given: "another entity's id", data: { asset_id: "asset-1" }, name: "shot:update" },
    { given: "an id that is not a string", data: { shot_id: 42 } },
    { given: "an empty id", data: { shot_id: "" } },
  ])("warns and asks nothing for an entity event with $given", async ({ data, name }) => {
    const { asked, logged } = await handle(event(name ?? "shot:new", data));
    expect(asked).toEqual([]);
    expect(logged).toEqual([["warn", expect.stringContaining("without an id"), undefined]]);
  });

  it.each([
    "task:new",
    "task:update",
    "task:delete",
    "task:status-changed",
    "task:to-review",
    "task:assign",
    "task:unassign",
  ])("asks to sync the task of %s", async (name) => {
    const { asked, logged } = await handle(event(name, { task_id: "task-1", person_id: "person-1" }));
    expect(asked).toEqual([["task", "task-1"]]);
    expect(logged).toEqual([]);
  });

  it("warns and asks nothing for a task event without a task id", async () => {
    const { asked, logged } = await handle(event("task:assign", { person_id: "person-1" }));
    expect(asked).toEqual([]);
    expect(logged).toEqual([["warn", expect.stringContaining("without a task id"), undefined]]);
  });

  it.each([
    "project:update",
    "task-type:new",
    "task-type:update",
    "task-type:delete",
    "task-status:new",
    "task-status:update",
    "task-status:delete",
    "asset-type:new",
    "asset-type:update",
    "asset-type:delete",
  ])("asks to re-read the project on %s", async (name) => {
    const { asked, logged } = await handle(event(name, { project_id: "kitsu-project" }));
    expect(asked).toEqual([["project"]]);
    expect(logged).toEqual([]);
  });

  it.each(["person:new", "person:update", "person:delete"])("asks to sync users on %s", async (name) => {
    const { asked } = await handle(event(name, { person_id: "person-1" }));
    expect(asked).toEqual([["users"]]);
  });

  it("registers in a registry the way the engine does, and each event reaches one default handler", async () => {
    const registry = createHandlerRegistry();
    for (const handler of Object.values(DEFAULT_SYNC_HANDLERS))
      registry.onNames(handler.events, handler.handle as (context: HandlerContext) => void);
    const { context, asked } = fakeContext(event("edit:update", { edit_id: "edit-1" }));
    const handlers = registry.matching(context.event);
    expect(handlers).toHaveLength(1);
    for (const run of handlers) await run(context);
    expect(asked).toEqual([["entity", "edit-1", "Edit"]]);
    expect(registry.matching(event("comment:new"))).toEqual([]);
  });
});
