import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import type { Checkpoint } from "@kitsu-ayon/sync-core";
import { afterEach, describe, expect, it } from "vitest";
import { createFileCheckpointStore, lockStateDir, StateDirLockedError } from "../../src/service/file-checkpoints.js";

const created: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "kitsu-ayon-state-"));
  created.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of created.splice(0)) {
    try {
      chmodSync(join(dir, "checkpoints"), 0o700);
    } catch {}
    rmSync(dir, { recursive: true, force: true });
  }
});

const checkpoint = (after = "2024-05-01T10:00:05"): Checkpoint => ({
  cursor: { after, ids: ["event-1", "event-2"] },
  deadLetters: [
    {
      event: {
        id: "event-0",
        name: "shot:update",
        createdAt: "2024-05-01T10:00:00",
        userId: "person-1",
        projectId: "project-1",
        data: { shot_id: "shot-1", nested: { list: [1, "two", null] } },
      },
      error: "AYON answered 503",
      errorKind: "AyonServiceUnavailableError",
      attempts: 5,
      firstFailedAt: "2024-05-01T10:00:01.000Z",
      lastFailedAt: "2024-05-01T10:00:04.000Z",
    },
  ],
  savedAt: "2024-05-01T10:00:05.000Z",
});

const KEY = "https://kitsu.example.com/api#all-open";
const isRoot = process.getuid?.() === 0;

/** A pid no process has now. */
const deadPid = (): number => {
  for (let pid = 999_999; ; pid++) {
    try {
      process.kill(pid, 0);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ESRCH") return pid;
    }
  }
};

describe("createFileCheckpointStore", () => {
  it("loads what was saved", async () => {
    const stateDir = tempDir();
    const store = createFileCheckpointStore(stateDir);
    expect(store.directory).toBe(join(stateDir, "checkpoints"));
    const saved = checkpoint();
    await store.save(KEY, saved);
    const loaded = await store.load(KEY);
    expect(loaded).toEqual(saved);
    // Plain JSON: what comes back is a copy, with no extra fields (the stored key is dropped).
    expect(loaded).not.toBe(saved);
    expect(Object.keys(loaded ?? {}).sort()).toEqual(["cursor", "deadLetters", "savedAt"]);
    // Another store on the same directory (a restarted process) reads it too.
    expect(await createFileCheckpointStore(stateDir).load(KEY)).toEqual(saved);
  });

  it("returns undefined for a key never saved, even before the directory exists", async () => {
    const store = createFileCheckpointStore(join(tempDir(), "not", "yet"));
    expect(await store.load(KEY)).toBeUndefined();
    await store.save(KEY, checkpoint());
    expect(await store.load("https://other.example.com/api#all-open")).toBeUndefined();
  });

  it("keeps two keys apart", async () => {
    const store = createFileCheckpointStore(tempDir());
    const first = checkpoint("2024-05-01T10:00:05");
    const second = checkpoint("2024-06-01T08:00:00");
    await store.save(KEY, first);
    await store.save(`${KEY}x`, second);
    expect(await store.load(KEY)).toEqual(first);
    expect(await store.load(`${KEY}x`)).toEqual(second);
    expect(readdirSync(store.directory)).toHaveLength(2);
  });

  it("replaces a key's checkpoint on the next save", async () => {
    const store = createFileCheckpointStore(tempDir());
    await store.save(KEY, checkpoint("2024-05-01T10:00:05"));
    const next = { ...checkpoint("2024-05-01T11:00:00"), deadLetters: [] };
    await store.save(KEY, next);
    expect(await store.load(KEY)).toEqual(next);
    expect(readdirSync(store.directory)).toHaveLength(1);
  });

  it("writes a 0600 JSON file holding the key and leaves no temporary file", async () => {
    const store = createFileCheckpointStore(tempDir());
    await store.save(KEY, checkpoint());
    await store.save(KEY, checkpoint("2024-05-02T00:00:00"));
    const files = readdirSync(store.directory);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^[0-9a-f]{24}\.json$/);
    expect(files.some((name) => name.endsWith(".tmp"))).toBe(false);
    const path = join(store.directory, files[0] as string);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const stored = JSON.parse(readFileSync(path, "utf8"));
    expect(stored).toEqual({ key: KEY, ...checkpoint("2024-05-02T00:00:00") });
  });

  it("does not return another key's checkpoint stored under this key's file name", async () => {
    const store = createFileCheckpointStore(tempDir());
    await store.save("a", checkpoint());
    await store.save("b", checkpoint("2024-06-01T00:00:00"));
    const [fileA, fileB] = ["a", "b"].map((key) => {
      const name = readdirSync(store.directory).find((file) =>
        readFileSync(join(store.directory, file), "utf8").includes(`"key":"${key}"`),
      );
      return join(store.directory, name as string);
    }) as [string, string];
    writeFileSync(fileB, readFileSync(fileA));
    expect(await store.load("b")).toBeUndefined();
    expect(await store.load("a")).toEqual(checkpoint());
  });

  it("throws an error naming the directory when a checkpoint file is corrupted", async () => {
    const store = createFileCheckpointStore(tempDir());
    await store.save(KEY, checkpoint());
    const [name] = readdirSync(store.directory);
    writeFileSync(join(store.directory, name as string), '{"key": "https://kitsu.example.com/api#all-open", "cur');
    const failure = store.load(KEY);
    await expect(failure).rejects.toThrow(Error);
    await expect(failure).rejects.toThrow(`the checkpoint in ${store.directory} cannot be read`);
    await expect(failure).rejects.toHaveProperty("cause");
  });

  it.skipIf(isRoot)("throws when the directory is read-only and keeps the previous checkpoint", async () => {
    const store = createFileCheckpointStore(tempDir());
    const previous = checkpoint();
    await store.save(KEY, previous);
    chmodSync(store.directory, 0o500);
    try {
      await expect(store.save(KEY, checkpoint("2024-07-01T00:00:00"))).rejects.toThrow();
      expect(await store.load(KEY)).toEqual(previous);
    } finally {
      chmodSync(store.directory, 0o700);
    }
    expect(readdirSync(store.directory).some((name) => name.endsWith(".tmp"))).toBe(false);
  });
});

