import {
  type AyonActivity,
  type AyonClient,
  AyonForbiddenError,
  AyonGraphqlError,
  AyonNotFoundError,
  AyonServerError,
  AyonValidationError,
  assertOperationsSucceeded,
  mention,
  mentionUser,
  newEntityId,
} from "@kitsu-ayon/ayon-sdk";
import { beforeAll, describe, expect, it } from "vitest";
import { failure, raw } from "../support.js";
import { SMALL_ANATOMY } from "./client.js";
import { unique, useContractTarget } from "./setup.js";
import { openFeed, untilAuthorised } from "./ws-feed.js";

// Activities (comments) as AYON stores and lists them: api/activities/ and ayon_server/activities/
// of ayon-backend. Every activity is listed once per entity or user it concerns (its references).

const { target, ayon, project, createFolder, createTask, personWithAccess } = useContractTarget({
  sender: "contract-act",
  senderType: "kitsu",
  project: { prefix: "act", anatomy: SMALL_ANATOMY },
});

let service: string;
let folderId: string;

beforeAll(async () => {
  service = (await ayon().users.me()).name;
  folderId = await createFolder({ name: unique("sh"), folderType: "Shot", label: "Shot one" });
});

const newTask = (body: Record<string, unknown> = {}) =>
  createTask({ name: unique("anim"), taskType: "Animation", folderId, ...body });
const onTask = (entityId: string) => ({ entityType: "task" as const, entityId });

/** `referenceType entityType id-or-name` of every feed row of one activity, sorted. */
async function referencesOf(activityId: string): Promise<string[]> {
  const rows = await ayon().activities.list(project(), { activityIds: [activityId] });
  return rows.map((row) => `${row.referenceType} ${row.entityType} ${row.entityId ?? row.entityName}`).sort();
}

/** The task's activities, one row each (their origin rows), oldest first. */
const taskActivities = (taskId: string, client: AyonClient = ayon()) =>
  client.activities.list(project(), { entityType: "task", entityIds: [taskId], referenceTypes: ["origin"] });

const activityEvents = async (activityId: string) =>
  (await ayon().events.list({ topics: ["activity.*"], projects: [project()] })).filter(
    (event) => event.summary.activity_id === activityId,
  );

