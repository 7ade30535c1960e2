import { beforeAll, describe, expect, inject, it } from "vitest";
import "../../../local-kitsu/test/integration/kitsu-context.js";
import { createKitsuClient } from "../../src/client/create-kitsu-client.js";
import { KitsuBadRequestError, KitsuNotFoundError, KitsuPermissionError } from "../../src/errors.js";
import type { Schemas } from "../../src/resources/http.js";
import { createContractFetch } from "../support/contract.js";
import { hugePng, solidPng } from "../support/png.js";
import { createArtist, createProduction, eventsCausedBy, type Production, summarize } from "../support/production.js";
import { refusal } from "../support/refusal.js";

const kitsu = inject("kitsu");
const contract = createContractFetch({ apiUrl: kitsu.apiUrl });
const client = createKitsuClient({ apiUrl: kitsu.apiUrl, auth: { token: kitsu.bot.token }, fetch: contract.fetch });
const MISSING_ID = "00000000-0000-4000-8000-000000000002";
const text = (value: string) => new TextEncoder().encode(value);

/** Reads a stored file back from Zou, as Kitsu's web app downloads it. */
async function download(path: string): Promise<{ status: number; type: string | null; bytes: Uint8Array }> {
  const response = await fetch(`${kitsu.apiUrl}${path}`, { headers: { authorization: `Bearer ${kitsu.bot.token}` } });
  return {
    status: response.status,
    type: response.headers.get("content-type"),
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
}

/**
 * The task writes a sync makes in Kitsu: tasks with assignees, assignments, status changes as
 * comments with their author, attachments and review previews, and Zou's answers to bad input.
 */
describe("task writes against a real Zou", () => {
  let production: Production;
  let projectId: string;
  let shot: Schemas["Shot"];
  let ada: Schemas["PersonWithToken"];
  let bob: Schemas["PersonWithToken"];
  let task: Schemas["Task"];

  const commentsOf = (taskId: string) => client.tasks.comments(taskId);
  const newComment = (comment: string) => client.tasks.comment(task.id, { task_status_id: production.wip.id, comment });

  beforeAll(async () => {
    production = await createProduction(client, "Tasks");
    projectId = production.project.id;
    const sequence = await client.sequences.create(projectId, { name: "SQ01" });
    shot = await client.shots.create(projectId, { name: "SH010", sequence_id: sequence.id });
    ada = await createArtist(client, "Ada");
    bob = await createArtist(client, "Bob");
  });

  it("creates a task with assignees: unknown ids are dropped and only task:new is logged", async () => {
    const { result, events } = await eventsCausedBy(client, projectId, () =>
      client.tasks.create({
        project_id: projectId,
        entity_id: shot.id,
        task_type_id: production.shotTaskType.id,
        task_status_id: production.todo.id,
        assignees: [ada.id, MISSING_ID],
      }),
    );
    task = result;

    expect(await client.tasks.get(task.id)).toMatchObject({
      entity_id: shot.id,
      task_type_id: production.shotTaskType.id,
      task_status_id: production.todo.id,
      assignees: [ada.id],
    });
    expect(summarize(events, "task_id")).toEqual([{ name: "task:new", task_id: task.id }]);
    expect((await client.projects.team(projectId)).map((person) => person.id)).not.toContain(ada.id);
  });

  it("assigns and unassigns persons, logging task:assign and task:unassign", async () => {
    const { events } = await eventsCausedBy(client, projectId, async () => {
      await client.tasks.assign(task.id, bob.id);
      await client.tasks.unassign([task.id], ada.id);
    });
    expect((await client.tasks.get(task.id)).assignees).toEqual([bob.id]);
    expect((await client.projects.team(projectId)).map((person) => person.id)).toContain(bob.id);
    // Assigning also adds Bob to the team, which logs a project:update.
    const assignments = events.filter((event) => event.name === "task:assign" || event.name === "task:unassign");
    expect(summarize(assignments, "person_id", "task_id")).toEqual([
      { name: "task:assign", person_id: bob.id, task_id: task.id },
      { name: "task:unassign", person_id: ada.id, task_id: task.id },
    ]);

    await expect(client.tasks.unassign([task.id, MISSING_ID])).resolves.toEqual([task.id]);
    expect((await client.tasks.get(task.id)).assignees).toEqual([]);
  });

  it("refuses to assign a person that does not exist (400) and a bot (403)", async () => {
    const unknown = await refusal(client.tasks.assign(task.id, MISSING_ID));
    const bot = await refusal(client.tasks.assign(task.id, kitsu.bot.id));

    expect(unknown).toBeInstanceOf(KitsuBadRequestError);
    expect(unknown).toMatchObject({ status: 400, serverMessage: "Assignee doesn't exist in database." });
    expect(bot).toBeInstanceOf(KitsuPermissionError);
    expect(bot).toMatchObject({ status: 403 });
    expect((await client.tasks.get(task.id)).assignees).toEqual([]);
  });

  it("changes the status with a comment whose author is the bot, or the person it names", async () => {
    const { events } = await eventsCausedBy(client, projectId, async () => {
      await client.tasks.comment(task.id, { task_status_id: production.wip.id, comment: "Started in AYON" });
      await client.tasks.comment(task.id, {
        task_status_id: production.done.id,
        comment: "Approved in AYON",
        person_id: ada.id,
      });
    });

    expect((await client.tasks.get(task.id)).task_status_id).toBe(production.done.id);
    const [approved, started] = await commentsOf(task.id);
    expect(started).toMatchObject({
      text: "Started in AYON",
      person: { id: kitsu.bot.id },
      task_status_id: production.wip.id,
    });
    expect(approved).toMatchObject({
      text: "Approved in AYON",
      person: { id: ada.id },
      task_status_id: production.done.id,
    });
    // The comment is the artist's, the request the bot's: the log's author is the bot.
    const changes = events.filter((event) => event.name === "task:status-changed");
    expect(changes.map((event) => [event.user_id, event.data?.person_id, event.data?.new_task_status_id])).toEqual([
      [kitsu.bot.id, kitsu.bot.id, production.wip.id],
      [kitsu.bot.id, ada.id, production.done.id],
    ]);
  });

  it("attaches files to a comment in one request, each downloadable from Zou", async () => {
    const created = await client.tasks.comment(
      task.id,
      { task_status_id: production.done.id, comment: "Notes attached", checklist: [{ text: "check", checked: false }] },
      {
        attachments: [
          { data: text("frame 1001: pop"), filename: "notes.txt", contentType: "text/plain" },
          { data: new Blob(['{"frames":[1001]}'], { type: "application/json" }), filename: "frames.json" },
        ],
      },
    );

    const [stored] = await commentsOf(task.id);
    expect(stored).toMatchObject({
      id: created.id,
      text: "Notes attached",
      checklist: [{ text: "check", checked: false }],
    });
    expect(stored?.attachment_files.map((file) => [file.name, file.extension, file.size]).sort()).toEqual([
      ["frames.json", "json", 17],
      ["notes.txt", "txt", 15],
    ]);
    const notes = stored?.attachment_files.find((file) => file.name === "notes.txt");
    const file = await download(`/data/attachment-files/${notes?.id}/file/notes.txt`);
    expect(file.status).toBe(200);
    expect(new TextDecoder().decode(file.bytes)).toBe("frame 1001: pop");
    expect((await client.tasks.get(task.id)).task_status_id).toBe(production.done.id);
  });

  it("adds a picture preview to a comment, shown as the task's latest preview", async () => {
    const comment = await newComment("New version");
    const { result: preview, events } = await eventsCausedBy(client, projectId, () =>
      client.previews.add(task.id, comment.id, {
        data: solidPng(64, 32),
        filename: "v001.png",
        contentType: "image/png",
      }),
    );

    expect(preview).toMatchObject({ status: "ready", extension: "png", width: 64, height: 32, original_name: "v001" });
    expect(await client.previews.get(preview.id)).toMatchObject({ status: "ready", task_id: task.id, revision: 1 });
    const [shown] = await commentsOf(task.id);
    expect(shown?.previews.map((candidate) => [candidate.id, candidate.extension, candidate.status])).toEqual([
      [preview.id, "png", "ready"],
    ]);
    expect((await client.tasks.get(task.id)).last_preview_file_id).toBe(preview.id);
    const original = await download(`/pictures/originals/preview-files/${preview.id}.png`);
    expect(original).toMatchObject({ status: 200, type: "image/png" });
    expect([...original.bytes.slice(1, 4)]).toEqual([...text("PNG")]);
    expect(events.map((event) => event.name)).toEqual(
      expect.arrayContaining(["preview-file:new", "preview-file:add-file"]),
    );

    // The two steps, for a second revision on a new comment.
    const next = await newComment("Second version");
    const record = await client.previews.create(task.id, next.id);
    expect(record).toMatchObject({ status: "processing", revision: 2, original_name: null });
    const uploaded = await client.previews.upload(record.id, {
      data: new Blob([solidPng(8, 8)], { type: "image/png" }),
      filename: "v002.png",
    });
    expect(uploaded).toMatchObject({ id: record.id, status: "ready", revision: 2, width: 8 });
  });

  it("stores a movie ffmpeg cannot read as a broken preview, with a 201", async () => {
    const comment = await newComment("A movie");
    const movie = await client.previews.add(task.id, comment.id, {
      data: text("not really a movie"),
      filename: "v003.mp4",
      contentType: "video/mp4",
    });

    expect(movie).toMatchObject({ extension: "mp4", status: "broken", original_name: "v003" });
    expect(await client.previews.get(movie.id)).toMatchObject({ status: "broken" });
  });

  it("refuses with 400 an upload without a file, a file that is not a preview, an unreadable or oversized picture and a second upload", async () => {
    const comment = await newComment("Bad uploads");
    const record = await client.previews.create(task.id, comment.id);
    const empty = new FormData();
    const withoutFile = await refusal(
      client.http.POST("/pictures/preview-files/{preview_file_id}", {
        params: { path: { preview_file_id: record.id } },
        body: empty as never,
        bodySerializer: () => empty,
      }),
    );
    expect(withoutFile).toBeInstanceOf(KitsuBadRequestError);
    expect(withoutFile).toMatchObject({ status: 400, serverMessage: "File not provided." });
    // The record Zou keeps after that refusal: an empty revision until it is removed.
    expect(await client.previews.get(record.id)).toMatchObject({ status: "processing" });
    await client.previews.remove(task.id, comment.id, record.id);
    await expect(client.previews.get(record.id)).rejects.toBeInstanceOf(KitsuNotFoundError);

    const refusals = [
      [{ data: text("hello"), filename: "notes.txt" }, "Wrong file format, extension: txt"],
      [{ data: text("not a picture"), filename: "fake.png" }, "Uploaded file is not a readable picture."],
      [{ data: await hugePng(30_000), filename: "huge.png" }, "Uploaded file is not a readable picture."],
    ] as const;
    for (const [file, message] of refusals) {
      const refused = await refusal(client.previews.add(task.id, comment.id, file));
      expect(refused, file.filename).toBeInstanceOf(KitsuBadRequestError);
      expect(refused, file.filename).toMatchObject({ status: 400, serverMessage: message });
    }
    // previews.add removed each record Zou left behind: the comment shows no preview.
    expect((await commentsOf(task.id)).find((candidate) => candidate.id === comment.id)?.previews).toEqual([]);

    const ready = await client.previews.add(task.id, comment.id, { data: solidPng(4, 4), filename: "ok.png" });
    const again = await refusal(client.previews.upload(ready.id, { data: solidPng(4, 4), filename: "ok.png" }));
    expect(again).toBeInstanceOf(KitsuBadRequestError);
    expect(again).toMatchObject({ status: 400 });
    expect(await client.previews.get(ready.id)).toMatchObject({ status: "ready", width: 4 });
  });

  it("answers 404 to a comment on a missing task, with a missing status or a missing author, and writes nothing", async () => {
    const before = await commentsOf(task.id);
    const { task_status_id: statusBefore } = await client.tasks.get(task.id);
    const attempts = [
      () => client.tasks.comment(MISSING_ID, { task_status_id: production.wip.id, comment: "no task" }),
      () => client.tasks.comment(task.id, { task_status_id: MISSING_ID, comment: "no status" }),
      () => client.tasks.setStatus(task.id, MISSING_ID, "no status either"),
      () =>
        client.tasks.comment(task.id, {
          task_status_id: production.wip.id,
          comment: "no author",
          person_id: MISSING_ID,
        }),
      () => client.previews.create(task.id, MISSING_ID),
    ];

    const refused: unknown[] = [];
    for (const attempt of attempts) refused.push(await refusal(attempt()));
    for (const error of refused) {
      expect(error).toBeInstanceOf(KitsuNotFoundError);
      expect(error).toMatchObject({ status: 404 });
    }
    expect(refused[0]).toMatchObject({ method: "POST", path: `/actions/tasks/${MISSING_ID}/comment` });
    expect((await commentsOf(task.id)).map((comment) => comment.id)).toEqual(before.map((comment) => comment.id));
    expect((await client.tasks.get(task.id)).task_status_id).toBe(statusBefore);
  });

  it("gets only answers that match the curated schemas", () => {
    contract.assertNoViolations();
  });
});
