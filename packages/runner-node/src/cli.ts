#!/usr/bin/env node
import { runCli } from "./cli/run-cli.js";

const stopSignal = new Promise<string>((resolve) => {
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => resolve(signal));
});

const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  tty: Boolean(process.stderr.isTTY),
  stopSignal,
});
process.exit(code);
