// A CommonJS program: TypeScript (module nodenext) compiles these imports to require() calls, which
// Node >= 20.19 runs on ESM packages (require(esm)) through their "default" export condition.
import { startAyonEmulator } from "@kitsu-ayon/ayon-emulator";
import { createAyonClient } from "@kitsu-ayon/ayon-sdk";
import { withRetry } from "@kitsu-ayon/http-transport";
import { createKitsuClient } from "@kitsu-ayon/kitsu-sdk";
import { startLocalKitsu } from "@kitsu-ayon/local-kitsu";
import { startKitsuAyonService } from "@kitsu-ayon/runner-node";
import { createSyncEngine } from "@kitsu-ayon/sync-core";

const entries = [
  startAyonEmulator,
  createAyonClient,
  withRetry,
  createKitsuClient,
  startLocalKitsu,
  startKitsuAyonService,
  createSyncEngine,
];
if (typeof require !== "function" || entries.some((entry) => typeof entry !== "function")) {
  throw new Error("a package did not load through require()");
}
process.stdout.write(`consumer: require() loads all ${entries.length} packages, with their types\n`);
