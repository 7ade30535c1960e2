import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const LAUNCHER = fileURLToPath(new URL("../../bin/kitsu-ayon.js", import.meta.url));

describe("the kitsu-ayon launcher in a clone", () => {
  it("runs the CLI from the sources, with no build needed", async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [LAUNCHER, "--help"], { encoding: "utf8" });
    expect(stdout).toContain("kitsu-ayon doctor");
  });

  it("passes the CLI's exit code through", async () => {
    const run = promisify(execFile)(process.execPath, [LAUNCHER, "no-such-command"], { encoding: "utf8" });
    await expect(run).rejects.toMatchObject({ code: 2 });
  });
});
