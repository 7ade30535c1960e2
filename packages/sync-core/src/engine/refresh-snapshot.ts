import type { CallOptions, KitsuClient, KitsuSchemas } from "@kitsu-ayon/kitsu-sdk";
import { readEntityLists, usedOrListed } from "../kitsu/read-snapshot.js";
import type { EntityKind } from "../mapping/snapshot-entities.js";
import type { KitsuSnapshot } from "../model/kitsu-snapshot.js";

/** What changed in Kitsu, as far as the events of a batch tell. */
export interface Touched {
  entities: Map<string, EntityKind | undefined>;
  tasks: Set<string>;
  users: boolean;
}

export const emptyTouched = (): Touched => ({ entities: new Map(), tasks: new Set(), users: false });

/** Above this many entities of a batch, whole lists are read instead of rows by id (fewer requests). */
const LIST_READ_THRESHOLD = 240;

const LISTS = {
  Episode: "episodes",
  Sequence: "sequences",
  Shot: "shots",
  Asset: "assets",
  Edit: "edits",
  Concept: "concepts",
} as const satisfies Record<EntityKind, keyof KitsuSnapshot>;

const KINDS = Object.keys(LISTS) as EntityKind[];
type Entity = KitsuSchemas["Entity"];

/**
 * Brings a cached project snapshot up to date for what a batch touched, with bulk reads: the tasks
 * by id, their entities and the parents of those when the cache lacks them, the entities by id (or
 * whole lists for a burst), persons and team when asked, the project's types and statuses when a
 * task uses one the cache does not know. Rows Kitsu no longer has are removed. Returns the Kitsu
 * ids (entities and tasks) whose state was read, for the reconcile's scope.
 */
export async function refreshSnapshot(
  kitsu: KitsuClient,
  snapshot: KitsuSnapshot,
  touched: Touched,
  options: CallOptions = {},
): Promise<{ folders: Set<string>; tasks: Set<string>; requests: number }> {
  let requests = 0;
  const count = <T>(promise: Promise<T>, n = 1) => {
    requests += n;
    return promise;
  };
  const scope = { folders: new Set<string>(), tasks: new Set<string>() };

  // Tasks first: they may name entities (and statuses, types, persons) the cache lacks.
  const wanted = new Map(touched.entities);
  if (touched.tasks.size) {
    const ids = [...touched.tasks];
    const rows = await count(kitsu.tasks.listByIds(ids, options), Math.ceil(ids.length / 60));
    const found = new Map(rows.filter((row) => row.project_id === snapshot.project.id).map((row) => [row.id, row]));
    snapshot.tasks = [...snapshot.tasks.filter((task) => !touched.tasks.has(task.id)), ...found.values()];
    for (const id of ids) scope.tasks.add(id);
    const typeKind = new Map(snapshot.taskTypes.map((type) => [type.id, type.for_entity]));
    const known = entityIndex(snapshot);
    for (const task of found.values()) {
      const entityId = task.entity_id;
      if (entityId === null || known.has(entityId) || wanted.has(entityId)) continue;
      wanted.set(entityId, asKind(task.task_type_id === null ? undefined : typeKind.get(task.task_type_id)));
    }
  }

  if (wanted.size > LIST_READ_THRESHOLD) {
    const lists = await count(readEntityLists(kitsu, snapshot.project.id, options), KINDS.length);
    for (const kind of KINDS) snapshot[LISTS[kind]] = lists[LISTS[kind]];
    for (const id of wanted.keys()) scope.folders.add(id);
  } else if (wanted.size) {
    await refreshEntities(kitsu, snapshot, wanted, scope.folders, options, (n) => {
      requests += n;
    });
  }

  // An asset of a type the project did not use yet: the project's asset types are read again.
  const assetTypeIds = new Set(snapshot.assetTypes.map((type) => type.id));
  if (snapshot.assets.some((asset) => !assetTypeIds.has(asset.entity_type_id)))
    snapshot.assetTypes = await count(kitsu.projects.assetTypes(snapshot.project.id, options));

  const statusIds = new Set(snapshot.taskStatuses.map((status) => status.id));
  const typeIds = new Set(snapshot.taskTypes.map((type) => type.id));
  const unknownSetting = snapshot.tasks.some(
    (task) =>
      (task.task_type_id !== null && !typeIds.has(task.task_type_id)) ||
      (task.task_status_id !== null && !statusIds.has(task.task_status_id)),
  );
  if (unknownSetting) {
    const [allTypes, allStatuses, projectTypes, projectStatuses] = await count(
      Promise.all([
        kitsu.taskTypes.list(options),
        kitsu.taskStatuses.list(options),
        kitsu.projects.taskTypes(snapshot.project.id, options),
        kitsu.projects.taskStatuses(snapshot.project.id, options),
      ]),
      4,
    );
    snapshot.taskTypes = usedOrListed(
      allTypes,
      projectTypes,
      snapshot.tasks.map((task) => task.task_type_id),
    );
    snapshot.taskStatuses = usedOrListed(
      allStatuses,
      projectStatuses,
      snapshot.tasks.map((task) => task.task_status_id),
    );
  }

  const persons = new Set(snapshot.persons.map((person) => person.id));
  if (touched.users || snapshot.tasks.some((task) => task.assignees.some((id) => !persons.has(id)))) {
    const [all, team] = await count(
      Promise.all([kitsu.persons.list({}, options), kitsu.projects.team(snapshot.project.id, options)]),
      2,
    );
    snapshot.persons = all;
    snapshot.team = team.map((person) => person.id);
  }
  return { ...scope, requests };
}

