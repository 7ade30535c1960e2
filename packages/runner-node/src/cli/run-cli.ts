import { accessSync, constants, mkdirSync } from "node:fs";
import { parseArgs } from "node:util";
import { AyonError, AyonNotFoundError, createAyonClient, type Logger } from "@kitsu-ayon/ayon-sdk";
import { KitsuError } from "@kitsu-ayon/kitsu-sdk";
import {
  findPairedProject,
  PairingError,
  type ReconcileProgress,
  type ReconcileReport,
  reconcileProject,
} from "@kitsu-ayon/sync-core";
import { ConfigError, type KitsuAyonConfig, loadConfig } from "../config/config.js";
import { leecherFailureKind } from "../scale-out/leecher.js";
import { createClients, SENDER_TYPE, secretsOf } from "../service/clients.js";
import { StateDirLockedError } from "../service/file-checkpoints.js";
import { createJsonLogger, masker } from "../service/json-logger.js";
import { startLeecherService } from "../service/leecher-service.js";
import { type KitsuAyonService, OpsServerError, startKitsuAyonService } from "../service/start-service.js";

/** Exit codes: 0 all good, 1 some entities reported (or a doctor check failed), 2 usage or configuration, 3 connection or authentication. */
export const EXIT = { ok: 0, reported: 1, usage: 2, connection: 3 } as const;

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** True when stderr (where progress goes) is a terminal: progress lines are shown. */
  tty: boolean;
  /** Resolves when the process is asked to stop (SIGTERM, SIGINT). */
  stopSignal?: Promise<string>;
}

const USAGE = `kitsu-ayon: keeps Kitsu and AYON in sync

Usage:
  kitsu-ayon doctor                 check connections, rights and configuration
  kitsu-ayon projects [--json]      Kitsu projects, their AYON pairing and whether they are synced
  kitsu-ayon sync [--project <name|id>]... [--dry-run] [--json]
                                    one full reconcile of the selected projects
  kitsu-ayon serve [--port <n>] [--host <address>] [--role all|leecher|processor] [--shard <name>]
                   [--no-reconcile-on-start]
                                    the live sync, with /healthz and /metrics; a processor that
                                    selects --project needs a --shard of its own (processors
                                    without one share their jobs, so all of them select every
                                    open project)

Options for every command:
  --config <file>        kitsu-ayon.config.yaml|yml|json (default: found in the working directory)
  --kitsu-url <url>      KITSU_API_URL
  --kitsu-events-url <url>  KITSU_EVENTS_URL (default: the API URL without /api)
  --ayon-url <url>       AYON_SERVER_URL
  --project <name|id>    KITSU_AYON_PROJECTS (repeat the flag; none: every open project)
  --state-dir <dir>      KITSU_AYON_STATE_DIR (default .kitsu-ayon)
Secrets come from the environment or the config file only: KITSU_BOT_TOKEN, or KITSU_EMAIL and
KITSU_PASSWORD, and AYON_API_KEY; each also as ..._FILE.

Exit codes: 0 ok, 1 entities reported or a check failed, 2 usage or configuration, 3 connection or authentication.
`;

