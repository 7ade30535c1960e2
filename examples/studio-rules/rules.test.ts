import { startAyonEmulator } from "@kitsu-ayon/ayon-emulator";
import { createKitsuClient } from "@kitsu-ayon/kitsu-sdk";
import { describe, expect, inject, it } from "vitest";
import "./kitsu-context.js";
import { seedExample, startExampleEngine } from "./setup.js";

const poll = async <T>(what: string, probe: () => Promise<T | undefined>): Promise<T> => {
  for (let tries = 0; tries < 200; tries++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
};

describe("example: studio rules on the live engine (real Zou, AYON emulator)", () => {
  it("copies Kitsu metadata into an AYON attribute, and readies the comp task when animation is approved", async () => {
    const connection = inject("kitsu");
    const emulator = await startAyonEmulator();
    const seeded = await seedExample(
      createKitsuClient({
        apiUrl: connection.apiUrl,
        eventsUrl: connection.eventsUrl,
        auth: { token: connection.bot.token },
      }),
    );
    const { engine, kitsu, ayon } = startExampleEngine(connection, emulator, seeded);
    try {
      await engine.start();
      const project = engine.status().projects[0]?.ayonProject ?? "";

      await kitsu.entities.update(seeded.shot.id, { data: { cut_in: 1012 } });
      await poll("clipIn", async () => {
        const [folder] = await ayon.entities.folders(project, { kitsuIds: [seeded.shot.id] });
        return folder?.attrib.clipIn === 1012 ? folder : undefined;
      });

      await kitsu.tasks.setStatus(seeded.animTask.id, seeded.approved.id, "approved");
      await poll("the comp task ready in Kitsu", async () =>
        (await kitsu.tasks.get(seeded.compTask.id)).task_status_id === seeded.ready.id ? true : undefined,
      );
      const comp = await poll("the comp task ready in AYON", async () => {
        const [task] = await ayon.entities.tasks(project, { kitsuIds: [seeded.compTask.id] });
        return task?.status === seeded.ready.name ? task : undefined;
      });
      expect(comp.status).toBe(seeded.ready.name);
      const [anim] = await ayon.entities.tasks(project, { kitsuIds: [seeded.animTask.id] });
      expect(anim?.status).toBe(seeded.approved.name);
      expect(engine.metrics().deadLetters).toBe(0);
    } finally {
      await engine.stop();
      await emulator.stop();
    }
  });
});
