import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { LocalKitsuError } from "./errors.js";
import { runCommand } from "./run-command.js";
import { ZOU_PYTHON_RANGE, ZOU_VERSION } from "./zou-version.js";

export interface ZouInstall {
  version: string;
  venv: string;
  /** The `zou` management CLI. */
  zou: string;
  gunicorn: string;
}

export interface EnsureZouOptions {
  /** Zou release to install. @default ZOU_VERSION */
  version?: string;
  /** Folder holding cached virtualenvs. @default defaultCacheDir() */
  cacheDir?: string;
  /** Python interpreter used to create the virtualenv. @default process.env.KITSU_AYON_PYTHON ?? "python3" */
  python?: string;
  log?: (message: string) => void;
}

/** `$KITSU_AYON_CACHE_DIR`, else `$XDG_CACHE_HOME/kitsu-ayon`, else `~/.cache/kitsu-ayon`. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.KITSU_AYON_CACHE_DIR) return env.KITSU_AYON_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "kitsu-ayon");
}

const COMPLETE_MARKER = ".kitsu-ayon-complete";

async function pythonVersion(python: string): Promise<[number, number]> {
  const output = await runCommand(python, ["-c", "import sys; print('%d.%d' % sys.version_info[:2])"], {
    step: "find Python",
  }).catch((error: unknown) => {
    throw new LocalKitsuError("find Python", `cannot run ${python}; install Python >= 3.10 or set KITSU_AYON_PYTHON`, {
      cause: error,
    });
  });
  const [major = 0, minor = 0] = output.trim().split(".").map(Number);
  return [major, minor];
}

export function isSupportedPython([major, minor]: readonly [number, number]): boolean {
  const [minMajor, minMinor] = ZOU_PYTHON_RANGE.min;
  const [maxMajor, maxMinor] = ZOU_PYTHON_RANGE.maxExclusive;
  const atLeastMin = major > minMajor || (major === minMajor && minor >= minMinor);
  const belowMax = major < maxMajor || (major === maxMajor && minor < maxMinor);
  return atLeastMin && belowMax;
}

/**
 * Waits for and takes an exclusive lock on `dir` (a folder that exists while held), so that two
 * test runs never install into the same virtualenv at once. A lock whose owner is gone is taken over.
 */
async function withLock<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const owner = join(dir, "pid");
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(owner, String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const pid = Number(readFileSync(owner, { encoding: "utf8", flag: "a+" }));
      if (!pid || !isAlive(pid)) rmSync(dir, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Returns a virtualenv with the pinned Zou release, creating it in the cache folder the first time
 * (about a minute: Zou pulls numpy, OpenCV and OpenTimelineIO wheels) and reusing it afterwards.
 */
export async function ensureZou(options: EnsureZouOptions = {}): Promise<ZouInstall> {
  const version = options.version ?? ZOU_VERSION;
  const python = options.python ?? process.env.KITSU_AYON_PYTHON ?? "python3";
  const log = options.log ?? (() => {});
  const pyVersion = await pythonVersion(python);
  if (!isSupportedPython(pyVersion)) {
    throw new LocalKitsuError(
      "find Python",
      `${python} is Python ${pyVersion.join(".")}; Zou ${version} needs Python >= 3.10 and < 3.15 (set KITSU_AYON_PYTHON)`,
    );
  }
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  const venv = join(cacheDir, `zou-${version}-py${pyVersion.join(".")}`);
  const install: ZouInstall = { version, venv, zou: join(venv, "bin", "zou"), gunicorn: join(venv, "bin", "gunicorn") };
  const marker = join(venv, COMPLETE_MARKER);
  const isComplete = () => existsSync(marker) && readFileSync(marker, "utf8").trim() === version;
  if (isComplete()) return install;
  mkdirSync(cacheDir, { recursive: true });
  return withLock(`${venv}.lock`, async () => {
    if (isComplete()) return install;
    rmSync(venv, { recursive: true, force: true });
    log(`installing zou ${version} from PyPI into ${venv} (first run only)`);
    await runCommand(python, ["-m", "venv", venv], { step: "create the Zou virtualenv" }).catch((error: unknown) => {
      throw new LocalKitsuError(
        "create the Zou virtualenv",
        `${python} -m venv failed; on Debian/Ubuntu install python3-venv`,
        { cause: error, ...(error instanceof LocalKitsuError ? { logTail: error.logTail } : {}) },
      );
    });
    await runCommand(
      join(venv, "bin", "pip"),
      ["install", "--disable-pip-version-check", "--no-input", "--quiet", `zou==${version}`],
      { step: `pip install zou==${version}`, env: { ...process.env, PIP_NO_INPUT: "1" } },
    );
    writeFileSync(marker, `${version}\n`);
    return install;
  });
}