describe("comments", () => {
  it("are created on an entity and read back with their author, origin and parents", async () => {
    const taskId = await newTask();
    const id = await ayon().activities.comment(project(), onTask(taskId), "Looks **good**", {
      data: { kitsuId: "c1" },
    });
    expect(id).toMatch(/^[0-9a-f]{32}$/);

    const comment = (await ayon().activities.get(project(), id)) as AyonActivity;
    expect(comment).toMatchObject({
      activityId: id,
      activityType: "comment",
      referenceType: "origin",
      entityType: "task",
      entityId: taskId,
      body: "Looks **good**",
      tags: [],
      author: service,
      origin: { type: "task", id: taskId, subtype: "Animation", label: null },
      parents: [{ type: "folder", id: folderId, subtype: "Shot", label: "Shot one" }],
      files: [],
    });
    expect(comment.data).toMatchObject({ kitsuId: "c1", author: service, origin: { id: taskId } });
    expect(await ayon().activities.get(project(), newEntityId())).toBeUndefined();
  });

  it("move the entity's updatedAt to the comment's time, even a past one", async () => {
    const taskId = await newTask();
    const timestamp = "2020-01-02T03:04:05Z";
    const id = await ayon().activities.comment(project(), onTask(taskId), "late note", { timestamp });
    const task = await ayon().tasks.get(project(), taskId);
    expect(Date.parse(task.updatedAt as string)).toBe(Date.parse(timestamp));
    const comment = await ayon().activities.get(project(), id);
    expect(Date.parse(comment?.createdAt ?? "")).toBe(Date.parse(timestamp));
  });

  it("reference each markdown link as a mention, and a link to the origin or the author only once", async () => {
    const taskId = await newTask();
    const body = [
      `cc ${mentionUser("ka-mentioned", "Someone")}`,
      `see ${mention("folder", folderId, "the shot")}`,
      `here ${mention("task", taskId, "this task")} by ${mentionUser(service)}`,
      "not a mention: ![image](user:ka-image) [site](https://example.com)",
    ].join("\n");
    const id = await ayon().activities.comment(project(), onTask(taskId), body);
    expect(await referencesOf(id)).toEqual(
      [
        `author user ${service}`,
        "mention user ka-mentioned",
        `mention folder ${folderId}`,
        `origin task ${taskId}`,
      ].sort(),
    );
  });

  it("reference the task's assignees and its folder as relations", async () => {
    const taskId = await newTask({ assignees: ["ka-assigned"] });
    const id = await ayon().activities.comment(project(), onTask(taskId), "for the team");
    expect(await referencesOf(id)).toEqual(
      [
        `author user ${service}`,
        `origin task ${taskId}`,
        `relation folder ${folderId}`,
        "relation user ka-assigned",
      ].sort(),
    );
    const rows = await ayon().activities.list(project(), { activityIds: [id], referenceTypes: ["relation"] });
    expect(rows.find((row) => row.entityName === "ka-assigned")?.referenceData).toEqual({ role: "assignee" });
    type Answer = {
      project: { folder: { activities: { edges: { node: { activityId: string; referenceType: string } }[] } } };
    };
    const { project: answer } = await ayon().graphql<Answer>(
      `query($p: String!, $f: String!) { project(name: $p) { folder(id: $f) {
        activities { edges { node { activityId referenceType } } } } } }`,
      { p: project(), f: folderId },
    );
    expect(answer.folder.activities.edges.map((edge) => edge.node)).toContainEqual({
      activityId: id,
      referenceType: "relation",
    });
  });

  it("mention every member of a project team linked as `team:<name>`", async () => {
    await ayon().projects.patch(project(), {
      data: { teams: [{ name: "fx", members: [{ name: "ka-fx-b" }, { name: "ka-fx-a" }] }] },
    });
    const taskId = await newTask();
    const id = await ayon().activities.comment(project(), onTask(taskId), `ping ${mention("team", "fx", "FX")}`);
    const mentions = await ayon().activities.list(project(), { activityIds: [id], referenceTypes: ["mention"] });
    expect(mentions.map((row) => row.entityName).sort()).toEqual(["ka-fx-a", "ka-fx-b"]);
  });

  it("are edited: body and tags replaced, data merged, the author kept, and a removed mention stays", async () => {
    const taskId = await newTask();
    const id = await ayon().activities.comment(project(), onTask(taskId), `ping ${mentionUser("ka-first")}`, {
      data: { a: 1 },
    });
    await ayon().activities.update(project(), id, {
      body: `now ${mentionUser("ka-second")}`,
      tags: ["blocking"],
      data: { b: 2, author: "ka-impostor" },
    });
    const comment = await ayon().activities.get(project(), id);
    expect(comment).toMatchObject({ body: `now ${mentionUser("ka-second")}`, tags: ["blocking"], author: service });
    expect(comment?.data).toMatchObject({ a: 1, b: 2, author: service });
    // update_activity deletes the mention, then writes it back with every other reference.
    expect(await referencesOf(id)).toEqual(
      [
        `author user ${service}`,
        "mention user ka-first",
        "mention user ka-second",
        `origin task ${taskId}`,
        `relation folder ${folderId}`,
      ].sort(),
    );
  });

  it("are deleted; deleting again is a 404", async () => {
    const taskId = await newTask();
    const id = await ayon().activities.comment(project(), onTask(taskId), "short-lived");
    await ayon().activities.delete(project(), id);
    expect(await ayon().activities.list(project(), { activityIds: [id] })).toEqual([]);
    const again = await failure(ayon().activities.delete(project(), id));
    expect(again).toBeInstanceOf(AyonNotFoundError);
    expect(again.detail).toBe("Activity not found");
  });

  it("are stored as activity.created, activity.updated and activity.deleted events", async () => {
    const taskId = await newTask();
    const id = await ayon().activities.comment(project(), onTask(taskId), "first");
    await ayon().activities.update(project(), id, { body: "second" });
    await ayon().activities.delete(project(), id);
    const events = await activityEvents(id);
    expect(events.map((event) => [event.topic, event.description, event.user, event.sender])).toEqual([
      ["activity.created", "Created comment activity", service, "contract-act"],
      ["activity.updated", "Updated comment activity", service, "contract-act"],
      ["activity.deleted", "Deleted comment activity", service, "contract-act"],
    ]);
    expect(events.map((event) => event.payload.body)).toEqual(["first", "second", undefined]);
    for (const event of events) {
      expect(event.summary).toMatchObject({ activity_id: id, activity_type: "comment" });
      expect(event.summary.references).toContainEqual({
        entity_id: taskId,
        entity_type: "task",
        reference_type: "origin",
      });
      expect(event.summary.references).toContainEqual({
        entity_id: folderId,
        entity_type: "folder",
        reference_type: "relation",
      });
    }
    const stored = await ayon().events.get(events[0]?.id as string);
    expect(stored.senderType).toBe("kitsu");
  });

  it("carry uploaded files; unknown file ids are left out and an empty list detaches them", async () => {
    const taskId = await newTask();
    const fileId = await ayon().activities.uploadFile(project(), {
      name: "notes.txt",
      contentType: "text/plain",
      content: "hello file",
    });
    const id = await ayon().activities.comment(project(), onTask(taskId), "see attached", {
      files: [fileId, newEntityId()],
    });
    const comment = await ayon().activities.get(project(), id);
    expect(comment?.files).toEqual([
      { id: fileId, name: "notes.txt", size: "10", mime: "text/plain", author: service },
    ]);
    const download = await fetch(`${target().serverUrl}/api/projects/${project()}/files/${fileId}/payload`, {
      headers: { "x-api-key": target().apiKey },
    });
    expect(await download.text()).toBe("hello file");

    await ayon().activities.update(project(), id, { files: [] });
    expect((await ayon().activities.get(project(), id))?.files).toEqual([]);
  });

  it("keep listing a deleted file when it was their only one: AYON fails to remove it from them", async () => {
    const taskId = await newTask();
    const fileId = await ayon().activities.uploadFile(project(), {
      name: "a.txt",
      contentType: "text/plain",
      content: "a",
    });
    const id = await ayon().activities.comment(project(), onTask(taskId), "one file", { files: [fileId] });
    const removed = await raw(target(), "DELETE", `/api/projects/${project()}/files/${fileId}`);
    expect(removed.status).toBe(500);
    expect(removed.body).toMatchObject({
      code: 400,
      error: "not-null-violation",
      detail: "Missing required field: data",
    });
    expect((await ayon().activities.get(project(), id))?.files.map((file) => file.id)).toEqual([fileId]);
    const info = await raw(target(), "GET", `/api/projects/${project()}/files/${fileId}/info`);
    expect(info.status).toBe(404);
  });

  it("take a reaction once per user and reaction", async () => {
    const taskId = await newTask();
    const id = await ayon().activities.comment(project(), onTask(taskId), "nice");
    const path = `/api/projects/${project()}/activities/${id}/reactions`;
    expect((await raw(target(), "POST", path, { body: { reaction: "like" } })).status).toBe(201);
    const twice = await raw(target(), "POST", path, { body: { reaction: "like" } });
    expect(twice).toMatchObject({ status: 400, body: { detail: "Already reacted" } });
    const comment = await ayon().activities.get(project(), id);
    expect(comment?.reactions).toMatchObject([{ userName: service, reaction: "like" }]);
    expect((await raw(target(), "DELETE", `${path}/like`)).status).toBe(204);
    expect((await ayon().activities.get(project(), id))?.reactions).toEqual([]);
  });
});

