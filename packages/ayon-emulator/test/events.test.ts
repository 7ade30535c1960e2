import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AyonEmulator, startAyonEmulator } from "../src/index.js";
import { openFeed, untilAuthorised, type WsFeed } from "./contract/ws-feed.js";
import { gql, rest, seedUser } from "./seed.js";

// Emulator-only checks of event behaviour a contract test cannot set up on a real server (other
// roles, back-dated events) or that is an AYON quirk worth pinning down.

let emulator: AyonEmulator;
let feed: WsFeed;
let unique = 0;
const topic = (prefix: string) => `${prefix}.t${++unique}`;
const api = (
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
  key = emulator.apiKey,
) => rest(emulator.url, key, method, path, body, headers);
const dispatch = async (body: Record<string, unknown>, headers: Record<string, string> = {}) => {
  const answer = await api("POST", "/api/events", body, headers);
  expect(answer.status).toBe(200);
  return answer.body.id as string;
};
const enroll = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  api("POST", "/api/enroll", body, headers);

beforeAll(async () => {
  emulator = await startAyonEmulator();
  feed = await openFeed(emulator.url);
  await api("GET", "/api/info");
  feed.auth(emulator.apiKey, ["emu."]);
  await untilAuthorised(feed, "emu.probe", (probe) => dispatch({ topic: probe, store: false }));
});
afterAll(async () => {
  feed.close();
  await emulator.stop();
});

describe("WebSocket messages", () => {
  it("differ for a new event (progress and store) and an update (progress only when given)", async () => {
    const name = topic("emu.shape");
    const id = await dispatch({ topic: name, finished: false, summary: { b: 1, a: 2 }, payload: { secret: 1 } });
    const created = await feed.next((message) => message.id === id);
    expect(Object.keys(created)).toEqual([
      "createdAt",
      "dependsOn",
      "description",
      "id",
      "progress",
      "project",
      "sender",
      "senderType",
      "status",
      "store",
      "summary",
      "topic",
      "updatedAt",
      "user",
    ]);
    expect(created).toMatchObject({ status: "pending", progress: 0, store: true, summary: { a: 2, b: 1 } });
    expect((await api("PATCH", `/api/events/${id}`, { dependsOn: null, description: "half" })).status).toBe(204);
    const updated = await feed.next((message) => message.id === id && message.description === "half");
    expect(updated).not.toHaveProperty("store");
    expect(updated).not.toHaveProperty("progress");
    await api("PATCH", `/api/events/${id}`, { progress: 42 });
    expect(await feed.next((message) => message.id === id && message.progress === 42)).toMatchObject({
      status: "pending",
    });
  });
});

describe("POST /api/events", () => {
  it("replaces an event with the same hash when reuse is true: new id, same place in the order", async () => {
    const name = topic("emu.reuse");
    const first = await dispatch({ topic: name, hash: `${name}-h`, description: "one" });
    await dispatch({ topic: name, hash: `${name}-other` });
    const second = await dispatch({ topic: name, hash: `${name}-h`, description: "two", reuse: true });
    expect(second).not.toBe(first);
    expect((await api("GET", `/api/events/${first}`)).status).toBe(404);
    expect((await api("GET", `/api/events/${second}`)).body.description).toBe("two");
    const listed = await gql<{ events: { edges: { node: { id: string } }[] } }>(
      emulator.url,
      emulator.apiKey,
      `query($t: [String!]) { events(topics: $t) { edges { node { id } } } }`,
      { t: [name] },
    );
    expect(listed.body.data?.events.edges[0]?.node.id).toBe(second);
  });

  it("refuses to reuse an event another one depends on", async () => {
    const source = topic("emu.reusedep");
    await dispatch({ topic: source, hash: `${source}-h` });
    expect((await enroll({ sourceTopic: source, targetTopic: `${source}.job`, sender: "w" })).status).toBe(200);
    const again = await api("POST", "/api/events", { topic: source, hash: `${source}-h`, reuse: true });
    expect(again).toEqual({ status: 409, body: { code: 409, detail: "Event depends on non-existing event" } });
  });

  it("validates like pydantic and ignores dependsOn", async () => {
    const bad = await api("POST", "/api/events", { topic: "x", project: "no spaces", dependsOn: "short" });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((error: { loc: string[] }) => error.loc.join("."))).toEqual([
      "body.topic",
      "body.project",
      "body.dependsOn",
    ]);
    const parent = await dispatch({ topic: topic("emu.dep") });
    const child = await dispatch({ topic: topic("emu.dep"), dependsOn: parent });
    expect((await api("GET", `/api/events/${child}`)).body.dependsOn).toBeNull();
  });
});

