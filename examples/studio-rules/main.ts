// Runs the studio rules against a local Kitsu and the AYON emulator:
//   npx tsx examples/studio-rules/main.ts
import { startAyonEmulator } from "@kitsu-ayon/ayon-emulator";
import { createKitsuClient } from "@kitsu-ayon/kitsu-sdk";
import { startLocalKitsu } from "@kitsu-ayon/local-kitsu";
import { seedExample, startExampleEngine } from "./setup.js";

const waitFor = async <T>(probe: () => Promise<T | undefined>): Promise<T> => {
  for (let tries = 0; tries < 300; tries++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("timed out");
};

const kitsuServer = await startLocalKitsu({ log: (line) => console.log(`[kitsu] ${line}`) });
const emulator = await startAyonEmulator();
try {
  const connection = kitsuServer;
  const seeded = await seedExample(
    createKitsuClient({
      apiUrl: connection.apiUrl,
      eventsUrl: connection.eventsUrl,
      auth: { token: connection.bot.token },
    }),
  );
  const { engine, kitsu, ayon } = startExampleEngine(connection, emulator, seeded);
  await engine.start();
  const project = engine.status().projects[0]?.ayonProject ?? "";
  console.log(`synced Kitsu "${seeded.project.name}" into AYON "${project}"`);

  await kitsu.entities.update(seeded.shot.id, { data: { cut_in: 1012 } });
  const folder = await waitFor(async () => {
    const [found] = await ayon.entities.folders(project, { kitsuIds: [seeded.shot.id] });
    return found?.attrib.clipIn === 1012 ? found : undefined;
  });
  console.log(`Kitsu cut_in 1012 -> AYON ${folder.path} clipIn ${folder.attrib.clipIn}`);

  await kitsu.tasks.setStatus(seeded.animTask.id, seeded.approved.id, "approved");
  const comp = await waitFor(async () => {
    const [found] = await ayon.entities.tasks(project, { kitsuIds: [seeded.compTask.id] });
    return found?.status === seeded.ready.name ? found : undefined;
  });
  console.log(`animation approved -> comp task "${comp.name}" is "${comp.status}" in Kitsu and AYON`);
  await engine.stop();
} finally {
  await emulator.stop();
  await kitsuServer.stop();
}
