import { spawn } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import { connect } from "node:net";
import { LocalKitsuError } from "./errors.js";
import type { ProcessGroupStop, Reaper } from "./reaper.js";
import { lastLines } from "./run-command.js";

export interface ServiceSpec {
  name: string;
  command: string;
  args: readonly string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  logFile: string;
  stop: ProcessGroupStop;
  uid?: number;
  gid?: number;
}

export interface RunningService {
  readonly name: string;
  readonly pid: number;
  /** Resolves with a description when the service exits, which it should not do on its own. */
  readonly exited: Promise<string>;
  logTail(lines?: number): string;
}

/**
 * Starts a long-running server in its own process group (so a terminal's Ctrl-C reaches the harness,
 * not the servers, and the reaper can stop the whole group), with output going to `logFile`.
 */
export function startService(spec: ServiceSpec, reaper: Reaper): RunningService {
  const log = openSync(spec.logFile, "a");
  const child = spawn(spec.command, spec.args, {
    cwd: spec.cwd,
    env: spec.env,
    detached: true,
    stdio: ["ignore", log, log],
    ...(spec.uid === undefined ? {} : { uid: spec.uid }),
    ...(spec.gid === undefined ? {} : { gid: spec.gid }),
  });
  closeSync(log);
  if (child.pid === undefined) {
    throw new LocalKitsuError(`start ${spec.name}`, `cannot run ${spec.command}`);
  }
  reaper.adoptGroup(child.pid, spec.stop);
  child.unref();
  const exited = new Promise<string>((resolve) => {
    child.once("error", (error) => resolve(`could not start: ${error.message}`));
    child.once("exit", (code, signal) => resolve(signal ? `killed by ${signal}` : `exited with code ${code}`));
  });
  return {
    name: spec.name,
    pid: child.pid,
    exited,
    logTail: (lines = 30) => {
      try {
        return lastLines(readFileSync(spec.logFile, "utf8"), lines);
      } catch {
        return "";
      }
    },
  };
}

/**
 * Calls `probe` until it returns true, failing early (with the service's log) if the service exits
 * first, or after `timeoutMs`. `probe` returns a description of what is still wrong otherwise.
 */
async function waitUntilReady(
  service: RunningService,
  what: string,
  timeoutMs: number,
  probe: () => Promise<true | string>,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exit: string | undefined;
  void service.exited.then((how) => {
    exit = how;
  });
  let lastProblem = "no answer yet";
  while (Date.now() < deadline) {
    if (exit !== undefined) {
      throw new LocalKitsuError(`start ${service.name}`, `${service.name} ${exit} before it could ${what}`, {
        logTail: service.logTail(),
      });
    }
    const outcome = await probe();
    if (outcome === true) return;
    lastProblem = outcome;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new LocalKitsuError(
    `start ${service.name}`,
    `${service.name} did not ${what} within ${timeoutMs} ms (${lastProblem})`,
    {
      logTail: service.logTail(),
    },
  );
}

export interface WaitForHttpOptions {
  timeoutMs?: number;
  /** Accepts a response; by default any 2xx. */
  accept?: (response: Response) => boolean | Promise<boolean>;
}

/** Polls `url` until the service answers it. */
export function waitForHttp(service: RunningService, url: string, options: WaitForHttpOptions = {}): Promise<void> {
  const { timeoutMs = 90_000, accept = (response) => response.ok } = options;
  return waitUntilReady(service, `answer at ${url}`, timeoutMs, async () => {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      return (await accept(response)) || `HTTP ${response.status}`;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  });
}

/** Waits until the service accepts TCP connections on `host:port`. */
export function waitForPort(service: RunningService, host: string, port: number, timeoutMs = 60_000): Promise<void> {
  return waitUntilReady(service, `listen on ${host}:${port}`, timeoutMs, () => {
    return new Promise((resolve) => {
      const socket = connect(port, host);
      const done = (outcome: true | string) => {
        socket.destroy();
        resolve(outcome);
      };
      socket.once("connect", () => done(true));
      socket.once("error", (error) => done(error.message));
      socket.setTimeout(1000, () => done("connection timed out"));
    });
  });
}
