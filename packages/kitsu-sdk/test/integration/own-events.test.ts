import { beforeAll, describe, expect, inject, it } from "vitest";
import "../../../local-kitsu/test/integration/kitsu-context.js";
import { createKitsuClient } from "../../src/client/create-kitsu-client.js";
import type { KitsuEvent } from "../../src/events/kitsu-event.js";
import { isOwnEvent } from "../../src/events/own-event.js";
import type { Schemas } from "../../src/resources/http.js";
import { createArtist, createProduction, eventsCausedBy, type Production } from "../support/production.js";

const kitsu = inject("kitsu");
const bot = createKitsuClient({ apiUrl: kitsu.apiUrl, eventsUrl: kitsu.eventsUrl, auth: { token: kitsu.bot.token } });
/** Another user: the studio's admin, logged in with a password. */
const person = createKitsuClient({
  apiUrl: kitsu.apiUrl,
  auth: { email: kitsu.admin.email, password: kitsu.admin.password },
});

/** Telling the changes the sync's own bot made from everyone else's, in the log and in the stream. */
describe("isOwnEvent against a real Zou", () => {
  let production: Production;
  let shot: Schemas["Shot"];
  let botId: string;
  let adminId: string;

  beforeAll(async () => {
    production = await createProduction(bot, "Own events");
    const sequence = await bot.sequences.create(production.project.id, { name: "SQ01" });
    shot = await bot.shots.create(production.project.id, { name: "SH010", sequence_id: sequence.id });
    botId = (await bot.whoAmI()).user.id;
    adminId = (await person.whoAmI()).user.id;
  });

  it("is true for the log's events of the bot's changes and false for another user's", async () => {
    const { events } = await eventsCausedBy(bot, production.project.id, async () => {
      await bot.shots.rename(shot.id, "SH011");
      await person.shots.rename(shot.id, "SH012");
    });

    const updates = events.filter((event) => event.name === "shot:update");
    expect(updates.map((event) => [event.user_id, isOwnEvent(event, botId)])).toEqual([
      [kitsu.bot.id, true],
      [adminId, false],
    ]);
    expect(isOwnEvent(updates[1] as (typeof updates)[number], adminId)).toBe(true);
  });

  it("is true for a comment the bot posts on behalf of an artist, whose payload names the artist", async () => {
    const artist = await createArtist(bot, "Ada");
    const task = await bot.tasks.create({
      project_id: production.project.id,
      entity_id: shot.id,
      task_type_id: production.shotTaskType.id,
      task_status_id: production.todo.id,
    });
    const { events } = await eventsCausedBy(bot, production.project.id, () =>
      bot.tasks.comment(task.id, { task_status_id: production.wip.id, comment: "from AYON", person_id: artist.id }),
    );

    const changed = events.find((event) => event.name === "task:status-changed");
    expect(changed?.data).toMatchObject({ person_id: artist.id, new_task_status_id: production.wip.id });
    expect(changed && isOwnEvent(changed, botId)).toBe(true);
    expect(changed && isOwnEvent(changed, artist.id)).toBe(false);
  });

  it("is true for the stream's events of the bot's changes and false for another user's", async () => {
    const stream = bot.events.stream({ projectIds: [production.project.id], pollIntervalMs: 500 });
    await stream.ready;
    await bot.shots.rename(shot.id, "SH013");
    await person.shots.rename(shot.id, "SH014");

    const updates: KitsuEvent[] = [];
    for await (const event of stream) {
      if (event.name === "shot:update" && event.data.shot_id === shot.id) updates.push(event);
      if (updates.length === 2) break;
    }
    await stream.close();

    expect(updates.map((event) => [event.userId, isOwnEvent(event, botId)])).toEqual([
      [kitsu.bot.id, true],
      [adminId, false],
    ]);
  });
});