/** A failure reaching or authenticating with a server (exit code 3), as opposed to a data problem. */
function isConnectionError(error: unknown): boolean {
  const name = error instanceof Error ? error.name : "";
  return (
    /Connection|Timeout|WrongUrl|InvalidCredentials|Authentication|Unauthorized|InactiveAccount|TwoFactor/.test(name) ||
    (error instanceof KitsuError && /fetch failed/i.test(error.message)) ||
    (error instanceof AyonError && /fetch failed/i.test(error.message)) ||
    // Refused rights, a refused token, a URL that is not the server's (kitsu-sdk's isKitsuRefusal...).
    leecherFailureKind(error) === "service"
  );
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Runs one CLI command; resolves with the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.err(`kitsu-ayon: ${describe(error)}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  const command = positionals[0];
  if (values.help || command === "help") {
    io.out(USAGE);
    return EXIT.ok;
  }
  if (!command || !["doctor", "projects", "sync", "serve"].includes(command) || positionals.length > 1) {
    io.err(`kitsu-ayon: ${command ? `unknown command "${positionals.join(" ")}"` : "a command is needed"}\n\n${USAGE}`);
    return EXIT.usage;
  }
  let config: KitsuAyonConfig;
  let env = io.env;
  try {
    env = await ayonServiceEnv(io.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.err(`kitsu-ayon: ${error.message}\n`);
      return EXIT.usage;
    }
    io.err(`kitsu-ayon: as an AYON service, cannot read the addon's settings from AYON: ${describe(error)}\n`);
    return EXIT.connection;
  }
  try {
    config = loadConfig({
      flags: {
        ...(values.config ? { config: values.config } : {}),
        ...(values["kitsu-url"] ? { kitsuUrl: values["kitsu-url"] } : {}),
        ...(values["kitsu-events-url"] ? { kitsuEventsUrl: values["kitsu-events-url"] } : {}),
        ...(values["ayon-url"] ? { ayonUrl: values["ayon-url"] } : {}),
        ...(values.project?.length ? { projects: values.project } : {}),
        ...(values["state-dir"] ? { stateDir: values["state-dir"] } : {}),
        ...(values.port ? { port: values.port } : {}),
        ...(values.host ? { host: values.host } : {}),
        ...(values.role ? { role: values.role } : {}),
        ...(values.shard ? { shard: values.shard } : {}),
        ...(values["no-reconcile-on-start"] ? { noReconcileOnStart: true } : {}),
      },
      env,
      cwd: io.cwd,
    });
  } catch (error) {
    if (error instanceof ConfigError) {
      if (command === "doctor") {
        io.out(`FAIL configuration\n${error.problems.map((problem) => `     ${problem}`).join("\n")}\n`);
        return EXIT.usage;
      }
      io.err(`kitsu-ayon: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
  // Whatever a server answers is printed masked: an error text may echo a credential.
  const masked = masker(secretsOf(config));
  const raw = io;
  io = { ...raw, out: (text) => raw.out(masked(text)), err: (text) => raw.err(masked(text)) };
  try {
    switch (command) {
      case "doctor":
        return await doctor(config, io);
      case "projects":
        return await projects(config, io, values.json ?? false);
      case "sync":
        return await sync(config, io, { dryRun: values["dry-run"] ?? false, json: values.json ?? false });
      default:
        return await serve(config, io);
    }
  } catch (error) {
    const text = describe(error);
    if (isConnectionError(error)) {
      io.err(`kitsu-ayon: cannot reach or log in to a server: ${text}\n  run \`kitsu-ayon doctor\` to see which\n`);
      return EXIT.connection;
    }
    if (
      error instanceof PairingError ||
      error instanceof StateDirLockedError ||
      error instanceof OpsServerError ||
      error instanceof ConfigError
    ) {
      io.err(`kitsu-ayon: ${text}\n`);
      return EXIT.usage;
    }
    io.err(`kitsu-ayon: ${text}\n`);
    return EXIT.reported;
  }
}

/**
 * Run by AYON's service host (`AYON_ADDON_NAME` and `AYON_ADDON_VERSION` set): when the Kitsu
 * settings are not given otherwise, they come from the addon's studio settings in AYON, as the
 * Python addon keeps them: `server` (Kitsu's URL), and the names of the AYON secrets that hold the
 * login, `login_email` and `login_password` (default `kitsu_email` and `kitsu_password`).
 */
