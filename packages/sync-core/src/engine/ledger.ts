/**
 * The events read from a source's log, in the log's order, until the cursor passes them: an event
 * is acknowledged only once it and every event before it are done, so a stored cursor never runs
 * ahead of the target. Also the source's backpressure: reading waits while `limit` events are held.
 */
export class Ledger<T extends { done: boolean }> {
  private readonly held: T[] = [];
  private waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.held.length;
  }

  push(item: T): void {
    this.held.push(item);
  }

  /** Items not done yet, oldest first. */
  undone(): T[] {
    return this.held.filter((item) => !item.done);
  }

  /** Drops every leading done item and returns the last one (the new cursor's event), if any. */
  advance(): T | undefined {
    let last: T | undefined;
    while (this.held[0]?.done) last = this.held.shift();
    if (this.held.length < this.limit) this.wake();
    return last;
  }

  /** Resolves once fewer than `limit` items are held (at once when that is already so). */
  room(): Promise<void> {
    if (this.held.length < this.limit) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Lets every waiting reader go on (for a stop). */
  wake(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }

  clear(): void {
    this.held.length = 0;
    this.wake();
  }
}
