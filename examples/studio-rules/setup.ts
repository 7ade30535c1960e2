import type { AyonEmulator } from "@kitsu-ayon/ayon-emulator";
import { createAyonClient } from "@kitsu-ayon/ayon-sdk";
import { createKitsuClient, type KitsuClient } from "@kitsu-ayon/kitsu-sdk";
import type { LocalKitsuConnection } from "@kitsu-ayon/local-kitsu";
import { createMemoryCheckpointStore, createSyncEngine } from "@kitsu-ayon/sync-core";
import { copyMetadata, registerStudioRules } from "./rules.js";

/** A small production for the example: one shot with an animation and a compositing task. */
export async function seedExample(kitsu: KitsuClient) {
  const stamp = Date.now();
  const [project, anim, comp, statuses, approved, ready] = await Promise.all([
    kitsu.projects.create({ name: `Studio Rules ${stamp}`, production_type: "short" }),
    kitsu.taskTypes.create({ name: `Animation ${stamp}`, for_entity: "Shot", color: "#3366cc" }),
    kitsu.taskTypes.create({ name: `Compositing ${stamp}`, for_entity: "Shot", color: "#cc6633" }),
    kitsu.taskStatuses.list(),
    kitsu.taskStatuses.create({
      name: `Approved ${stamp}`,
      short_name: `ok${stamp % 1e5}`,
      color: "#22aa22",
      is_done: true,
    }),
    kitsu.taskStatuses.create({ name: `Ready ${stamp}`, short_name: `rd${stamp % 1e5}`, color: "#aaaa22" }),
  ]);
  const todo = statuses.find((status) => status.is_default);
  if (!todo) throw new Error("Kitsu has no default task status");
  for (const id of [anim.id, comp.id]) await kitsu.projects.addTaskType(project.id, id);
  for (const id of [todo.id, approved.id, ready.id]) await kitsu.projects.addTaskStatus(project.id, id);
  const sequence = await kitsu.sequences.create(project.id, { name: "SQ01" });
  const shot = await kitsu.shots.create(project.id, { name: "SH010", sequence_id: sequence.id });
  const [animTask] = await kitsu.tasks.createForShots(project.id, anim.id, [shot.id]);
  const [compTask] = await kitsu.tasks.createForShots(project.id, comp.id, [shot.id]);
  if (!animTask || !compTask) throw new Error("Kitsu created no task");
  return { project, shot, anim, comp, approved, ready, animTask, compTask };
}

/** The engine with the studio's rules: the default sync, the approval rule and the metadata copy. */
export function startExampleEngine(
  kitsuConnection: LocalKitsuConnection,
  emulator: AyonEmulator,
  seeded: Awaited<ReturnType<typeof seedExample>>,
) {
  const kitsu = createKitsuClient({
    apiUrl: kitsuConnection.apiUrl,
    eventsUrl: kitsuConnection.eventsUrl,
    auth: { token: kitsuConnection.bot.token },
  });
  const ayon = createAyonClient({
    serverUrl: emulator.url,
    apiKey: emulator.apiKey,
    sender: "kitsu-ayon-example",
    senderType: "kitsu",
  });
  const engine = createSyncEngine({
    kitsu,
    ayon,
    projects: [seeded.project.id],
    checkpoints: createMemoryCheckpointStore(),
    transform: copyMetadata("cut_in", "clipIn"),
  });
  registerStudioRules(engine, {
    approvedTaskType: seeded.anim.name,
    nextTaskType: seeded.comp.name,
    readyStatus: seeded.ready.name,
  });
  return { engine, kitsu, ayon };
}
