import type { KitsuClient } from "../../src/client/create-kitsu-client.js";
import type { KitsuLoggedEvent } from "../../src/events/event-log.js";
import type { Schemas } from "../../src/resources/http.js";

/** A TV show with the settings the write tests need, created through the client under test. */
export interface Production {
  project: Schemas["ProjectWithRelations"];
  todo: Schemas["TaskStatus"];
  wip: Schemas["TaskStatus"];
  done: Schemas["TaskStatus"];
  shotTaskType: Schemas["TaskType"];
  assetTaskType: Schemas["TaskType"];
  assetType: Schemas["EntityType"];
}

/** Creates a TV show named `name` with its own task types and asset type, and Todo, WIP and Done enabled. */
export async function createProduction(client: KitsuClient, name: string): Promise<Production> {
  const stamp = `${name} ${Date.now().toString(36)}`;
  const statuses = await client.taskStatuses.list();
  const status = (shortName: string) => {
    const found = statuses.find((candidate) => candidate.short_name === shortName);
    if (found === undefined) throw new Error(`Zou has no task status ${shortName}`);
    return found;
  };
  const shotTaskType = await client.taskTypes.create({ name: `Anim ${stamp}`, for_entity: "Shot" });
  const assetTaskType = await client.taskTypes.create({ name: `Model ${stamp}`, for_entity: "Asset" });
  const assetType = await client.assetTypes.create({ name: `Props ${stamp}` });
  const project = await client.projects.create({ name: stamp, production_type: "tvshow" });
  const production = {
    project,
    todo: status("todo"),
    wip: status("wip"),
    done: status("done"),
    shotTaskType,
    assetTaskType,
    assetType,
  };
  for (const taskType of [shotTaskType, assetTaskType]) await client.projects.addTaskType(project.id, taskType.id);
  for (const taskStatus of [production.todo, production.wip, production.done]) {
    await client.projects.addTaskStatus(project.id, taskStatus.id);
  }
  await client.projects.addAssetType(project.id, assetType.id);
  return production;
}

/** A person with the artist role, unique to the run. */
export function createArtist(client: KitsuClient, firstName: string): Promise<Schemas["PersonWithToken"]> {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return client.persons.create({
    first_name: firstName,
    last_name: stamp,
    email: `${firstName.toLowerCase()}-${stamp}@example.com`,
    role: "user",
  });
}

/**
 * Runs `action` and returns the events of the project's log that it caused: those logged after it
 * started that were not there before. Zou logs an event in the request that causes it, so they are
 * all in the log once the action's requests have answered.
 */
export async function eventsCausedBy<T>(
  client: KitsuClient,
  projectId: string,
  action: () => Promise<T>,
): Promise<{ result: T; events: KitsuLoggedEvent[] }> {
  const since = new Date(Date.now() - 5000).toISOString().slice(0, 19);
  const before = new Set((await client.events.read(since, { projectId })).map((event) => event.id));
  const result = await action();
  const after = await client.events.read(since, { projectId });
  return { result, events: after.filter((event) => !before.has(event.id)) };
}

/** `name` and the given `data` keys of each event, for readable assertions. */
export function summarize(events: readonly KitsuLoggedEvent[], ...keys: string[]) {
  return events.map((event) => ({
    name: event.name,
    ...Object.fromEntries(keys.filter((key) => event.data?.[key] !== undefined).map((key) => [key, event.data?.[key]])),
  }));
}
