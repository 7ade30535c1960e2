import { randomBytes } from "node:crypto";
import { chmodSync, chownSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LocalKitsuError } from "./errors.js";
import { findFreePorts } from "./free-port.js";
import { startReaper } from "./reaper.js";
import { runCommand } from "./run-command.js";
import { type RunningService, startService, waitForHttp, waitForPort } from "./service.js";
import { ensureSystemServers, postgresAccount } from "./system-packages.js";
import { type EnsureZouOptions, ensureZou } from "./zou-install.js";

export interface StartLocalKitsuOptions extends Pick<EnsureZouOptions, "cacheDir" | "python" | "version"> {
  /** Admin account created in the fresh database. @default { email: "admin@example.com", password: "mysecretpassword" } (the Kitsu Docker image's) */
  admin?: { email: string; password: string };
  /** gunicorn workers serving the API. @default 2 */
  apiWorkers?: number;
  /** Progress messages (never contain secrets). @default no output */
  log?: (message: string) => void;
}

/** How to reach a running local Kitsu; plain data, safe to hand to test workers. */
export interface LocalKitsuConnection {
  /** Zou's REST API root (no `/api` prefix: there is no nginx in front). */
  apiUrl: string;
  /** Root of Zou's Socket.IO event stream; the namespace is `/events`. */
  eventsUrl: string;
  zouVersion: string;
  admin: { email: string; password: string };
  /** A bot person with role admin; its token never expires. */
  bot: { id: string; email: string; token: string };
  postgres: { host: string; port: number; database: string; user: string };
  redis: { host: string; port: number };
  /** Throwaway folder holding the database, logs and previews; removed on stop. */
  dataDir: string;
  /** The API's gunicorn access log: one line per request that reached Zou. */
  apiAccessLog: string;
  /** This throwaway server's SECRET_KEY, for `mintZouAccessToken` in tests. Never log it. */
  secretKey: string;
}

export interface LocalKitsu extends LocalKitsuConnection {
  /** Stops every server and removes `dataDir`. Safe to call more than once. */
  stop(): Promise<void>;
}

const HOST = "127.0.0.1";
const DATABASE = "zoudb";
const DEFAULT_ADMIN = { email: "admin@example.com", password: "mysecretpassword" };

/**
 * Starts a real Kitsu on free local ports: PostgreSQL and Redis in a throwaway folder, Zou's
 * database initialised with its default data, an admin and an admin bot, the Zou API and the Zou
 * event stream. Everything is stopped and removed by `stop()`, and also when this process dies,
 * however it dies.
 */
