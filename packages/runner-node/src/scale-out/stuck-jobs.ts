/** A job in progress as AYON lists it: only its `updatedAt` is compared, and only with itself. */
export interface InProgressJob {
  id: string;
  updatedAt: string;
}

export interface StuckJobWatch {
  /**
   * Takes the jobs in progress now and returns those that stayed in progress, unchanged, for the
   * timeout: seen with the same `updatedAt` since at least `timeoutMs` ago on this host's clock.
   */
  observe(jobs: readonly InProgressJob[]): InProgressJob[];
}

/**
 * Tells jobs whose processor died from jobs still being done, without comparing this host's clock
 * with AYON's: a job's `updatedAt` is AYON's time, so "updated more than ten minutes ago" would depend
 * on how far apart the two clocks are (a host ahead fails live jobs, one behind never fails dead
 * ones). Instead a job is remembered when first seen in progress with a given `updatedAt`, and is
 * stuck once it kept that same `updatedAt` for `timeoutMs` of this host's monotonic clock.
 */
export function createStuckJobWatch(timeoutMs: number, now: () => number = () => performance.now()): StuckJobWatch {
  const seen = new Map<string, { updatedAt: string; since: number }>();
  return {
    observe(jobs) {
      const at = now();
      const current = new Set<string>();
      const stuck: InProgressJob[] = [];
      for (const job of jobs) {
        current.add(job.id);
        const first = seen.get(job.id);
        if (!first || first.updatedAt !== job.updatedAt) seen.set(job.id, { updatedAt: job.updatedAt, since: at });
        else if (at - first.since >= timeoutMs) stuck.push(job);
      }
      // A job no longer in progress (finished, failed) starts over if it comes back; a stuck one
      // whose failing did not go through is returned again next time.
      for (const id of seen.keys()) if (!current.has(id)) seen.delete(id);
      return stuck;
    },
  };
}
