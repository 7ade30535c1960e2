import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// A virtualenv with the pinned ayon-python-api (requirements.txt beside this file), made once in the
// same cache folder as the local Kitsu's Zou virtualenv and reused afterwards.

const REQUIREMENTS = fileURLToPath(new URL("./requirements.txt", import.meta.url));
const COMPLETE_MARKER = ".kitsu-ayon-complete";

export interface CommandResult {
  code: number | null;
  /** stdout and stderr, interleaved as they arrived. */
  output: string;
}

/** Runs a program without blocking the event loop (an emulator in this process keeps answering). */
export function run(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const keep = (chunk: Buffer) => {
      output += chunk.toString("utf8");
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 300_000);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** `$KITSU_AYON_CACHE_DIR`, else `$XDG_CACHE_HOME/kitsu-ayon`, else `~/.cache/kitsu-ayon` (as local-kitsu). */
function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.KITSU_AYON_CACHE_DIR) return env.KITSU_AYON_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "kitsu-ayon");
}

async function checked(command: string, args: string[], step: string): Promise<string> {
  const result = await run(command, args);
  if (result.code !== 0) throw new Error(`${step} failed (exit ${result.code}):\n${result.output}`);
  return result.output;
}

/** Holds `dir` (a folder that exists while held) so that two runs never install at once. */
async function withLock<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 600_000;
  for (;;) {
    try {
      mkdirSync(dir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (Date.now() > deadline) rmSync(dir, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The Python of a virtualenv holding requirements.txt: `$KITSU_AYON_PYTHON` (else `python3`) makes
 * it the first time, keyed by the requirements and the Python version.
 */
export async function ensureAyonPythonApi(log: (message: string) => void = () => {}): Promise<string> {
  const python = process.env.KITSU_AYON_PYTHON ?? "python3";
  const version = (
    await checked(python, ["-c", "import sys; print('%d.%d' % sys.version_info[:2])"], "find Python")
  ).trim();
  const requirements = readFileSync(REQUIREMENTS, "utf8");
  const key = createHash("sha256").update(requirements).digest("hex").slice(0, 12);
  const venv = join(cacheDir(), `ayon-python-api-${key}-py${version}`);
  const interpreter = join(venv, "bin", "python");
  const marker = join(venv, COMPLETE_MARKER);
  const isComplete = () => existsSync(marker) && readFileSync(marker, "utf8") === key;
  if (isComplete()) return interpreter;
  mkdirSync(cacheDir(), { recursive: true });
  return withLock(`${venv}.lock`, async () => {
    if (isComplete()) return interpreter;
    rmSync(venv, { recursive: true, force: true });
    log(`installing ayon-python-api from PyPI into ${venv} (first run only)`);
    await checked(python, ["-m", "venv", venv], `${python} -m venv (on Debian/Ubuntu install python3-venv)`);
    await checked(
      join(venv, "bin", "pip"),
      ["install", "--disable-pip-version-check", "--no-input", "--quiet", "-r", REQUIREMENTS],
      "pip install -r requirements.txt",
    );
    writeFileSync(marker, key);
    return interpreter;
  });
}
