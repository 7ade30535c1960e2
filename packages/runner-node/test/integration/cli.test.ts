import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { type AyonEmulator, startAyonEmulator } from "@kitsu-ayon/ayon-emulator";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { findPairedProject } from "../../../sync-core/src/index.js";
import {
  ayonClient,
  createSmallProject,
  folderOf,
  kitsuClient,
  waitFor,
} from "../../../sync-core/test/integration/engine-fixture.js";
import "../../../local-kitsu/test/integration/kitsu-context.js";
import {
  cliEnv,
  closedPort,
  exitOf,
  killAll,
  leaks,
  mask,
  type RunResult,
  registerSecret,
  runBinary,
  startServe,
  tempDirs,
  waitHealthy,
} from "./cli-fixture.js";

const connection = inject("kitsu");
const kitsu = kitsuClient(connection);
const dirs = tempDirs();
let emulator: AyonEmulator;
let stateDir: string;
let cwd: string;

beforeEach(async () => {
  emulator = await startAyonEmulator();
  cwd = dirs.make("cwd");
  stateDir = join(dirs.make("state"), "state");
});

afterEach(async () => {
  await killAll();
  await emulator?.stop();
  dirs.cleanup();
});

const env = (extra: Record<string, string> = {}) => cliEnv(connection, emulator, stateDir, extra);
const output = (result: RunResult) => `${result.stdout}\n${result.stderr}`;
/** The result in words, secrets masked, for assertion messages. */
const shown = (result: RunResult) =>
  mask(`exit ${result.code}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`);
const checkLines = (stdout: string) => stdout.split("\n").filter((line) => /^(PASS|FAIL) /.test(line));

const DOCTOR_CHECKS = [
  "configuration",
  "Kitsu connection",
  "Kitsu login",
  "Kitsu role",
  "Kitsu event log",
  "AYON server",
  "AYON service user",
  "state directory",
];

describe("kitsu-ayon doctor", () => {
  it("passes every check with a good configuration (an AYON user with manager rights) and exits 0", async () => {
    // The emulator's service user as a manager: see the next test for the plain service user.
    const service = emulator.state.users.get(emulator.serviceUserName.toLowerCase());
    if (!service) throw new Error("the emulator has no service user");
    service.data.isManager = true;
    const result = await runBinary(["doctor"], env(), { cwd });
    const lines = checkLines(result.stdout);
    expect(
      lines.map((line) => line.slice(5, line.indexOf(":"))),
      shown(result),
    ).toEqual(DOCTOR_CHECKS);
    expect(
      lines.filter((line) => !line.startsWith("PASS")),
      shown(result),
    ).toEqual([]);
    expect(result.stdout).toMatch(/^PASS Kitsu role: admin/m);
    expect(result.stdout).toMatch(/^PASS AYON service user: service \(service user, manager rights\)$/m);
    expect(result.stdout).toContain("all checks passed");
    expect(result.code, shown(result)).toBe(0);
    expect(existsSync(stateDir)).toBe(true);
    expect(leaks(output(result), connection.bot.token)).toBe(false);
    expect(leaks(output(result), emulator.apiKey)).toBe(false);
  });

  // AYON answers `GET /api/users/me` for a service user with `data: { isService: true }` and no manager
  // flag, though service users have manager rights (UserEntity.is_manager): doctor must accept it.
  it("passes the AYON service user check for a plain service user's API key", async () => {
    const result = await runBinary(["doctor"], env(), { cwd });
    expect(
      checkLines(result.stdout).filter((line) => !line.startsWith("PASS")),
      shown(result),
    ).toEqual([]);
    expect(result.stdout).toMatch(/^PASS AYON service user: service \(service user, manager rights\)$/m);
    expect(result.code, shown(result)).toBe(0);
  });

  it("fails the Kitsu login with a fix when the bot token is wrong, without printing the token", async () => {
    const wrong = registerSecret(`wrong-token-${crypto.randomUUID()}`);
    const result = await runBinary(["doctor"], env({ KITSU_BOT_TOKEN: wrong }), { cwd });
    expect(result.code, shown(result)).toBe(1);
    expect(result.stdout, shown(result)).toMatch(/^FAIL Kitsu login: .*\n {5}fix: check KITSU_BOT_TOKEN/m);
    expect(result.stdout).toMatch(/^PASS Kitsu connection/m);
    expect(result.stdout).toMatch(/check\(s\) failed/);
    expect(leaks(output(result), wrong)).toBe(false);
  });

  it("fails the AYON service user with a fix when the API key is wrong, without printing the key", async () => {
    const wrong = registerSecret(crypto.randomUUID().replaceAll("-", ""));
    const result = await runBinary(["doctor"], env({ AYON_API_KEY: wrong }), { cwd });
    expect(result.code, shown(result)).toBe(1);
    expect(result.stdout, shown(result)).toMatch(/^FAIL AYON service user: .*\n {5}fix: check AYON_API_KEY/m);
    expect(result.stdout, shown(result)).toMatch(/^PASS Kitsu login/m);
    expect(leaks(output(result), wrong)).toBe(false);
  });

  it("fails the AYON server check when nothing listens at AYON_SERVER_URL", async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const result = await runBinary(["doctor"], env({ AYON_SERVER_URL: url }), { cwd });
    expect(result.code, shown(result)).toBe(1);
    expect(result.stdout, shown(result)).toMatch(/^FAIL AYON server: http:\/\/127\.0\.0\.1:\d+: .*\n {5}fix: /m);
    expect(result.stdout).not.toMatch(/AYON service user/);
    expect(result.stdout).toMatch(/^PASS Kitsu login/m);
  });
});