export async function ayonServiceEnv(
  env: Record<string, string | undefined>,
): Promise<Record<string, string | undefined>> {
  const addon = env.AYON_ADDON_NAME;
  const version = env.AYON_ADDON_VERSION;
  if (!addon || !version || env.KITSU_API_URL || !env.AYON_SERVER_URL || !env.AYON_API_KEY) return env;
  const ayon = createAyonClient({
    serverUrl: env.AYON_SERVER_URL,
    apiKey: env.AYON_API_KEY,
    sender: env.AYON_SERVICE_NAME || "kitsu-ayon",
    senderType: SENDER_TYPE,
  });
  const settings = await ayon.addons.settings(addon, version);
  const server = typeof settings.server === "string" ? settings.server.trim() : "";
  if (!server)
    throw new ConfigError([
      `the studio settings of addon ${addon} ${version} in AYON have no Kitsu server URL (server)`,
    ]);
  const secret = async (key: string, fallback: string) => {
    const name = typeof settings[key] === "string" && settings[key] ? (settings[key] as string) : fallback;
    try {
      return await ayon.secrets.get(name);
    } catch (error) {
      if (error instanceof AyonNotFoundError)
        throw new ConfigError([
          `AYON has no secret "${name}" (named by the addon's ${key} setting): add it in AYON's Settings > Secrets`,
        ]);
      throw error;
    }
  };
  const withEnv = { ...env };
  withEnv.KITSU_API_URL = /\/api\/?$/.test(server) ? server : `${server.replace(/\/+$/, "")}/api`;
  if (!env.KITSU_BOT_TOKEN && !env.KITSU_BOT_TOKEN_FILE) {
    withEnv.KITSU_EMAIL = env.KITSU_EMAIL || (await secret("login_email", "kitsu_email"));
    withEnv.KITSU_PASSWORD = env.KITSU_PASSWORD || (await secret("login_password", "kitsu_password"));
  }
  return withEnv;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      config: { type: "string" },
      "kitsu-url": { type: "string" },
      "kitsu-events-url": { type: "string" },
      "ayon-url": { type: "string" },
      project: { type: "string", multiple: true },
      "state-dir": { type: "string" },
      port: { type: "string" },
      host: { type: "string" },
      role: { type: "string" },
      shard: { type: "string" },
      "no-reconcile-on-start": { type: "boolean" },
      "dry-run": { type: "boolean" },
      json: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
}

// ---- doctor ----

interface Check {
  name: string;
  ok: boolean;
  detail: string;
  fix?: string;
}

