import { type CallOptions, type KitsuClient, KitsuConnectionError, type KitsuSchemas } from "@kitsu-ayon/kitsu-sdk";

export interface SeedProductionOptions {
  /** Project name. @default a unique `Seed <stamp>` */
  name?: string;
  /** Per-entity writes (shots, assets, status comments) in flight at once. @default 6 */
  concurrency?: number;
  signal?: AbortSignal;
}

export interface SeededShot {
  id: string;
  name: string;
  sequenceId: string;
  /** What was written: `nb_frames`, `data.frame_in`, `data.frame_out` (null when not set). */
  nbFrames: number | null;
  frameIn: number | null;
  frameOut: number | null;
}

export interface SeededAsset {
  id: string;
  name: string;
  assetTypeId: string;
}

export interface SeededTask {
  id: string;
  entityId: string;
  taskTypeId: string;
  name: string;
  /** The status after seeding. */
  taskStatusId: string;
  assigneeIds: string[];
}

export interface SeedSummary {
  episodes: number;
  sequences: number;
  shots: number;
  shotsWithFrameRange: number;
  shotsWithoutFrameOut: number;
  shotsWithoutFrames: number;
  assetTypes: number;
  assets: number;
  taskTypes: number;
  taskStatuses: number;
  persons: number;
  tasks: number;
  tasksNamedMain: number;
  statusChanges: number;
  assignedTasks: number;
  assignments: number;
}

export interface SeededProduction {
  projectId: string;
  projectName: string;
  episodeIds: string[];
  sequenceIds: string[];
  shots: SeededShot[];
  assetTypeIds: string[];
  assets: SeededAsset[];
  /** Shot task types first, then asset task types. */
  taskTypeIds: string[];
  /** The statuses enabled on the project; the first is Zou's default status. */
  taskStatusIds: string[];
  personIds: string[];
  tasks: SeededTask[];
  summary: SeedSummary;
}

const SHOT_TASK_TYPES = ["Layout", "Animation", "Compositing"] as const;
const ASSET_TASK_TYPES = ["Modeling", "Shading"] as const;
/** Short names of Zou's default task statuses; `todo` is the status new tasks get. */
const TASK_STATUSES = ["todo", "wip", "wfa", "retake", "done"] as const;
const ASSET_TYPES = ["Character", "Prop", "Environment"] as const;
const PERSONS = ["Alice", "Bruno", "Chiara", "Dmitri", "Emeka", "Fumiko", "Gaspard", "Hana"] as const;
const SEQUENCES_PER_EPISODE = 3;
const SHOTS = 60;
const ASSETS = 30;
const FIRST_FRAME = 1001;

/** Runs `run` over `items` with at most `limit` calls in flight; results keep the items' order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, run: (item: T, index: number) => Promise<R>) {
  const results: R[] = [];
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < items.length; index = next++) {
      results[index] = await run(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const at = <T>(items: readonly T[], index: number): T => {
  const item = items[index % items.length];
  if (item === undefined) throw new Error(`nothing at ${index}`);
  return item;
};

/** How shot `index` carries its frames: most have a full range, some a length and no end, a few nothing. */
function shotFrames(index: number): Pick<SeededShot, "nbFrames" | "frameIn" | "frameOut"> {
  const length = 24 + ((index * 37) % 96);
  if (index % 10 === 9) return { nbFrames: null, frameIn: null, frameOut: null };
  if (index % 10 === 4) return { nbFrames: length, frameIn: FIRST_FRAME, frameOut: null };
  if (index % 10 === 7) return { nbFrames: length, frameIn: null, frameOut: null };
  return { nbFrames: length, frameIn: FIRST_FRAME, frameOut: FIRST_FRAME + length - 1 };
}

/**
 * Creates, through the Kitsu API, a whole production for the sync to reconcile: a tvshow project
 * with 2 episodes, 6 sequences, 60 shots (frame ranges in `data.frame_in`/`frame_out` on most,
 * `nb_frames` with no `frame_out` on some, nothing on a few), 30 assets of 3 asset types, tasks of
 * 5 task types with various statuses (set by status-change comments, as Kitsu's UI does) and
 * assignees among 8 new persons of the project's team. Zou's default task types, statuses and
 * asset types are used (created when missing). Tasks are created in bulk, one request per task type:
 * Zou names those `main`; a few extra tasks get their own names.
 */