export async function startLocalKitsu(options: StartLocalKitsuOptions = {}): Promise<LocalKitsu> {
  const log = options.log ?? (() => {});
  const admin = options.admin ?? DEFAULT_ADMIN;
  const [zou, servers] = await Promise.all([ensureZou({ ...options, log }), ensureSystemServers(log)]);

  const reaper = startReaper();
  const dataDir = mkdtempSync(join(tmpdir(), "kitsu-ayon-zou-"));
  reaper.adoptPath(dataDir);
  const stop = () => reaper.cleanUp();
  try {
    // PostgreSQL may run as another account (it refuses root), which must reach its folder.
    chmodSync(dataDir, 0o755);
    const [pgPort, redisPort, apiPort, eventsPort] = (await findFreePorts(4)) as [number, number, number, number];
    const pgUser = postgresAccount();
    const ids = pgUser ? { uid: pgUser.uid, gid: pgUser.gid } : {};
    const pgData = join(dataDir, "postgres");
    mkdirSync(pgData, { mode: 0o700 });
    if (pgUser) chownSync(pgData, pgUser.uid, pgUser.gid);
    const logs = join(dataDir, "logs");
    mkdirSync(logs);
    for (const dir of ["redis", "previews", "tmp"]) mkdirSync(join(dataDir, dir));

    log("starting PostgreSQL and Redis");
    await runCommand(
      join(servers.postgresBinDir, "initdb"),
      ["-D", pgData, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--no-sync"],
      { step: "initdb", cwd: dataDir, ...ids },
    );
    const postgres = startService(
      {
        name: "PostgreSQL",
        command: join(servers.postgresBinDir, "postgres"),
        // Throwaway data: durability settings off for speed; no Unix socket to clash with others.
        args: [
          "-D",
          pgData,
          "-p",
          String(pgPort),
          "-c",
          `listen_addresses=${HOST}`,
          "-c",
          "unix_socket_directories=",
          "-c",
          "fsync=off",
          "-c",
          "synchronous_commit=off",
          "-c",
          "full_page_writes=off",
          "-c",
          "max_connections=300",
        ],
        env: { PATH: process.env.PATH, LANG: "C.UTF-8" },
        cwd: dataDir,
        logFile: join(logs, "postgres.log"),
        // SIGQUIT is PostgreSQL's immediate shutdown: right for data we throw away.
        stop: { signal: "SIGQUIT" },
        ...ids,
      },
      reaper,
    );
    const redis = startService(
      {
        name: "Redis",
        command: servers.redisServer,
        args: [
          "--bind",
          HOST,
          "--port",
          String(redisPort),
          "--save",
          "",
          "--appendonly",
          "no",
          "--dir",
          join(dataDir, "redis"),
        ],
        env: { PATH: process.env.PATH },
        cwd: dataDir,
        logFile: join(logs, "redis.log"),
        stop: { signal: "SIGTERM" },
      },
      reaper,
    );
    // Zou publishes events only if Redis answers when the API starts; never start it earlier.
    await Promise.all([createDatabase(servers.postgresBinDir, pgPort, postgres), waitForPort(redis, HOST, redisPort)]);

    const zouEnv: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      LANG: "C.UTF-8",
      PYTHONUNBUFFERED: "1",
      DB_HOST: HOST,
      DB_PORT: String(pgPort),
      DB_USERNAME: "postgres",
      DB_PASSWORD: "unused-trust-auth",
      DB_DATABASE: DATABASE,
      DB_POOL_SIZE: "10",
      DB_MAX_OVERFLOW: "20",
      KV_HOST: HOST,
      KV_PORT: String(redisPort),
      SECRET_KEY: randomBytes(32).toString("hex"),
      PREVIEW_FOLDER: join(dataDir, "previews"),
      TMP_DIR: join(dataDir, "tmp"),
      MAIL_ENABLED: "False",
      // Offline machines cannot resolve MX records, and example.com has none.
      MAIL_CHECK_DELIVERABILITY: "False",
      IS_SELF_HOSTED: "True",
      EVENT_STREAM_HOST: HOST,
      EVENT_STREAM_PORT: String(eventsPort),
    };
    const zouCli = (step: string, args: string[]) => runCommand(zou.zou, args, { step, env: zouEnv, cwd: dataDir });

    log(`initialising the Zou ${zou.version} database`);
    await zouCli("zou init-db", ["init-db"]);
    const apiUrl = `http://${HOST}:${apiPort}`;
    const eventsUrl = `http://${HOST}:${eventsPort}`;
    const apiAccessLog = join(logs, "zou-api-access.log");
    const gunicorn = (spec: {
      name: string;
      port: number;
      workerClass: string;
      workers: number;
      app: string;
      log: string;
      extra?: string[];
    }) =>
      startService(
        {
          name: spec.name,
          command: zou.gunicorn,
          args: [
            "--bind",
            `${HOST}:${spec.port}`,
            "--workers",
            String(spec.workers),
            "--worker-class",
            spec.workerClass,
            "--timeout",
            "300",
            "--graceful-timeout",
            "3",
            // Idle connections stay open longer than a client keeps them (undici: 4 s), as behind the
            // nginx of a deployed Kitsu (75 s): with gunicorn's 2 s, a client could send a request on a
            // connection the server was closing, and a POST that met that race cannot be replayed.
            "--keep-alive",
            "75",
            ...(spec.extra ?? []),
            spec.app,
          ],
          env: zouEnv,
          cwd: dataDir,
          logFile: join(logs, spec.log),
          // SIGINT is gunicorn's quick shutdown.
          stop: { signal: "SIGINT" },
        },
        reaper,
      );
    // init-data and create-admin only write rows; the servers can boot meanwhile.
    await Promise.all([
      zouCli("zou init-data", ["init-data"]),
      zouCli("zou create-admin", ["create-admin", admin.email, "--password", admin.password]),
      (async () => {
        log("starting the Zou API and event stream");
        const api = gunicorn({
          name: "Zou API",
          port: apiPort,
          workerClass: "gevent",
          workers: options.apiWorkers ?? 2,
          app: "zou.app:app",
          log: "zou-api.log",
          extra: ["--access-logfile", apiAccessLog],
        });
        const events = gunicorn({
          name: "Zou event stream",
          port: eventsPort,
          workers: 1,
          app: "zou.event_stream:app",
          workerClass: "geventwebsocket.gunicorn.workers.GeventWebSocketWorker",
          log: "zou-events.log",
        });
        await Promise.all([
          waitForHttp(api, `${apiUrl}/`, { accept: isZouInfo }),
          waitForHttp(events, `${eventsUrl}/`),
        ]);
      })(),
    ]);

    const bot = await createAdminBot(apiUrl, admin);
    const connection: LocalKitsuConnection = {
      apiUrl,
      eventsUrl,
      zouVersion: zou.version,
      admin,
      bot,
      postgres: { host: HOST, port: pgPort, database: DATABASE, user: "postgres" },
      redis: { host: HOST, port: redisPort },
      dataDir,
      apiAccessLog,
      secretKey: zouEnv.SECRET_KEY as string,
    };
    writeFileSync(join(dataDir, "connection.json"), `${JSON.stringify(connection, null, 2)}\n`, { mode: 0o600 });
    log(`Kitsu ready: API ${apiUrl}, events ${eventsUrl}`);
    return { ...connection, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function createDatabase(binDir: string, port: number, postgres: RunningService): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      await runCommand(join(binDir, "createdb"), ["-h", HOST, "-p", String(port), "-U", "postgres", DATABASE], {
        step: "createdb",
        timeoutMs: 10_000,
      });
      return;
    } catch (error) {
      // Until the postmaster listens, createdb fails to connect; retry, unless PostgreSQL died.
      const exited = await Promise.race([
        postgres.exited,
        new Promise<undefined>((r) => setTimeout(() => r(undefined), 200)),
      ]);
      if (exited !== undefined) {
        throw new LocalKitsuError("start PostgreSQL", `PostgreSQL ${exited}`, { logTail: postgres.logTail() });
      }
      if (Date.now() > deadline) throw error;
    }
  }
}

