import { join } from "node:path";
import type { AyonEmulator } from "@kitsu-ayon/ayon-emulator";
import type { AyonClient } from "@kitsu-ayon/ayon-sdk";
import { type KitsuClient, KitsuConnectionError, type KitsuSchemas } from "@kitsu-ayon/kitsu-sdk";
import type { LocalKitsuConnection } from "@kitsu-ayon/local-kitsu";
import { findPairedProject, slugify, taskTitle } from "@kitsu-ayon/sync-core";
import { ayonClient, waitFor } from "../../../../sync-core/test/integration/engine-fixture.js";
import { cliEnv, type ServeProcess, startServe, waitHealthy } from "../cli-fixture.js";

/** A project with one shot task type (so a shot import gives each shot exactly one task) and three statuses. */
export interface FaultProject {
  project: KitsuSchemas["Project"];
  taskType: KitsuSchemas["TaskType"];
  /** Kitsu's default status, then a work-in-progress and a done status of this project. */
  statuses: [KitsuSchemas["TaskStatus"], KitsuSchemas["TaskStatus"], KitsuSchemas["TaskStatus"]];
  sequences: KitsuSchemas["Entity"][];
  shots: KitsuSchemas["Entity"][];
}

/**
 * Runs a Kitsu write; when Zou closes the connection under it (it does, now and then, under a
 * creating POST) and `landed` says the write is not there, runs it again.
 */
export async function kitsuWrite<T>(write: () => Promise<T>, landed: () => Promise<T | undefined>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!(error instanceof KitsuConnectionError) || attempt >= 3) throw error;
      const found = await landed();
      if (found !== undefined) return found;
    }
  }
}

/** Creates the project, `sequences` sequences of `shotsPerSequence` shots, and one task on each shot. */
export async function seedFaultProject(
  kitsu: KitsuClient,
  label: string,
  layout: { sequences: number; shotsPerSequence: number },
): Promise<FaultProject> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await seedOnce(kitsu, label, layout);
    } catch (error) {
      // Made again under new names: a half-made project is simply left behind.
      if (!(error instanceof KitsuConnectionError) || attempt >= 3) throw error;
    }
  }
}

async function seedOnce(
  kitsu: KitsuClient,
  label: string,
  layout: { sequences: number; shotsPerSequence: number },
): Promise<FaultProject> {
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const [project, taskType, all, wip, done] = await Promise.all([
    kitsu.projects.create({ name: `${label} ${stamp}`, production_type: "short", fps: "25" }),
    kitsu.taskTypes.create({ name: `Anim${stamp}`, for_entity: "Shot", color: "#224466" }),
    kitsu.taskStatuses.list(),
    kitsu.taskStatuses.create({
      name: `Doing${stamp}`,
      short_name: `dg${stamp.slice(-5)}`,
      color: "#00aa00",
      is_wip: true,
    }),
    kitsu.taskStatuses.create({
      name: `Done${stamp}`,
      short_name: `dn${stamp.slice(-5)}`,
      color: "#0000aa",
      is_done: true,
    }),
  ]);
  const todo = all.find((status) => status.is_default) ?? all[0];
  if (!todo) throw new Error("Zou has no task status");
  await Promise.all([
    kitsu.projects.addTaskType(project.id, taskType.id),
    kitsu.projects.addTaskStatus(project.id, todo.id),
    kitsu.projects.addTaskStatus(project.id, wip.id),
    kitsu.projects.addTaskStatus(project.id, done.id),
  ]);
  const sequences: KitsuSchemas["Entity"][] = [];
  const shots: KitsuSchemas["Entity"][] = [];
  for (let s = 0; s < layout.sequences; s++) {
    const sequence = await kitsu.sequences.create(project.id, { name: `SQ${String(s + 1).padStart(2, "0")}` });
    sequences.push(sequence);
    for (let n = 0; n < layout.shotsPerSequence; n++)
      shots.push(
        await kitsu.shots.create(project.id, {
          name: `SH${String((s + 1) * 100 + (n + 1) * 10).padStart(4, "0")}`,
          sequence_id: sequence.id,
        }),
      );
  }
  if (shots.length > 0) await kitsu.tasks.createForShots(project.id, taskType.id, []);
  return { project, taskType, statuses: [todo, wip, done], sequences, shots };
}

