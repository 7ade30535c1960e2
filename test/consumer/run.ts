/**
 * The consumer test: what a studio gets from the registry, checked before anything is published.
 *   1. `npm pack` every workspace package (after `npm run build`);
 *   2. install the tarballs into a fresh project outside the repository, with npm's isolated
 *      ("linked") layout, so a package sees only what it declares: an undeclared import fails here;
 *   3. typecheck a program that uses every public entry point, under NodeNext and Bundler resolution,
 *      without skipLibCheck, so a published type that needs an undeclared package fails too;
 *   4. compile a CommonJS program that imports each package, and run it: TypeScript emits require()
 *      calls, which Node >= 20.19 runs on ESM through the "default" export condition;
 *   5. run the program against a real local Kitsu and the AYON emulator, both from the tarballs, and
 *      the installed `kitsu-ayon` binary (`--help`, `doctor`).
 *
 *   npm run test:consumer              (--keep leaves the project folder for a look)
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const repo = join(import.meta.dirname, "..", "..");
const keep = process.argv.includes("--keep");
const root = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as {
  workspaces: string[];
  devDependencies: Record<string, string>;
};

const run = (command: string, args: string[], cwd: string) => {
  process.stdout.write(`\n$ ${[command, ...args].join(" ")}\n`);
  execFileSync(command, args, { cwd, stdio: "inherit" });
};

const work = mkdtempSync(join(tmpdir(), "kitsu-ayon-consumer-test-"));
try {
  const tarballs = join(work, "tarballs");
  mkdirSync(tarballs);
  run("npm", ["pack", "--workspaces", "--silent", "--pack-destination", tarballs], repo);

  // Each package name -> its tarball, also for the packages' dependencies on each other (overrides),
  // since none of them is on the registry yet.
  const local: Record<string, string> = {};
  for (const directory of root.workspaces) {
    const { name, version } = JSON.parse(readFileSync(join(repo, directory, "package.json"), "utf8"));
    const file = `${name.replace("@", "").replace("/", "-")}-${version}.tgz`;
    if (!readdirSync(tarballs).includes(file)) throw new Error(`npm pack made no ${file}`);
    local[name] = `file:${join(tarballs, file)}`;
  }
  const project = join(work, "studio-app");
  cpSync(join(import.meta.dirname, "app"), project, { recursive: true });
  writeFileSync(
    join(project, "package.json"),
    `${JSON.stringify(
      {
        name: "studio-app",
        private: true,
        type: "module",
        dependencies: local,
        devDependencies: {
          typescript: root.devDependencies.typescript,
          "@types/node": root.devDependencies["@types/node"],
        },
        overrides: local,
      },
      null,
      2,
    )}\n`,
  );
  run("npm", ["install", "--install-strategy=linked", "--no-audit", "--no-fund", "--loglevel=error"], project);
  run("npx", ["tsc", "-p", "tsconfig.nodenext.json"], project);
  run("npx", ["tsc", "-p", "tsconfig.bundler.json"], project);
  run("npx", ["tsc", "-p", "tsconfig.commonjs.json"], project);
  run("node", [join("commonjs", "dist", "main.js")], project);
  run("node", [join("dist", "main.js")], project);
  process.stdout.write("\nconsumer test passed\n");
} finally {
  if (keep) process.stdout.write(`kept ${work}\n`);
  else rmSync(work, { recursive: true, force: true });
}