async function createAdminBot(apiUrl: string, admin: { email: string; password: string }) {
  const login = await postJson(`${apiUrl}/auth/login`, admin, "log in as the Kitsu admin");
  const accessToken = login.access_token;
  if (typeof accessToken !== "string")
    throw new LocalKitsuError("log in as the Kitsu admin", "no access token in the answer");
  const email = "kitsu-ayon-bot@example.com";
  const bot = await postJson(
    `${apiUrl}/data/persons`,
    { first_name: "kitsu-ayon", last_name: "bot", email, role: "admin", is_bot: true, active: true },
    "create the admin bot",
    accessToken,
  );
  if (typeof bot.id !== "string" || typeof bot.access_token !== "string") {
    throw new LocalKitsuError("create the admin bot", "the answer has no id or access token");
  }
  return { id: bot.id, email, token: bot.access_token };
}

async function postJson(url: string, body: unknown, step: string, token?: string): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) {
    // The body of a failed login or creation carries no token; show it to explain the failure.
    throw new LocalKitsuError(step, `HTTP ${response.status} from ${new URL(url).pathname}`, {
      logTail: text.slice(0, 2000),
    });
  }
  return JSON.parse(text) as Record<string, unknown>;
}

/** Zou's `GET /api/` answers `{ "api": "Zou", "version": ... }`: tells Zou from another server on the port. */
async function isZouInfo(response: Response): Promise<boolean> {
  if (!response.ok) return false;
  const body = (await response.json().catch(() => undefined)) as { api?: unknown } | undefined;
  return body?.api === "Zou";
}
