import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findSystemServers, postgresAccount } from "../src/system-packages.js";

function fakeBin(dir: string, ...programs: string[]) {
  mkdirSync(dir, { recursive: true });
  for (const program of programs) {
    writeFileSync(join(dir, program), "#!/bin/sh\n");
    chmodSync(join(dir, program), 0o755);
  }
}

describe("findSystemServers", () => {
  it("finds Debian's newest versioned PostgreSQL and redis-server on the PATH", () => {
    const root = mkdtempSync(join(tmpdir(), "servers-"));
    fakeBin(join(root, "pg/13/bin"), "initdb", "postgres", "createdb");
    fakeBin(join(root, "pg/15/bin"), "initdb", "postgres", "createdb");
    fakeBin(join(root, "bin"), "redis-server");
    expect(findSystemServers({ path: join(root, "bin"), debianPostgresRoot: join(root, "pg") })).toEqual({
      postgresBinDir: join(root, "pg/15/bin"),
      redisServer: join(root, "bin/redis-server"),
    });
  });

  it("prefers a PostgreSQL on the PATH and ignores an incomplete one", () => {
    const root = mkdtempSync(join(tmpdir(), "servers-"));
    fakeBin(join(root, "partial"), "postgres");
    fakeBin(join(root, "full"), "initdb", "postgres", "createdb");
    fakeBin(join(root, "pg/16/bin"), "initdb", "postgres", "createdb");
    const path = [join(root, "partial"), join(root, "full")].join(":");
    expect(findSystemServers({ path, debianPostgresRoot: join(root, "pg") }).postgresBinDir).toBe(
      join(root, "pg/16/bin"),
    );
    expect(findSystemServers({ path: join(root, "full"), debianPostgresRoot: join(root, "pg") }).postgresBinDir).toBe(
      join(root, "full"),
    );
  });

  it("reports what is missing", () => {
    const root = mkdtempSync(join(tmpdir(), "servers-"));
    expect(findSystemServers({ path: root, debianPostgresRoot: join(root, "none") })).toEqual({});
  });
});

describe("postgresAccount", () => {
  const passwd =
    "root:x:0:0::/root:/bin/sh\nnobody:x:65534:65534::/:/bin/false\npostgres:x:101:104::/var/lib/postgresql:/bin/sh\n";

  it.each([
    { given: { root: false, passwd }, want: undefined },
    { given: { root: true, passwd }, want: { name: "postgres", uid: 101, gid: 104 } },
    {
      given: { root: true, passwd: "nobody:x:65534:65534::/:/bin/false\n" },
      want: { name: "nobody", uid: 65534, gid: 65534 },
    },
  ])("runs PostgreSQL as $want.name when root is $given.root", ({ given, want }) => {
    expect(postgresAccount(given.root, () => given.passwd)).toEqual(want);
  });

  it("fails clearly when root has no account to run PostgreSQL as", () => {
    expect(() => postgresAccount(true, () => "root:x:0:0::/root:/bin/sh\n")).toThrow(
      /neither a postgres nor a nobody account/,
    );
  });
});
