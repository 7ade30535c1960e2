import { describe, expect, inject, it } from "vitest";
import "../../../local-kitsu/test/integration/kitsu-context.js";
import { createKitsuClient } from "../../src/client/create-kitsu-client.js";

const kitsu = inject("kitsu");

describe("paging against a real Zou", () => {
  it("reads every page of tasks and of the event log for the caller", async () => {
    let requests = 0;
    const client = createKitsuClient({
      apiUrl: kitsu.apiUrl,
      eventsUrl: kitsu.eventsUrl,
      auth: { token: kitsu.bot.token },
      fetch: (request) => {
        requests++;
        return fetch(request);
      },
    });
    const since = new Date(Date.now() - 2000).toISOString().slice(0, 19);
    const project = await client.projects.create({ name: `Paging ${Date.now()}`, production_type: "short" });
    const taskType = (await client.taskTypes.list()).find((type) => type.for_entity === "Shot");
    if (!taskType) throw new Error("no shot task type");
    await client.projects.addTaskType(project.id, taskType.id);
    const shots = 130;
    // Zou's "all shots" for task creation skips shots without a sequence.
    const sequence = await client.sequences.create(project.id, { name: "SQ01" });
    for (let i = 0; i < shots; i += 10) {
      await Promise.all(
        Array.from({ length: 10 }, (_, j) =>
          client.shots.create(project.id, { name: `SH${i + j}`, sequence_id: sequence.id }),
        ),
      );
    }
    await client.tasks.createForShots(project.id, taskType.id);

    // Zou pages these routes by 100 rows (NB_RECORDS_PER_PAGE): 130 tasks take two pages, plus one re-read.
    requests = 0;
    const tasks = await client.tasks.listForProject(project.id);
    expect(tasks).toHaveLength(shots);
    expect(new Set(tasks.map((task) => task.id)).size).toBe(shots);
    expect(requests).toBe(3);
    expect(await client.tasks.list({ projectId: project.id })).toHaveLength(shots);

    // The event log pages backwards by cursor: 25 a page gives the same events as one big page.
    requests = 0;
    const paged = await client.events.read(since, { projectId: project.id, pageSize: 25 });
    const pages = requests;
    const whole = await client.events.read(since, { projectId: project.id });
    expect(paged.map((event) => event.id)).toEqual(whole.map((event) => event.id));
    expect(paged.filter((event) => event.name === "shot:new")).toHaveLength(shots);
    expect(pages).toBeGreaterThan(Math.floor(paged.length / 25));
  }, 60_000);
});
