import { spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startReaper } from "../src/reaper.js";

const groupAlive = (pgid: number) => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

const tsxLoader = createRequire(import.meta.url).resolve("tsx");

describe("reaper", () => {
  it("stops adopted process groups and removes adopted folders when the harness process is SIGKILLed", async () => {
    const child = spawn(
      process.execPath,
      ["--import", tsxLoader, join(import.meta.dirname, "fixtures/harness-child.ts")],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    const line = await new Promise<string>((resolve) =>
      child.stdout.once("data", (chunk: Buffer) => resolve(chunk.toString())),
    );
    const { dir, serverPid } = JSON.parse(line) as { dir: string; serverPid: number };
    expect(groupAlive(serverPid)).toBe(true);
    expect(existsSync(dir)).toBe(true);

    child.kill("SIGKILL");

    expect(await until(() => !groupAlive(serverPid))).toBe(true);
    expect(await until(() => !existsSync(dir))).toBe(true);
  });

  it("stops groups on cleanUp, escalating to SIGKILL when the polite signal is ignored", async () => {
    const reaper = startReaper();
    const stubborn = spawn("sh", ["-c", "trap '' TERM; while :; do sleep 0.1; done"], {
      detached: true,
      stdio: "ignore",
    });
    const dir = mkdtempSync(join(tmpdir(), "reaper-test-"));
    if (stubborn.pid === undefined) throw new Error("no pid");
    reaper.adoptGroup(stubborn.pid, { signal: "SIGTERM", graceMs: 300 });
    reaper.adoptPath(dir);

    await reaper.cleanUp();

    expect(await until(() => !groupAlive(stubborn.pid as number), 2000)).toBe(true);
    expect(existsSync(dir)).toBe(false);
    await expect(reaper.cleanUp()).resolves.toBeUndefined();
  });
});