async function doctor(config: KitsuAyonConfig, io: CliIo): Promise<number> {
  const { kitsu, ayon } = createClients(config, { sender: "kitsu-ayon-doctor" });
  const checks: Check[] = [
    {
      name: "configuration",
      ok: true,
      detail: `${config.source ? `file ${config.source}` : "no config file"}; projects: ${
        config.projects === "all-open" ? "every open Kitsu project" : config.projects.join(", ")
      }`,
    },
  ];
  const add = (check: Check) => {
    checks.push(check);
    io.out(formatCheck(check));
  };
  io.out(formatCheck(checks[0] as Check));

  // Kitsu: reachable, logged in, role, event log.
  let kitsuUp = false;
  try {
    const info = await kitsu.serverInfo();
    kitsuUp = true;
    add({
      name: "Kitsu connection",
      ok: true,
      detail: `${config.kitsu.apiUrl} answers (${info.api ?? "Zou"} ${info.version ?? ""})`.trim(),
    });
  } catch (error) {
    add({
      name: "Kitsu connection",
      ok: false,
      detail: `${config.kitsu.apiUrl}: ${describe(error)}`,
      fix: "check KITSU_API_URL: it is the API root, usually https://<kitsu host>/api, and must be reachable from here",
    });
  }
  if (kitsuUp) {
    try {
      const who = (await kitsu.whoAmI()) as { user?: { role?: string; full_name?: string; email?: string } };
      const role = who.user?.role ?? "unknown";
      add({
        name: "Kitsu login",
        ok: true,
        detail: `logged in as ${who.user?.full_name ?? who.user?.email ?? "?"} (role ${role})`,
      });
      const rightRole = role === "admin" || role === "manager";
      add({
        name: "Kitsu role",
        ok: rightRole,
        detail: rightRole
          ? `${role}: may read the event log`
          : `${role}: Zou lets only managers and admins read its event log`,
        ...(rightRole ? {} : { fix: "give the sync's Kitsu account (or bot) the Studio Manager or Admin role" }),
      });
      try {
        await kitsu.events.read(new Date(Date.now() - 60_000).toISOString().slice(0, 19));
        add({ name: "Kitsu event log", ok: true, detail: "readable" });
      } catch (error) {
        add({
          name: "Kitsu event log",
          ok: false,
          detail: describe(error),
          fix: "the account needs the manager or admin role in Kitsu",
        });
      }
    } catch (error) {
      add({
        name: "Kitsu login",
        ok: false,
        detail: describe(error),
        fix: "check KITSU_BOT_TOKEN (a bot's token from Kitsu's Bots page), or KITSU_EMAIL and KITSU_PASSWORD",
      });
    }
  }

  // AYON: reachable, version, service user's rights.
  let ayonUp = false;
  try {
    const info = (await ayon.info()) as { version?: string };
    ayonUp = true;
    const version = info.version ?? "?";
    const supported = compareVersions(version, "1.0.0") >= 0;
    add({
      name: "AYON server",
      ok: supported,
      detail: `${config.ayon.serverUrl} answers, version ${version}`,
      ...(supported ? {} : { fix: "upgrade AYON to 1.0 or newer" }),
    });
  } catch (error) {
    add({
      name: "AYON server",
      ok: false,
      detail: `${config.ayon.serverUrl}: ${describe(error)}`,
      fix: "check AYON_SERVER_URL: the server's root URL (without /api), reachable from here",
    });
  }
  if (ayonUp) {
    try {
      const me = (await ayon.users.me()) as {
        name?: string;
        data?: { isAdmin?: boolean; isManager?: boolean; isService?: boolean };
      };
      const data = me.data ?? {};
      // AYON gives service users manager rights (UserEntity.is_manager), without a manager flag.
      const rights = Boolean(data.isAdmin || data.isManager || data.isService);
      const kind = [
        data.isService ? "service user" : "",
        data.isAdmin ? "admin" : rights ? "manager rights" : "no manager rights",
      ];
      add({
        name: "AYON service user",
        ok: rights,
        detail: `${me.name ?? "?"} (${kind.filter(Boolean).join(", ")})`,
        ...(rights
          ? {}
          : {
              fix: "the sync creates projects and users: use the API key of an AYON service user, or give its user the manager role",
            }),
      });
    } catch (error) {
      add({
        name: "AYON service user",
        ok: false,
        detail: describe(error),
        fix: "check AYON_API_KEY: an API key of an AYON service user (Settings > Users)",
      });
    }
  }

  // State directory.
  try {
    mkdirSync(config.stateDir, { recursive: true });
    accessSync(config.stateDir, constants.W_OK);
    add({ name: "state directory", ok: true, detail: `${config.stateDir} is writable` });
  } catch (error) {
    add({
      name: "state directory",
      ok: false,
      detail: `${config.stateDir}: ${describe(error)}`,
      fix: "set KITSU_AYON_STATE_DIR (or --state-dir) to a directory this user may write",
    });
  }
  const failed = checks.filter((check) => !check.ok).length;
  io.out(failed === 0 ? "\nall checks passed\n" : `\n${failed} check(s) failed\n`);
  return failed === 0 ? EXIT.ok : EXIT.reported;
}

function formatCheck(check: Check): string {
  return `${check.ok ? "PASS" : "FAIL"} ${check.name}: ${check.detail}\n${check.fix ? `     fix: ${check.fix}\n` : ""}`;
}

function compareVersions(a: string, b: string): number {
  const parts = (text: string) => text.split(/[.+-]/).map((part) => Number.parseInt(part, 10) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let index = 0; index < 3; index++)
    if ((x[index] ?? 0) !== (y[index] ?? 0)) return (x[index] ?? 0) - (y[index] ?? 0);
  return 0;
}

// ---- projects ----