describe("the activity feed", () => {
  it("pages oldest first with first/after, and gives the newest first with last", async () => {
    const taskId = await newTask();
    for (let day = 1; day <= 5; day++) {
      await ayon().activities.comment(project(), onTask(taskId), `day ${day}`, {
        timestamp: `2021-03-0${day}T10:00:00Z`,
      });
    }
    const filter = { entityType: "task", entityIds: [taskId], activityTypes: ["comment"] };
    const bodies: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const result = await ayon().activities.page(project(), filter, { first: 2, after });
      bodies.push(...result.items.map((item) => item.body));
      expect(result.hasNextPage).toBe(result.items.length === 2);
      if (!result.hasNextPage) break;
      after = result.endCursor;
    }
    expect(bodies).toEqual(["day 1", "day 2", "day 3", "day 4", "day 5"]);
    const all = await ayon().activities.list(project(), filter, { pageSize: 2 });
    expect(all.map((item) => item.body)).toEqual(bodies);
    const newest = await ayon().activities.page(project(), filter, { last: 2 });
    expect(newest.items.map((item) => item.body)).toEqual(["day 5", "day 4"]);
  });

  it("on a task lists its newest hundred unless told otherwise, so first/after does not page forward", async () => {
    const taskId = await newTask();
    for (let day = 1; day <= 3; day++) {
      await ayon().activities.comment(project(), onTask(taskId), `note ${day}`, {
        timestamp: `2022-05-0${day}T10:00:00Z`,
      });
    }
    type Answer = {
      project: { task: { activities: { edges: { node: { body: string } }[]; pageInfo: { endCursor: string } } } };
    };
    const read = async (args: string) =>
      (
        await ayon().graphql<Answer>(
          `query($p: String!, $t: String!) { project(name: $p) { task(id: $t) { activities(${args}) {
            edges { node { body } } pageInfo { endCursor } } } } }`,
          { p: project(), t: taskId },
        )
      ).project.task.activities;
    const first = await read("first: 2");
    expect(first.edges.map((edge) => edge.node.body)).toEqual(["note 3", "note 2"]);
    // `after` looks for newer rows while `last: 100` still sorts newest first.
    const next = await read(`first: 2, after: "${first.pageInfo.endCursor}"`);
    expect(next.edges.map((edge) => edge.node.body)).toEqual(["note 3"]);
    const forward = await read("first: 2, last: null");
    expect(forward.edges.map((edge) => edge.node.body)).toEqual(["note 1", "note 2"]);
  });

  it("fails as a whole when it asks for an attached file's times", async () => {
    const taskId = await newTask();
    const fileId = await ayon().activities.uploadFile(project(), {
      name: "b.txt",
      contentType: "text/plain",
      content: "b",
    });
    await ayon().activities.comment(project(), onTask(taskId), "file", { files: [fileId] });
    const error = await ayon()
      .graphql(
        `query($p: String!, $ids: [String!]) { project(name: $p) {
          activities(entityType: "task", entityIds: $ids) { edges { node { files { id createdAt } } } } } }`,
        { p: project(), ids: [taskId] },
      )
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AyonGraphqlError);
    expect((error as AyonGraphqlError).errors[0]?.message).toBe("'str' object has no attribute 'isoformat'");
  });
});

