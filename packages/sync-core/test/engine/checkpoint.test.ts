import type { KitsuEvent } from "@kitsu-ayon/kitsu-sdk";
import { describe, expect, it } from "vitest";
import { type Checkpoint, checkpointKey, createMemoryCheckpointStore } from "../../src/engine/checkpoint.js";

const failedEvent: KitsuEvent = {
  id: "event-1",
  name: "shot:update",
  createdAt: "2024-05-01T10:00:00",
  userId: "person-1",
  projectId: "project-1",
  data: { shot_id: "shot-1" },
};

const checkpoint = (): Checkpoint => ({
  cursor: { after: "2024-05-01T10:00:05", ids: ["event-1", "event-2"] },
  deadLetters: [
    {
      event: failedEvent,
      error: "AYON answered 503",
      errorKind: "AyonServiceUnavailableError",
      attempts: 5,
      firstFailedAt: "2024-05-01T10:00:01.000Z",
      lastFailedAt: "2024-05-01T10:00:04.000Z",
    },
  ],
  savedAt: "2024-05-01T10:00:05.000Z",
});

describe("createMemoryCheckpointStore", () => {
  it("loads what was saved under a key", async () => {
    const store = createMemoryCheckpointStore();
    await store.save("site#all-open", checkpoint());
    expect(await store.load("site#all-open")).toEqual(checkpoint());
    expect(store.entries.get("site#all-open")).toEqual(checkpoint());
  });

  it("has nothing for a key never saved", async () => {
    const store = createMemoryCheckpointStore();
    await store.save("site#a", checkpoint());
    expect(await store.load("site#b")).toBeUndefined();
    expect(await createMemoryCheckpointStore().load("site#a")).toBeUndefined();
  });

  it("keeps one checkpoint per key, the last saved", async () => {
    const store = createMemoryCheckpointStore();
    const later = { ...checkpoint(), cursor: { after: "2024-05-01T10:01:00", ids: ["event-9"] }, deadLetters: [] };
    await store.save("site#a", checkpoint());
    await store.save("site#b", checkpoint());
    await store.save("site#a", later);
    expect(await store.load("site#a")).toEqual(later);
    expect(await store.load("site#b")).toEqual(checkpoint());
    expect([...store.entries.keys()]).toEqual(["site#a", "site#b"]);
  });

  it("returns copies: changing a loaded checkpoint does not change the stored one", async () => {
    const store = createMemoryCheckpointStore();
    await store.save("key", checkpoint());
    const loaded = await store.load("key");
    if (loaded === undefined) throw new Error("nothing loaded");
    (loaded.cursor as NonNullable<typeof loaded.cursor>).ids.push("event-3");
    (loaded.cursor as NonNullable<typeof loaded.cursor>).after = "2030-01-01T00:00:00";
    const [letter] = loaded.deadLetters;
    if (letter === undefined) throw new Error("no dead letter loaded");
    letter.attempts = 99;
    letter.event.data.shot_id = "shot-2";
    loaded.deadLetters.push(letter);
    expect(await store.load("key")).toEqual(checkpoint());
    expect(await store.load("key")).not.toBe(await store.load("key"));
  });

  it("stores a copy: changing a checkpoint after saving it does not change the stored one", async () => {
    const store = createMemoryCheckpointStore();
    const saved = checkpoint();
    await store.save("key", saved);
    (saved.cursor as NonNullable<typeof saved.cursor>).ids.length = 0;
    saved.deadLetters.pop();
    expect(await store.load("key")).toEqual(checkpoint());
  });
});

describe("checkpointKey", () => {
  const url = "https://kitsu.example.com/api";

  it.each([
    { given: ["b", "a", "c"], other: ["c", "b", "a"] },
    { given: ["project-2", "project-1"], other: ["project-1", "project-2"] },
    { given: ["only"], other: ["only"] },
  ])("is the same for $given and $other", ({ given, other }) => {
    expect(checkpointKey(url, given)).toBe(checkpointKey(url, other));
  });

  it("does not change the list it is given", () => {
    const projects = ["b", "a"];
    checkpointKey(url, projects);
    expect(projects).toEqual(["b", "a"]);
  });

  it.each([
    { given: "all-open" as const, other: ["a"] },
    { given: ["a"], other: ["a", "b"] },
    { given: ["a", "b"], other: ["a", "c"] },
    { given: "all-open" as const, other: [] },
  ])("differs for $given and $other", ({ given, other }) => {
    expect(checkpointKey(url, given)).not.toBe(checkpointKey(url, other));
  });

  it.each(["all-open" as const, ["b", "a"]])("ignores a trailing slash of the URL (projects: %s)", (projects) => {
    expect(checkpointKey(`${url}/`, projects)).toBe(checkpointKey(url, projects));
    expect(checkpointKey(`${url}//`, projects)).toBe(checkpointKey(url, projects));
  });

  it("differs for another Kitsu site", () => {
    expect(checkpointKey("https://other.example.com/api", "all-open")).not.toBe(checkpointKey(url, "all-open"));
  });
});
