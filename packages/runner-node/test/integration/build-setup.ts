import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../../../", import.meta.url));

/**
 * Builds every package (`npm run build` at the repository root) before the integration run, so the
 * CLI tests run the current `packages/runner-node/dist/cli.js`. The output is kept quiet and shown
 * only when the build fails. `KITSU_AYON_SKIP_BUILD=1` skips it (the dist is then used as it is).
 */
export default async function setup() {
  if (process.env.KITSU_AYON_SKIP_BUILD === "1") {
    process.stderr.write("[build] skipped (KITSU_AYON_SKIP_BUILD=1)\n");
    return;
  }
  const started = Date.now();
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(npm, ["run", "build"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.once("error", reject);
    child.once("close", (exitCode) => resolve({ code: exitCode, output: Buffer.concat(chunks).toString("utf8") }));
  });
  if (code !== 0) throw new Error(`npm run build failed (exit ${code}) in ${root}:\n${output}`);
  process.stderr.write(`[build] packages built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