/**
 * Every way AYON differs from Kitsu for this project, in words; empty when they agree. Each Kitsu
 * sequence, shot and task must have exactly one AYON folder or task (by `data.kitsuId`) with the
 * name the sync gives it, under the right parent and, for tasks, with the Kitsu status; AYON must
 * have nothing else besides the `Sequences` grouping folder.
 */
export async function differences(
  clients: { kitsu: KitsuClient; ayon: AyonClient },
  kitsuProjectId: string,
  ayonProject: string,
): Promise<string[]> {
  const { kitsu, ayon } = clients;
  const [sequences, shots, tasks, statuses, taskTypes, folders, ayonTasks] = await Promise.all([
    kitsu.sequences.list(kitsuProjectId),
    kitsu.shots.list(kitsuProjectId),
    kitsu.tasks.listForProject(kitsuProjectId),
    kitsu.taskStatuses.list(),
    kitsu.taskTypes.list(),
    ayon.entities.folders(ayonProject),
    ayon.entities.tasks(ayonProject),
  ]);
  const problems: string[] = [];
  const statusName = new Map(statuses.map((status) => [status.id, status.name]));
  const typeName = new Map(taskTypes.map((type) => [type.id, type.name]));
  const foldersOf = new Map<string, typeof folders>();
  for (const folder of folders) {
    const key = typeof folder.data.kitsuId === "string" ? folder.data.kitsuId : "";
    foldersOf.set(key, [...(foldersOf.get(key) ?? []), folder]);
  }
  const tasksOf = new Map<string, typeof ayonTasks>();
  for (const task of ayonTasks) {
    const key = typeof task.data.kitsuId === "string" ? task.data.kitsuId : "";
    tasksOf.set(key, [...(tasksOf.get(key) ?? []), task]);
  }
  /** The one AYON folder of a Kitsu id, or a problem. */
  const one = <T extends { id: string }>(map: Map<string, T[]>, id: string, what: string): T | undefined => {
    const found = map.get(id) ?? [];
    if (found.length !== 1) problems.push(`${what}: ${found.length} in AYON, want 1`);
    return found.length === 1 ? found[0] : undefined;
  };

  const root = one(foldersOf, "sequence", "the Sequences folder");
  const folderIdOf = new Map<string, string>();
  for (const sequence of sequences) {
    const folder = one(foldersOf, sequence.id, `sequence ${sequence.name}`);
    if (!folder) continue;
    folderIdOf.set(sequence.id, folder.id);
    if (folder.name !== slugify(sequence.name))
      problems.push(`sequence ${sequence.name}: named ${folder.name} in AYON, want ${slugify(sequence.name)}`);
    if (folder.folderType !== "Sequence") problems.push(`sequence ${sequence.name}: AYON type ${folder.folderType}`);
    if (root && folder.parentId !== root.id) problems.push(`sequence ${sequence.name}: not under /sequences in AYON`);
  }
  for (const shot of shots) {
    const folder = one(foldersOf, shot.id, `shot ${shot.name}`);
    if (!folder) continue;
    folderIdOf.set(shot.id, folder.id);
    if (folder.name !== slugify(shot.name))
      problems.push(`shot ${shot.name}: named ${folder.name} in AYON, want ${slugify(shot.name)}`);
    if (folder.folderType !== "Shot") problems.push(`shot ${shot.name}: AYON type ${folder.folderType}`);
    const parent = folderIdOf.get(shot.parent_id ?? "");
    if (parent === undefined || folder.parentId !== parent)
      problems.push(`shot ${shot.name}: not under its sequence's folder in AYON`);
  }
  for (const task of tasks) {
    const type = typeName.get(task.task_type_id ?? "") ?? "?";
    const shotName = shots.find((shot) => shot.id === task.entity_id)?.name ?? task.entity_id;
    const what = `task ${type} of ${shotName}`;
    const found = one(tasksOf, task.id, what);
    if (!found) continue;
    const name = slugify(taskTitle(task.name, type));
    if (found.name !== name) problems.push(`${what}: named ${found.name} in AYON, want ${name}`);
    if (found.taskType !== type) problems.push(`${what}: AYON type ${found.taskType}, want ${type}`);
    if (found.folderId !== folderIdOf.get(task.entity_id ?? ""))
      problems.push(`${what}: not on its shot's folder in AYON`);
    const status = statusName.get(task.task_status_id ?? "");
    if (found.status !== status) problems.push(`${what}: status ${found.status} in AYON, want ${status}`);
  }

  const known = new Set(["sequence", ...sequences.map((entity) => entity.id), ...shots.map((entity) => entity.id)]);
  for (const folder of folders)
    if (!known.has(String(folder.data.kitsuId ?? ""))) problems.push(`extra AYON folder ${folder.path}`);
  const knownTasks = new Set(tasks.map((task) => task.id));
  for (const task of ayonTasks)
    if (!knownTasks.has(String(task.data.kitsuId ?? ""))) problems.push(`extra AYON task ${task.name} (${task.id})`);
  return problems;
}

