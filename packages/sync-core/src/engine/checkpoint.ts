import type { KitsuEvent, KitsuEventCursor } from "@kitsu-ayon/kitsu-sdk";

/** An event that failed every attempt: kept, visible, and retried only on request. */
export interface DeadLetter {
  event: KitsuEvent;
  /** The last error's message. */
  error: string;
  /** Error class (`AyonServiceUnavailableError`, `HandlerError`...). */
  errorKind: string;
  attempts: number;
  firstFailedAt: string;
  lastFailedAt: string;
}

/** Where a sync engine stands, stored after each batch written to AYON. Plain JSON. */
export interface Checkpoint {
  /**
   * Resume the Kitsu event log after this. Every event before it was written to AYON or parked.
   * Absent for an engine whose events are handed in (`intake: "external"`): it stores only its dead letters.
   */
  cursor?: KitsuEventCursor;
  deadLetters: DeadLetter[];
  /** ISO time of the save. */
  savedAt: string;
}

/**
 * Durable storage for checkpoints, one per key (a Kitsu site and project selection). The engine saves
 * only after AYON has the events' effects, so a checkpoint never runs ahead of AYON. Runners provide
 * durable stores (a file, a database row); `createMemoryCheckpointStore` is for tests and embedding.
 */
export interface CheckpointStore {
  load(key: string): Promise<Checkpoint | undefined>;
  /** Must be atomic: a failed save keeps the previous checkpoint whole. */
  save(key: string, checkpoint: Checkpoint): Promise<void>;
}

/** Checkpoints in memory: they survive an engine's restart in the same process, not the process. */
export function createMemoryCheckpointStore(): CheckpointStore & { readonly entries: ReadonlyMap<string, Checkpoint> } {
  const entries = new Map<string, Checkpoint>();
  return {
    entries,
    async load(key) {
      const found = entries.get(key);
      return found === undefined ? undefined : structuredClone(found);
    },
    async save(key, checkpoint) {
      entries.set(key, structuredClone(checkpoint));
    },
  };
}

/** The checkpoint key of a Kitsu site and a project selection: another selection keeps its own cursor. */
export function checkpointKey(kitsuApiUrl: string, projects: "all-open" | "paired" | readonly string[]): string {
  const selection = typeof projects === "string" ? projects : [...projects].sort().join(",");
  return `${kitsuApiUrl.replace(/\/+$/, "")}#${selection}`;
}

/**
 * Stores the engine's checkpoint one save at a time: a save asked for while one runs is merged into
 * the next, which stores the state as it is then. A failed save keeps the last stored checkpoint and
 * is tried again with the next one. `current` gives undefined when there is nothing to store yet.
 */
export function createCheckpointWriter(
  current: () => Checkpoint | undefined,
  store: (checkpoint: Checkpoint) => Promise<void>,
  onError: (error: unknown) => void,
): () => Promise<void> {
  let saving: Promise<void> = Promise.resolve();
  let queued = false;
  return () => {
    if (queued) return saving;
    queued = true;
    saving = saving.then(async () => {
      queued = false;
      const checkpoint = current();
      if (!checkpoint) return;
      try {
        await store(checkpoint);
      } catch (error) {
        onError(error);
      }
    });
    return saving;
  };
}