describe("activities AYON creates itself", () => {
  it("make an added assignee watch the task, then record the assignment; removing undoes the watch", async () => {
    const taskId = await newTask();
    await ayon().tasks.assign(project(), taskId, ["ka-watcher"], { mode: "add" });
    const added = await taskActivities(taskId);
    expect(added.map((row) => [row.activityType, row.author, row.body])).toEqual([
      ["watch", "ka-watcher", ""],
      ["assignee.add", service, `Added [ka-watcher](user:ka-watcher) to [${added[0]?.origin?.name}](task:${taskId})`],
    ]);
    expect(added[0]?.data).toMatchObject({ watcher: "ka-watcher" });
    expect(added[1]?.data).toMatchObject({ assignee: "ka-watcher" });
    const watchers = await raw(target(), "GET", `/api/projects/${project()}/tasks/${taskId}/watchers`);
    expect(watchers.body).toEqual({ watchers: ["ka-watcher"] });

    await ayon().tasks.assign(project(), taskId, ["ka-watcher"], { mode: "remove" });
    const after = await taskActivities(taskId);
    expect(after.map((row) => row.activityType)).toEqual(["assignee.add", "assignee.remove"]);
  });

  it("store the watch's activity.created event under the watcher, but not the assignment's", async () => {
    const taskId = await newTask();
    await ayon().tasks.assign(project(), taskId, ["ka-eventful"], { mode: "add" });
    const [watch, assignment] = await taskActivities(taskId);
    const watchEvents = await activityEvents(watch?.activityId as string);
    expect(watchEvents.map((event) => [event.topic, event.user, event.sender, event.payload.body])).toEqual([
      ["activity.created", "ka-eventful", "contract-act", ""],
    ]);
    expect(await activityEvents(assignment?.activityId as string)).toEqual([]);
  });

  it("record a status change and each changed attribute; only the attribute ones are stored as events", async () => {
    const feed = await openFeed(target().serverUrl);
    try {
      await ayon().http.GET("/api/users/me");
      feed.auth(target().apiKey, ["activity.", "katest.actprobe"], project());
      await untilAuthorised(feed, "katest.actprobe", (topic) =>
        ayon().http.POST("/api/events", { body: { topic, store: false } as never }),
      );
      const taskId = await newTask();
      const name = (await ayon().tasks.get(project(), taskId)).name;
      await ayon().tasks.update(project(), taskId, {
        status: "In progress",
        attrib: { fps: 30, resolutionWidth: 2048 },
      });
      const rows = await taskActivities(taskId);
      const link = `[${name}](task:${taskId})`;
      expect(rows.map((row) => [row.activityType, row.author, row.body]).sort()).toEqual(
        [
          ["attrib.change", service, `${link} attrib 'fps' changed from 'None' to '30.0'`],
          ["attrib.change", service, `${link} attrib 'resolutionWidth' changed from 'None' to '2048'`],
          ["status.change", service, `${link} status changed from Not ready to In progress`],
        ].sort(),
      );
      const status = rows.find((row) => row.activityType === "status.change") as AyonActivity;
      expect(status.data).toMatchObject({ oldValue: "Not ready", newValue: "In progress" });
      const fps = rows.find((row) => row.data.key === "fps") as AyonActivity;
      expect(fps.data).toMatchObject({ oldValue: null, newValue: 30 });

      expect(await activityEvents(status.activityId)).toEqual([]);
      expect((await activityEvents(fps.activityId)).map((event) => event.topic)).toEqual(["activity.created"]);
      const published = await feed.next(
        (message) => (message.summary as { activity_id?: string } | undefined)?.activity_id === status.activityId,
      );
      expect(published).toMatchObject({ topic: "activity.created", store: false, sender: "contract-act" });
    } finally {
      feed.close();
    }
  });
});