describe("event permissions", () => {
  it("lets only managers dispatch, and only services change the status of an event without dependsOn", async () => {
    const artist = seedUser(emulator.state, "artist", { accessGroups: { otherShow: ["artist"] } });
    const manager = seedUser(emulator.state, "boss", { isManager: true });
    expect(await api("POST", "/api/events", { topic: "emu.artist" }, {}, artist)).toEqual({
      status: 403,
      body: { code: 403, detail: "Not allowed to update this event" },
    });
    const id = await dispatch({ topic: topic("emu.perm"), finished: false, project: "someShow" });
    expect((await api("PATCH", `/api/events/${id}`, { status: "finished" }, {}, manager)).body.detail).toBe(
      "Not allowed to update status of this event",
    );
    expect((await api("PATCH", `/api/events/${id}`, { description: "ok" }, {}, manager)).status).toBe(204);
    expect((await api("PATCH", `/api/events/${id}`, { description: "mine?" }, {}, artist)).body.detail).toBe(
      "Not allowed to update this event",
    );
    expect((await api("GET", `/api/events/${id}`, undefined, {}, artist)).body.detail).toBe(
      "No access group assigned on this project",
    );
    expect((await api("DELETE", `/api/events/${id}`, undefined, {}, manager)).status).toBe(403);
  });

  it("answers deleting an event others depend on with AYON's foreign-key 500", async () => {
    const source = topic("emu.del");
    const id = await dispatch({ topic: source });
    expect((await enroll({ sourceTopic: source, targetTopic: `${source}.job`, sender: "w" })).status).toBe(200);
    const refused = await api("DELETE", `/api/events/${id}`);
    expect(refused.status).toBe(500);
    expect(refused.body).toMatchObject({ code: 409, error: "foreign-key-violation" });
    const lone = await dispatch({ topic: topic("emu.del") });
    expect((await api("DELETE", `/api/events/${lone}`)).status).toBe(204);
    expect((await api("GET", `/api/events/${lone}`)).status).toBe(404);
  });

  it("takes the sender from X-Sender on PATCH and resets the sender type to the header's or 'api'", async () => {
    const id = await dispatch({ topic: topic("emu.patch") }, { "x-sender": "first", "x-sender-type": "kitsu" });
    await api("PATCH", `/api/events/${id}`, { description: "x" }, { "x-sender": "second" });
    expect((await api("GET", `/api/events/${id}`)).body).toMatchObject({
      sender: "second",
      senderType: "api",
      description: "x",
    });
  });
});

