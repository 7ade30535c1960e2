import { join } from "node:path";
import { type AyonEmulator, startAyonEmulator } from "@kitsu-ayon/ayon-emulator";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { createSmallProject, kitsuClient } from "../../../sync-core/test/integration/engine-fixture.js";
import "../../../local-kitsu/test/integration/kitsu-context.js";
import { cliEnv, killAll, mask, runBinary, startServe, tempDirs, waitHealthy } from "./cli-fixture.js";

const connection = inject("kitsu");
const kitsu = kitsuClient(connection);
const dirs = tempDirs();
let emulator: AyonEmulator;

beforeAll(async () => {
  emulator = await startAyonEmulator();
}, 60_000);
afterEach(async () => {
  await killAll();
});
afterAll(async () => {
  await emulator?.stop();
  dirs.cleanup();
});

describe("kitsu-ayon serve --role leecher|processor refusing to go on", () => {
  it("a leecher exits 3 once AYON refuses its key while it runs, without retrying for ever", async () => {
    const small = await createSmallProject(kitsu, "Leecher Revoked");
    const leecher = startServe(
      cliEnv(connection, emulator, join(dirs.make("leecher"), "state"), {
        KITSU_AYON_PORT: "0",
        KITSU_AYON_HOST: "127.0.0.1",
      }),
      { cwd: dirs.make("leecher-cwd"), args: ["serve", "--role", "leecher"] },
    );
    await waitHealthy(await leecher.waitForUrl());
    // The service user's key is revoked: AYON answers 401 to everything the leecher sends.
    const service = emulator.state.users.get(emulator.serviceUserName.toLowerCase());
    if (!service) throw new Error("no service user");
    service.apiKey = "ffffffffffffffffffffffffffffffff";
    await kitsu.shots.create(small.project.id, { name: "SH_REVOKED", sequence_id: small.sequence.id });
    const result = await Promise.race([
      leecher.exited,
      new Promise<never>((_, reject) =>
        setTimeout(
          () => reject(new Error(mask(`the leecher still runs\n${leecher.stdout()}\n${leecher.stderr()}`))),
          30_000,
        ),
      ),
    ]);
    const shown = mask(`exit ${result.code}\n${result.stdout}\n${result.stderr}`);
    expect(result.code, shown).toBe(3);
    expect(result.stderr, shown).toMatch(/401|refus|Unauthorized/i);
    expect(
      leecher.lines().some((line) => line.level === "error" && String(line.msg).includes("leecher: stopped")),
      shown,
    ).toBe(true);
  }, 90_000);

  it("a processor exits 3 once AYON refuses its key while it runs, instead of enrolling for ever", async () => {
    const service = emulator.state.users.get(emulator.serviceUserName.toLowerCase());
    if (!service) throw new Error("no service user");
    service.apiKey = emulator.apiKey;
    const processor = startServe(
      cliEnv(connection, emulator, join(dirs.make("processor-revoked"), "state"), {
        KITSU_AYON_PORT: "0",
        KITSU_AYON_HOST: "127.0.0.1",
      }),
      { cwd: dirs.make("processor-revoked-cwd"), args: ["serve", "--role", "processor"] },
    );
    await waitHealthy(await processor.waitForUrl());
    service.apiKey = "eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee";
    const revokedAt = Date.now();
    const result = await Promise.race([
      processor.exited,
      new Promise<never>((_, reject) =>
        setTimeout(
          () => reject(new Error(mask(`the processor still runs\n${processor.stdout()}\n${processor.stderr()}`))),
          30_000,
        ),
      ),
    ]);
    const shown = mask(
      `exit ${result.code} after ${(Date.now() - revokedAt) / 1000} s\n${result.stdout}\n${result.stderr}`,
    );
    expect(result.code, shown).toBe(3);
    expect(Date.now() - revokedAt, shown).toBeLessThan(10_000);
    expect(result.stderr, shown).toMatch(/the sync stopped/);
    expect(
      processor.lines().some((line) => String(line.msg).includes("AYON refuses this processor; it stops")),
      shown,
    ).toBe(true);
    service.apiKey = emulator.apiKey;
  }, 90_000);

  it("a processor selecting a list of projects without a shard exits 2, saying to give it a shard", async () => {
    const env = cliEnv(connection, emulator, join(dirs.make("processor"), "state"), {
      KITSU_AYON_PORT: "0",
      KITSU_AYON_HOST: "127.0.0.1",
    });
    const result = await runBinary(["serve", "--role", "processor", "--project", "Alpha", "--project", "Beta"], env, {
      cwd: dirs.make("processor-cwd"),
      timeoutMs: 20_000,
    });
    const shown = mask(`exit ${result.code}\n${result.stdout}\n${result.stderr}`);
    expect(result.code, shown).toBe(2);
    expect(result.stderr, shown).toContain("--project: a processor without a shard selects every open project");
    expect(result.stderr, shown).toContain("(Alpha, Beta)");
    expect(result.stderr, shown).toContain("its own shard (--shard <name>, KITSU_AYON_SHARD or serve.shard)");
  }, 60_000);
});
