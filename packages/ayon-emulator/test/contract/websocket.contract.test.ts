import { afterAll, describe, expect, it } from "vitest";
import { useContractTarget } from "./setup.js";
import { openFeed, untilAuthorised, type WsFeed } from "./ws-feed.js";

const { target, ayon } = useContractTarget({ sender: "contract-ws", senderType: "kitsu" });
const feeds: WsFeed[] = [];
const run = `katest.ws${crypto.randomUUID().replaceAll("-", "").slice(0, 10)}`;

afterAll(() => {
  for (const feed of feeds) feed.close();
});

const send = (topic: string, extra: Record<string, unknown> = {}) =>
  ayon().http.POST("/api/events", { body: { topic, store: false, ...extra } as never });

/** A feed authorised with the service's API key, after a REST call has opened its session. */
async function authorisedFeed(subscribe: string[], project: string | null = null): Promise<WsFeed> {
  const feed = await openFeed(target().serverUrl);
  feeds.push(feed);
  // AYON accepts an API key on /ws only while the session its REST use created is alive.
  await ayon().http.GET("/api/users/me");
  const probe = `${run}.probe${feeds.length}`;
  feed.auth(target().apiKey, [...subscribe, probe], project);
  await untilAuthorised(feed, probe, (topic) => send(topic));
  return feed;
}

describe("/ws", () => {
  it("delivers events whose topic starts with a subscribed prefix, with sender and sender type", async () => {
    const feed = await authorisedFeed([`${run}.a.`]);
    await send(`${run}.b.ignored`);
    await send(`${run}.a.delivered`, { summary: { entityId: "x" }, description: "hello" });
    const message = await feed.next((item) => item.topic === `${run}.a.delivered`);
    expect(message).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f]{32}$/),
      project: null,
      summary: { entityId: "x" },
      description: "hello",
      status: "finished",
      sender: "contract-ws",
      senderType: "kitsu",
      store: false,
      dependsOn: null,
    });
    expect(message).not.toHaveProperty("payload");
    expect(feed.messages.some((item) => item.topic === `${run}.b.ignored`)).toBe(false);
  });

  it("delivers everything to `*`", async () => {
    const feed = await authorisedFeed(["*"]);
    await send(`${run}.star.any`);
    await feed.next((item) => item.topic === `${run}.star.any`);
  });

  it("drops other projects' messages when the client named a project", async () => {
    const projectA = target().projectName("wsa");
    const projectB = target().projectName("wsb");
    const feed = await authorisedFeed([`${run}.proj.`], projectA);
    await send(`${run}.proj.other`, { project: projectB });
    await send(`${run}.proj.none`);
    await send(`${run}.proj.mine`, { project: projectA });
    await feed.next((item) => item.topic === `${run}.proj.mine`);
    await feed.next((item) => item.topic === `${run}.proj.none`);
    expect(feed.messages.some((item) => item.topic === `${run}.proj.other`)).toBe(false);
  });

  it("closes clients that do not authorise within 3 s, and never sends an invalid token anything", async () => {
    const silent = await openFeed(target().serverUrl);
    const invalid = await openFeed(target().serverUrl);
    feeds.push(silent, invalid);
    invalid.auth("definitely-not-a-token", ["*"]);
    await new Promise((resolve) => setTimeout(resolve, 3200));
    // AYON drops unauthorised clients when it next processes a message (an event or a heartbeat).
    await send(`${run}.wake`);
    expect(await silent.closed).toBe(1000);
    expect(await invalid.closed).toBe(1000);
    expect([...silent.messages, ...invalid.messages]).toEqual([]);
  }, 15_000);

  it("lets the client close the connection", async () => {
    const feed = await authorisedFeed([`${run}.bye.`]);
    feed.close();
    expect([1000, 1005]).toContain(await feed.closed);
    await send(`${run}.bye.after`);
  });
});
