import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";

/**
 * The reaper is a small detached Node process that owns the clean-up of everything the harness
 * starts. The harness tells it, over its stdin, which process groups to stop and which folders to
 * remove. It cleans up when told to stop, and also when its stdin closes: that happens when the
 * harness process exits for any reason, including SIGKILL, so an interrupted test run never leaves
 * a Zou, PostgreSQL or Redis process behind.
 *
 * Its source is inline so it runs the same from TypeScript sources and from the built package.
 */
const REAPER_SOURCE = String.raw`
const fs = require("node:fs");
const groups = [];
const paths = [];
let stopping = false;
let pending = "";
// A group is alive while one of its members is not a zombie: orphans of a killed harness are reaped
// by PID 1, which may take a while, and a zombie still answers kill(-pgid, 0).
function alive(pgid) {
  try { process.kill(-pgid, 0); } catch { return false; }
  let pids;
  try { pids = fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name)); } catch { return true; }
  return pids.some((pid) => {
    try {
      const stat = fs.readFileSync("/proc/" + pid + "/stat", "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      return Number(fields[2]) === pgid && fields[0] !== "Z";
    } catch { return false; }
  });
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function stopGroup({ pgid, signal, graceMs }) {
  try { process.kill(-pgid, signal); } catch { return; }
  const deadline = Date.now() + graceMs;
  while (alive(pgid) && Date.now() < deadline) await sleep(50);
  try { process.kill(-pgid, "SIGKILL"); } catch {}
}
async function cleanup() {
  if (stopping) return;
  stopping = true;
  await Promise.all(groups.map(stopGroup));
  for (const path of paths) { try { fs.rmSync(path, { recursive: true, force: true }); } catch {} }
  process.exit(0);
}
function handle(line) {
  if (!line) return;
  const message = JSON.parse(line);
  if (message.group) groups.push(message.group);
  if (message.path) paths.push(message.path);
  if (message.stop) cleanup();
}
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => {
  pending += chunk;
  let index;
  while ((index = pending.indexOf("\n")) >= 0) { handle(pending.slice(0, index)); pending = pending.slice(index + 1); }
});
process.stdin.on("end", cleanup);
process.stdin.on("error", cleanup);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, cleanup);
`;

export interface ProcessGroupStop {
  /** Signal that asks the group's leader to shut down quickly. */
  signal: NodeJS.Signals;
  /** How long to wait after `signal` before SIGKILL. @default 5000 */
  graceMs?: number;
}

export interface Reaper {
  /** Stops the process group led by `pid` on clean-up (all groups stop at once: their data is thrown away). */
  adoptGroup(pid: number, stop: ProcessGroupStop): void;
  /** Removes `path` recursively on clean-up, after every group has stopped. */
  adoptPath(path: string): void;
  /** Runs the clean-up now and resolves when it is complete. */
  cleanUp(): Promise<void>;
  /** The reaper's own pid. */
  readonly pid: number;
}

export function startReaper(): Reaper {
  const child: ChildProcess = spawn(process.execPath, ["-e", REAPER_SOURCE], {
    detached: true,
    stdio: ["pipe", "ignore", "ignore"],
  });
  const stdin = child.stdin;
  if (!stdin || child.pid === undefined) throw new Error("the reaper process could not start");
  // Let the harness process exit even while the reaper waits; the pipe closing is its cue.
  child.unref();
  (stdin as unknown as { unref?: () => void }).unref?.();
  const exited = once(child, "exit");
  let cleanUp: Promise<void> | undefined;
  const send = (message: object) => {
    if (!stdin.destroyed) stdin.write(`${JSON.stringify(message)}\n`);
  };
  return {
    pid: child.pid,
    adoptGroup(pid, stop) {
      send({ group: { pgid: pid, signal: stop.signal, graceMs: stop.graceMs ?? 5000 } });
    },
    adoptPath(path) {
      send({ path });
    },
    cleanUp() {
      cleanUp ??= (async () => {
        child.ref();
        if (child.exitCode === null && child.signalCode === null) {
          send({ stop: true });
          await exited;
        }
      })();
      return cleanUp;
    },
  };
}
