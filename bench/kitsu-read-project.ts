/**
 * How many requests and how long it takes to read a whole Kitsu project: 1,000 shots in 10 sequences,
 * 5 tasks each, from a real local Zou, with the bulk route and, for comparison, shot by shot as gazu
 * users do. Prints the numbers; asserts nothing.
 *   npm run bench:kitsu-read [-- --shots 1000 --tasks 5 --runs 3]
 */
import { parseArgs } from "node:util";
import { createKitsuClient } from "../packages/kitsu-sdk/src/index.js";
import { startLocalKitsu } from "../packages/local-kitsu/src/index.js";

const { values } = parseArgs({
  options: {
    shots: { type: "string", default: "1000" },
    tasks: { type: "string", default: "5" },
    runs: { type: "string", default: "3" },
  },
});
const nbShots = Number(values.shots);
const nbTaskTypes = Number(values.tasks);
const runs = Number(values.runs);

const kitsu = await startLocalKitsu({ log: (m) => console.error(`[kitsu] ${m}`) });
try {
  let requests = 0;
  const counting = (request: Request) => {
    requests++;
    return fetch(request);
  };
  const client = createKitsuClient({
    apiUrl: kitsu.apiUrl,
    eventsUrl: kitsu.eventsUrl,
    auth: { token: kitsu.bot.token },
    fetch: counting,
  });

  const seedStart = performance.now();
  const project = await client.projects.create({ name: "Bench", production_type: "short" });
  const taskTypes = (await client.taskTypes.list()).filter((type) => type.for_entity === "Shot").slice(0, nbTaskTypes);
  if (taskTypes.length < nbTaskTypes) throw new Error(`only ${taskTypes.length} shot task types in Zou's default data`);
  for (const type of taskTypes) await client.projects.addTaskType(project.id, type.id);
  const sequences = await Promise.all(
    Array.from({ length: Math.ceil(nbShots / 100) }, (_, i) =>
      client.sequences.create(project.id, { name: `SQ${String(i).padStart(3, "0")}` }),
    ),
  );
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let i = next++; i < nbShots; i = next++) {
        const sequence = sequences[Math.floor(i / 100)];
        await client.shots.create(project.id, {
          name: `SH${String(i).padStart(4, "0")}`,
          sequence_id: sequence?.id ?? null,
        });
      }
    }),
  );
  for (const type of taskTypes) await client.tasks.createForShots(project.id, type.id);
  const seconds = ((performance.now() - seedStart) / 1000).toFixed(1);
  console.error(`[bench] seeded ${nbShots} shots x ${nbTaskTypes} tasks in ${seconds} s`);

  const measure = async (label: string, read: () => Promise<{ shots: number; tasks: number }>) => {
    for (let run = 1; run <= runs; run++) {
      requests = 0;
      const heapBefore = process.memoryUsage().heapUsed;
      const started = performance.now();
      const { shots, tasks } = await read();
      const elapsed = performance.now() - started;
      const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
      console.log(
        `${label}, run ${run}: ${shots} shots, ${tasks} tasks in ${requests} request(s), ${elapsed.toFixed(0)} ms, heap ${heapMb >= 0 ? "+" : ""}${heapMb.toFixed(1)} MiB`,
      );
    }
  };
  await measure("bulk (shots.listWithTasks)", async () => {
    const shots = await client.shots.listWithTasks(project.id);
    return { shots: shots.length, tasks: shots.reduce((sum, shot) => sum + shot.tasks.length, 0) };
  });
  await measure("per shot (shots.list, then tasks.list per shot)", async () => {
    const shots = await client.shots.list(project.id);
    let tasks = 0;
    for (const shot of shots) tasks += (await client.tasks.list({ entityId: shot.id })).length;
    return { shots: shots.length, tasks };
  });
} finally {
  await kitsu.stop();
}
