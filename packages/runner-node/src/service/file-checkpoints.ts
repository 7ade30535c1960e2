import { createHash } from "node:crypto";
import {
  closeSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeSync,
} from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import type { Checkpoint, CheckpointStore } from "@kitsu-ayon/sync-core";

const fileName = (key: string) => `${createHash("sha256").update(key).digest("hex").slice(0, 24)}.json`;

/**
 * Checkpoints as JSON files under `<stateDir>/checkpoints`, one per key. A save writes a temporary
 * file, flushes it to disk and renames it over the old one, so a crash or a full disk leaves the last
 * good checkpoint whole: the save throws and the engine keeps the previous one.
 */
export function createFileCheckpointStore(stateDir: string): CheckpointStore & { readonly directory: string } {
  const directory = join(stateDir, "checkpoints");
  return {
    directory,
    async load(key) {
      try {
        const stored = JSON.parse(await readFile(join(directory, fileName(key)), "utf8")) as {
          key: string;
        } & Checkpoint;
        if (stored.key !== key) return undefined;
        const { key: _key, ...checkpoint } = stored;
        return checkpoint;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
        throw new Error(`the checkpoint in ${directory} cannot be read: ${(error as Error).message}`, { cause: error });
      }
    },
    async save(key, checkpoint) {
      await mkdir(directory, { recursive: true });
      const target = join(directory, fileName(key));
      const temporary = `${target}.${process.pid}.tmp`;
      const fd = openSync(temporary, "w", 0o600);
      try {
        writeSync(fd, `${JSON.stringify({ key, ...checkpoint })}\n`);
        fsyncSync(fd);
      } catch (error) {
        closeSync(fd);
        try {
          unlinkSync(temporary);
        } catch {}
        throw error;
      }
      closeSync(fd);
      try {
        renameSync(temporary, target);
      } catch (error) {
        try {
          unlinkSync(temporary);
        } catch {}
        throw error;
      }
      try {
        const dir = openSync(directory, "r");
        fsyncSync(dir);
        closeSync(dir);
      } catch {}
    },
  };
}

/** Thrown when another process holds the state directory. */
export class StateDirLockedError extends Error {
  override name = "StateDirLockedError";
}

/** Locks this process holds: a second one on the same directory is refused, whatever the pid. */
const held = new Set<string>();

/** The holder touches its lock this often; a lock untouched for `LOCK_STALE_MS` is taken over. */
const LOCK_HEARTBEAT_MS = 30_000;
const LOCK_STALE_MS = 120_000;

/**
 * Takes `<stateDir>/serve.lock` for this process: a second service on the same state directory (and
 * so the same checkpoint) refuses to start. A lock left by a process that is gone is taken over: on
 * this host when its pid is dead (or is this process's own, as in a restarted container), anywhere
 * when its holder stopped touching it for two minutes.
 */
export async function lockStateDir(stateDir: string): Promise<{ release(): void }> {
  await mkdir(stateDir, { recursive: true });
  const path = join(stateDir, "serve.lock");
  const mine = JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx", 0o600);
      writeSync(fd, mine);
      closeSync(fd);
      held.add(path);
      const heartbeat = setInterval(() => {
        try {
          const now = new Date();
          utimesSync(path, now, now);
        } catch {}
      }, LOCK_HEARTBEAT_MS);
      heartbeat.unref?.();
      return {
        release() {
          clearInterval(heartbeat);
          held.delete(path);
          try {
            if (readFileSync(path, "utf8") === mine) unlinkSync(path);
          } catch {}
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      let holder: { pid?: number; host?: string; since?: string } = {};
      try {
        holder = JSON.parse(readFileSync(path, "utf8")) as typeof holder;
      } catch {}
      let touchedAgo = 0;
      try {
        touchedAgo = Date.now() - statSync(path).mtimeMs;
      } catch {}
      const here = holder.host === hostname();
      const alive = held.has(path)
        ? true
        : here
          ? typeof holder.pid === "number" && holder.pid !== process.pid && isAlive(holder.pid)
          : // Another host, or a lock whose holder is still writing it: alive while it is touched.
            touchedAgo < (holder.host === undefined ? 5_000 : LOCK_STALE_MS);
      if (alive)
        throw new StateDirLockedError(
          `the state directory ${stateDir} is in use by another kitsu-ayon process (pid ${holder.pid ?? "?"} on ${holder.host ?? "?"}, since ${holder.since ?? "?"}): run one service per state directory, or give this one its own --state-dir`,
        );
      unlinkSync(path);
    }
  }
  throw new StateDirLockedError(`the state directory ${stateDir} could not be locked`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
