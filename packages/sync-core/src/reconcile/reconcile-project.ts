import type { AyonClient, Logger } from "@kitsu-ayon/ayon-sdk";
import type { KitsuClient } from "@kitsu-ayon/kitsu-sdk";
import { readKitsuSnapshot } from "../kitsu/read-snapshot.js";
import { buildDesiredProject, type DesiredProjectOptions } from "../mapping/desired-project.js";
import type { DesiredProject, MappingWarning } from "../model/desired-state.js";
import type { KitsuSnapshot } from "../model/kitsu-snapshot.js";
import { type AnatomySyncResult, syncAnatomy } from "./anatomy-sync.js";
import { type ExecuteOptions, executePlan, type ReconcileFailure } from "./execute.js";
import { filterPredicates, type SyncHookContext, type SyncHooks } from "./hooks.js";
import { findPairedProject, type PairingOptions, pairProject, projectNameOf } from "./pairing.js";
import { planReconcile } from "./plan.js";
import type { ReconcilePlan } from "./plan-types.js";
import { readCurrentEntities, readCurrentProject } from "./read-current.js";
import { excludeEntities, type SyncScope, scopeDesired } from "./scope.js";
import { syncUsers, type UserSyncOptions, type UserSyncResult } from "./users-sync.js";

export interface ReconcileOptions extends Omit<ExecuteOptions, "signal">, SyncHooks {
  /** Compute and return the plan without writing anything to AYON. @default false */
  dryRun?: boolean;
  pairing?: PairingOptions;
  /** Mapping options (layout, attribute rows, status icons...). */
  mapping?: Omit<DesiredProjectOptions, "users">;
  users?: UserSyncOptions;
  logger?: Logger;
  signal?: AbortSignal;
  /** Told of each phase as it starts, with counts when known: for progress displays. */
  onProgress?: (progress: ReconcileProgress) => void;
}

/** A reconcile's phase, and the counts known when it starts. */
export interface ReconcileProgress {
  kitsuProjectId: string;
  phase: "read-kitsu" | "pair" | "users" | "anatomy" | "read-ayon" | "plan" | "write" | "done";
  /** Kitsu entities and tasks read (from `pair` on). */
  entities?: number;
  tasks?: number;
  /** Planned actions (from `write` on). */
  actions?: number;
}

export interface ReconcileReport {
  kitsuProjectId: string;
  /** The paired AYON project (the name it would get, in a dry run of an unpaired project). */
  ayonProject: string;
  /** The AYON project was created (or, in a dry run, would be). */
  createdProject: boolean;
  dryRun: boolean;
  /** `full`: the whole project; `partial`: a live sync of the entities that changed (and their parents). */
  scope: "full" | "partial";
  anatomy: AnatomySyncResult;
  users: UserSyncResult;
  /** Folder and task actions, in the order they were (or would be) applied. */
  plan: ReconcilePlan;
  /** Writes AYON applied: batch operations plus anatomy and user requests. 0 in a dry run. */
  writes: number;
  /** Batch-operation requests sent (each carries up to `chunkSize` writes). */
  requests: number;
  /** Entities AYON refused; the rest was applied. */
  failures: ReconcileFailure[];
  /** Entities the filter hook left out. */
  excluded: number;
  warnings: MappingWarning[];
  durationMs: number;
}

export interface SyncClients {
  kitsu: KitsuClient;
  ayon: AyonClient;
}

/**
 * Makes one AYON project look as its Kitsu project says, and does nothing when it already does:
 * bulk reads on both sides, an in-memory diff, chunked batch writes. One entity AYON refuses is
 * reported and the others are written.
 */
export async function reconcileProject(
  clients: SyncClients,
  kitsuProjectId: string,
  options: ReconcileOptions = {},
): Promise<ReconcileReport> {
  const started = Date.now();
  options.onProgress?.({ kitsuProjectId, phase: "read-kitsu" });
  const snapshot = await readKitsuSnapshot(
    clients.kitsu,
    kitsuProjectId,
    options.signal ? { signal: options.signal } : {},
  );
  const report = await reconcileSnapshot(clients.ayon, snapshot, options);
  report.durationMs = Date.now() - started;
  return report;
}

/** What a live sync already knows, so a partial reconcile reads and writes only what changed. */
export interface PartialRun {
  /** The entities that changed. */
  scope: SyncScope;
  /** The paired AYON project. */
  ayonProject: string;
  /** Kitsu person id -> AYON user name, from the last user sync; users are synced again when absent. */
  users?: UserSyncResult;
}

/**
 * The reconcile on a snapshot already read: the whole project, or (with `partial`) only the
 * entities in scope and what they need (parents, siblings whose names they could take).
 */
