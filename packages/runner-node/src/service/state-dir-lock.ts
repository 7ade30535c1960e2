import { randomBytes } from "node:crypto";
import {
  closeSync,
  fstatSync,
  fsyncSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  type Stats,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { mkdir } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";

/** Thrown when another process holds the state directory. */
export class StateDirLockedError extends Error {
  override name = "StateDirLockedError";
}

/** Locks this process holds: a second one on the same directory is refused, whatever the pid. */
const held = new Set<string>();

/** The holder rewrites its lock this often; a lock from another host untouched for `LOCK_STALE_MS` is taken over. */
const LOCK_HEARTBEAT_MS = 30_000;
const LOCK_STALE_MS = 120_000;
/** A lock file that is not this format's JSON (an older version's, written in two steps) belongs to its writer this long. */
const UNREADABLE_GRACE_MS = 5_000;
/** A takeover claim unchanged this long (on this host's monotonic clock) was left by a process that died taking over. */
const CLAIM_GRACE_MS = 5_000;

interface Holder {
  pid: number;
  host: string;
  since?: string;
}

/** A lock file as read: its identity (device and inode), its last write, its text and who wrote it. */
interface LockFile {
  dev: number;
  ino: number;
  mtimeMs: number;
  text: string;
  holder: Holder | undefined;
}

const errno = (error: unknown) => (error as NodeJS.ErrnoException).code;
const sameFile = (a: Pick<Stats, "dev" | "ino">, b: Pick<Stats, "dev" | "ino">) => a.dev === b.dev && a.ino === b.ino;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Takes `<stateDir>/serve.lock` for this process: a second service on the same state directory (and
 * so the same checkpoint) refuses to start.
 *
 * The lock file is written whole to a file of this process's own, then linked to `serve.lock`
 * (`link` fails if the name exists), so no process ever reads a lock that is still being written.
 * A lock left by a process that is gone is taken over: on this host when its pid is verifiably dead
 * (or is this process's own, as in a restarted container), from another host when it was not
 * rewritten for two minutes, measured on the file system's clock (a fresh file's time), not this
 * host's. Taking over is atomic: the taker first claims that very lock file with an exclusive link
 * named after its inode (only one process can), then renames its own file over it; a lock that
 * changed meanwhile is never touched, so a fresh lock is never removed and two processes racing
 * never both hold it.
 */
export async function lockStateDir(stateDir: string): Promise<{ release(): void }> {
  await mkdir(stateDir, { recursive: true });
  const path = join(stateDir, "serve.lock");
  const mine = JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() });
  const own = `${path}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
  const fd = openSync(own, "wx", 0o600);
  let holding = false;
  try {
    writeSync(fd, mine, 0);
    fsyncSync(fd);
    for (let attempt = 0; attempt < 20 && !holding; attempt++) {
      try {
        linkSync(own, path);
        holding = true;
        break;
      } catch (error) {
        if (errno(error) !== "EEXIST") throw error;
      }
      const current = readLock(path);
      if (!current) continue;
      // Rewritten now, this process's file tells the file system's time.
      writeSync(fd, mine, 0);
      if (!isStale(path, current, fstatSync(fd).mtimeMs)) throw lockedError(stateDir, current.holder);
      holding = await takeOver(path, current, own);
    }
    if (!holding) throw new StateDirLockedError(`the state directory ${stateDir} could not be locked`);
  } catch (error) {
    closeSync(fd);
    throw error;
  } finally {
    try {
      unlinkSync(own);
    } catch {}
  }
  return hold(path, fd, mine);
}

/** Holds the lock: rewrites it regularly (its time is what other hosts judge it by) and removes it on release. */
function hold(path: string, fd: number, mine: string): { release(): void } {
  held.add(path);
  const heartbeat = setInterval(() => {
    try {
      writeSync(fd, mine, 0);
    } catch {}
  }, LOCK_HEARTBEAT_MS);
  heartbeat.unref?.();
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      clearInterval(heartbeat);
      held.delete(path);
      try {
        // Only this process's own lock file, still holding what it wrote.
        if (sameFile(statSync(path), fstatSync(fd)) && readFileSync(path, "utf8") === mine) unlinkSync(path);
      } catch {}
      try {
        closeSync(fd);
      } catch {}
    },
  };
}

/** The lock file now, or undefined when there is none. */
function readLock(path: string): LockFile | undefined {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    if (errno(error) === "ENOENT") return undefined;
    throw error;
  }
  try {
    const { dev, ino, mtimeMs } = fstatSync(fd);
    const text = readFileSync(fd, "utf8");
    let holder: Holder | undefined;
    try {
      const parsed = JSON.parse(text) as Partial<Holder>;
      if (typeof parsed.pid === "number" && typeof parsed.host === "string")
        holder = { pid: parsed.pid, host: parsed.host, ...(parsed.since ? { since: parsed.since } : {}) };
    } catch {}
    return { dev, ino, mtimeMs, text, holder };
  } finally {
    closeSync(fd);
  }
}

/** Whether the lock's holder is gone. `fsNow` is the time of a file just written, on the file system's clock. */
function isStale(path: string, lock: LockFile, fsNow: number): boolean {
  if (held.has(path)) return false;
  if (!lock.holder) return fsNow - lock.mtimeMs > UNREADABLE_GRACE_MS;
  if (lock.holder.host !== hostname()) return fsNow - lock.mtimeMs > LOCK_STALE_MS;
  return lock.holder.pid === process.pid || isDead(lock.holder.pid);
}

/**
 * Replaces the stale `lock` with this process's file `own`, if it is still there. The claim is a
 * hard link to the stale lock named after its inode: `link` creates it for one process only, and
 * the link proves which file was claimed. A claim left by a process that died between claiming and
 * renaming is passed over after `CLAIM_GRACE_MS` by claiming the next generation.
 */
async function takeOver(path: string, lock: LockFile, own: string): Promise<boolean> {
  const passedOver: string[] = [];
  try {
    for (let generation = 0; generation < 100; generation++) {
      const claim = `${path}.${lock.dev}-${lock.ino}.claim${generation}`;
      try {
        linkSync(path, claim);
      } catch (error) {
        if (errno(error) === "ENOENT") return false;
        if (errno(error) !== "EEXIST") throw error;
        if (!(await claimAbandoned(path, claim, lock))) return false;
        passedOver.push(claim);
        continue;
      }
      let claimed = false;
      try {
        // `link` took whatever file the name had at that moment: it must be the stale one, unchanged
        // (the same inode, time and text: an inode number can be reused by a newer lock file).
        const taken = readLock(claim);
        claimed =
          taken !== undefined && sameFile(taken, lock) && taken.mtimeMs === lock.mtimeMs && taken.text === lock.text;
      } catch {}
      if (claimed) renameSync(own, path);
      try {
        unlinkSync(claim);
      } catch {}
      return claimed;
    }
    return false;
  } finally {
    // Abandoned claims of a lock that is gone now serve no one.
    for (const claim of passedOver)
      try {
        if (!sameFile(statSync(path), lock)) unlinkSync(claim);
      } catch {}
  }
}

/** Waits while another process's claim is in progress; true when it was abandoned (the stale lock is still there). */
async function claimAbandoned(path: string, claim: string, lock: LockFile): Promise<boolean> {
  const started = performance.now();
  while (performance.now() - started < CLAIM_GRACE_MS) {
    await pause(50);
    try {
      if (!sameFile(statSync(path), lock)) return false;
      statSync(claim);
    } catch {
      return false;
    }
  }
  return true;
}

function lockedError(stateDir: string, holder: Holder | undefined): StateDirLockedError {
  return new StateDirLockedError(
    `the state directory ${stateDir} is in use by another kitsu-ayon process (pid ${holder?.pid ?? "?"} on ${holder?.host ?? "?"}, since ${holder?.since ?? "?"}): run one service per state directory, or give this one its own --state-dir`,
  );
}

/** True only when no process has this pid (a process of another user counts as alive). */
function isDead(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return errno(error) === "ESRCH";
  }
}
