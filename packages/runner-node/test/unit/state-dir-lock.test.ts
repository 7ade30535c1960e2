import { spawn } from "node:child_process";
import { linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { lockStateDir, StateDirLockedError } from "../../src/service/file-checkpoints.js";

const CONTENDER = fileURLToPath(new URL("./lock-contender.ts", import.meta.url));

const created: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "kitsu-ayon-lock-"));
  created.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

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

const staleLock = (dir: string) =>
  writeFileSync(
    join(dir, "serve.lock"),
    JSON.stringify({ pid: deadPid(), host: hostname(), since: "2024-01-01T00:00:00.000Z" }),
  );

interface Contender {
  ready: Promise<void>;
  start(at: number): void;
  /** What it did in each round, once it has tried them all (it still holds its locks). */
  done: Promise<{ pid: number; results: string[] }>;
  /** Lets it exit. */
  end(): Promise<void>;
}

/** A node process running lock-contender.ts over `dirs`. */
function contender(dirs: string[], gapMs: number): Contender {
  const child = spawn(process.execPath, ["--import", "tsx", CONTENDER, JSON.stringify({ dirs, gapMs })], {
    stdio: ["pipe", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  let signalReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    signalReady = resolve;
  });
  let signalDone: (run: { pid: number; results: string[] }) => void = () => {};
  const done = new Promise<{ pid: number; results: string[] }>((resolve) => {
    signalDone = resolve;
  });
  child.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString("utf8");
    if (out.startsWith("ready\n")) signalReady();
    const line = out.split("\n").find((each) => each.startsWith("{") && out.includes(`${each}\n`));
    if (line) signalDone(JSON.parse(line) as { pid: number; results: string[] });
  });
  child.stderr.on("data", (chunk: Buffer) => {
    err += chunk.toString("utf8");
  });
  const exited = new Promise<void>((resolve, reject) =>
    child.once("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`contender exited ${code}: ${out}\n${err}`)),
    ),
  );
  // A contender that dies early fails the test instead of leaving it waiting.
  const failed = exited.then(() => new Promise<never>(() => {}));
  return {
    ready: Promise.race([ready, failed]),
    start: (at) => child.stdin.write(`${at}\n`),
    done: Promise.race([done, failed]),
    end: () => {
      child.stdin.end();
      return exited;
    },
  };
}

describe("lockStateDir under contention", () => {
  it("gives a stale lock to exactly one of several processes taking it over at the same moment", async () => {
    const rounds = 50;
    const dirs = Array.from({ length: rounds }, () => {
      const dir = tempDir();
      staleLock(dir);
      return dir;
    });
    const contenders = Array.from({ length: 3 }, () => contender(dirs, 60));
    await Promise.all(contenders.map((each) => each.ready));
    const startAt = Date.now() + 300;
    for (const each of contenders) each.start(startAt);
    const runs = await Promise.all(contenders.map((each) => each.done));
    await Promise.all(contenders.map((each) => each.end()));
    for (const [round, dir] of dirs.entries()) {
      const outcomes = runs.map((run) => run.results[round]);
      const holders = runs.filter((run) => run.results[round] === "held");
      expect(holders, `round ${round}: ${outcomes.join(", ")}`).toHaveLength(1);
      expect(
        outcomes.filter((outcome) => outcome === "refused"),
        `round ${round}: ${outcomes.join(", ")}`,
      ).toHaveLength(runs.length - 1);
      // The lock on disk is the holder's: no fresh lock was removed or overwritten by another.
      expect(JSON.parse(readFileSync(join(dir, "serve.lock"), "utf8")).pid).toBe(holders[0]?.pid);
      expect(readdirSync(dir)).toEqual(["serve.lock"]);
    }
  }, 60_000);

  it("refuses a lock file that is still empty (its writer may be writing it)", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "serve.lock"), "");
    await expect(lockStateDir(dir)).rejects.toBeInstanceOf(StateDirLockedError);
    expect(readFileSync(join(dir, "serve.lock"), "utf8")).toBe("");
  });

  it("takes over a stale lock whose takeover another process abandoned half-way, and cleans up its claim", async () => {
    const dir = tempDir();
    staleLock(dir);
    const path = join(dir, "serve.lock");
    const { dev, ino } = statSync(path);
    // What a process that died right after claiming the stale lock leaves behind.
    linkSync(path, `${path}.${dev}-${ino}.claim0`);
    const lock = await lockStateDir(dir);
    expect(JSON.parse(readFileSync(path, "utf8"))).toMatchObject({ pid: process.pid, host: hostname() });
    expect(readdirSync(dir)).toEqual(["serve.lock"]);
    lock.release();
    expect(readdirSync(dir)).toEqual([]);
  }, 20_000);
});
