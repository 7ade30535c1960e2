/**
 * `npm run demo`: the whole sync on one machine, with nothing to configure. It starts a real local
 * Kitsu (Zou, PostgreSQL, Redis) and the AYON emulator, seeds a small production in Kitsu, runs the
 * kitsu-ayon service against both (the same `startKitsuAyonService` the CLI's `serve` runs), then
 * makes a few live changes in Kitsu and shows each one arriving in AYON. It stays up, with every URL
 * printed, until Ctrl-C. `--once` (what CI runs) stops after the live changes.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startAyonEmulator } from "../packages/ayon-emulator/src/index.js";
import { type AyonClient, createAyonClient, type Logger } from "../packages/ayon-sdk/src/index.js";
import { createKitsuClient, type KitsuClient } from "../packages/kitsu-sdk/src/index.js";
import { startLocalKitsu } from "../packages/local-kitsu/src/index.js";
import { loadConfig, startKitsuAyonService } from "../packages/runner-node/src/index.js";

const once = process.argv.includes("--once");
const say = (text: string) => console.log(text);
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

/** Only the service's notable lines, readable; the rest (debug, per-batch info) stays quiet. */
const demoLogger: Logger = {
  debug() {},
  info(message, fields) {
    if (/project selected for sync|sync engine running|serving/.test(message))
      say(`  [service] ${message.replace(/^kitsu-ayon: /, "")}${fields?.name ? ` (${fields.name})` : ""}`);
  },
  warn(message, fields) {
    say(`  [service] warning: ${message.replace(/^kitsu-ayon: /, "")} ${JSON.stringify(fields ?? {})}`);
  },
  error(message, fields) {
    say(`  [service] error: ${message.replace(/^kitsu-ayon: /, "")} ${JSON.stringify(fields ?? {})}`);
  },
};

async function seed(kitsu: KitsuClient) {
  const stamp = Date.now().toString(36);
  const [project, statuses, animation, lighting, modeling] = await Promise.all([
    kitsu.projects.create({ name: `Demo Short ${stamp}`, production_type: "short", fps: "24" }),
    kitsu.taskStatuses.list(),
    kitsu.taskTypes.create({ name: `Animation ${stamp}`, for_entity: "Shot", color: "#4a90d9" }),
    kitsu.taskTypes.create({ name: `Lighting ${stamp}`, for_entity: "Shot", color: "#f5a623" }),
    kitsu.taskTypes.create({ name: `Modeling ${stamp}`, for_entity: "Asset", color: "#7ed321" }),
  ]);
  const todo = statuses.find((status) => status.is_default) ?? statuses[0];
  const wip = await kitsu.taskStatuses.create({
    name: `In progress ${stamp}`,
    short_name: `wip${stamp.slice(-4)}`,
    color: "#3273dc",
    is_wip: true,
  });
  const artist = await kitsu.persons.create({
    first_name: "Alex",
    last_name: "Artist",
    email: `alex.${stamp}@example.com`,
    role: "user",
  });
  for (const type of [animation, lighting, modeling]) await kitsu.projects.addTaskType(project.id, type.id);
  for (const status of [todo, wip]) if (status) await kitsu.projects.addTaskStatus(project.id, status.id);
  await kitsu.projects.addTeamMember(project.id, artist.id);
  const shots = await kitsu.shots.importCsv(
    project.id,
    `Sequence,Name,Frame In,Frame Out\n${["SQ010", "SQ020"]
      .flatMap((sequence) =>
        [10, 20, 30].map((n) => `${sequence},SH${String(n).padStart(3, "0")},1001,${1001 + n * 2}`),
      )
      .join("\n")}\n`,
  );
  const [props, characters] = await Promise.all([
    kitsu.assetTypes.create({ name: `Props ${stamp}` }),
    kitsu.assetTypes.create({ name: `Characters ${stamp}` }),
  ]);
  for (const [type, name] of [
    [props, "Lantern"],
    [props, "Boat"],
    [characters, "Fox"],
    [characters, "Owl"],
  ] as const)
    await kitsu.assets.create(project.id, type.id, { name });
  const shotIds = shots.map((shot) => shot.id);
  await kitsu.tasks.createForShots(project.id, animation.id, shotIds);
  await kitsu.tasks.createForShots(project.id, lighting.id, shotIds);
  await kitsu.tasks.createForAssets(project.id, modeling.id);
  const tasks = await kitsu.tasks.listForProject(project.id);
  await kitsu.tasks.assignMany(
    artist.id,
    tasks.slice(0, 4).map((task) => task.id),
  );
  return { project, shots, tasks, wip, animation };
}

