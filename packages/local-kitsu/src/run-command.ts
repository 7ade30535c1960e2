import { spawn } from "node:child_process";
import { LocalKitsuError } from "./errors.js";

export interface RunCommandOptions {
  /** Name of the harness step, used in errors. */
  step: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  uid?: number;
  gid?: number;
  /** Kill the command after this many milliseconds. @default 600000 */
  timeoutMs?: number;
}

const MAX_KEPT_OUTPUT = 16 * 1024;

/** Runs a program to completion and returns its combined output; throws `LocalKitsuError` with the output's tail otherwise. */
export function runCommand(command: string, args: readonly string[], options: RunCommandOptions): Promise<string> {
  const { step, timeoutMs = 600_000, ...spawnOptions } = options;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...spawnOptions, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-MAX_KEPT_OUTPUT);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new LocalKitsuError(step, `cannot run ${command}: ${error.message}`, { cause: error }));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve(output);
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      reject(new LocalKitsuError(step, `${command} ${how}`, { logTail: lastLines(output, 30) }));
    });
  });
}

export function lastLines(text: string, count: number): string {
  return text.trimEnd().split("\n").slice(-count).join("\n");
}
