/**
 * `npm run kitsu:dev`: starts a real local Kitsu (Zou API + event stream, PostgreSQL, Redis) and
 * keeps it up until Ctrl-C, printing the `export` lines that point `kitsu-ayon` at it. `--install-only` just prepares the cached Zou virtualenv and the
 * system packages (CI uses it to install everything before the tests).
 */
import { join } from "node:path";
import { ensureZou, startLocalKitsu } from "../packages/local-kitsu/src/index.js";
import { ensureSystemServers } from "../packages/local-kitsu/src/system-packages.js";
import { exportLines, runUntilSignal } from "./until-signal.js";

const log = (message: string) => console.error(`[kitsu] ${message}`);

if (process.argv.includes("--install-only")) {
  const [zou] = await Promise.all([ensureZou({ log }), ensureSystemServers(log)]);
  log(`zou ${zou.version} ready in ${zou.venv}; PostgreSQL and Redis found`);
} else {
  const kitsu = await startLocalKitsu({ log });
  const rows: [string, string][] = [
    ["API", `${kitsu.apiUrl}   (try: curl ${kitsu.apiUrl}/)`],
    ["Event stream", `${kitsu.eventsUrl}   (Socket.IO, namespace /events)`],
    ["Admin", `${kitsu.admin.email} / ${kitsu.admin.password}   (local default; POST ${kitsu.apiUrl}/auth/login)`],
    ["Bot", `role admin; its token is in ${join(kitsu.dataDir, "connection.json")} too`],
    [
      "PostgreSQL",
      `${kitsu.postgres.host}:${kitsu.postgres.port}, database ${kitsu.postgres.database}, user ${kitsu.postgres.user}`,
    ],
    ["Redis", `${kitsu.redis.host}:${kitsu.redis.port}`],
    ["Logs", join(kitsu.dataDir, "logs")],
  ];
  console.log(`\nLocal Kitsu (Zou ${kitsu.zouVersion}) is running. Press Ctrl-C to stop it and remove its data.\n`);
  for (const [label, value] of rows) console.log(`  ${label.padEnd(14)}${value}`);
  console.log("\nFor kitsu-ayon and Kitsu clients in another shell:\n");
  console.log(
    exportLines({ KITSU_API_URL: kitsu.apiUrl, KITSU_EVENTS_URL: kitsu.eventsUrl, KITSU_BOT_TOKEN: kitsu.bot.token }),
  );
  console.log("");
  runUntilSignal(() => kitsu.stop(), log, "Kitsu and removing its data");
}