export async function reconcileSnapshot(
  ayon: AyonClient,
  snapshot: KitsuSnapshot,
  options: ReconcileOptions = {},
  partial?: PartialRun,
): Promise<ReconcileReport> {
  const started = Date.now();
  const dryRun = options.dryRun ?? false;
  const kitsuProjectId = snapshot.project.id;
  const counts = {
    entities:
      snapshot.episodes.length +
      snapshot.sequences.length +
      snapshot.shots.length +
      snapshot.assets.length +
      snapshot.edits.length +
      snapshot.concepts.length,
    tasks: snapshot.tasks.length,
  };
  const progress = (phase: ReconcileProgress["phase"], more: { actions?: number } = {}) =>
    partial ? undefined : options.onProgress?.({ kitsuProjectId, phase, ...counts, ...more });
  progress("pair");
  const paired = partial
    ? { ayonProject: partial.ayonProject, created: false }
    : dryRun
      ? await dryRunPairing(ayon, snapshot.project, options.pairing)
      : await pairProject(ayon, snapshot.project, options.pairing);
  const exists = !(dryRun && paired.created);
  if (!partial?.users) progress("users");
  const users =
    partial?.users ??
    (await syncUsers(ayon, snapshot, paired.ayonProject, {
      ...options.users,
      dryRun,
      projectExists: exists,
    }));
  const full = buildDesiredProject(snapshot, { ...options.mapping, users: users.byPerson });
  const scoped = partial ? scopeDesired(full, partial.scope) : undefined;
  const context: SyncHookContext = {
    kitsuProjectId,
    ayonProject: paired.ayonProject,
    snapshot,
    scope: partial ? "partial" : "full",
  };
  let desired = scoped?.desired ?? full;
  if (options.transform) desired = (await options.transform(desired, context)) ?? desired;
  progress("anatomy");
  const anatomy = exists
    ? await syncAnatomy(ayon, paired.ayonProject, desired, dryRun)
    : { added: [], updated: [], attrib: [], writes: 0, spelling: (_: string, name: string) => name };
  useAyonSpelling(desired, anatomy.spelling);
  await dropUnknownAttributes(ayon, desired);
  progress("read-ayon");
  let current = !exists
    ? { folders: [], tasks: [] }
    : scoped
      ? await readCurrentEntities(ayon, paired.ayonProject, scoped, options.signal)
      : await readCurrentProject(ayon, paired.ayonProject, options.signal);
  let excluded = 0;
  if (options.filter) {
    const kept = excludeEntities(desired, current, filterPredicates(options.filter, context));
    ({ desired, current, excluded } = kept);
  }
  progress("plan");
  const plan = planReconcile(desired, current);
  if (!dryRun) progress("write", { actions: plan.actions.length });
  const executed = dryRun
    ? { writes: 0, requests: 0, failures: [] }
    : await executePlan(ayon, paired.ayonProject, plan, {
        ...options,
        ...(options.signal ? { signal: options.signal } : {}),
      });
  const report: ReconcileReport = {
    kitsuProjectId,
    ayonProject: paired.ayonProject,
    createdProject: paired.created,
    dryRun,
    scope: context.scope,
    anatomy,
    users,
    plan,
    writes: executed.writes + anatomy.writes + (partial?.users ? 0 : users.writes),
    requests: executed.requests,
    failures: executed.failures,
    excluded,
    warnings: [
      ...desired.warnings,
      ...(partial?.users ? [] : users.warnings),
      ...plan.warnings.map(({ key, message }) => ({ kitsuId: key, message })),
    ],
    durationMs: Date.now() - started,
  };
  progress("done", { actions: plan.actions.length });
  options.logger?.info(partial ? "kitsu changes synced" : "kitsu project reconciled", {
    kitsuProjectId,
    ayonProject: report.ayonProject,
    dryRun,
    actions: plan.actions.length,
    writes: report.writes,
    failures: report.failures.length,
    warnings: report.warnings.length,
  });
  return report;
}

async function dryRunPairing(
  ayon: AyonClient,
  project: { id: string; name: string; code?: string | null },
  options: PairingOptions = {},
) {
  const found = await findPairedProject(ayon, project.id);
  if (found) return { ayonProject: found, created: false };
  return { ayonProject: options.name ?? projectNameOf(project.name), created: true };
}

/** Entities name their type and status as AYON spells them (see AnatomySyncResult.spelling). */
function useAyonSpelling(desired: DesiredProject, spelling: AnatomySyncResult["spelling"]) {
  for (const folder of desired.folders) folder.folderType = spelling("folderTypes", folder.folderType);
  for (const task of desired.tasks) {
    task.taskType = spelling("taskTypes", task.taskType);
    task.status = spelling("statuses", task.status);
  }
}

const INFO_TTL_MS = 5 * 60_000;
const infoCache = new WeakMap<AyonClient, { until: number; info: ReturnType<AyonClient["info"]> }>();

/** `/api/info` (the attribute definitions), read at most every five minutes per client: live syncs run often. */
function attributeInfo(ayon: AyonClient): ReturnType<AyonClient["info"]> {
  const cached = infoCache.get(ayon);
  if (cached && cached.until > Date.now()) return cached.info;
  const info = ayon.info();
  infoCache.set(ayon, { until: Date.now() + INFO_TTL_MS, info });
  info.catch(() => infoCache.delete(ayon));
  return info;
}

/**
 * AYON silently drops attributes it does not define, so one mapped to a missing attribute would be
 * planned again on every run: it is left out, with a warning, once per attribute.
 */
async function dropUnknownAttributes(ayon: AyonClient, desired: DesiredProject) {
  const info = await attributeInfo(ayon);
  const known = (scope: "folder" | "task") =>
    new Set(
      (info.attributes ?? [])
        .filter((attribute) => attribute.scope?.includes(scope))
        .map((attribute) => attribute.name),
    );
  const reported = new Set<string>();
  const prune = (attrib: Record<string, unknown>, names: Set<string>, scope: string) => {
    for (const name of Object.keys(attrib)) {
      if (names.has(name)) continue;
      delete attrib[name];
      if (reported.has(`${scope}:${name}`)) continue;
      reported.add(`${scope}:${name}`);
      desired.warnings.push({ kitsuId: "", message: `AYON has no ${scope} attribute "${name}": it is not synced` });
    }
  };
  const [folderNames, taskNames] = [known("folder"), known("task")];
  if (folderNames.size === 0 && taskNames.size === 0) return;
  for (const folder of desired.folders) prune(folder.attrib, folderNames, "folder");
  for (const task of desired.tasks) prune(task.attrib, taskNames, "task");
}
