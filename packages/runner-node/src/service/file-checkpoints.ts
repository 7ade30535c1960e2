import { createHash } from "node:crypto";
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
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

// The state directory's lock, next to the checkpoints it protects (its own module: state-dir-lock.ts).
export { lockStateDir, StateDirLockedError } from "./state-dir-lock.js";
