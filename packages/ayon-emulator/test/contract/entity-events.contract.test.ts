import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMALL_ANATOMY } from "./client.js";
import { useContractTarget } from "./setup.js";
import { openFeed, untilAuthorised, type WsFeed } from "./ws-feed.js";

const { target, ayon, project } = useContractTarget({
  sender: "contract-a",
  senderType: "kitsu",
  project: { prefix: "entev", anatomy: SMALL_ANATOMY },
});
let feed: WsFeed;

beforeAll(async () => {
  feed = await openFeed(target().serverUrl);
  await ayon().http.GET("/api/users/me");
  feed.auth(target().apiKey, ["entity.folder.", "katest.entprobe"], project());
  await untilAuthorised(feed, "katest.entprobe", (topic) =>
    ayon().http.POST("/api/events", { body: { topic, store: false } as never }),
  );
});
afterAll(() => feed.close());

describe("entity events of REST changes", () => {
  it("reach /ws with the request's sender and sender type, and keep old and new values in the payload", async () => {
    const created = await ayon().http.POST("/api/projects/{project_name}/folders", {
      params: { path: { project_name: project() } },
      body: { name: "sh100", label: "SH100", folderType: "Shot" } as never,
    });
    expect(created.response.status).toBe(201);
    const folderId = (created.data as { id: string }).id;
    const createdEvent = await feed.next(
      (message) =>
        message.topic === "entity.folder.created" && (message.summary as { entityId?: string }).entityId === folderId,
    );
    expect(createdEvent).toMatchObject({
      project: project(),
      sender: "contract-a",
      senderType: "kitsu",
      summary: { entityId: folderId, parentId: null },
    });

    const { data: before } = await ayon().http.GET("/api/projects/{project_name}/folders/{folder_id}", {
      params: { path: { project_name: project(), folder_id: folderId } },
    });
    const patched = await ayon().http.PATCH("/api/projects/{project_name}/folders/{folder_id}", {
      params: { path: { project_name: project(), folder_id: folderId } },
      body: { status: "Approved", label: "SH100 v2" } as never,
    });
    expect(patched.response.status).toBe(204);
    const statusEvent = await feed.next(
      (message) =>
        message.topic === "entity.folder.status_changed" &&
        (message.summary as { entityId?: string }).entityId === folderId,
    );
    expect(statusEvent).toMatchObject({
      project: project(),
      sender: "contract-a",
      senderType: "kitsu",
      summary: { entityId: folderId },
    });
    expect(statusEvent).not.toHaveProperty("payload");
    await feed.next(
      (message) =>
        message.topic === "entity.folder.label_changed" &&
        (message.summary as { entityId?: string }).entityId === folderId,
    );

    const { data: stored } = await ayon().http.GET("/api/events/{event_id}", {
      params: { path: { event_id: statusEvent.id as string } },
    });
    expect(stored).toMatchObject({
      topic: "entity.folder.status_changed",
      sender: "contract-a",
      senderType: "kitsu",
      payload: { oldValue: (before as { status: string }).status, newValue: "Approved" },
    });
  });
});
