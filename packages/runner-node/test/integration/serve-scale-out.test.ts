import { type AyonEmulator, startAyonEmulator } from "@kitsu-ayon/ayon-emulator";
import { createAyonClient } from "@kitsu-ayon/ayon-sdk";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { createSmallProject, kitsuClient, waitFor } from "../../../sync-core/test/integration/engine-fixture.js";
import { expectAppliedOnce } from "./applied-once.js";
import "../../../local-kitsu/test/integration/kitsu-context.js";
import { cliEnv, exitOf, killAll, type ServeProcess, startServe, tempDirs } from "./cli-fixture.js";

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
  dirs.cleanup();
  await emulator?.stop();
});

describe("kitsu-ayon serve --role leecher|processor: separate processes sharing one AYON", () => {
  it("two leechers and two processors apply every change once; SIGKILL of one of each mid-burst loses nothing", async () => {
    const small = await createSmallProject(kitsu, "Scale Out CLI");
    const role = (name: "leecher" | "processor", label: string): ServeProcess =>
      startServe(
        cliEnv(connection, emulator, dirs.make(label), {
          KITSU_AYON_PROJECTS: small.project.id,
          KITSU_AYON_PORT: "0",
          KITSU_AYON_HOST: "127.0.0.1",
        }),
        { cwd: dirs.make(`${label}-cwd`), args: ["serve", "--role", name] },
      );
    // Each processor keeps its state directory across its restart: its sender (and its jobs) follow it.
    // Processors that select a list of projects need a shard: these two share one (same projects).
    const processorDirs = [dirs.make("p1"), dirs.make("p2")];
    const processor = (index: 0 | 1) =>
      startServe(
        cliEnv(connection, emulator, processorDirs[index] as string, {
          KITSU_AYON_PROJECTS: small.project.id,
          KITSU_AYON_SHARD: "main",
          KITSU_AYON_PORT: "0",
          KITSU_AYON_HOST: "127.0.0.1",
        }),
        { cwd: dirs.make(`p${index}-cwd`), args: ["serve", "--role", "processor"] },
      );
    const l1 = role("leecher", "l1");
    const l2 = role("leecher", "l2");
    const p1 = processor(0);
    const p2 = processor(1);
    await Promise.all([l1, l2, p1, p2].map((each) => each.waitForUrl()));
    const ayon = createAyonClient({
      serverUrl: emulator.url,
      apiKey: emulator.apiKey,
      sender: "observer",
      senderType: "test",
    });
    const project = await waitFor("the pairing", async () => {
      const [found] = (await ayon.projects.list()).filter((each) => each.name.startsWith("Scale_Out_CLI"));
      return found?.name;
    });

    const rows = Array.from({ length: 80 }, (_, i) => `SQ01,SH${String(i + 100).padStart(4, "0")}`);
    const importing = kitsu.shots.importCsv(small.project.id, `Sequence,Name\n${rows.join("\n")}\n`);
    await waitFor(
      "the burst under way",
      async () => {
        const folders = await ayon.entities.folders(project, { withKitsuId: true });
        return folders.filter((folder) => folder.folderType === "Shot").length > 3;
      },
      60_000,
    );
    l2.child.kill("SIGKILL");
    p2.child.kill("SIGKILL");
    await Promise.all([exitOf(l2.child), exitOf(p2.child)]);
    await importing;
    const shots = await kitsu.shots.list(small.project.id);
    const [renamed] = shots;
    if (!renamed) throw new Error("no shot");
    await kitsu.entities.update(renamed.id, { name: "RENAMED" });
    const l3 = role("leecher", "l3");
    const p3 = processor(1);
    await Promise.all([l3.waitForUrl(), p3.waitForUrl()]);

    await expectAppliedOnce(
      { kitsu, ayon },
      {
        kitsuProjectId: small.project.id,
        ayonProject: project,
        shots: shots.length,
        renamedTo: "renamed",
        jobTopic: "kitsu.proc.main",
      },
    );
    for (const each of [l1, l3, p1, p3]) each.child.kill("SIGTERM");
    const results = await Promise.all([l1, l3, p1, p3].map((each) => each.exited));
    expect(results.map((result) => result.code)).toEqual([0, 0, 0, 0]);
  }, 400_000);
});
