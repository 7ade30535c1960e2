import type { AyonEmulator } from "@kitsu-ayon/ayon-emulator";
import { type AyonClient, type AyonFolderNode, type AyonTaskNode, createAyonClient } from "@kitsu-ayon/ayon-sdk";
import { createKitsuClient, type KitsuClient, KitsuConnectionError, type KitsuSchemas } from "@kitsu-ayon/kitsu-sdk";
import type { LocalKitsuConnection } from "@kitsu-ayon/local-kitsu";

export const kitsuClient = (connection: LocalKitsuConnection): KitsuClient =>
  createKitsuClient({
    apiUrl: connection.apiUrl,
    eventsUrl: connection.eventsUrl,
    auth: { token: connection.bot.token },
  });

export const ayonClient = (emulator: AyonEmulator): AyonClient =>
  createAyonClient({
    serverUrl: emulator.url,
    apiKey: emulator.apiKey,
    sender: "kitsu-sync-test",
    senderType: "kitsu",
  });

/** Polls until `probe` returns something other than undefined/false, or fails with the last value seen. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | false>,
  timeoutMs = 20_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > until) throw new Error(`timed out waiting for ${what} (last: ${String(last)})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function folderOf(
  ayon: AyonClient,
  project: string,
  kitsuId: string,
): Promise<AyonFolderNode | undefined> {
  return (await ayon.entities.folders(project, { kitsuIds: [kitsuId] }))[0];
}

export async function taskOf(ayon: AyonClient, project: string, kitsuId: string): Promise<AyonTaskNode | undefined> {
  return (await ayon.entities.tasks(project, { kitsuIds: [kitsuId] }))[0];
}

/** The AYON user whose `data.kitsuId` is this person, if any. */
export async function userOf(ayon: AyonClient, personId: string) {
  for (const item of await ayon.users.list()) {
    const user = await ayon.users.get(item.name);
    if ((user.data as Record<string, unknown> | undefined)?.kitsuId === personId) return user;
  }
  return undefined;
}

export interface SmallProject {
  project: KitsuSchemas["Project"];
  anim: KitsuSchemas["TaskType"];
  comp: KitsuSchemas["TaskType"];
  todo: KitsuSchemas["TaskStatus"];
  wip: KitsuSchemas["TaskStatus"];
  done: KitsuSchemas["TaskStatus"];
  sequence: KitsuSchemas["Entity"];
  shot: KitsuSchemas["Entity"];
  artist: KitsuSchemas["Person"];
}

/**
 * A short film with one sequence, one shot with an animation task, three statuses and an artist on the
 * team. Made again, under new names, when Zou closes a kept-alive connection under a creating POST
 * (the client rightly does not replay a POST that may have been processed).
 */
export async function createSmallProject(kitsu: KitsuClient, label: string): Promise<SmallProject> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await createSmallProjectOnce(kitsu, label);
    } catch (error) {
      if (!(error instanceof KitsuConnectionError) || attempt >= 3) throw error;
    }
  }
}

async function createSmallProjectOnce(kitsu: KitsuClient, label: string): Promise<SmallProject> {
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const [project, anim, comp, statuses, wip, done, artist] = await Promise.all([
    kitsu.projects.create({ name: `${label} ${stamp}`, production_type: "short", fps: "25" }),
    kitsu.taskTypes.create({ name: `Anim ${stamp}`, for_entity: "Shot", color: "#224466" }),
    kitsu.taskTypes.create({ name: `Comp ${stamp}`, for_entity: "Shot", color: "#446622" }),
    kitsu.taskStatuses.list(),
    kitsu.taskStatuses.create({
      name: `Doing ${stamp}`,
      short_name: `dg${stamp.slice(-5)}`,
      color: "#00aa00",
      is_wip: true,
    }),
    kitsu.taskStatuses.create({
      name: `Done ${stamp}`,
      short_name: `dn${stamp.slice(-5)}`,
      color: "#0000aa",
      is_done: true,
    }),
    kitsu.persons.create({
      first_name: "Ana",
      last_name: `Artist${stamp}`,
      email: `ana.${stamp}@example.com`,
      role: "user",
    }),
  ]);
  const todo = statuses.find((status) => status.is_default) ?? statuses[0];
  if (!todo) throw new Error("Zou has no task status");
  await Promise.all([
    kitsu.projects.addTaskType(project.id, anim.id),
    kitsu.projects.addTaskType(project.id, comp.id),
    kitsu.projects.addTaskStatus(project.id, todo.id),
    kitsu.projects.addTaskStatus(project.id, wip.id),
    kitsu.projects.addTaskStatus(project.id, done.id),
    kitsu.projects.addTeamMember(project.id, artist.id),
  ]);
  const sequence = await kitsu.sequences.create(project.id, { name: "SQ01" });
  const shot = await kitsu.shots.create(project.id, { name: "SH010", sequence_id: sequence.id });
  await kitsu.tasks.createForShots(project.id, anim.id, [shot.id]);
  return { project, anim, comp, todo, wip, done, sequence, shot, artist };
}
