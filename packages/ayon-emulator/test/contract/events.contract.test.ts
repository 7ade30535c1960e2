import { AyonConflictError, AyonNotFoundError, AyonValidationError } from "@kitsu-ayon/ayon-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useContractTarget } from "./setup.js";
import { openFeed, untilAuthorised, type WsFeed } from "./ws-feed.js";

const { target, ayon } = useContractTarget();
let feed: WsFeed;
/** Topics of this run only, so a real server's other events never interfere. */
const run = `katest.ev${crypto.randomUUID().replaceAll("-", "").slice(0, 10)}`;
let counter = 0;
const topic = (name: string) => `${run}.${name}${++counter}`;

const dispatch = async (body: Record<string, unknown>) =>
  (await ayon().http.POST("/api/events", { body: body as never })).data as { id: string };
const getEvent = async (id: string) =>
  (await ayon().http.GET("/api/events/{event_id}", { params: { path: { event_id: id } } })).data as Record<
    string,
    unknown
  >;
const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail("expected the request to fail"),
    (error: unknown) => error,
  );

beforeAll(async () => {
  feed = await openFeed(target().serverUrl);
  await ayon().http.GET("/api/users/me");
  feed.auth(target().apiKey, [run]);
  await untilAuthorised(feed, `${run}.probe`, (probe) => dispatch({ topic: probe, store: false }));
});
afterAll(() => feed.close());

describe("dispatching and reading events", () => {
  it("stores an event with the caller as user and the client's sender, and returns it with its payload", async () => {
    const name = topic("created");
    const { id } = await dispatch({
      topic: name,
      description: "Kitsu said hello",
      summary: { kitsuId: "k1" },
      payload: { full: [1, 2] },
    });
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    const event = await getEvent(id);
    expect(event).toMatchObject({
      id,
      hash: id,
      topic: name,
      sender: "contract",
      senderType: "kitsu",
      project: null,
      dependsOn: null,
      status: "finished",
      retries: 0,
      description: "Kitsu said hello",
      summary: { kitsuId: "k1" },
      payload: { full: [1, 2] },
    });
    const { data: me } = await ayon().http.GET("/api/users/me");
    expect(event.user).toBe((me as { name: string }).name);
  });

  it("updates status, description, summary and payload with PATCH (204)", async () => {
    const { id } = await dispatch({ topic: topic("patched"), finished: false });
    const { response } = await ayon().http.PATCH("/api/events/{event_id}", {
      params: { path: { event_id: id } },
      body: {
        status: "in_progress",
        description: "working",
        summary: { step: 1 },
        payload: { log: ["a"] },
        progress: 50,
      },
    });
    expect(response.status).toBe(204);
    expect(await getEvent(id)).toMatchObject({
      status: "in_progress",
      description: "working",
      summary: { step: 1 },
      payload: { log: ["a"] },
    });
    const message = await feed.next((item) => item.id === id && item.status === "in_progress");
    expect(message.progress).toBe(50);
  });

  it("creates an unfinished event as pending", async () => {
    const { id } = await dispatch({ topic: topic("pending"), finished: false });
    expect((await getEvent(id)).status).toBe("pending");
  });

  it("refuses a second event with the same hash (409)", async () => {
    const hash = `${run}-hash-${++counter}`;
    await dispatch({ topic: topic("hashed"), hash });
    const error = await rejection(dispatch({ topic: topic("hashed"), hash }));
    expect(error).toBeInstanceOf(AyonConflictError);
    expect(error).toMatchObject({ status: 409, detail: "Event with the same hash already exists" });
  });

  it("sends a store:false event to WebSocket clients without storing it", async () => {
    const name = topic("volatile");
    const { id } = await dispatch({ topic: name, store: false, summary: { ping: true }, payload: { never: "sent" } });
    const message = await feed.next((item) => item.topic === name);
    expect(message).toMatchObject({
      id,
      store: false,
      summary: { ping: true },
      sender: "contract",
      senderType: "kitsu",
    });
    expect(message).not.toHaveProperty("payload");
    expect(await rejection(getEvent(id))).toBeInstanceOf(AyonNotFoundError);
  });

  it("answers unknown ids with 404 and malformed requests with AYON's 400", async () => {
    const missing = await rejection(getEvent("0".repeat(32)));
    expect(missing).toMatchObject({ status: 404, detail: "Event not found" });
    const invalid = await rejection(dispatch({ topic: "no spaces allowed" }));
    expect(invalid).toBeInstanceOf(AyonValidationError);
    expect((invalid as AyonValidationError).detail).toBe("Request validation error in [POST] /api/events");
  });
});