async function projects(config: KitsuAyonConfig, io: CliIo, json: boolean): Promise<number> {
  const { kitsu, ayon } = createClients(config, { sender: "kitsu-ayon-cli" });
  const [all, open] = await Promise.all([kitsu.projects.listAll(), kitsu.projects.listOpen()]);
  const openIds = new Set(open.map((project) => project.id));
  const rows = await Promise.all(
    all.map(async (project) => {
      const ayonProject = await findPairedProject(ayon, project.id);
      const selected =
        config.projects === "all-open"
          ? openIds.has(project.id)
          : config.projects.includes(project.id) || config.projects.includes(project.name);
      return {
        kitsuProjectId: project.id,
        name: project.name,
        status: openIds.has(project.id) ? "open" : "closed",
        ayonProject: ayonProject ?? null,
        sync: selected ? (ayonProject ? "synced" : "selected, not paired yet") : "not selected",
      };
    }),
  );
  rows.sort((a, b) => a.name.localeCompare(b.name));
  if (json) {
    io.out(`${JSON.stringify(rows, null, 2)}\n`);
    return EXIT.ok;
  }
  const table = [
    ["Kitsu project", "status", "AYON project", "sync"],
    ...rows.map((row) => [row.name, row.status, row.ayonProject ?? "-", row.sync]),
  ];
  const widths = table[0]?.map((_, column) => Math.max(...table.map((row) => (row[column] ?? "").length))) ?? [];
  for (const row of table)
    io.out(
      `${row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join("  ")
        .trimEnd()}\n`,
    );
  if (config.projects !== "all-open") {
    const known = new Set(all.flatMap((project) => [project.id, project.name]));
    for (const wanted of config.projects.filter((name) => !known.has(name)))
      io.err(`kitsu-ayon: no Kitsu project is named or has the id "${wanted}"\n`);
  }
  return EXIT.ok;
}

// ---- sync ----

async function sync(config: KitsuAyonConfig, io: CliIo, options: { dryRun: boolean; json: boolean }): Promise<number> {
  const { kitsu, ayon } = createClients(config, { sender: "kitsu-ayon-cli" });
  const all = config.projects === "all-open" ? await kitsu.projects.listOpen() : await kitsu.projects.listAll();
  const targets =
    config.projects === "all-open"
      ? all
      : config.projects.map((wanted) => all.find((project) => project.id === wanted || project.name === wanted));
  const missing = config.projects === "all-open" ? [] : config.projects.filter((_, index) => !targets[index]);
  if (missing.length) {
    io.err(`kitsu-ayon: no Kitsu project is named or has the id ${missing.map((name) => `"${name}"`).join(", ")}\n`);
    return EXIT.usage;
  }
  const reports: ReconcileReport[] = [];
  const progress = (update: ReconcileProgress) => {
    if (!io.tty || options.json) return;
    const counts = [
      update.entities !== undefined ? `${update.entities} entities` : "",
      update.tasks !== undefined ? `${update.tasks} tasks` : "",
      update.actions !== undefined ? `${update.actions} actions` : "",
    ].filter(Boolean);
    io.err(`  ${PHASES[update.phase]}${counts.length ? ` (${counts.join(", ")})` : ""}\n`);
  };
  for (const project of targets) {
    if (!project) continue;
    if (io.tty && !options.json) io.err(`${options.dryRun ? "planning" : "syncing"} ${project.name}\n`);
    reports.push(
      await reconcileProject({ kitsu, ayon }, project.id, {
        dryRun: options.dryRun,
        chunkSize: config.sync.chunkSize,
        onProgress: progress,
      }),
    );
  }
  if (options.json) io.out(`${JSON.stringify(reports.map(jsonReport), null, 2)}\n`);
  else
    for (const report of reports) io.out(summary(report, all.find((p) => p.id === report.kitsuProjectId)?.name ?? ""));
  return reports.some((report) => report.failures.length > 0) ? EXIT.reported : EXIT.ok;
}

const PHASES: Record<ReconcileProgress["phase"], string> = {
  "read-kitsu": "reading Kitsu",
  pair: "pairing with AYON",
  users: "syncing users",
  anatomy: "syncing statuses and types",
  "read-ayon": "reading AYON",
  plan: "planning",
  write: "writing to AYON",
  done: "done",
};

function jsonReport(report: ReconcileReport) {
  return {
    kitsuProjectId: report.kitsuProjectId,
    ayonProject: report.ayonProject,
    createdProject: report.createdProject,
    dryRun: report.dryRun,
    actions: report.plan.actions.map((action) =>
      action.kind === "create"
        ? { kind: "create", entity: action.entity, kitsuId: action.desired.key, name: action.desired.name }
        : {
            kind: action.kind,
            entity: action.entity,
            kitsuId: action.key,
            path: action.path,
            ...("changes" in action ? { changes: action.changes } : {}),
          },
    ),
    anatomy: { added: report.anatomy.added, updated: report.anatomy.updated },
    users: { created: report.users.created, updated: report.users.updated, granted: report.users.granted },
    writes: report.writes,
    failures: report.failures,
    warnings: report.warnings,
    durationMs: report.durationMs,
  };
}

