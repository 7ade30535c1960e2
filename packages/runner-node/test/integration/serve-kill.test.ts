import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type AyonEmulator, startAyonEmulator } from "@kitsu-ayon/ayon-emulator";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { findPairedProject, reconcileProject } from "../../../sync-core/src/index.js";
import {
  ayonClient,
  createSmallProject,
  kitsuClient,
  type SmallProject,
  waitFor,
} from "../../../sync-core/test/integration/engine-fixture.js";
import "../../../local-kitsu/test/integration/kitsu-context.js";
import { cliEnv, killAll, mask, startServe, tempDirs, waitHealthy } from "./cli-fixture.js";

const connection = inject("kitsu");
const kitsu = kitsuClient(connection);
const dirs = tempDirs();
let emulator: AyonEmulator;
let small: SmallProject;

beforeAll(async () => {
  emulator = await startAyonEmulator();
  small = await createSmallProject(kitsu, "CLI Kill");
}, 60_000);

afterAll(async () => {
  await killAll();
  await emulator?.stop();
  dirs.cleanup();
});

const SHOTS = 200;

describe("kitsu-ayon serve, SIGKILLed in the middle of a burst", () => {
  it("takes the stale lock over on restart and ends with every shot once, the rename applied and nothing left to plan", async () => {
    const ayon = ayonClient(emulator);
    const cwd = dirs.make("kill");
    const stateDir = join(cwd, "state");
    // Small AYON requests, so the burst takes several writes and the kill lands between two of them.
    writeFileSync(join(cwd, "kitsu-ayon.config.yaml"), "sync:\n  chunkSize: 20\n");
    const serveEnv = cliEnv(connection, emulator, stateDir, {
      KITSU_AYON_PROJECTS: small.project.id,
      KITSU_AYON_PORT: "0",
      KITSU_AYON_HOST: "127.0.0.1",
    });

    const first = startServe(serveEnv, { cwd });
    // The ops server answers before the engine runs: /healthz is 200 once the start-up reconcile is done.
    await waitHealthy(await first.waitForUrl());
    const name = await waitFor("the paired AYON project", () => findPairedProject(ayon, small.project.id));
    const project = emulator.state.projects.get(name.toLowerCase());
    if (!project) throw new Error(`the emulator has no project ${name}`);
    const shotFolders = () => [...project.folders.values()].filter((folder) => folder.folderType === "Shot");
    const before = shotFolders().length;
    expect(before).toBe(1);

    // SIGKILL from inside the emulator, the moment a write of the burst has landed a new shot: the process
    // never sees that write's answer and has not stored a checkpoint after it.
    let shotsAtKill: number | undefined;
    const unsubscribe = emulator.state.events.subscribe((event) => {
      if (shotsAtKill !== undefined || event.topic !== "entity.folder.created") return;
      const count = shotFolders().length;
      if (count > before) {
        shotsAtKill = count;
        first.child.kill("SIGKILL");
      }
    });
    const rows = Array.from({ length: SHOTS }, (_, i) => `SQ0${1 + (i % 3)},SH${1000 + i}`);
    const importing = kitsu.shots.importCsv(small.project.id, `Sequence,Name\n${rows.join("\n")}\n`);
    try {
      await waitFor("the kill", async () => shotsAtKill !== undefined, 60_000);
    } finally {
      unsubscribe();
    }
    const killed = await first.exited;
    expect(killed.signal).toBe("SIGKILL");
    expect(shotsAtKill).toBeGreaterThan(before);
    expect(shotsAtKill).toBeLessThan(before + SHOTS);
    expect(existsSync(join(stateDir, "serve.lock")), "the killed process leaves its lock").toBe(true);
    await importing;

    // One more change while nothing runs: a shot AYON already has is renamed.
    const imported = (await kitsu.shots.list(small.project.id)).filter((shot) => /^SH1\d{3}$/.test(shot.name));
    expect(imported).toHaveLength(SHOTS);
    const inAyon = new Set(shotFolders().map((folder) => folder.data.kitsuId));
    const renamed = imported.find((shot) => inAyon.has(shot.id)) ?? imported[0];
    if (!renamed) throw new Error("no imported shot");
    await kitsu.entities.update(renamed.id, { name: "RENAMED" });

    // Restarted on the same state directory: the dead process's lock is taken over. Without a start-up
    // reconcile, and with no full reconcile on its first batch: only the events after the stored cursor
    // are synced, so a shot whose event the first process acknowledged without writing it stays missing.
    const second = startServe(serveEnv, { cwd, args: ["serve", "--no-reconcile-on-start"] });
    const secondUrl = await second.waitForUrl();
    await waitHealthy(secondUrl, 90_000);
    await waitFor(
      "every shot in AYON with the rename",
      async () => {
        const folders = await ayon.entities.folders(name, { withKitsuId: true });
        const shots = folders.filter((folder) => folder.folderType === "Shot");
        return (
          shots.length === before + SHOTS &&
          shots.find((folder) => folder.data.kitsuId === renamed.id)?.name === "renamed"
        );
      },
      90_000,
    ).catch((error: Error) => {
      throw new Error(mask(`${error.message}\n--- second serve stdout\n${second.stdout()}\n${second.stderr()}`));
    });

    const folders = await ayon.entities.folders(name, { withKitsuId: true });
    const keys = folders.map((folder) => folder.data.kitsuId);
    expect(new Set(keys).size).toBe(keys.length);
    expect(folders.filter((folder) => folder.folderType === "Shot")).toHaveLength(before + SHOTS);
    expect(folders.find((folder) => folder.data.kitsuId === renamed.id)?.name).toBe("renamed");
    const fresh = await reconcileProject({ kitsu, ayon }, small.project.id, { dryRun: true });
    expect(fresh.plan.actions).toEqual([]);
    // Every shot came from replayed events, none from a reconcile of the whole project.
    const metrics = await (await fetch(`${secondUrl}/metrics`)).text();
    expect(metrics).toMatch(/^kitsu_ayon_full_reconciles_total 0$/m);

    second.child.kill("SIGTERM");
    const stopped = await second.exited;
    expect(stopped.code, mask(stopped.stderr)).toBe(0);
    expect(existsSync(join(stateDir, "serve.lock"))).toBe(false);
  }, 120_000);
});