/** Polls `differences` until there are none or the deadline passes; resolves with the seconds it took and the last differences. */
export async function converge(
  probe: () => Promise<string[]>,
  timeoutMs: number,
): Promise<{ seconds: number; problems: string[] }> {
  const started = Date.now();
  let problems: string[] = ["not compared yet"];
  for (;;) {
    try {
      problems = await probe();
    } catch (error) {
      problems = [`comparison failed: ${String(error)}`];
    }
    const seconds = (Date.now() - started) / 1000;
    if (problems.length === 0 || Date.now() - started > timeoutMs) return { seconds, problems };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The value of one sample of the serve's `/metrics` (the first line of that name), or undefined. */
export async function metric(opsUrl: string, name: string): Promise<number | undefined> {
  const text = await (await fetch(`${opsUrl}/metrics`)).text();
  const line = text.split("\n").find((entry) => entry.startsWith(`${name} `) || entry.startsWith(`${name}{`));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(" ") + 1));
}

/** The serve's warnings and errors, newest last, for a failure message. */
export function warnings(lines: Record<string, unknown>[], count = 30): string {
  return lines
    .filter((line) => line.level === "warn" || line.level === "error")
    .slice(-count)
    .map((line) => JSON.stringify(line))
    .join("\n");
}

/**
 * Starts `kitsu-ayon serve` on one project in `cwd`, talking to AYON through `ayonUrl` (a fault
 * proxy) and to Kitsu directly, waits until it is healthy, and measures how far AYON is from Kitsu
 * after its start-up reconcile.
 */
export async function serveThroughProxy(options: {
  connection: LocalKitsuConnection;
  emulator: AyonEmulator;
  ayonUrl: string;
  kitsu: KitsuClient;
  kitsuProjectId: string;
  cwd: string;
}) {
  const { connection, emulator, kitsu, kitsuProjectId, cwd } = options;
  const ayon = ayonClient(emulator);
  const serve: ServeProcess = startServe(
    cliEnv(connection, { url: options.ayonUrl, apiKey: emulator.apiKey }, join(cwd, "state"), {
      KITSU_AYON_PROJECTS: kitsuProjectId,
      KITSU_AYON_PORT: "0",
      KITSU_AYON_HOST: "127.0.0.1",
    }),
    { cwd },
  );
  const opsUrl = await serve.waitForUrl();
  await waitHealthy(opsUrl, 90_000);
  const project = await waitFor("the paired AYON project", () => findPairedProject(ayon, kitsuProjectId));
  const clients = { kitsu, ayon };
  const start = await converge(() => differences(clients, kitsuProjectId, project), 30_000);
  return { ayon, serve, opsUrl, project, clients, start };
}