describe("kitsu-ayon projects", () => {
  it("lists the project unpaired before a sync and with its AYON name after; the plain output has a header", async () => {
    const small = await createSmallProject(kitsu, "CLI Projects");
    type Row = { kitsuProjectId: string; name: string; status: string; ayonProject: string | null; sync: string };
    const list = async () => {
      const result = await runBinary(["projects", "--json"], env(), { cwd });
      expect(result.code, shown(result)).toBe(0);
      const rows = JSON.parse(result.stdout) as Row[];
      return rows.find((row) => row.kitsuProjectId === small.project.id);
    };
    expect(await list()).toEqual({
      kitsuProjectId: small.project.id,
      name: small.project.name,
      status: "open",
      ayonProject: null,
      sync: "selected, not paired yet",
    });

    const plain = await runBinary(["projects"], env(), { cwd });
    expect(plain.code, shown(plain)).toBe(0);
    expect(plain.stdout.split("\n")[0]).toMatch(/^Kitsu project\s+status\s+AYON project\s+sync$/);
    expect(plain.stdout).toContain(small.project.name);

    const synced = await runBinary(["sync", "--project", small.project.id], env(), { cwd, timeoutMs: 60_000 });
    expect(synced.code, shown(synced)).toBe(0);
    const name = await findPairedProject(ayonClient(emulator), small.project.id);
    expect(name).toBeTypeOf("string");
    expect(await list()).toMatchObject({ ayonProject: name, sync: "synced" });
  }, 90_000);
});

describe("kitsu-ayon sync", () => {
  it("plans with --dry-run without writing, syncs, then plans nothing more", async () => {
    const small = await createSmallProject(kitsu, "CLI Sync");
    const ayon = ayonClient(emulator);
    const usersBefore = emulator.state.users.size;

    const dry = await runBinary(["sync", "--project", small.project.name, "--dry-run", "--json"], env(), {
      cwd,
      timeoutMs: 60_000,
    });
    expect(dry.code, shown(dry)).toBe(0);
    const [planned, ...others] = JSON.parse(dry.stdout) as {
      kitsuProjectId: string;
      ayonProject: string;
      dryRun: boolean;
      createdProject: boolean;
      actions: { kind: string; entity: string; kitsuId: string; name?: string }[];
      writes: number;
      failures: unknown[];
    }[];
    expect(others).toEqual([]);
    expect(planned).toMatchObject({ kitsuProjectId: small.project.id, dryRun: true, writes: 0, failures: [] });
    expect(planned?.actions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "create", entity: "folder", kitsuId: small.sequence.id }),
        expect.objectContaining({ kind: "create", entity: "folder", kitsuId: small.shot.id }),
      ]),
    );
    expect(planned?.actions.every((action) => action.kind === "create")).toBe(true);
    // Nothing written: no project (paired or by name), no user.
    expect(await ayon.projects.list()).toEqual([]);
    expect(await findPairedProject(ayon, small.project.id)).toBeUndefined();
    expect(emulator.state.users.size).toBe(usersBefore);

    const run = await runBinary(["sync", "--project", small.project.name], env(), { cwd, timeoutMs: 60_000 });
    expect(run.code, shown(run)).toBe(0);
    const name = await findPairedProject(ayon, small.project.id);
    if (!name) throw new Error(`no AYON project paired after the sync\n${shown(run)}`);
    expect(run.stdout).toContain(`${small.project.name} -> AYON ${name} (created)`);
    expect(run.stdout).toMatch(/folders: [1-9]\d* to create/);
    expect(run.stdout).toMatch(/did [1-9]\d* writes in/);
    const shot = await folderOf(ayon, name, small.shot.id);
    expect(shot).toMatchObject({ name: "sh010", folderType: "Shot" });

    const again = await runBinary(["sync", "--project", small.project.id, "--json"], env(), {
      cwd,
      timeoutMs: 60_000,
    });
    expect(again.code, shown(again)).toBe(0);
    const [second] = JSON.parse(again.stdout) as { ayonProject: string; actions: unknown[]; createdProject: boolean }[];
    expect(second).toMatchObject({ ayonProject: name, createdProject: false, actions: [] });
    for (const result of [dry, run, again]) {
      expect(leaks(output(result), connection.bot.token)).toBe(false);
      expect(leaks(output(result), emulator.apiKey)).toBe(false);
    }
  }, 120_000);

  it("exits 2 with a clear message for a project Kitsu does not have", async () => {
    const result = await runBinary(["sync", "--project", "No Such Project"], env(), { cwd });
    expect(result.code, shown(result)).toBe(2);
    expect(result.stderr).toContain('no Kitsu project is named or has the id "No Such Project"');
    expect(result.stdout).toBe("");
  });

  it("exits 3 when AYON cannot be reached", async () => {
    const small = await createSmallProject(kitsu, "CLI Unreachable");
    const url = `http://127.0.0.1:${await closedPort()}`;
    const result = await runBinary(["sync", "--project", small.project.id], env({ AYON_SERVER_URL: url }), {
      cwd,
      timeoutMs: 60_000,
    });
    expect(result.code, shown(result)).toBe(3);
    expect(result.stderr).toContain("cannot reach or log in to a server");
    expect(result.stderr).toContain("kitsu-ayon doctor");
  }, 90_000);
});

