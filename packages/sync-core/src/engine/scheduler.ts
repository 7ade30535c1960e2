/** Work the scheduler can plan: when it came, when it may run, how often it failed. */
export interface Schedulable {
  /** When it came in (`Date.now()`). */
  arrivedAt: number;
  /** Not before this time (`Date.now()`): a retry delay. 0 when it may run at once. */
  notBefore: number;
  /** Attempts that failed for the work itself (not for an outage). */
  attempts: number;
}

export interface SchedulerOptions {
  /** A batch runs once no new work came for this long... */
  coalesceMs: number;
  /** ...or once its oldest work waited this long. */
  coalesceMaxMs: number;
  /** A lane that received at least this many items in the last `coalesceMaxMs` is in a burst. */
  burstEvents: number;
  /** In a burst, a batch runs once no new work came for this long... */
  burstQuietMs: number;
  /** ...or once its oldest work waited this long... */
  burstMaxMs: number;
  /** ...or once it holds this many items. */
  burstFull: number;
  /** Items per batch at most. */
  maxBatch: number;
  /** Work that failed this many attempts runs alone: its failure then takes nothing else along. */
  aloneAfterAttempts: number;
}

type Timer = ReturnType<typeof setTimeout>;

/**
 * Plans batches in independent lanes (one per project): coalesces what comes close together, grows
 * the batches of a burst, holds back work until its retry delay passed, and runs one batch per lane
 * at a time. Knows nothing of what the work is: `run` does it.
 */
export class Scheduler<T extends Schedulable> {
  private readonly queues = new Map<string, T[]>();
  private readonly timers = new Map<string, Timer>();
  private readonly running = new Map<string, Promise<void>>();
  /** Arrival times of each lane's recent items, to tell a burst from a few edits. */
  private readonly arrivals = new Map<string, number[]>();
  private mode: "open" | "draining" | "closed" = "open";

  constructor(
    private readonly options: SchedulerOptions,
    private readonly run: (lane: string, batch: T[]) => Promise<void>,
  ) {}

  /** New work: it counts toward its lane's burst. */
  add(lane: string, item: T): void {
    this.queueOf(lane).push(item);
    this.arrived(lane, item.arrivedAt);
    this.schedule(lane);
  }

  /** Work back after a failure: it runs once its `notBefore` passed. */
  requeue(lane: string, item: T): void {
    this.queueOf(lane).push(item);
    this.schedule(lane);
  }

  /** Queued items (not those of a running batch), of one lane or all. */
  queued(lane?: string): T[] {
    if (lane !== undefined) return [...(this.queues.get(lane) ?? [])];
    return [...this.queues.values()].flat();
  }

  /** A batch is running. */
  get busy(): boolean {
    return this.running.size > 0;
  }

  /**
   * Runs every lane's ready work now, without coalescing, and resolves once nothing runs any more:
   * `true`, or `false` when `deadlineMs` passed first. Work waiting out a retry delay is not waited
   * for: it stays queued.
   */
  async drain(deadlineMs: number): Promise<boolean> {
    if (this.mode === "closed") return true;
    this.mode = "draining";
    for (const lane of this.queues.keys()) this.schedule(lane);
    const deadline = Date.now() + deadlineMs;
    while (this.running.size > 0 || this.timers.size > 0) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      let timer: Timer | undefined;
      await Promise.race([
        ...this.running.values(),
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, Math.min(left, 50));
        }),
      ]);
      clearTimeout(timer);
    }
    return true;
  }

  /** Runs nothing new; resolves once the running batches ended. The queues are kept. */
  async close(): Promise<void> {
    this.mode = "closed";
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await Promise.allSettled([...this.running.values()]);
  }

  /** Empties every queue, for a fresh start; returns what was queued. */
  clear(): T[] {
    const all = this.queued();
    this.queues.clear();
    this.arrivals.clear();
    this.mode = "open";
    return all;
  }

  private queueOf(lane: string): T[] {
    let queue = this.queues.get(lane);
    if (!queue) {
      queue = [];
      this.queues.set(lane, queue);
    }
    return queue;
  }

  private arrived(lane: string, at: number) {
    const { burstEvents } = this.options;
    const list = this.arrivals.get(lane) ?? [];
    list.push(at);
    if (list.length > burstEvents * 4) list.splice(0, list.length - burstEvents * 2);
    this.arrivals.set(lane, list);
  }

  private inBurst(lane: string, now: number): boolean {
    const list = this.arrivals.get(lane) ?? [];
    let recent = 0;
    for (let index = list.length - 1; index >= 0 && (list[index] as number) > now - this.options.coalesceMaxMs; index--)
      recent++;
    return recent >= this.options.burstEvents;
  }

  /** Plans the lane's next batch: when its work stopped coming, or its oldest waited long enough. */
  private schedule(lane: string) {
    if (this.running.has(lane) || this.mode === "closed") return;
    const queue = this.queueOf(lane);
    if (queue.length === 0) return;
    const { maxBatch, burstFull, burstQuietMs, burstMaxMs, coalesceMs, coalesceMaxMs } = this.options;
    const now = Date.now();
    // One pass: this runs on every item of a burst.
    let ready = 0;
    let retry = false;
    let nextRetry = Number.POSITIVE_INFINITY;
    let newest = 0;
    let oldest = Number.POSITIVE_INFINITY;
    for (const item of queue) {
      if (item.notBefore > now) {
        nextRetry = Math.min(nextRetry, item.notBefore);
        continue;
      }
      ready++;
      retry ||= item.attempts > 0;
      newest = Math.max(newest, item.arrivedAt);
      oldest = Math.min(oldest, item.arrivedAt);
    }
    // Draining: what waits out a retry delay is not waited for (it stays queued, unplanned).
    if (this.mode === "draining" && ready === 0) {
      clearTimeout(this.timers.get(lane));
      this.timers.delete(lane);
      return;
    }
    let at: number;
    if (ready === 0) at = nextRetry;
    else if (retry || ready >= maxBatch || ready >= burstFull || this.mode === "draining") at = now;
    else if (this.inBurst(lane, now)) at = Math.min(newest + burstQuietMs, oldest + burstMaxMs);
    else at = Math.min(newest + coalesceMs, oldest + coalesceMaxMs);
    clearTimeout(this.timers.get(lane));
    this.timers.set(
      lane,
      setTimeout(
        () => {
          this.timers.delete(lane);
          const batch = this.take(lane);
          if (batch.length === 0) return this.schedule(lane);
          const work = this.run(lane, batch)
            .catch(() => {})
            .finally(() => {
              this.running.delete(lane);
              this.schedule(lane);
            });
          this.running.set(lane, work);
        },
        Math.max(0, at - now),
      ),
    );
  }

  /**
   * The lane's next batch: the ready work together (an outage fails and retries it as one batch),
   * except work on its last attempt, which goes alone so a poison item cannot take others along.
   */
  private take(lane: string): T[] {
    const queue = this.queueOf(lane);
    const now = Date.now();
    const alone = this.options.aloneAfterAttempts;
    const last = queue.find((item) => item.notBefore <= now && item.attempts > 0 && item.attempts >= alone);
    const batch = last
      ? [last]
      : queue
          .filter((item) => item.notBefore <= now && (item.attempts === 0 || item.attempts < alone))
          .slice(0, this.options.maxBatch);
    const taken = new Set(batch);
    this.queues.set(
      lane,
      queue.filter((item) => !taken.has(item)),
    );
    return batch;
  }
}
