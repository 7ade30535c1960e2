/**
 * `npm run kitsu:dev`: starts a real local Kitsu (Zou API + event stream, PostgreSQL, Redis) and
 * keeps it up until Ctrl-C. `--install-only` just prepares the cached Zou virtualenv and the
 * system packages (CI uses it to install everything before the tests).
 */
import { join } from "node:path";
import { ensureZou, startLocalKitsu } from "../packages/local-kitsu/src/index.js";
import { ensureSystemServers } from "../packages/local-kitsu/src/system-packages.js";

const log = (message: string) => console.error(`[kitsu] ${message}`);

if (process.argv.includes("--install-only")) {
  const [zou] = await Promise.all([ensureZou({ log }), ensureSystemServers(log)]);
  log(`zou ${zou.version} ready in ${zou.venv}; PostgreSQL and Redis found`);
} else {
  const kitsu = await startLocalKitsu({ log });
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping Kitsu and removing its data`);
    await kitsu.stop();
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(signal));
  const rows: [string, string][] = [
    ["API", `${kitsu.apiUrl}   (try: curl ${kitsu.apiUrl}/)`],
    ["Event stream", `${kitsu.eventsUrl}   (Socket.IO, namespace /events)`],
    ["Admin", `${kitsu.admin.email} / ${kitsu.admin.password}   (local default; POST ${kitsu.apiUrl}/auth/login)`],
    ["Bot token", `bot.token in ${join(kitsu.dataDir, "connection.json")}   (role admin)`],
    [
      "PostgreSQL",
      `${kitsu.postgres.host}:${kitsu.postgres.port}, database ${kitsu.postgres.database}, user ${kitsu.postgres.user}`,
    ],
    ["Redis", `${kitsu.redis.host}:${kitsu.redis.port}`],
    ["Logs", join(kitsu.dataDir, "logs")],
  ];
  console.log(`\nLocal Kitsu (Zou ${kitsu.zouVersion}) is running. Press Ctrl-C to stop it and remove its data.\n`);
  for (const [label, value] of rows) console.log(`  ${label.padEnd(14)}${value}`);
  console.log("");
  setInterval(() => {}, 1 << 30);
}
