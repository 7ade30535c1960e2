import { defineConfig } from "vitest/config";

/**
 * Two projects over all packages:
 * - `unit`: fast tests with no external server; run on every supported Node line.
 * - `integration`: tests against real servers; a global setup starts one local Kitsu (real Zou,
 *   PostgreSQL, Redis) for the whole run and stops it afterwards.
 */
export default defineConfig({
  test: {
    reporters: ["default", "./scripts/summary-reporter.ts"],
    projects: [
      {
        test: {
          name: "unit",
          include: ["packages/*/test/**/*.test.ts"],
          exclude: ["packages/*/test/integration/**"],
        },
      },
      {
        test: {
          name: "integration",
          include: ["packages/*/test/integration/**/*.test.ts"],
          globalSetup: ["packages/kitsu-sdk/test/integration/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
    ],
  },
});
