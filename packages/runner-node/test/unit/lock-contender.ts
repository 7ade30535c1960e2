// Run as a child process by state-dir-lock.test.ts: takes the lock of each state directory in turn,
// all contenders starting each round at the same moment, prints what happened in each round as one
// JSON line, and keeps every lock it got until its stdin ends.
import { lockStateDir, StateDirLockedError } from "../../src/service/file-checkpoints.js";

const { dirs, gapMs } = JSON.parse(process.argv[2] ?? "{}") as { dirs: string[]; gapMs: number };
// Ready once loaded; the start time comes on stdin, when every contender is ready.
process.stdout.write("ready\n");
const startAt = await new Promise<number>((resolve) =>
  process.stdin.once("data", (chunk: Buffer) => resolve(Number(chunk.toString("utf8").trim()))),
);
const results: string[] = [];
const kept: { release(): void }[] = [];
for (const [round, dir] of dirs.entries()) {
  const at = startAt + round * gapMs;
  while (Date.now() < at) {
    // Spin: a timer would wake the contenders milliseconds apart.
  }
  try {
    kept.push(await lockStateDir(dir));
    results.push("held");
  } catch (error) {
    results.push(error instanceof StateDirLockedError ? "refused" : `failed: ${(error as Error).message}`);
  }
}
process.stdout.write(`${JSON.stringify({ pid: process.pid, results })}\n`);
// Alive, holding its locks, until every contender is done (a lock of a process that is gone is stale).
process.stdin.once("end", () => process.exit(0));
process.stdin.resume();
