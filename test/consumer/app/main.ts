// A studio's program, built against the installed tarballs (no workspace links): every public entry
// point, run against a real local Kitsu and the AYON emulator. Exit 0 only when each step showed its
// outcome. Driven by test/consumer/run.ts.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startAyonEmulator } from "@kitsu-ayon/ayon-emulator";
import { type AyonClient, createAyonClient } from "@kitsu-ayon/ayon-sdk";
import { compose, retryOnStatus, type Send, withRetry, withTimeout } from "@kitsu-ayon/http-transport";
import { createKitsuClient, type KitsuClient } from "@kitsu-ayon/kitsu-sdk";
import { type LocalKitsu, startLocalKitsu } from "@kitsu-ayon/local-kitsu";
import { loadConfig, startKitsuAyonService } from "@kitsu-ayon/runner-node";
import {
  createMemoryCheckpointStore,
  createSyncEngine,
  type ReconcileReport,
  reconcileProject,
  type SyncEngine,
} from "@kitsu-ayon/sync-core";

const step = (text: string) => process.stdout.write(`consumer: ${text}\n`);

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  for (let tries = 0; tries < 300; tries++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function seed(kitsu: KitsuClient) {
  const stamp = Date.now();
  const project = await kitsu.projects.create({ name: `Consumer ${stamp}`, production_type: "short" });
  const type = await kitsu.taskTypes.create({ name: `Layout ${stamp}`, for_entity: "Shot", color: "#3366cc" });
  const statuses = await kitsu.taskStatuses.list();
  const todo = statuses.find((status) => status.is_default);
  const wip = await kitsu.taskStatuses.create({ name: `Wip ${stamp}`, short_name: `w${stamp % 1e5}`, color: "#aa2" });
  if (!todo) throw new Error("Kitsu has no default task status");
  await kitsu.projects.addTaskType(project.id, type.id);
  for (const id of [todo.id, wip.id]) await kitsu.projects.addTaskStatus(project.id, id);
  const sequence = await kitsu.sequences.create(project.id, { name: "SQ01" });
  const shot = await kitsu.shots.create(project.id, { name: "SH010", sequence_id: sequence.id });
  const [task] = await kitsu.tasks.createForShots(project.id, type.id, [shot.id]);
  if (!task) throw new Error("Kitsu created no task");
  return { project, shot, task, wip };
}

/** A typed handler: `event.data` is the payload Zou sends with `task:status-changed`. */
function watchStatuses(engine: SyncEngine, seen: string[]): void {
  engine.on("task:status-changed", ({ event }) => {
    const taskId: string = event.data.task_id;
    seen.push(taskId);
  });
}

async function oneShotReconcile(kitsu: KitsuClient, ayon: AyonClient, projectId: string, shotId: string) {
  const report: ReconcileReport = await reconcileProject({ kitsu, ayon }, projectId);
  if (report.failures.length > 0) throw new Error(`reconcile reported ${report.failures.length} failures`);
  const [folder] = await ayon.entities.folders(report.ayonProject, { kitsuIds: [shotId] });
  if (!folder) throw new Error("the shot is not in AYON after reconcileProject");
  step(`reconcileProject: Kitsu shot SH010 -> AYON folder ${folder.path} (${report.writes} writes)`);
  return report.ayonProject;
}

async function liveEngine(kitsu: KitsuClient, ayon: AyonClient, seeded: Awaited<ReturnType<typeof seed>>) {
  const seen: string[] = [];
  const engine = createSyncEngine({
    kitsu,
    ayon,
    projects: [seeded.project.id],
    checkpoints: createMemoryCheckpointStore(),
  });
  watchStatuses(engine, seen);
  await engine.start();
  try {
    const ayonProject = engine.status().projects[0]?.ayonProject ?? "";
    await kitsu.tasks.setStatus(seeded.task.id, seeded.wip.id, "consumer test");
    const task = await waitFor("the status in AYON", async () => {
      const [found] = await ayon.entities.tasks(ayonProject, { kitsuIds: [seeded.task.id] });
      return found?.status === seeded.wip.name ? found : undefined;
    });
    await waitFor("the handler", async () => (seen.includes(seeded.task.id) ? true : undefined));
    step(`createSyncEngine: status "${task.status}" live in AYON; the typed handler saw the event`);
  } finally {
    await engine.stop();
  }
}

/** The shared transport on its own: retries and timeouts over fetch, failures typed by the program. */
async function transport(serverUrl: string) {
  const send: Send = compose(
    withRetry(
      { maxAttempts: 2 },
      {
        baseUrl: serverUrl,
        defaults: { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 10_000 },
        isIdempotent: (request) => request.method === "GET",
        retryReason: retryOnStatus({ anyMethod: [503], idempotentOnly: [502, 504] }),
        connectionError: (request, cause) => new Error(`${request.method} ${request.path}: unreachable`, { cause }),
        logger: silent,
        retryMessage: "consumer request failed, retrying",
      },
    ),
    withTimeout({
      timeoutMs: 10_000,
      baseUrl: serverUrl,
      timeoutError: (request, timeoutMs) => new Error(`${request.path}: no answer within ${timeoutMs} ms`),
    }),
  )((request) => fetch(request));
  const info = (await (await send(new Request(`${serverUrl}/api/info`))).json()) as { version?: unknown };
  if (typeof info.version !== "string") throw new Error("GET /api/info gave no version");
  step(`http-transport: GET /api/info through withRetry and withTimeout (AYON ${info.version})`);
}

function serviceEnv(kitsuServer: LocalKitsu, emulator: { url: string; apiKey: string }, projectId: string) {
  return {
    KITSU_API_URL: kitsuServer.apiUrl,
    KITSU_EVENTS_URL: kitsuServer.eventsUrl,
    KITSU_BOT_TOKEN: kitsuServer.bot.token,
    AYON_SERVER_URL: emulator.url,
    AYON_API_KEY: emulator.apiKey,
    KITSU_AYON_PROJECTS: projectId,
  };
}

async function service(env: Record<string, string>, stateDir: string) {
  const config = loadConfig({ env: { ...env, KITSU_AYON_STATE_DIR: stateDir }, cwd: stateDir });
  const handle = await startKitsuAyonService({ config, http: false, logger: silent });
  try {
    const health = await waitFor("a healthy service", async () => (handle.health().ok ? handle.health() : undefined));
    if (!handle.metricsText().includes("kitsu_ayon_")) throw new Error("the service exports no metrics");
    step(`startKitsuAyonService: healthy (${health.state}), metrics exported`);
  } finally {
    await handle.stop();
  }
}

const silent = { debug() {}, info() {}, warn() {}, error() {} };

/** The installed binary, as a studio would run it (asynchronously: the emulator answers from this process). */
async function binary(env: Record<string, string>, stateDir: string) {
  const bin = join(process.cwd(), "node_modules", ".bin", "kitsu-ayon");
  const run = (...args: string[]) =>
    new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
      const options = { encoding: "utf8" as const, env: { ...process.env, ...env, KITSU_AYON_STATE_DIR: stateDir } };
      execFile(bin, args, options, (error, stdout, stderr) => {
        resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      });
    });
  const help = await run("--help");
  if (help.status !== 0 || !help.stdout.includes("kitsu-ayon doctor")) throw new Error(`--help: ${help.stderr}`);
  const doctor = await run("doctor");
  if (doctor.status !== 0) throw new Error(`doctor exited ${doctor.status}:\n${doctor.stdout}${doctor.stderr}`);
  for (const secret of [env.KITSU_BOT_TOKEN, env.AYON_API_KEY]) {
    if (secret && `${doctor.stdout}${doctor.stderr}`.includes(secret)) throw new Error("doctor printed a secret");
  }
  const passed = doctor.stdout.split("\n").filter((line) => line.includes("PASS")).length;
  step(`kitsu-ayon --help and doctor (${passed} checks passed) from node_modules/.bin`);
}

const kitsuServer = await startLocalKitsu();
const emulator = await startAyonEmulator();
const stateDir = mkdtempSync(join(tmpdir(), "kitsu-ayon-consumer-"));
try {
  const kitsu = createKitsuClient({
    apiUrl: kitsuServer.apiUrl,
    eventsUrl: kitsuServer.eventsUrl,
    auth: { token: kitsuServer.bot.token },
  });
  const ayon = createAyonClient({
    serverUrl: emulator.url,
    apiKey: emulator.apiKey,
    sender: "consumer",
    senderType: "kitsu",
  });
  await transport(emulator.url);
  const seeded = await seed(kitsu);
  await oneShotReconcile(kitsu, ayon, seeded.project.id, seeded.shot.id);
  await liveEngine(kitsu, ayon, seeded);
  const env = serviceEnv(kitsuServer, emulator, seeded.project.id);
  await service(env, stateDir);
  await binary(env, stateDir);
  step("every entry point works from the installed packages");
} finally {
  await emulator.stop();
  await kitsuServer.stop();
  rmSync(stateDir, { recursive: true, force: true });
}
