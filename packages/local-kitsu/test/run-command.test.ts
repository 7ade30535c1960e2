import { describe, expect, it } from "vitest";
import { LocalKitsuError } from "../src/errors.js";
import { findFreePorts } from "../src/free-port.js";
import { runCommand } from "../src/run-command.js";

describe("runCommand", () => {
  it("returns the output of a successful command", async () => {
    await expect(runCommand("sh", ["-c", "echo out; echo err >&2"], { step: "demo" })).resolves.toMatch(
      /out\n[\s\S]*err/,
    );
  });

  it("names the step and shows the last lines of a failing command", async () => {
    const failure = runCommand("sh", ["-c", "for i in $(seq 1 50); do echo line $i; done; exit 3"], {
      step: "zou init-db",
    });
    await expect(failure).rejects.toBeInstanceOf(LocalKitsuError);
    await expect(failure).rejects.toMatchObject({
      step: "zou init-db",
      message: expect.stringMatching(
        /^zou init-db: sh exited with code 3\n--- last output ---\nline 21\n[\s\S]*line 50$/,
      ),
    });
  });

  it("reports a program that cannot be started", async () => {
    await expect(runCommand("/nonexistent/zou", [], { step: "run zou" })).rejects.toThrow(
      /^run zou: cannot run \/nonexistent\/zou/,
    );
  });

  it("kills a command that runs past its timeout", async () => {
    await expect(runCommand("sleep", ["10"], { step: "slow", timeoutMs: 100 })).rejects.toThrow(/killed by SIGKILL/);
  });
});

describe("findFreePorts", () => {
  it("returns distinct ports", async () => {
    const ports = await findFreePorts(4);
    expect(new Set(ports).size).toBe(4);
    for (const port of ports) expect(port).toBeGreaterThan(0);
  });
});