/** Reads entities by id, then the parents the cache lacks (a sequence for a shot...), level by level. */
async function refreshEntities(
  kitsu: KitsuClient,
  snapshot: KitsuSnapshot,
  wanted: Map<string, EntityKind | undefined>,
  scope: Set<string>,
  options: CallOptions,
  counted: (requests: number) => void,
) {
  const assetTypes = new Set(snapshot.assetTypes.map((type) => type.id));
  const typeKinds = new Map<string, EntityKind>();
  for (const kind of KINDS) for (const entity of snapshot[LISTS[kind]]) typeKinds.set(entity.entity_type_id, kind);
  let batch = new Map(wanted);
  for (let depth = 0; batch.size && depth < 4; depth++) {
    const ids = [...batch.keys()];
    const rows = await kitsu.entities.listByIds(ids, options);
    counted(Math.ceil(ids.length / 60));
    const found = new Map(rows.filter((row) => row.project_id === snapshot.project.id).map((row) => [row.id, row]));
    // The rows read replace the cached ones (one pass per list); ids not read were deleted.
    const read = new Set(ids);
    for (const kind of KINDS) snapshot[LISTS[kind]] = snapshot[LISTS[kind]].filter((entity) => !read.has(entity.id));
    for (const id of ids) {
      scope.add(id);
      const row = found.get(id);
      if (!row) continue;
      const kind =
        typeKinds.get(row.entity_type_id) ??
        batch.get(id) ??
        (assetTypes.has(row.entity_type_id) ? "Asset" : undefined);
      // Scenes and other kinds the sync does not map are left out.
      if (kind === undefined) continue;
      typeKinds.set(row.entity_type_id, kind);
      snapshot[LISTS[kind]].push(row);
    }
    const known = entityIndex(snapshot);
    const next = new Map<string, EntityKind | undefined>();
    for (const row of found.values()) {
      const kind = typeKinds.get(row.entity_type_id);
      for (const parent of parentsOf(row, kind)) if (!known.has(parent.id)) next.set(parent.id, parent.kind);
    }
    batch = next;
  }
}

/** The entities a row's folder hangs from: a shot's sequence, a sequence's episode, an asset's episode... */
function parentsOf(row: Entity, kind: EntityKind | undefined): { id: string; kind: EntityKind }[] {
  const parents: { id: string; kind: EntityKind }[] = [];
  if (row.parent_id) parents.push({ id: row.parent_id, kind: kind === "Shot" ? "Sequence" : "Episode" });
  if (kind === "Asset" && row.source_id) parents.push({ id: row.source_id, kind: "Episode" });
  return parents;
}

function entityIndex(snapshot: KitsuSnapshot): Set<string> {
  const ids = new Set<string>();
  for (const kind of KINDS) for (const entity of snapshot[LISTS[kind]]) ids.add(entity.id);
  return ids;
}

function asKind(forEntity: string | null | undefined): EntityKind | undefined {
  return KINDS.find((kind) => kind === forEntity) ?? (forEntity ? "Asset" : undefined);
}
