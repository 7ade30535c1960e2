/**
 * Checks every workspace package as it would be published (run after `npm run build`):
 *   - the manifest: description, keywords, repository with its directory, homepage, bugs, license,
 *     author, engines, files, exports with "types" first and a "default" condition;
 *   - internal dependencies are ranges (`^x.y.z`) that the sibling's version satisfies;
 *   - a LICENSE identical to the root one, and a CHANGELOG.md;
 *   - README links that work on the registry's package page (absolute, or an anchor);
 *   - every package that a built `.js` or `.d.ts` imports is declared in `dependencies`;
 *   - no locked dependency excludes the lowest Node version `engines` promises (EBADENGINE).
 * Exit 1 with one line per problem.
 *
 *   npm run check:packages
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import semver from "semver";
import {
  bareImports,
  engineProblems,
  internalRangeProblems,
  type LockedPackage,
  type Manifest,
  manifestProblems,
  type RepositoryFacts,
  relativeLinks,
  undeclaredImports,
} from "./packages/checks.js";

const root = join(import.meta.dirname, "..");
const read = (path: string) => readFileSync(join(root, path), "utf8");
const rootManifest = JSON.parse(read("package.json")) as Manifest & { workspaces: string[] };
const lowest = semver.minVersion(rootManifest.engines?.node ?? "")?.version;
if (!lowest) throw new Error("the root package.json has no engines.node");

const repo: RepositoryFacts = {
  url: (rootManifest.repository?.url ?? "").replace(/^git\+/, "").replace(/\.git$/, ""),
  license: rootManifest.license ?? "",
  author: rootManifest.author ?? "",
  engines: rootManifest.engines?.node ?? "",
};
const manifests = new Map(
  rootManifest.workspaces.map((directory) => [directory, JSON.parse(read(`${directory}/package.json`)) as Manifest]),
);
const versions = new Map([...manifests.values()].map((manifest) => [manifest.name, manifest.version]));

const problems: string[] = [];
for (const [directory, manifest] of manifests) {
  const report = (problem: string) => problems.push(`${manifest.name}: ${problem}`);
  manifestProblems(manifest, directory, repo).forEach(report);
  internalRangeProblems(manifest, versions).forEach(report);
  if (!existsSync(join(root, directory, "LICENSE")) || read(`${directory}/LICENSE`) !== read("LICENSE")) {
    report("LICENSE is missing or differs from the root LICENSE");
  }
  if (!existsSync(join(root, directory, "CHANGELOG.md"))) report("CHANGELOG.md is missing");
  for (const link of relativeLinks(read(`${directory}/README.md`))) {
    report(`README.md links to "${link}", which breaks on the registry page: use ${repo.url}/blob/main/...`);
  }
  const dist = join(root, directory, "dist");
  if (!existsSync(dist)) {
    report("dist/ is missing: run npm run build first");
    continue;
  }
  const built = readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((file) => /\.(js|d\.ts)$/.test(file));
  const imports = built.flatMap((file) => bareImports(readFileSync(join(dist, file), "utf8")));
  for (const name of undeclaredImports(manifest, imports)) report(`dist imports "${name}", not in dependencies`);
}

const lock = JSON.parse(read("package-lock.json")) as { packages: Record<string, Omit<LockedPackage, "path">> };
const locked = Object.entries(lock.packages).map(([path, entry]) => ({ path, ...entry }));
problems.push(...engineProblems(locked, lowest, (version, range) => semver.satisfies(version, range)));

if (problems.length > 0) {
  process.stderr.write(`${problems.map((problem) => `- ${problem}`).join("\n")}\n`);
  process.exit(1);
}
process.stdout.write(`${manifests.size} packages ready to publish; every locked dependency runs on Node ${lowest}\n`);