describe("POST /api/enroll details", () => {
  it("uses LIKE for one topic pattern but exact matching for a list, where `*` matches nothing", async () => {
    const base = topic("emu.like");
    await dispatch({ topic: `${base}.created` });
    expect((await enroll({ sourceTopic: [`${base}.*`], targetTopic: `${base}.job`, sender: "w" })).status).toBe(204);
    const job = await enroll({ sourceTopic: `${base}.*`, targetTopic: `${base}.job`, sender: "w" });
    expect(job.status).toBe(200);
    expect((await api("GET", `/api/events/${job.body.id}`)).body.description).toBe(
      `Convert from ${base}.% to ${base}.job`,
    );
  });

  it("ignores source events whose last update is older than ignoreOlderThan days", async () => {
    const source = topic("emu.old");
    const id = await dispatch({ topic: source });
    const event = emulator.state.events.byId.get(id);
    if (event) event.updatedAt = new Date(Date.now() - 4 * 86_400_000).toISOString();
    expect((await enroll({ sourceTopic: source, targetTopic: `${source}.job`, sender: "w" })).status).toBe(204);
    expect(
      (await enroll({ sourceTopic: source, targetTopic: `${source}.job`, sender: "w", ignoreOlderThan: 5 })).status,
    ).toBe(200);
  });

  it("retries a failed job until its retries exceed maxRetries", async () => {
    const source = topic("emu.retry");
    await dispatch({ topic: source });
    const retries: number[] = [];
    for (;;) {
      const job = await enroll({ sourceTopic: source, targetTopic: `${source}.job`, sender: "w", maxRetries: 1 });
      if (job.status === 204) break;
      retries.push((await api("GET", `/api/events/${job.body.id}`)).body.retries);
      await api("PATCH", `/api/events/${job.body.id}`, { status: "failed" });
      if (retries.length > 5) break;
    }
    expect(retries).toEqual([0, 1, 2]);
  });

  it("restarts a restarted job without counting a retry, for the enrolling sender", async () => {
    const source = topic("emu.restart");
    await dispatch({ topic: source });
    const job = await enroll({ sourceTopic: source, targetTopic: `${source}.job`, sender: "a" });
    await api("PATCH", `/api/events/${job.body.id}`, { status: "restarted" });
    const again = await enroll(
      { sourceTopic: source, targetTopic: `${source}.job`, sender: "b" },
      { "x-sender-type": "worker" },
    );
    expect(again.body).toMatchObject({ id: job.body.id, status: "pending" });
    expect((await api("GET", `/api/events/${job.body.id}`)).body).toMatchObject({
      retries: 0,
      sender: "b",
      senderType: "worker",
      description: "Restarting failed event",
    });
  });

  it("excludes events without a sender type when ignoreSenderTypes is set (NULL NOT IN ...)", async () => {
    const source = topic("emu.nulltype");
    emulator.state.events.dispatch({ topic: source, user: "service" });
    const body = { sourceTopic: source, targetTopic: `${source}.job`, sender: "w" };
    expect((await enroll({ ...body, ignoreSenderTypes: ["kitsu"] })).status).toBe(204);
    expect((await enroll({ ...body, ignoreSenderTypes: [] })).status).toBe(200);
  });

  it("filters source events with a QueryFilter, and fails with 500 on a filter the SQL cannot run", async () => {
    const source = topic("emu.filter");
    await dispatch({ topic: source, summary: { value: "Approved" } });
    await dispatch({ topic: source, summary: { value: "Rejected" } });
    const body = { sourceTopic: source, targetTopic: `${source}.job`, sender: "w" };
    const job = await enroll({ ...body, filter: { conditions: [{ key: "summary/value", value: "Rejected" }] } });
    expect((await api("GET", `/api/events/${job.body.dependsOn}`)).body.summary).toEqual({ value: "Rejected" });
    expect((await enroll({ ...body, filter: { conditions: [{ key: "nope", value: "x" }] } })).status).toBe(500);
  });

  it("defaults the sender to X-Sender, then to ayon_server, and rejects invalid sender headers", async () => {
    const source = topic("emu.sender");
    await dispatch({ topic: source });
    await dispatch({ topic: source });
    const fromHeader = await enroll({ sourceTopic: source, targetTopic: `${source}.job` }, { "x-sender": "hdr" });
    expect((await api("GET", `/api/events/${fromHeader.body.id}`)).body.sender).toBe("hdr");
    const fallback = await enroll({ sourceTopic: source, targetTopic: `${source}.job2` });
    expect((await api("GET", `/api/events/${fallback.body.id}`)).body).toMatchObject({
      sender: "ayon_server",
      senderType: "api",
    });
    const invalid = await enroll({ sourceTopic: source, targetTopic: `${source}.job` }, { "x-sender": "bad sender" });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors[0].loc).toEqual(["header", "x-sender"]);
    expect((await enroll({ sourceTopic: "a b", targetTopic: `${source}.job` })).body).toEqual({
      code: 400,
      detail: "Invalid topic: a b",
    });
    expect((await enroll({ sourceTopic: source, targetTopic: "x.*.y" })).body.detail).toBe(
      "Target topic must not contain wildcards",
    );
  });
});
