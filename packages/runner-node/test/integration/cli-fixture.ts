import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AyonEmulator } from "@kitsu-ayon/ayon-emulator";
import type { LocalKitsuConnection } from "@kitsu-ayon/local-kitsu";

/** The built CLI; the integration run's build setup (`build-setup.ts`) makes it current. */
export const CLI = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Every secret a test hands to a child: masked in anything this fixture puts in an error message. */
const secrets = new Set<string>();
export const registerSecret = (secret: string) => {
  if (secret.length >= 4) secrets.add(secret);
  return secret;
};
export const mask = (text: string) =>
  [...secrets].reduce((masked, secret) => masked.split(secret).join("[secret]"), text);

/** True when a secret appears in the text; tests assert on this boolean, so a failure never prints the secret. */
export const leaks = (text: string, secret: string) => text.includes(secret);

const running = new Set<ChildProcess>();

function launch(args: string[], env: Record<string, string>, cwd: string): ChildProcess {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` (or unset KITSU_AYON_SKIP_BUILD)`);
  // Only what the CLI needs: nothing of this process's environment (KITSU_*, AYON_*) leaks into the test.
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  child.once("exit", () => running.delete(child));
  return child;
}

/** Collects a child's output and resolves with it when the process has exited. */
function collect(child: ChildProcess) {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout?.on("data", (chunk: Buffer) => out.push(chunk));
  child.stderr?.on("data", (chunk: Buffer) => err.push(chunk));
  const stdout = () => Buffer.concat(out).toString("utf8");
  const stderr = () => Buffer.concat(err).toString("utf8");
  const exited = new Promise<RunResult>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code, signal) => resolve({ code, signal, stdout: stdout(), stderr: stderr() }));
  });
  return { stdout, stderr, exited };
}

/** Runs `node dist/cli.js ...args` to its end; kills it and fails after `timeoutMs`. */
export async function runBinary(
  args: string[],
  env: Record<string, string>,
  options: { cwd: string; timeoutMs?: number },
): Promise<RunResult> {
  const child = launch(args, env, options.cwd);
  const { stdout, stderr, exited } = collect(child);
  const timeoutMs = options.timeoutMs ?? 45_000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new Error(
          mask(
            `kitsu-ayon ${args.join(" ")} did not end within ${timeoutMs} ms\n--- stdout\n${stdout()}\n--- stderr\n${stderr()}`,
          ),
        ),
      );
    }, timeoutMs);
  });
  try {
    return await Promise.race([exited, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

export interface ServeProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** The JSON log lines written so far. */
  lines(): Record<string, unknown>[];
  exited: Promise<RunResult>;
  /** The ops server's URL, from the `serving /healthz and /metrics` log line. */
  waitForUrl(timeoutMs?: number): Promise<string>;
}

/** Starts `kitsu-ayon serve` (or any long-running command) and leaves it running. */
export function startServe(env: Record<string, string>, options: { cwd: string; args?: string[] }): ServeProcess {
  const child = launch(options.args ?? ["serve"], env, options.cwd);
  const { stdout, stderr, exited } = collect(child);
  let ended: RunResult | undefined;
  void exited.then((result) => {
    ended = result;
  });
  const lines = () =>
    stdout()
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .flatMap((line) => {
        try {
          return [JSON.parse(line) as Record<string, unknown>];
        } catch {
          return [];
        }
      });
  const describeOutput = () => mask(`--- stdout\n${stdout()}\n--- stderr\n${stderr()}`);
  return {
    child,
    stdout,
    stderr,
    lines,
    exited,
    async waitForUrl(timeoutMs = 60_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const line = lines().find((entry) => String(entry.msg).includes("serving /healthz and /metrics"));
        if (typeof line?.url === "string") return line.url;
        if (ended) throw new Error(`serve exited (code ${ended.code}) before serving\n${describeOutput()}`);
        if (Date.now() > until) throw new Error(`serve did not start within ${timeoutMs} ms\n${describeOutput()}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
}

/** Polls `GET <url>/healthz` until it answers 200 (the engine runs and both servers answer); returns its body. */
export async function waitHealthy(url: string, timeoutMs = 60_000): Promise<Record<string, unknown>> {
  const until = Date.now() + timeoutMs;
  let last = "no answer";
  for (;;) {
    try {
      const response = await fetch(`${url}/healthz`);
      const body = (await response.json()) as Record<string, unknown>;
      if (response.status === 200) return body;
      last = `${response.status} ${JSON.stringify(body)}`;
    } catch (error) {
      last = String(error);
    }
    if (Date.now() > until) throw new Error(mask(`${url}/healthz did not answer 200 within ${timeoutMs} ms: ${last}`));
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Resolves when the child has exited (at once if it already has). */
export function exitOf(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/** SIGKILLs every child still running and waits for each to be gone; for afterEach/afterAll. */
export async function killAll(): Promise<void> {
  const children = [...running];
  for (const child of children) child.kill("SIGKILL");
  await Promise.all(children.map(exitOf));
}

/** A port nothing listens on: bound by the OS, then released. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

/** Fresh temporary directories, removed by `cleanup`. */
export function tempDirs() {
  const made: string[] = [];
  return {
    make(label: string) {
      const dir = mkdtempSync(join(tmpdir(), `kitsu-ayon-cli-${label}-`));
      made.push(dir);
      return dir;
    },
    cleanup() {
      for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The environment a CLI run gets: the local Kitsu's bot, the emulator's service user, a state dir. */
export function cliEnv(
  connection: LocalKitsuConnection,
  emulator: Pick<AyonEmulator, "url" | "apiKey">,
  stateDir: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  registerSecret(connection.bot.token);
  registerSecret(emulator.apiKey);
  return {
    KITSU_API_URL: connection.apiUrl,
    KITSU_EVENTS_URL: connection.eventsUrl,
    KITSU_BOT_TOKEN: connection.bot.token,
    AYON_SERVER_URL: emulator.url,
    AYON_API_KEY: emulator.apiKey,
    KITSU_AYON_STATE_DIR: stateDir,
    ...extra,
  };
}