export async function seedProduction(
  kitsu: KitsuClient,
  options: SeedProductionOptions = {},
): Promise<SeededProduction> {
  const o: CallOptions = options.signal ? { signal: options.signal } : {};
  const limit = options.concurrency ?? 6;
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const projectName = options.name ?? `Seed ${stamp}`;

  // Studio settings, the project and its people.
  const [project, studioTaskTypes, studioStatuses, studioAssetTypes, persons] = await Promise.all([
    kitsu.projects.create({ name: projectName, production_type: "tvshow", fps: "25" }, o),
    kitsu.taskTypes.list(o),
    kitsu.taskStatuses.list(o),
    kitsu.assetTypes.list(o),
    Promise.all(
      PERSONS.map((firstName, index) =>
        kitsu.persons.create(
          {
            first_name: firstName,
            last_name: `Seed${index + 1}`,
            email: `${firstName.toLowerCase()}.${stamp}@example.com`,
            role: "user",
          },
          o,
        ),
      ),
    ),
  ]);
  const taskType = async (name: string, forEntity: "Shot" | "Asset") =>
    studioTaskTypes.find(
      // Zou reads a task type with no `for_entity` as an asset task type.
      (type) => type.name === name && (type.for_entity ?? "Asset") === forEntity,
    ) ?? (await kitsu.taskTypes.create({ name, for_entity: forEntity }, o));
  const taskStatus = async (shortName: string) =>
    studioStatuses.find((status) => status.short_name === shortName && !status.for_concept) ??
    (await kitsu.taskStatuses.create({ name: shortName, short_name: shortName, color: "#888888" }, o));
  const assetType = async (name: string) =>
    studioAssetTypes.find((type) => type.name === name) ?? (await kitsu.assetTypes.create({ name }, o));
  const [shotTypes, assetTaskTypes, statuses, assetTypes] = await Promise.all([
    Promise.all(SHOT_TASK_TYPES.map((name) => taskType(name, "Shot"))),
    Promise.all(ASSET_TASK_TYPES.map((name) => taskType(name, "Asset"))),
    Promise.all(TASK_STATUSES.map(taskStatus)),
    Promise.all(ASSET_TYPES.map(assetType)),
  ]);
  const todo = at(statuses, 0);

  // A tvshow project comes with its first episode (E01); the second is created here.
  const [episodeIds] = await Promise.all([
    Promise.all([
      project.first_episode_id ?? kitsu.episodes.create(project.id, { name: "E01" }, o).then((episode) => episode.id),
      kitsu.episodes.create(project.id, { name: "E02" }, o).then((episode) => episode.id),
    ]),
    ...[...shotTypes, ...assetTaskTypes].map((type) => kitsu.projects.addTaskType(project.id, type.id, o)),
    ...statuses.map((status) => kitsu.projects.addTaskStatus(project.id, status.id, o)),
    ...assetTypes.map((type) => kitsu.projects.addAssetType(project.id, type.id, o)),
    ...persons.map((person) => kitsu.projects.addTeamMember(project.id, person.id, o)),
  ]);

  // The hierarchy.
  const sequences = await Promise.all(
    episodeIds.flatMap((episodeId, e) =>
      Array.from({ length: SEQUENCES_PER_EPISODE }, (_, s) =>
        kitsu.sequences.create(project.id, { name: `E0${e + 1}_SQ0${s + 1}0`, episode_id: episodeId }, o),
      ),
    ),
  );
  const shotsPerSequence = SHOTS / sequences.length;
  const shots = await mapLimit(
    Array.from({ length: SHOTS }, (_, index) => index),
    limit,
    async (index): Promise<SeededShot> => {
      const sequence = at(sequences, Math.floor(index / shotsPerSequence));
      const frames = shotFrames(index);
      const name = `SH${String(((index % shotsPerSequence) + 1) * 10).padStart(3, "0")}`;
      const data: Record<string, number> = {};
      if (frames.frameIn !== null) data.frame_in = frames.frameIn;
      if (frames.frameOut !== null) data.frame_out = frames.frameOut;
      const shot = await kitsu.shots.create(
        project.id,
        {
          name,
          sequence_id: sequence.id,
          ...(frames.nbFrames !== null ? { nb_frames: frames.nbFrames } : {}),
          ...(Object.keys(data).length > 0 ? { data } : {}),
        },
        o,
      );
      return { id: shot.id, name, sequenceId: sequence.id, ...frames };
    },
  );
  const assets = await mapLimit(
    Array.from({ length: ASSETS }, (_, index) => index),
    limit,
    async (index): Promise<SeededAsset> => {
      const type = at(assetTypes, index);
      const name = `${type.name}${String(Math.floor(index / assetTypes.length) + 1).padStart(2, "0")}`;
      const asset = await kitsu.assets.create(project.id, type.id, { name, description: `The ${name}` }, o);
      return { id: asset.id, name, assetTypeId: type.id };
    },
  );

  // Tasks: one bulk request per task type, on a different subset of shots or assets each.
  const shotIds = shots.map((shot) => shot.id);
  const assetIds = assets.map((asset) => asset.id);
  const [layout, animation, compositing] = shotTypes as [KitsuSchemas["TaskType"], ...KitsuSchemas["TaskType"][]];
  const [modeling, shading] = assetTaskTypes;
  if (!animation || !compositing || !modeling || !shading) throw new Error("task types missing");
  const created = (
    await Promise.all([
      kitsu.tasks.createForShots(project.id, layout.id, shotIds, o),
      kitsu.tasks.createForShots(project.id, animation.id, shotIds.slice(0, 48), o),
      kitsu.tasks.createForShots(
        project.id,
        compositing.id,
        shotIds.filter((_, index) => index % 2 === 0),
        o,
      ),
      kitsu.tasks.createForAssets(project.id, modeling.id, assetIds, o),
      kitsu.tasks.createForAssets(project.id, shading.id, assetIds.slice(0, 20), o),
    ])
  ).flat();
  // A second task of the same type on a few entities, with its own name.
  const extra = await Promise.all(
    [
      { entityId: at(shotIds, 0), typeId: animation.id, name: "crowd" },
      { entityId: at(shotIds, 1), typeId: animation.id, name: "crowd" },
      { entityId: at(shotIds, 2), typeId: compositing.id, name: "cleanup" },
      { entityId: at(assetIds, 0), typeId: modeling.id, name: "lowpoly" },
      { entityId: at(assetIds, 1), typeId: modeling.id, name: "lowpoly" },
    ].map(({ entityId, typeId, name }) =>
      kitsu.tasks.create(
        { project_id: project.id, entity_id: entityId, task_type_id: typeId, task_status_id: todo.id, name },
        o,
      ),
    ),
  );
  const tasks: SeededTask[] = [...created, ...extra].map((task) => {
    if (!task.entity_id || !task.task_type_id) throw new Error(`task ${task.id} has no entity or type`);
    return {
      id: task.id,
      entityId: task.entity_id,
      taskTypeId: task.task_type_id,
      name: task.name,
      taskStatusId: todo.id,
      assigneeIds: [],
    };
  });

  // Assignees: one person on most tasks, two on some, none on a few; one request per person.
  tasks.forEach((task, index) => {
    if (index % 11 === 10) return;
    task.assigneeIds.push(at(persons, index).id);
    if (index % 5 === 0) task.assigneeIds.push(at(persons, index + 3).id);
  });
  await Promise.all(
    persons.map((person) => {
      const taskIds = tasks.filter((task) => task.assigneeIds.includes(person.id)).map((task) => task.id);
      return taskIds.length > 0 ? kitsu.tasks.assignMany(person.id, taskIds, o) : undefined;
    }),
  );

  // Statuses, through status-change comments (one per task that leaves the default status).
  const cycle = [todo, ...statuses.slice(1), at(statuses, 1), at(statuses, 4)];
  const changing = tasks.filter((task, index) => {
    task.taskStatusId = at(cycle, index).id;
    return task.taskStatusId !== todo.id;
  });
  // Under load Zou's server may close a kept-alive connection just as a request reuses it. The client
  // does not replay a POST that may have been processed; here a second status comment is harmless.
  const setStatus = (task: SeededTask) => kitsu.tasks.setStatus(task.id, task.taskStatusId, "Seeded status", o);
  await mapLimit(changing, limit, (task) =>
    setStatus(task).catch((error: unknown) => {
      if (error instanceof KitsuConnectionError) return setStatus(task);
      throw error;
    }),
  );

  const summary: SeedSummary = {
    episodes: episodeIds.length,
    sequences: sequences.length,
    shots: shots.length,
    shotsWithFrameRange: shots.filter((shot) => shot.frameOut !== null).length,
    shotsWithoutFrameOut: shots.filter((shot) => shot.nbFrames !== null && shot.frameOut === null).length,
    shotsWithoutFrames: shots.filter((shot) => shot.nbFrames === null).length,
    assetTypes: assetTypes.length,
    assets: assets.length,
    taskTypes: shotTypes.length + assetTaskTypes.length,
    taskStatuses: statuses.length,
    persons: persons.length,
    tasks: tasks.length,
    tasksNamedMain: tasks.filter((task) => task.name === "main").length,
    statusChanges: changing.length,
    assignedTasks: tasks.filter((task) => task.assigneeIds.length > 0).length,
    assignments: tasks.reduce((sum, task) => sum + task.assigneeIds.length, 0),
  };
  return {
    projectId: project.id,
    projectName,
    episodeIds,
    sequenceIds: sequences.map((sequence) => sequence.id),
    shots,
    assetTypeIds: assetTypes.map((type) => type.id),
    assets,
    taskTypeIds: [...shotTypes, ...assetTaskTypes].map((type) => type.id),
    taskStatusIds: statuses.map((status) => status.id),
    personIds: persons.map((person) => person.id),
    tasks,
    summary,
  };
}
