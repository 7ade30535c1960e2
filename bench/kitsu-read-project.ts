/**
 * How many requests and how long it takes to read a whole Kitsu project: 1,000 shots in 10 sequences,
 * 5 tasks each, from a real local Zou. Prints the numbers; asserts nothing.
 *   npm run bench:kitsu-read [-- --shots 1000 --tasks 5 --runs 3]
 */
import { parseArgs } from "node:util";
import { createTransport } from "../packages/kitsu-sdk/src/client/transport.js";
import { startLocalKitsu } from "../packages/kitsu-sdk/src/testing/index.js";

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
  const transport = createTransport({ apiUrl: kitsu.apiUrl, auth: { token: kitsu.bot.token }, fetch: counting });
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const init: RequestInit = { method, headers: { "content-type": "application/json" } };
    if (body !== undefined) init.body = JSON.stringify(body);
    return (await (await transport.send(new Request(`${kitsu.apiUrl}${path}`, init))).json()) as T;
  };

  const seedStart = performance.now();
  const project = await call<{ id: string }>("POST", "/data/projects", { name: "Bench", production_type: "short" });
  const taskTypes = (await call<{ id: string; for_entity: string }[]>("GET", "/data/task-types"))
    .filter((type) => type.for_entity === "Shot")
    .slice(0, nbTaskTypes);
  if (taskTypes.length < nbTaskTypes) throw new Error(`only ${taskTypes.length} shot task types in Zou's default data`);
  for (const type of taskTypes) {
    await call("POST", `/data/projects/${project.id}/settings/task-types`, { task_type_id: type.id });
  }
  const sequences = await Promise.all(
    Array.from({ length: Math.ceil(nbShots / 100) }, (_, i) =>
      call<{ id: string }>("POST", `/data/projects/${project.id}/sequences`, {
        name: `SQ${String(i).padStart(3, "0")}`,
      }),
    ),
  );
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let i = next++; i < nbShots; i = next++) {
        const sequence = sequences[Math.floor(i / 100)] as { id: string };
        await call("POST", `/data/projects/${project.id}/shots`, {
          name: `SH${String(i).padStart(4, "0")}`,
          sequence_id: sequence.id,
        });
      }
    }),
  );
  for (const type of taskTypes) {
    await call("POST", `/actions/projects/${project.id}/task-types/${type.id}/shots/create-tasks`, []);
  }
  console.error(
    `[bench] seeded ${nbShots} shots x ${nbTaskTypes} tasks in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
  );

  for (let run = 1; run <= runs; run++) {
    requests = 0;
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const shots = await call<{ tasks: unknown[] }[]>("GET", `/data/shots/with-tasks?project_id=${project.id}`);
    const elapsed = performance.now() - started;
    const tasks = shots.reduce((sum, shot) => sum + shot.tasks.length, 0);
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
    console.log(
      `run ${run}: ${shots.length} shots, ${tasks} tasks in ${requests} request(s), ${elapsed.toFixed(0)} ms, heap +${heapMb.toFixed(1)} MiB`,
    );
  }
} finally {
  await kitsu.stop();
}