describe("lockStateDir", () => {
  it("refuses a second lock on the same directory, naming the pid and --state-dir", async () => {
    const stateDir = tempDir();
    const lock = await lockStateDir(stateDir);
    try {
      const second = lockStateDir(stateDir);
      await expect(second).rejects.toBeInstanceOf(StateDirLockedError);
      await expect(second).rejects.toThrow(`pid ${process.pid} on ${hostname()}`);
      await expect(second).rejects.toThrow("--state-dir");
      await expect(second).rejects.toThrow(stateDir);
      await expect(second).rejects.toHaveProperty("name", "StateDirLockedError");
    } finally {
      lock.release();
    }
  });

  it("writes the lock file with this process's pid and host, mode 0600", async () => {
    const stateDir = join(tempDir(), "nested", "state");
    const lock = await lockStateDir(stateDir);
    const path = join(stateDir, "serve.lock");
    const holder = JSON.parse(readFileSync(path, "utf8"));
    expect(holder).toEqual({ pid: process.pid, host: hostname(), since: expect.any(String) });
    expect(Number.isNaN(Date.parse(holder.since))).toBe(false);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    lock.release();
    expect(existsSync(path)).toBe(false);
  });

  it("locks again after a release", async () => {
    const stateDir = tempDir();
    (await lockStateDir(stateDir)).release();
    const again = await lockStateDir(stateDir);
    expect(existsSync(join(stateDir, "serve.lock"))).toBe(true);
    again.release();
    expect(existsSync(join(stateDir, "serve.lock"))).toBe(false);
  });

  it("takes over a lock left by a process that is gone", async () => {
    const stateDir = tempDir();
    const path = join(stateDir, "serve.lock");
    writeFileSync(path, JSON.stringify({ pid: deadPid(), host: hostname(), since: "2024-01-01T00:00:00.000Z" }));
    const lock = await lockStateDir(stateDir);
    expect(JSON.parse(readFileSync(path, "utf8"))).toMatchObject({ pid: process.pid, host: hostname() });
    lock.release();
    expect(existsSync(path)).toBe(false);
  });

  it("takes over an unreadable (empty) lock file", async () => {
    const stateDir = tempDir();
    writeFileSync(join(stateDir, "serve.lock"), "");
    // Empty for more than a few seconds: its writer is gone.
    const old = new Date(Date.now() - 10_000);
    utimesSync(join(stateDir, "serve.lock"), old, old);
    const lock = await lockStateDir(stateDir);
    expect(JSON.parse(readFileSync(join(stateDir, "serve.lock"), "utf8"))).toMatchObject({ pid: process.pid });
    lock.release();
  });

  it("refuses a lock held from another host, whatever its pid", async () => {
    const stateDir = tempDir();
    const path = join(stateDir, "serve.lock");
    const text = JSON.stringify({ pid: deadPid(), host: `not-${hostname()}`, since: "2024-01-01T00:00:00.000Z" });
    writeFileSync(path, text);
    const attempt = lockStateDir(stateDir);
    await expect(attempt).rejects.toBeInstanceOf(StateDirLockedError);
    await expect(attempt).rejects.toThrow(`on not-${hostname()}, since 2024-01-01T00:00:00.000Z`);
    expect(readFileSync(path, "utf8")).toBe(text);
  });

  it("leaves a lock file that is no longer its own on release", async () => {
    const stateDir = tempDir();
    const path = join(stateDir, "serve.lock");
    const lock = await lockStateDir(stateDir);
    const other = JSON.stringify({ pid: 1, host: "elsewhere", since: "2024-01-01T00:00:00.000Z" });
    writeFileSync(path, other);
    lock.release();
    expect(readFileSync(path, "utf8")).toBe(other);
    // A release after the file is gone does not throw.
    rmSync(path);
    expect(() => lock.release()).not.toThrow();
  });
});
