import type { AyonClient } from "@kitsu-ayon/ayon-sdk";
import type { KitsuClient, KitsuSchemas } from "@kitsu-ayon/kitsu-sdk";
import { readKitsuSnapshot } from "../kitsu/read-snapshot.js";
import type { KitsuSnapshot } from "../model/kitsu-snapshot.js";
import { findPairedProject } from "../reconcile/pairing.js";
import { type ReconcileOptions, type ReconcileReport, reconcileSnapshot } from "../reconcile/reconcile-project.js";
import { syncUsers, type UserSyncResult } from "../reconcile/users-sync.js";
import type { ProjectPairing } from "./handlers.js";
import { refreshSnapshot, type Touched } from "./refresh-snapshot.js";

export type LaneState = "starting" | "ready" | "failed" | "removed";

/**
 * One synced Kitsu project: its cached snapshot, pairing and user map, and a queue that runs its
 * syncs one at a time (a live batch, a full reconcile, a studio-wide user sync never interleave).
 */
export class ProjectLane {
  state: LaneState = "starting";
  snapshot: KitsuSnapshot | undefined;
  pairing: ProjectPairing | undefined;
  users: UserSyncResult | undefined;
  lastError: string | undefined;
  lastFullReconcileAt: string | undefined;
  lastSyncAt: string | undefined;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    readonly project: Pick<KitsuSchemas["Project"], "id" | "name">,
    private readonly clients: { kitsu: KitsuClient; ayon: AyonClient },
    private readonly options: () => ReconcileOptions,
    /**
     * Without a cache yet, a live sync first reconciles the whole project (`true`), or only reads it
     * and syncs what changed (`false`): then nothing but the events' effects is written.
     */
    private readonly reconcileWhenUncached = true,
  ) {}

  /** Runs `work` after everything queued before it on this project. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.chain.then(work, work);
    this.chain = run.catch(() => {});
    return run;
  }

  /** Reads the whole project and reconciles it; the snapshot becomes the cache live syncs update. */
  async full(signal?: AbortSignal): Promise<ReconcileReport> {
    const started = Date.now();
    try {
      const snapshot = await readKitsuSnapshot(this.clients.kitsu, this.project.id, signal ? { signal } : {});
      const report = await reconcileSnapshot(this.clients.ayon, snapshot, this.withSignal(signal));
      report.durationMs = Date.now() - started;
      this.snapshot = snapshot;
      this.pairing = { kitsuProjectId: this.project.id, ayonProject: report.ayonProject };
      this.users = report.users;
      this.lastFullReconcileAt = new Date().toISOString();
      this.succeeded();
      return report;
    } catch (error) {
      this.failed(error);
      throw error;
    }
  }

  /**
   * Brings the cache up to date for what changed and reconciles only that (and what it needs).
   * Without a cache yet (no reconcile on start, or it failed), reconciles the whole project instead,
   * or, without `reconcileWhenUncached`, reads it first (a project AYON does not have yet is
   * reconciled whole: it has to be created).
   */
  async partial(touched: Touched, signal?: AbortSignal): Promise<{ report: ReconcileReport; userWrites: number }> {
    if (!this.snapshot || !this.pairing || !this.users) {
      if (this.reconcileWhenUncached || !(await this.read(signal)))
        return { report: await this.full(signal), userWrites: 0 };
    }
    if (!this.snapshot || !this.pairing || !this.users) throw new Error("the project's cache is missing");
    try {
      const options = this.withSignal(signal);
      const refreshed = await refreshSnapshot(this.clients.kitsu, this.snapshot, touched, signal ? { signal } : {});
      let userWrites = 0;
      const known = this.users.byPerson;
      // A task given to someone AYON has no user for yet (created in Kitsu moments ago) syncs users first.
      const unmapped = this.snapshot.tasks.some(
        (task) => refreshed.tasks.has(task.id) && task.assignees.some((id) => !known.has(id)),
      );
      if (touched.users || unmapped) {
        this.users = await syncUsers(this.clients.ayon, this.snapshot, this.pairing.ayonProject, {
          ...options.users,
          dryRun: false,
        });
        userWrites = this.users.writes;
        // Tasks of persons who just got a user may have been synced without them: sync them again.
        const mapped = this.users.byPerson;
        for (const task of this.snapshot.tasks)
          if (task.assignees.some((id) => mapped.has(id) && !known.has(id))) refreshed.tasks.add(task.id);
      }
      const report = await reconcileSnapshot(this.clients.ayon, this.snapshot, options, {
        scope: refreshed,
        ayonProject: this.pairing.ayonProject,
        users: this.users,
      });
      this.succeeded();
      return { report, userWrites };
    } catch (error) {
      this.failed(error);
      throw error;
    }
  }

  /**
   * Reads the project, its AYON pairing and its users (creating the users AYON lacks), without
   * reconciling its entities. False when AYON has no project paired with it yet.
   */
  private async read(signal?: AbortSignal): Promise<boolean> {
    try {
      const snapshot = await readKitsuSnapshot(this.clients.kitsu, this.project.id, signal ? { signal } : {});
      const ayonProject = await findPairedProject(this.clients.ayon, this.project.id);
      if (ayonProject === undefined) return false;
      this.users = await syncUsers(this.clients.ayon, snapshot, ayonProject, {
        ...this.options().users,
        dryRun: false,
      });
      this.snapshot = snapshot;
      this.pairing = { kitsuProjectId: this.project.id, ayonProject };
      return true;
    } catch (error) {
      this.failed(error);
      throw error;
    }
  }

  private withSignal(signal: AbortSignal | undefined): ReconcileOptions {
    const options = this.options();
    return signal ? { ...options, signal } : options;
  }

  private succeeded() {
    if (this.state !== "removed") this.state = "ready";
    this.lastError = undefined;
    this.lastSyncAt = new Date().toISOString();
  }

  private failed(error: unknown) {
    if (this.state !== "removed") this.state = "failed";
    this.lastError = error instanceof Error ? error.message : String(error);
  }
}
