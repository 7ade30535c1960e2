import { accessSync, constants, readdirSync, readFileSync } from "node:fs";
import { delimiter, join } from "node:path";
import { LocalKitsuError } from "./errors.js";
import { runCommand } from "./run-command.js";

export interface SystemServers {
  /** Folder holding PostgreSQL's `initdb`, `postgres` and `createdb`. */
  postgresBinDir: string;
  redisServer: string;
}

export interface FindSystemServersOptions {
  /** Where to look for programs. @default process.env.PATH */
  path?: string;
  /** Where Debian installs PostgreSQL's versioned folders. @default "/usr/lib/postgresql" */
  debianPostgresRoot?: string;
}

const isExecutable = (file: string) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

function findOnPath(program: string, path: string): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (dir && isExecutable(join(dir, program))) return join(dir, program);
  }
  return undefined;
}

/** Debian keeps `postgres` off the PATH, in /usr/lib/postgresql/<major>/bin; the newest major wins. */
function findDebianPostgres(root: string): string | undefined {
  let majors: string[];
  try {
    majors = readdirSync(root).filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  majors.sort((a, b) => Number(b) - Number(a));
  return majors.map((major) => join(root, major, "bin")).find((dir) => isExecutable(join(dir, "postgres")));
}

const hasPostgres = (dir: string) => ["initdb", "postgres", "createdb"].every((p) => isExecutable(join(dir, p)));

/** Locates PostgreSQL and Redis server programs, without installing anything. */
export function findSystemServers(options: FindSystemServersOptions = {}): Partial<SystemServers> {
  const path = options.path ?? process.env.PATH ?? "";
  const onPath = findOnPath("postgres", path);
  const pathDir = onPath ? join(onPath, "..") : undefined;
  const postgresBinDir = [pathDir, findDebianPostgres(options.debianPostgresRoot ?? "/usr/lib/postgresql")].find(
    (dir): dir is string => dir !== undefined && hasPostgres(dir),
  );
  const redisServer = findOnPath("redis-server", path);
  return {
    ...(postgresBinDir ? { postgresBinDir } : {}),
    ...(redisServer ? { redisServer } : {}),
  };
}

const isRoot = () => process.getuid?.() === 0;

/**
 * Finds PostgreSQL and Redis; when either is missing and we are root on a Debian-like system,
 * installs them with apt-get; otherwise explains what to install.
 */
export async function ensureSystemServers(log: (message: string) => void): Promise<SystemServers> {
  let found = findSystemServers();
  const missing = [
    found.postgresBinDir ? undefined : "postgresql",
    found.redisServer ? undefined : "redis-server",
  ].filter((name): name is string => name !== undefined);
  if (missing.length > 0) {
    const aptGet = findOnPath("apt-get", process.env.PATH ?? "");
    if (!isRoot() || !aptGet) {
      throw new LocalKitsuError(
        "find PostgreSQL and Redis",
        `missing ${missing.join(" and ")}. Install them (Debian/Ubuntu: sudo apt-get install ${missing.join(" ")}; ` +
          "other systems: PostgreSQL >= 12 with initdb, and redis-server on the PATH), or run as root on Debian to let the harness install them.",
      );
    }
    log(`installing ${missing.join(", ")} with apt-get`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    await runCommand(aptGet, ["update", "-qq"], { step: "apt-get update", env });
    await runCommand(aptGet, ["install", "-y", "-qq", "--no-install-recommends", ...missing], {
      step: `apt-get install ${missing.join(" ")}`,
      env,
    });
    found = findSystemServers();
  }
  if (!found.postgresBinDir || !found.redisServer) {
    throw new LocalKitsuError(
      "find PostgreSQL and Redis",
      "installed packages did not provide postgres and redis-server",
    );
  }
  return { postgresBinDir: found.postgresBinDir, redisServer: found.redisServer };
}

export interface UnixAccount {
  name: string;
  uid: number;
  gid: number;
}

/**
 * PostgreSQL refuses to run as root. When we are root, run it as the `postgres` account Debian's
 * package creates, else as `nobody`; when we are not root, run it as ourselves.
 */
export function postgresAccount(
  root = isRoot(),
  passwd = () => readFileSync("/etc/passwd", "utf8"),
): UnixAccount | undefined {
  if (!root) return undefined;
  const accounts = passwd()
    .split("\n")
    .map((line) => line.split(":"))
    .filter((fields) => fields.length >= 4)
    .map(([name, , uid, gid]) => ({ name: name ?? "", uid: Number(uid), gid: Number(gid) }));
  const account = accounts.find((a) => a.name === "postgres") ?? accounts.find((a) => a.name === "nobody");
  if (!account)
    throw new LocalKitsuError(
      "choose PostgreSQL user",
      "running as root, and neither a postgres nor a nobody account exists",
    );
  return account;
}
