import type { EmulatorState } from "../state/store.js";

const locks = new WeakMap<EmulatorState, Map<string, Promise<void>>>();

/**
 * Serialises writes to one project, as row locks would: a background batch holds the lock while it
 * runs in slices, so a concurrent write waits instead of interleaving with (and being undone by
 * the rollback of) an uncommitted batch.
 */
export async function withProjectLock<T>(
  state: EmulatorState,
  projectName: string,
  work: () => T | Promise<T>,
): Promise<T> {
  let byProject = locks.get(state);
  if (!byProject) {
    byProject = new Map();
    locks.set(state, byProject);
  }
  const key = projectName.toLowerCase();
  const previous = byProject.get(key) ?? Promise.resolve();
  let release: () => void = () => {};
  const current = new Promise<void>((resolve) => {
    release = resolve;
  });
  const tail = previous.then(() => current);
  byProject.set(key, tail);
  await previous;
  try {
    return await work();
  } finally {
    release();
    if (byProject.get(key) === tail) byProject.delete(key);
  }
}