describe("kitsu-ayon serve", () => {
  it("serves /healthz and /metrics, syncs live, refuses a second process on its state dir, stops on SIGTERM", async () => {
    const small = await createSmallProject(kitsu, "CLI Serve");
    const ayon = ayonClient(emulator);
    const serveEnv = env({
      KITSU_AYON_PROJECTS: small.project.id,
      KITSU_AYON_PORT: "0",
      KITSU_AYON_HOST: "127.0.0.1",
    });
    const first = startServe(serveEnv, { cwd });
    const url = await first.waitForUrl();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(url.endsWith(":0")).toBe(false);

    expect(await waitHealthy(url)).toMatchObject({ ok: true, state: "running", problems: [] });
    const metrics = async () => {
      const response = await fetch(`${url}/metrics`);
      expect(response.status).toBe(200);
      return response.text();
    };
    expect(await metrics()).toContain("kitsu_ayon_events_in_total");

    // Live: a shot created in Kitsu appears in AYON.
    const name = await waitFor("the paired AYON project", () => findPairedProject(ayon, small.project.id));
    const shot = await kitsu.shots.create(small.project.id, { name: "SH020", sequence_id: small.sequence.id });
    const folder = await waitFor("the new shot in AYON", () => folderOf(ayon, name, shot.id), 30_000);
    expect(folder).toMatchObject({ name: "sh020", folderType: "Shot" });
    const eventsIn = Number((await metrics()).match(/^kitsu_ayon_events_in_total (\d+)$/m)?.[1]);
    expect(eventsIn).toBeGreaterThan(0);

    // A second service on the same state directory refuses to start.
    const second = startServe(serveEnv, { cwd });
    const refused = await second.exited;
    // A state directory in use is a usage error: exit 2 (since 774a2a9; it was 1 before).
    expect(refused.code, shown(refused)).toBe(2);
    expect(refused.stderr).toMatch(/state directory .* is in use by another kitsu-ayon process/);
    expect(first.child.exitCode).toBeNull();

    // SIGTERM: drains, stores the checkpoint and exits 0.
    const started = Date.now();
    first.child.kill("SIGTERM");
    const stopped = await first.exited;
    expect(stopped.code, shown(stopped)).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(first.lines().some((line) => line.msg === "kitsu-ayon: stopped")).toBe(true);
    const checkpoints = join(stateDir, "checkpoints");
    expect(readdirSync(checkpoints).filter((file) => file.endsWith(".json")).length).toBeGreaterThan(0);
    expect(existsSync(join(stateDir, "serve.lock"))).toBe(false);
    for (const result of [stopped, refused]) {
      expect(leaks(output(result), connection.bot.token)).toBe(false);
      expect(leaks(output(result), emulator.apiKey)).toBe(false);
    }
    await exitOf(first.child);
  }, 120_000);
});