/** Polls AYON until `probe` answers, and says how long the change took to arrive. */
async function arrives<T>(what: string, since: number, probe: () => Promise<T | undefined>): Promise<T> {
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) {
      say(`  ✓ ${what}: in AYON after ${((Date.now() - since) / 1000).toFixed(2)} s`);
      return value;
    }
    if (Date.now() - since > 60_000) throw new Error(`${what} did not reach AYON within a minute`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const folderOf = async (ayon: AyonClient, project: string, kitsuId: string) =>
  (await ayon.entities.folders(project, { kitsuIds: [kitsuId] }))[0];

say("kitsu-ayon demo: a real Kitsu, the AYON emulator and the live sync, all local.\n");
say("Starting a local Kitsu (Zou, PostgreSQL, Redis); the first run installs Zou, about a minute...");
const kitsuServer = await startLocalKitsu({ log: (line) => console.error(`  [kitsu] ${line}`) });
const emulator = await startAyonEmulator();
const stateDir = mkdtempSync(join(tmpdir(), "kitsu-ayon-demo-"));
let service: Awaited<ReturnType<typeof startKitsuAyonService>> | undefined;
let stopping = false;
const shutdown = async (code: number) => {
  if (stopping) return;
  stopping = true;
  say("\nStopping: draining the sync, then Kitsu and the emulator...");
  await service?.stop({ drain: true }).catch(() => {});
  await emulator.stop().catch(() => {});
  await kitsuServer.stop().catch(() => {});
  rmSync(stateDir, { recursive: true, force: true });
  process.exit(code);
};
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(0));

try {
  const kitsu = createKitsuClient({
    apiUrl: kitsuServer.apiUrl,
    eventsUrl: kitsuServer.eventsUrl,
    auth: { token: kitsuServer.bot.token },
    timeoutMs: 120_000,
  });
  const ayon = createAyonClient({
    serverUrl: emulator.url,
    apiKey: emulator.apiKey,
    sender: "kitsu-ayon-demo",
    senderType: "demo",
  });
  say(`Kitsu is up (${elapsed()}). Seeding a small production...`);
  const seeded = await seed(kitsu);
  say(
    `  "${seeded.project.name}": 2 sequences, ${seeded.shots.length} shots, 4 assets, ${seeded.tasks.length} tasks, one artist\n`,
  );

  // The settings a service takes from its environment, validated as `kitsu-ayon serve` does.
  const config = loadConfig({
    env: {
      KITSU_API_URL: kitsuServer.apiUrl,
      KITSU_EVENTS_URL: kitsuServer.eventsUrl,
      KITSU_BOT_TOKEN: kitsuServer.bot.token,
      AYON_SERVER_URL: emulator.url,
      AYON_API_KEY: emulator.apiKey,
      KITSU_AYON_PROJECTS: seeded.project.id,
      KITSU_AYON_STATE_DIR: stateDir,
      KITSU_AYON_PORT: "0",
      KITSU_AYON_HOST: "127.0.0.1",
    },
    cwd: stateDir,
  });
  say("Starting the kitsu-ayon service (first, a full reconcile of the project)...");
  service = await startKitsuAyonService({ config, logger: demoLogger });
  const ayonProject = service.status().projects[0]?.ayonProject ?? "";
  const folders = await ayon.entities.folders(ayonProject);
  const tasks = await ayon.entities.tasks(ayonProject);
  say(`  AYON project "${ayonProject}": ${folders.length} folders, ${tasks.length} tasks (${elapsed()})\n`);

  say("Live changes in Kitsu:");
  const [first] = seeded.shots;
  if (!first) throw new Error("no shot seeded");
  let since = Date.now();
  await kitsu.entities.update(first.id, { name: "SH015" });
  say(`  - shot ${first.name} renamed to SH015 in Kitsu`);
  await arrives("rename", since, async () =>
    (await folderOf(ayon, ayonProject, first.id))?.name === "sh015" ? true : undefined,
  );

  const task = seeded.tasks.find((each) => each.entity_id === first.id && each.task_type_id === seeded.animation.id);
  if (task) {
    since = Date.now();
    await kitsu.tasks.setStatus(task.id, seeded.wip.id, "blocking done, moving on");
    say(`  - its animation task set to "${seeded.wip.name}" with a comment`);
    await arrives("status change", since, async () => {
      const [found] = await ayon.entities.tasks(ayonProject, { kitsuIds: [task.id] });
      return found?.status === seeded.wip.name ? true : undefined;
    });
  }

  since = Date.now();
  const sequence = (await kitsu.sequences.list(seeded.project.id))[0];
  const shot = await kitsu.shots.create(seeded.project.id, { name: "SH040", sequence_id: sequence?.id ?? null });
  say("  - a new shot SH040 created");
  const created = await arrives("new shot", since, () => folderOf(ayon, ayonProject, shot.id));
  say(`    AYON path ${created.path}\n`);

  const metrics = service.status().metrics;
  say(
    `Engine: ${metrics.eventsIn} events read, ${metrics.batches} batches, ${metrics.writes.create} creates, ${metrics.writes.update} updates, lag ${metrics.lagSeconds.toFixed(1)} s`,
  );
  if (once) {
    say("--once: done.");
    await shutdown(0);
  }
  say(`
Everything is running. Change something in Kitsu and watch AYON follow.
  Kitsu API        ${kitsuServer.apiUrl}   (admin ${kitsuServer.admin.email} / ${kitsuServer.admin.password})
  Kitsu events     ${kitsuServer.eventsUrl}
  AYON emulator    ${emulator.url}   (admin ${emulator.admin.name} / ${emulator.admin.password})
  AYON project     ${ayonProject}
  Health           ${service.url}/healthz
  Metrics          ${service.url}/metrics
Press Ctrl-C to stop everything and remove its data.`);
  setInterval(() => {}, 1 << 30);
} catch (error) {
  console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
}