describe("watchers", () => {
  it("are set as watch activities; one deleted through the activity routes still counts until they are set again", async () => {
    const taskId = await newTask();
    const path = `/api/projects/${project()}/tasks/${taskId}/watchers`;
    expect((await raw(target(), "POST", path, { body: { watchers: ["ka-w1", "ka-w2"] } })).status).toBe(204);
    const watches = await taskActivities(taskId);
    expect(watches.map((row) => [row.activityType, row.author, row.data.watcher])).toEqual([
      ["watch", service, "ka-w1"],
      ["watch", service, "ka-w2"],
    ]);
    await ayon().activities.delete(project(), watches[0]?.activityId as string);
    // AYON caches the list (in Redis) and only rebuilds it when watchers are set.
    const cached = (await raw(target(), "GET", path)).body as { watchers: string[] };
    expect(cached.watchers.sort()).toEqual(["ka-w1", "ka-w2"]);
    await raw(target(), "POST", path, { body: { watchers: ["ka-w2"] } });
    expect((await raw(target(), "GET", path)).body).toEqual({ watchers: ["ka-w2"] });
  });
});

describe("published versions", () => {
  it("are watched by the publisher, their author and the task's watchers, then recorded as version.publish", async () => {
    const taskId = await newTask();
    await ayon().tasks.assign(project(), taskId, ["ka-artist"], { mode: "add" });
    const productId = newEntityId();
    const versionId = newEntityId();
    // Events (and the activities they make) are dispatched before the answer only when waited for.
    const result = await ayon().operations.run(
      project(),
      [
        {
          type: "create",
          entityType: "product",
          entityId: productId,
          data: { name: unique("render"), productType: "render", folderId },
        },
        {
          type: "create",
          entityType: "version",
          entityId: versionId,
          data: { version: 1, productId, taskId, author: "ka-lead" },
        },
      ],
      { waitForEvents: true },
    );
    assertOperationsSucceeded(result);
    const rows = await ayon().activities.list(project(), {
      entityType: "version",
      entityIds: [versionId],
      referenceTypes: ["origin"],
    });
    expect(rows.map((row) => [row.activityType, row.author, row.data.watcher])).toEqual([
      ["watch", service, service],
      ["watch", "ka-lead", "ka-lead"],
      ["watch", "ka-artist", "ka-artist"],
      ["version.publish", "ka-lead", undefined],
    ]);
    const published = rows[3] as AyonActivity;
    expect(published.body).toBe(`Published [v001](version:${versionId})`);
    expect(published.data.context).toMatchObject({ folderId, productId, taskId, taskType: "Animation" });
    expect(published.parents.map((parent) => parent.type)).toEqual(["folder", "product"]);
  });
});

