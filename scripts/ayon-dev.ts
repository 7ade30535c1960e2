/**
 * `npm run ayon:dev [-- --port N]`: starts the AYON emulator (`@kitsu-ayon/ayon-emulator`) and keeps
 * it up until Ctrl-C, printing the `export` lines that point `kitsu-ayon` and AYON clients at it. Its
 * data lives in memory and is gone when it stops.
 */
import { parseArgs } from "node:util";
import { startAyonEmulator } from "../packages/ayon-emulator/src/index.js";
import { exportLines, runUntilSignal } from "./until-signal.js";

const { values } = parseArgs({ options: { port: { type: "string", default: "0" } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`ayon:dev: --port takes a port number (0 for a free one), not "${values.port}"`);
  process.exit(2);
}
const emulator = await startAyonEmulator({ port });
console.log(`\nThe AYON emulator is running at ${emulator.url}. Press Ctrl-C to stop it (its data is in memory).`);
console.log(`Admin login: ${emulator.admin.name} / ${emulator.admin.password}\n`);
console.log("For kitsu-ayon and AYON clients in another shell:\n");
console.log(exportLines({ AYON_SERVER_URL: emulator.url, AYON_API_KEY: emulator.apiKey }));
console.log("");
runUntilSignal(
  () => emulator.stop(),
  (message) => console.error(`[ayon] ${message}`),
  "the AYON emulator",
);
