/**
 * How the scale-out roles carry a burst: a real local Zou, the in-process AYON emulator, one leecher
 * and `--processors` processors (in this process), and `--shots` shots imported in one spreadsheet
 * request. Prints the time from the import's start to the last shot in AYON, the AYON events stored,
 * the jobs and their senders, and the AYON write requests. Asserts nothing.
 *   npm run bench:sync-scale-out [-- --shots 1000 --processors 2]
 */
import { parseArgs } from "node:util";
import { startAyonEmulator } from "../packages/ayon-emulator/src/index.js";
import { createAyonClient } from "../packages/ayon-sdk/src/index.js";
import { createKitsuClient } from "../packages/kitsu-sdk/src/index.js";
import { startLocalKitsu } from "../packages/local-kitsu/src/index.js";
import {
  KITSU_EVENT_TOPIC,
  KITSU_PROC_TOPIC,
  type Leecher,
  type Processor,
  startLeecher,
  startProcessor,
} from "../packages/runner-node/src/index.js";
import { createMemoryCheckpointStore } from "../packages/sync-core/src/index.js";

const { values } = parseArgs({
  options: { shots: { type: "string", default: "1000" }, processors: { type: "string", default: "2" } },
});
const nbShots = Number(values.shots);
const nbProcessors = Number(values.processors);

const kitsuServer = await startLocalKitsu({ log: (line) => console.error(`[kitsu] ${line}`) });
const emulator = await startAyonEmulator();
const roles: (Leecher | Processor)[] = [];
try {
  let writeRequests = 0;
  const ayonAs = (sender: string, count = false) =>
    createAyonClient({
      serverUrl: emulator.url,
      apiKey: emulator.apiKey,
      sender,
      senderType: "kitsu",
      ...(count
        ? {
            fetch: (request: Request) => {
              if (request.method === "POST" && /\/operations/.test(new URL(request.url).pathname)) writeRequests++;
              return fetch(request);
            },
          }
        : {}),
    });
  const kitsu = createKitsuClient({
    apiUrl: kitsuServer.apiUrl,
    eventsUrl: kitsuServer.eventsUrl,
    auth: { token: kitsuServer.bot.token },
    timeoutMs: 300_000,
  });
  const project = await kitsu.projects.create({ name: `Bench scale-out ${Date.now()}`, production_type: "short" });
  roles.push(await startLeecher({ kitsu, ayon: ayonAs("bench-leecher") }));
  const processors = await Promise.all(
    Array.from({ length: nbProcessors }, (_, index) =>
      startProcessor({
        kitsu,
        ayon: ayonAs(`bench-processor-${index + 1}`, true),
        sender: `bench-processor-${index + 1}`,
        projects: [project.id],
        checkpoints: createMemoryCheckpointStore(),
        reconcileIntervalMs: 0,
        pollIntervalMs: 200,
      }),
    ),
  );
  roles.push(...processors);
  const ayonProject = processors[0]?.engine.status().projects[0]?.ayonProject ?? "";
  const observer = ayonAs("bench-observer");
  writeRequests = 0;
  const started = Date.now();
  const rows = Array.from(
    { length: nbShots },
    (_, i) => `SQB${String((i % 10) + 1).padStart(2, "0")},SH${String(i + 1).padStart(4, "0")}`,
  );
  await kitsu.shots.importCsv(project.id, `Sequence,Name\n${rows.join("\n")}\n`);
  const imported = (Date.now() - started) / 1000;
  for (;;) {
    const shots = (await observer.entities.folders(ayonProject, { withKitsuId: true })).filter(
      (folder) => folder.folderType === "Shot",
    ).length;
    if (shots >= nbShots) break;
    if (Date.now() - started > 600_000) throw new Error(`only ${shots} shots after 10 minutes`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const total = (Date.now() - started) / 1000;
  const stored = (await observer.events.list({ topics: [KITSU_EVENT_TOPIC] })).filter(
    (event) => event.summary.kitsuProjectId === project.id,
  );
  const ids = new Set(stored.map((event) => event.id));
  const jobs = (await observer.events.list({ topics: [KITSU_PROC_TOPIC] })).filter((job) =>
    ids.has(job.dependsOn ?? ""),
  );
  const bySender = new Map<string, number>();
  for (const job of jobs) bySender.set(job.sender ?? "?", (bySender.get(job.sender ?? "?") ?? 0) + 1);
  console.log(
    `burst: ${nbShots} shots imported in one request (${imported.toFixed(1)} s), 1 leecher, ${nbProcessors} processors x 4 slots`,
  );
  console.log(`  import start to the last shot in AYON: ${total.toFixed(1)} s`);
  console.log(
    `  AYON: ${stored.length} kitsu.event stored, ${jobs.length} kitsu.proc jobs, ${writeRequests} write requests`,
  );
  console.log(`  jobs by sender: ${[...bySender].map(([sender, count]) => `${sender} ${count}`).join(", ")}`);
  const mem = process.memoryUsage();
  console.log(`  rss ${(mem.rss / 2 ** 20).toFixed(0)} MiB, heap ${(mem.heapUsed / 2 ** 20).toFixed(0)} MiB`);
} finally {
  for (const role of roles) await role.stop().catch(() => {});
  await emulator.stop();
  await kitsuServer.stop();
}