describe("people", () => {
  it("who comment start watching; others may only tick its checkboxes, and only its author deletes it", async () => {
    const author = await personWithAccess("actauth", ["artist"]);
    const other = await personWithAccess("actother", ["artist"]);
    const taskId = await newTask();
    const id = await author.client.activities.comment(project(), onTask(taskId), "todo:\n- [ ] render");
    const watchers = await raw(target(), "GET", `/api/projects/${project()}/tasks/${taskId}/watchers`);
    expect(watchers.body).toEqual({ watchers: [author.name] });
    expect((await ayon().activities.get(project(), id))?.data).toMatchObject({ hasChecklist: true });

    const rewrite = await failure(other.client.activities.update(project(), id, { body: "something else" }));
    expect(rewrite).toBeInstanceOf(AyonForbiddenError);
    expect(rewrite.detail).toBe("You are not the owner, you cannot modify the comment");
    await other.client.activities.update(project(), id, { body: "todo:\n- [x] render" });
    expect((await ayon().activities.get(project(), id))?.body).toBe("todo:\n- [x] render");

    const removal = await failure(other.client.activities.delete(project(), id));
    expect(removal).toBeInstanceOf(AyonForbiddenError);
    expect(removal.detail).toBe("You are not the author of this activity");
    await author.client.activities.delete(project(), id);
  });

  it("may only create comments and reviews", async () => {
    const person = await personWithAccess("actwatch", ["artist"]);
    const taskId = await newTask();
    const error = await failure(
      person.client.activities.create(project(), onTask(taskId), { activityType: "watch", body: "" }),
    );
    expect(error).toBeInstanceOf(AyonValidationError);
    expect(error.detail).toBe("Humans can only create comments/guest reviews");
  });
});

describe("bad input", () => {
  it("a comment on a missing entity is a 404", async () => {
    const missing = newEntityId();
    const error = await failure(ayon().activities.comment(project(), onTask(missing), "hello?"));
    expect(error).toBeInstanceOf(AyonNotFoundError);
    expect(error.detail).toBe(`Entity ${missing} not found`);
  });

  it("an unknown activity type is a validation error naming the permitted ones", async () => {
    const taskId = await newTask();
    const error = await failure(
      ayon().activities.create(project(), onTask(taskId), { activityType: "gossip" as never, body: "psst" }),
    );
    expect(error).toBeInstanceOf(AyonValidationError);
    expect((error as AyonValidationError).errors).toMatchObject([
      {
        loc: ["body", "activityType"],
        type: "value_error.const",
        msg: expect.stringContaining("permitted: 'comment', 'watch', 'reviewable', 'status.change'"),
      },
    ]);
  });

  it("an unknown entity type is refused with what is left of it once trailing s's are dropped", async () => {
    const taskId = await newTask();
    const error = await failure(
      ayon().activities.comment(project(), { entityType: "bogus" as never, entityId: taskId }, "x"),
    );
    expect(error).toBeInstanceOf(AyonValidationError);
    expect(error.detail).toBe("Invalid entity type: bogu");
    const plural = await ayon().activities.comment(project(), { entityType: "tasks" as never, entityId: taskId }, "ok");
    expect(plural).toMatch(/^[0-9a-f]{32}$/);
  });

  it("a body over 2,000 characters is refused", async () => {
    const taskId = await newTask();
    const error = await failure(ayon().activities.comment(project(), onTask(taskId), "a".repeat(2001)));
    expect(error).toBeInstanceOf(AyonValidationError);
    expect(error.detail).toBe("Comment body is too long");
  });

  it("a mention of an entity id that is not a UUID fails the whole comment with a 500", async () => {
    const taskId = await newTask();
    const error = await failure(ayon().activities.comment(project(), onTask(taskId), "see [that](task:sh010)"));
    expect(error).toBeInstanceOf(AyonServerError);
    expect(error.detail).toContain("Invalid entity ID sh010");
    expect(await taskActivities(taskId)).toEqual([]);
  });

  it("an upload without a file name is a validation error on its header", async () => {
    const response = await fetch(`${target().serverUrl}/api/projects/${project()}/files`, {
      method: "POST",
      headers: { "x-api-key": target().apiKey, "content-type": "text/plain" },
      body: "nameless",
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      errors: [{ loc: ["header", "x-file-name"], msg: "field required", type: "value_error.missing" }],
    });
  });

  it("an explicit id with capitals is stored lower-case, but the answer fails its own validation", async () => {
    const taskId = await newTask();
    const id = newEntityId();
    const error = await failure(
      ayon().activities.comment(project(), onTask(taskId), "shouty", { id: id.toUpperCase() }),
    );
    expect(error).toBeInstanceOf(AyonServerError);
    expect(error.detail).toContain("validation error for CreateActivityResponseModel");
    expect((await ayon().activities.get(project(), id))?.body).toBe("shouty");
  });

  it("editing a missing activity is a 404", async () => {
    const missing = newEntityId();
    const edit = await failure(ayon().activities.update(project(), missing, { body: "x" }));
    expect(edit).toBeInstanceOf(AyonNotFoundError);
    expect(edit.detail).toBe("Activity not found");
  });
});
