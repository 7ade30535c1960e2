#!/usr/bin/env node
// The `kitsu-ayon` command. Installed from the registry, it runs the built CLI (dist/cli.js). In a
// clone of the repository, where the sources sit beside it, it runs them through tsx (a development
// dependency of the repository), so `npx kitsu-ayon` works right after `npm ci` and never runs a
// stale build.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const source = new URL("../src/cli.ts", import.meta.url);
if (existsSync(source)) {
  const { register } = await import("tsx/esm/api");
  register({ tsconfig: fileURLToPath(new URL("../tsconfig.json", import.meta.url)) });
  await import(source.href);
} else {
  await import("../dist/cli.js");
}
