// Pure checks of what a published package carries: its manifest, its README's links, the imports of
// its built files, and the engines of every locked dependency. `scripts/check-packages.ts` reads the
// files and prints what these return.
import { builtinModules } from "node:module";

export interface Manifest {
  name: string;
  version: string;
  description?: string;
  keywords?: string[];
  homepage?: string;
  bugs?: { url?: string };
  repository?: { type?: string; url?: string; directory?: string };
  license?: string;
  author?: string;
  engines?: { node?: string };
  files?: string[];
  publishConfig?: { access?: string };
  exports?: Record<string, unknown>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

/** What every published package shares with the root manifest, and where it lives in the repository. */
export interface RepositoryFacts {
  /** `https://github.com/owner/name`, without `.git`. */
  url: string;
  license: string;
  author: string;
  engines: string;
}

/** The problems of one package's manifest; `directory` is its folder, e.g. `packages/sync-core`. */
export function manifestProblems(manifest: Manifest, directory: string, repo: RepositoryFacts): string[] {
  const problems: string[] = [];
  const expect = (field: string, actual: unknown, wanted: unknown) => {
    if (actual !== wanted) problems.push(`${field} is ${JSON.stringify(actual)}, expected ${JSON.stringify(wanted)}`);
  };
  if (!manifest.description || manifest.description.length < 20) problems.push("description is missing or too short");
  if (!manifest.keywords?.length) problems.push("keywords are missing");
  expect("homepage", manifest.homepage, `${repo.url}/tree/main/${directory}#readme`);
  expect("bugs.url", manifest.bugs?.url, `${repo.url}/issues`);
  expect("repository.url", manifest.repository?.url, `git+${repo.url}.git`);
  expect("repository.directory", manifest.repository?.directory, directory);
  expect("license", manifest.license, repo.license);
  expect("author", manifest.author, repo.author);
  expect("engines.node", manifest.engines?.node, repo.engines);
  expect("publishConfig.access", manifest.publishConfig?.access, "public");
  for (const file of ["dist", "README.md", "CHANGELOG.md", "LICENSE"]) {
    if (!manifest.files?.includes(file)) problems.push(`files does not list ${file}`);
  }
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    if (typeof target === "string") continue;
    const conditions = Object.keys(target as object);
    if (conditions[0] !== "types") problems.push(`exports["${subpath}"] does not list "types" first`);
    if (!conditions.includes("default")) problems.push(`exports["${subpath}"] has no "default" (require() fails)`);
  }
  return problems;
}

/** Internal dependencies must be ranges that the sibling's current version satisfies (`^x.y.z`). */
export function internalRangeProblems(manifest: Manifest, versions: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const all = { ...manifest.dependencies, ...manifest.devDependencies, ...manifest.peerDependencies };
  for (const [name, range] of Object.entries(all)) {
    const version = versions.get(name);
    if (version === undefined) continue;
    if (range !== `^${version}`) problems.push(`${name} is "${range}", expected "^${version}"`);
  }
  return problems;
}

const MARKDOWN_LINK = /\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;

/** Fenced code blocks and inline code spans: what they hold is shown as text, never as a link. */
const CODE = /```[\s\S]*?```|`[^`\n]*`/g;

/** Links a registry's package page cannot follow: anything relative, except an anchor on the page. */
export function relativeLinks(markdown: string): string[] {
  const found: string[] = [];
  for (const match of markdown.replace(CODE, "").matchAll(MARKDOWN_LINK)) {
    const target = match[1] ?? "";
    if (!/^(https?:|mailto:|#)/.test(target)) found.push(target);
  }
  return found;
}

const BARE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)["']([^"'./][^"']*)["']/g;

/** Bare module specifiers of a built `.js` or `.d.ts` file (Node's built-ins left out). */
export function bareImports(code: string): string[] {
  const names = new Set<string>();
  for (const match of code.matchAll(BARE_IMPORT)) {
    const specifier = match[1] ?? "";
    if (specifier.includes("${")) continue; // a template string in generated code, not an import
    const name = packageName(specifier);
    if (specifier.startsWith("node:") || builtinModules.includes(name)) continue;
    names.add(name);
  }
  return [...names].sort();
}

function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
}

/** Imports of built files that the manifest does not declare (they work only by a workspace's hoisting). */
export function undeclaredImports(manifest: Manifest, imports: Iterable<string>): string[] {
  const declared = new Set([
    manifest.name,
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
  ]);
  return [...new Set(imports)].filter((name) => !declared.has(name)).sort();
}

export interface LockedPackage {
  path: string;
  engines?: { node?: string } | string[];
}

/**
 * Locked packages whose `engines.node` excludes `lowest` (the lowest Node the packages promise), as
 * `npm install` would warn with EBADENGINE there. `satisfies` is semver's.
 */
export function engineProblems(
  locked: Iterable<LockedPackage>,
  lowest: string,
  satisfies: (version: string, range: string) => boolean,
): string[] {
  const problems: string[] = [];
  for (const { path, engines } of locked) {
    const range = Array.isArray(engines) ? undefined : engines?.node;
    if (range && !satisfies(lowest, range)) problems.push(`${path} needs node ${range}`);
  }
  return problems;
}
