import semver from "semver";
import { describe, expect, it } from "vitest";
import {
  bareImports,
  engineProblems,
  internalRangeProblems,
  type Manifest,
  manifestProblems,
  relativeLinks,
  undeclaredImports,
} from "../../scripts/packages/checks.js";

const REPO = { url: "https://github.com/acme/kitsu-ayon", license: "MIT", author: "acme", engines: ">=20.19" };

const good = (): Manifest => ({
  name: "@kitsu-ayon/sync-core",
  version: "0.1.0",
  description: "The Kitsu -> AYON sync engine.",
  keywords: ["kitsu"],
  homepage: "https://github.com/acme/kitsu-ayon/tree/main/packages/sync-core#readme",
  bugs: { url: "https://github.com/acme/kitsu-ayon/issues" },
  repository: { type: "git", url: "git+https://github.com/acme/kitsu-ayon.git", directory: "packages/sync-core" },
  license: "MIT",
  author: "acme",
  engines: { node: ">=20.19" },
  files: ["dist", "README.md", "CHANGELOG.md", "LICENSE"],
  publishConfig: { access: "public" },
  exports: { ".": { types: "./dist/index.d.ts", default: "./dist/index.js" }, "./package.json": "./package.json" },
});

describe("manifestProblems", () => {
  it("accepts a complete manifest", () => {
    expect(manifestProblems(good(), "packages/sync-core", REPO)).toEqual([]);
  });

  it.each([
    [
      "a repository directory of another package",
      { repository: { ...good().repository, directory: "packages/x" } },
      "repository.directory",
    ],
    ["no keywords", { keywords: [] }, "keywords are missing"],
    ["no CHANGELOG in files", { files: ["dist", "README.md", "LICENSE"] }, "files does not list CHANGELOG.md"],
    ["an import-only export", { exports: { ".": { types: "./i.d.ts", import: "./i.js" } } }, 'has no "default"'],
    ["types after the code", { exports: { ".": { default: "./i.js", types: "./i.d.ts" } } }, '"types" first'],
    ["a private registry access", { publishConfig: { access: "restricted" } }, "publishConfig.access"],
  ])("reports %s", (_, change, wanted) => {
    const problems = manifestProblems({ ...good(), ...change } as Manifest, "packages/sync-core", REPO);
    expect(problems.join("\n")).toContain(wanted);
  });
});

describe("internalRangeProblems", () => {
  const versions = new Map([["@kitsu-ayon/ayon-sdk", "0.1.0"]]);

  it("accepts a caret range on the sibling's version, in any dependency field", () => {
    const manifest = { ...good(), devDependencies: { "@kitsu-ayon/ayon-sdk": "^0.1.0", vitest: "4.1.12" } };
    expect(internalRangeProblems(manifest, versions)).toEqual([]);
  });

  it.each(["0.1.0", "^0.0.0", "*"])("reports %s", (range) => {
    const manifest = { ...good(), dependencies: { "@kitsu-ayon/ayon-sdk": range } };
    expect(internalRangeProblems(manifest, versions)).toEqual([
      `@kitsu-ayon/ayon-sdk is "${range}", expected "^0.1.0"`,
    ]);
  });
});

describe("relativeLinks", () => {
  it("finds the links a registry page cannot follow, and only those", () => {
    const markdown = [
      "[guide](../../docs/mapping.md) and [code](src/layout.ts)",
      "[site](https://ayon.ynput.io) [anchor](#errors) [mail](mailto:a@b.c)",
      '[titled](../sync-core "the engine")',
      "a mention is written `[label](<type>:<id>)` in a body",
      "```md\n[Jane](user:jane)\n```",
    ].join("\n");
    expect(relativeLinks(markdown)).toEqual(["../../docs/mapping.md", "src/layout.ts", "../sync-core"]);
  });
});

describe("bareImports", () => {
  it("lists packages, not built-ins, subpaths or relative files", () => {
    const code = [
      'import { a } from "openapi-fetch";',
      "import type { B } from 'openapi-typescript-helpers';",
      'export { c } from "@kitsu-ayon/ayon-sdk/testing";',
      'import "./local.js"; import { x } from "../up.js";',
      'import { readFile } from "node:fs/promises"; import http from "http";',
      'const ws = await import("ws"); const y = require("yaml/util");',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: generated code that prints an import, as sync-core's does
      'const msg = `from "${existing.name}"`;',
    ].join("\n");
    expect(bareImports(code)).toEqual([
      "@kitsu-ayon/ayon-sdk",
      "openapi-fetch",
      "openapi-typescript-helpers",
      "ws",
      "yaml",
    ]);
  });
});

describe("undeclaredImports", () => {
  it("reports an import declared only as a dev dependency, and accepts peers and the package itself", () => {
    const manifest = {
      ...good(),
      dependencies: { "openapi-fetch": "^0.17.0" },
      peerDependencies: { ws: "^8" },
      devDependencies: { graphql: "^16" },
    };
    const imports = ["openapi-fetch", "ws", "graphql", "@kitsu-ayon/sync-core"];
    expect(undeclaredImports(manifest, imports)).toEqual(["graphql"]);
  });
});

describe("engineProblems", () => {
  it("reports a locked package that needs a newer Node than the lowest promised", () => {
    const locked = [
      { path: "node_modules/@whatwg-node/promise-helpers", engines: { node: ">=22.15.0" } },
      { path: "node_modules/tsup", engines: { node: ">=18" } },
      { path: "node_modules/old", engines: ["node >= 0.8"] },
      { path: "node_modules/plain" },
    ];
    expect(engineProblems(locked, "20.19.0", semver.satisfies)).toEqual([
      "node_modules/@whatwg-node/promise-helpers needs node >=22.15.0",
    ]);
  });
});
