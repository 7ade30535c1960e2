import type { KitsuEvent } from "@kitsu-ayon/kitsu-sdk";
import type { DeadLetter } from "./checkpoint.js";

/**
 * The events that failed every attempt for themselves: kept (and stored with the checkpoint) until a
 * retry succeeds or they are discarded, the oldest dropped first beyond `max`.
 */
export class DeadLetterList {
  private letters: DeadLetter[] = [];

  constructor(private readonly max: number) {}

  get size(): number {
    return this.letters.length;
  }

  all(): DeadLetter[] {
    return [...this.letters];
  }

  load(letters: readonly DeadLetter[]): void {
    this.letters = [...letters];
  }

  has(letter: DeadLetter): boolean {
    return this.letters.includes(letter);
  }

  /**
   * Parks an event (replacing `previous`, the entry it was retried from); returns the new entry and
   * the entries dropped to stay within `max`.
   */
  park(
    event: KitsuEvent,
    failure: { error: string; errorKind: string; attempts: number; firstFailedAt: string },
    previous: DeadLetter | undefined,
  ): { letter: DeadLetter; dropped: DeadLetter[] } {
    if (previous) this.remove(previous);
    const letter: DeadLetter = {
      event,
      ...failure,
      firstFailedAt: previous?.firstFailedAt ?? failure.firstFailedAt,
      lastFailedAt: new Date().toISOString(),
    };
    this.letters.push(letter);
    const dropped = this.letters.length > this.max ? this.letters.splice(0, this.letters.length - this.max) : [];
    return { letter, dropped };
  }

  remove(letter: DeadLetter): void {
    const index = this.letters.indexOf(letter);
    if (index >= 0) this.letters.splice(index, 1);
  }

  /** Drops the entries with these event ids (all without); returns how many. */
  discard(eventIds?: readonly string[]): number {
    const before = this.letters.length;
    this.letters = this.letters.filter((letter) => eventIds !== undefined && !eventIds.includes(letter.event.id));
    return before - this.letters.length;
  }

  /** The entries with these event ids (all without). */
  select(eventIds?: readonly string[]): DeadLetter[] {
    return this.letters.filter((letter) => eventIds === undefined || eventIds.includes(letter.event.id));
  }
}
