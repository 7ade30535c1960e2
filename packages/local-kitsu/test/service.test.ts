import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findFreePorts } from "../src/free-port.js";
import { startReaper } from "../src/reaper.js";
import { startService, waitForHttp, waitForPort } from "../src/service.js";

const reaper = startReaper();
afterEach(() => reaper.cleanUp());

function service(name: string, script: string) {
  const dir = mkdtempSync(join(tmpdir(), "service-test-"));
  reaper.adoptPath(dir);
  return startService(
    {
      name,
      command: "sh",
      args: ["-c", script],
      env: { PATH: process.env.PATH },
      cwd: dir,
      logFile: join(dir, "out.log"),
      stop: { signal: "SIGTERM", graceMs: 500 },
    },
    reaper,
  );
}

describe("startService and waiting for it", () => {
  it("fails at once, with the server's last output, when the server dies before answering", async () => {
    const dying = service("Zou API", "echo 'ModuleNotFoundError: No module named zou'; exit 4");
    const failure = waitForHttp(dying, "http://127.0.0.1:9/", { timeoutMs: 30_000 });
    await expect(failure).rejects.toThrow(/^start Zou API: Zou API exited with code 4 before it could answer at/);
    await expect(failure).rejects.toMatchObject({ logTail: "ModuleNotFoundError: No module named zou" });
  });

  it("says what was wrong when a server never answers", async () => {
    const silent = service("Redis", "sleep 30");
    const [port = 0] = await findFreePorts(1);
    await expect(waitForPort(silent, "127.0.0.1", port, 600)).rejects.toThrow(
      new RegExp(`^start Redis: Redis did not listen on 127.0.0.1:${port} within 600 ms \\(.*ECONNREFUSED`),
    );
  });
});