function summary(report: ReconcileReport, name: string): string {
  const count = (kind: string, entity: string) =>
    report.plan.actions.filter((action) => action.kind === kind && action.entity === entity).length;
  const verb = report.dryRun ? "would" : "did";
  const lines = [
    `${name} -> AYON ${report.ayonProject}${report.createdProject ? (report.dryRun ? " (would be created)" : " (created)") : ""}`,
    `  folders: ${count("create", "folder")} to create, ${count("update", "folder")} to update, ${count("delete", "folder")} to delete`,
    `  tasks:   ${count("create", "task")} to create, ${count("update", "task")} to update, ${count("delete", "task")} to delete`,
    `  users:   ${report.users.created.length} new, ${report.users.updated.length} updated, ${report.users.granted.length} given access`,
    `  anatomy: ${report.anatomy.added.length} added, ${report.anatomy.updated.length} updated`,
    report.dryRun
      ? "  dry run: nothing was written"
      : `  ${verb} ${report.writes} writes in ${(report.durationMs / 1000).toFixed(1)} s`,
  ];
  for (const failure of report.failures)
    lines.push(
      `  REFUSED ${failure.action} ${failure.entity} ${failure.path} (Kitsu ${failure.kitsuId}): ${failure.reason}`,
    );
  for (const warning of report.warnings.slice(0, 20))
    lines.push(`  warning: ${warning.message}${warning.kitsuId ? ` (${warning.kitsuId})` : ""}`);
  if (report.warnings.length > 20)
    lines.push(`  ... and ${report.warnings.length - 20} more warnings (--json lists them all)`);
  return `${lines.join("\n")}\n`;
}

// ---- serve ----

async function serve(config: KitsuAyonConfig, io: CliIo): Promise<number> {
  const logger: Logger = createJsonLogger({
    secrets: secretsOf(config),
    base: { service: "kitsu-ayon", role: config.serve.role },
    write: io.out,
  });
  const stop = io.stopSignal ?? new Promise<string>(() => {});
  const startup: Promise<{
    stop(options?: { drain?: boolean }): Promise<void>;
    status?: KitsuAyonService["status"];
    failed?: Promise<unknown>;
  }> =
    config.serve.role === "leecher" ? startLeecherService(config, logger) : startKitsuAyonService({ config, logger });
  const first = await Promise.race([startup.then((service) => ({ service })), stop.then((signal) => ({ signal }))]);
  if ("signal" in first) {
    // Stopped while starting (a server that does not answer yet): nothing was processed that the
    // checkpoint lacks, so leaving now loses nothing.
    logger.info("kitsu-ayon: stopped while starting", { signal: first.signal });
    void startup.then((service) => service.stop({ drain: false })).catch(() => {});
    return EXIT.ok;
  }
  const { service } = first;
  const next = await Promise.race([
    stop.then((signal) => ({ signal })),
    (service.failed ?? new Promise<never>(() => {})).then((error: unknown) => ({ error })),
  ]);
  if ("error" in next) {
    // The sync stopped itself on a failure no retry cures (credentials or rights revoked while
    // running): what was synced is in the checkpoint; the rest is replayed by the next start.
    const text = next.error instanceof Error ? next.error.message : String(next.error);
    io.err(`kitsu-ayon: the sync stopped: ${text}\n  run \`kitsu-ayon doctor\` to see which server refuses\n`);
    await service.stop({ drain: false });
    return leecherFailureKind(next.error) === "service" ? EXIT.connection : EXIT.reported;
  }
  const { signal } = next;
  logger.info("kitsu-ayon: stopping: draining and storing the checkpoint", { signal });
  await service.stop({ drain: true });
  logger.info("kitsu-ayon: stopped", { cursor: service.status?.().cursor?.after });
  return EXIT.ok;
}
