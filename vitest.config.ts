import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const source = (path: string) => fileURLToPath(new URL(`./packages/${path}`, import.meta.url));

/**
 * Two projects over all packages:
 * - `unit`: fast tests with no external server; run on every supported Node line.
 * - `integration`: tests against real servers; a global setup starts one local Kitsu (real Zou,
 *   PostgreSQL, Redis) for the whole run and stops it afterwards.
 */
export default defineConfig({
  // Packages import each other by name; tests run them from source, so no build is needed first.
  resolve: {
    alias: [
      { find: /^@kitsu-ayon\/http-transport$/, replacement: source("http-transport/src/index.ts") },
      { find: /^@kitsu-ayon\/kitsu-sdk$/, replacement: source("kitsu-sdk/src/index.ts") },
      { find: /^@kitsu-ayon\/local-kitsu$/, replacement: source("local-kitsu/src/index.ts") },
      { find: /^@kitsu-ayon\/ayon-sdk$/, replacement: source("ayon-sdk/src/index.ts") },
      { find: /^@kitsu-ayon\/ayon-emulator$/, replacement: source("ayon-emulator/src/index.ts") },
      { find: /^@kitsu-ayon\/sync-core$/, replacement: source("sync-core/src/index.ts") },
      { find: /^@kitsu-ayon\/runner-node$/, replacement: source("runner-node/src/index.ts") },
    ],
  },
  test: {
    reporters: ["default", "./scripts/summary-reporter.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["packages/*/test/**/*.test.ts", "test/scripts/**/*.test.ts"],
          exclude: ["packages/*/test/integration/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["packages/*/test/integration/**/*.test.ts", "examples/**/*.test.ts"],
          globalSetup: [
            "packages/local-kitsu/test/integration/global-setup.ts",
            "packages/runner-node/test/integration/build-setup.ts",
          ],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
    ],
  },
});
