import type { TestProject } from "vitest/node";
import { startLocalKitsu } from "../../src/index.js";
import "./kitsu-context.js";

/** Starts one real local Kitsu for the whole integration run; tests read it with `inject("kitsu")`. */
export default async function setup(project: TestProject) {
  const started = Date.now();
  const { stop, ...connection } = await startLocalKitsu({
    log: (message) => process.stderr.write(`[kitsu] ${message}\n`),
  });
  process.stderr.write(`[kitsu] ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  project.provide("kitsu", connection);
  return stop;
}
