import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseDocument, YAMLError } from "yaml";
import { processorSelectionProblem } from "../scale-out/processor-selection.js";

/** How the runner reaches Kitsu. */
export type KitsuAuthConfig = { token: string } | { email: string; password: string };

/** The runner's configuration, validated: every field is set. */
export interface KitsuAyonConfig {
  kitsu: { apiUrl: string; eventsUrl: string | undefined; auth: KitsuAuthConfig };
  ayon: { serverUrl: string; apiKey: string };
  /** Kitsu project ids or names; `"all-open"` syncs every open project. */
  projects: "all-open" | string[];
  /** Where checkpoints and the lock live. */
  stateDir: string;
  serve: {
    port: number;
    host: string;
    role: "all" | "leecher" | "processor";
    /**
     * A processor's shard: it takes only its selected projects' events (see startProcessor). Required
     * for a processor that selects a list of projects.
     */
    shard?: string | undefined;
  };
  sync: {
    reconcileIntervalMinutes: number;
    chunkSize: number;
    maxLagSeconds: number;
    /** Full reconcile of every project when serve starts; off, only the effects of events are written. */
    reconcileOnStart: boolean;
  };
  /** The file the configuration came from, if any. */
  source: string | undefined;
}

/** Everything wrong with a configuration, each naming the key, where it came from and the form expected. */
export class ConfigError extends Error {
  override name = "ConfigError";
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
  }
}

/** Flags as the CLI parsed them; they override the environment, which overrides the file. */
export interface ConfigFlags {
  config?: string;
  kitsuUrl?: string;
  kitsuEventsUrl?: string;
  ayonUrl?: string;
  projects?: string[];
  stateDir?: string;
  port?: string;
  host?: string;
  role?: string;
  shard?: string;
  /** `--no-reconcile-on-start` */
  noReconcileOnStart?: boolean;
}

export interface LoadConfigOptions {
  flags?: ConfigFlags;
  env?: Record<string, string | undefined>;
  /** Looked in for `kitsu-ayon.config.yaml`, `.yml` or `.json` when no `--config` is given. @default process.cwd() */
  cwd?: string;
}

export const CONFIG_FILE_NAMES = ["kitsu-ayon.config.yaml", "kitsu-ayon.config.yml", "kitsu-ayon.config.json"];

type Raw = Record<string, unknown>;

/** A value with where it came from, for error messages. */
interface Sourced {
  value: unknown;
  from: string;
  /** Came from the config file: relative paths are relative to it. */
  inFile?: boolean;
}

const isObject = (value: unknown): value is Raw => typeof value === "object" && value !== null && !Array.isArray(value);

function readFileConfig(path: string, problems: string[]): Raw {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    problems.push(`config file ${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return {};
  }
  try {
    // Parsers quote the text around an error, which may be a secret: only the position is reported.
    const parsed: unknown = path.endsWith(".json") ? JSON.parse(text) : parseYamlQuietly(text);
    if (parsed === null || parsed === undefined) return {};
    if (!isObject(parsed)) {
      problems.push(`config file ${path}: expected a mapping of keys (kitsu:, ayon:, ...) at the top`);
      return {};
    }
    return parsed;
  } catch (error) {
    problems.push(`config file ${path}: not valid ${path.endsWith(".json") ? "JSON" : "YAML"}${where(error, text)}`);
    return {};
  }
}

/** YAML without the parser's own warnings (they quote the line, which may hold a secret). */
function parseYamlQuietly(text: string): unknown {
  const document = parseDocument(text);
  const [error] = document.errors;
  if (error) throw error;
  return document.toJS();
}

/** Where a parse error is, without the text around it. */
function where(error: unknown, text: string): string {
  if (error instanceof YAMLError) {
    const line = error.linePos?.[0];
    return `${line ? ` at line ${line.line}, column ${line.col}` : ""} (${error.code})`;
  }
  const position = /position (\d+)/.exec(String((error as Error)?.message))?.[1];
  if (position === undefined) return "";
  const before = text.slice(0, Number(position));
  return ` at line ${before.split("\n").length}, column ${before.length - before.lastIndexOf("\n")}`;
}

const KNOWN_KEYS: Record<string, string[]> = {
  "": ["kitsu", "ayon", "projects", "stateDir", "serve", "sync"],
  kitsu: ["apiUrl", "eventsUrl", "botToken", "botTokenFile", "email", "password", "passwordFile"],
  ayon: ["serverUrl", "apiKey", "apiKeyFile"],
  serve: ["port", "host", "role", "shard"],
  sync: ["reconcileIntervalMinutes", "chunkSize", "maxLagSeconds", "reconcileOnStart"],
};

function checkKeys(file: Raw, source: string, problems: string[]) {
  for (const [section, keys] of Object.entries(KNOWN_KEYS)) {
    const object = section === "" ? file : file[section];
    if (object === undefined) continue;
    if (!isObject(object)) {
      problems.push(`${section} (${source}): expected a mapping, got ${JSON.stringify(object)}`);
      continue;
    }
    for (const key of Object.keys(object))
      if (!keys.includes(key))
        problems.push(
          `${section ? `${section}.` : ""}${key} (${source}): unknown key; expected one of ${keys.join(", ")}`,
        );
  }
}

/**
 * Reads the configuration from a file (`--config`, or `kitsu-ayon.config.yaml|yml|json` in the working
 * directory), the environment and flags, flags first, then the environment, then the file. Secrets may
 * come from files (`KITSU_BOT_TOKEN_FILE`, `botTokenFile`...). Every problem is reported at once, naming
 * the key and the expected form; secret values never appear in messages.
 */
export function loadConfig(options: LoadConfigOptions = {}): KitsuAyonConfig {
  const flags = options.flags ?? {};
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const problems: string[] = [];

  let source: string | undefined;
  let file: Raw = {};
  if (flags.config) {
    source = resolve(cwd, flags.config);
    file = readFileConfig(source, problems);
  } else {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = resolve(cwd, name);
      try {
        readFileSync(candidate);
      } catch {
        continue;
      }
      source = candidate;
      file = readFileConfig(candidate, problems);
      break;
    }
  }
  const fileName = source ? `in ${source}` : "config file";
  checkKeys(file, fileName, problems);
  const section = (name: string): Raw => (isObject(file[name]) ? (file[name] as Raw) : {});

  /** The first value set: flag, then environment, then file. */
  const pick = (
    flag: { name: string; value: unknown } | undefined,
    envName: string | undefined,
    fileKey: string,
  ): Sourced | undefined => {
    // Blank is unset, wherever it comes from.
    const set = (value: unknown) =>
      value !== undefined && value !== null && !(typeof value === "string" && !value.trim());
    if (flag && set(flag.value)) return { value: flag.value, from: `--${flag.name}` };
    if (envName && set(env[envName])) return { value: env[envName], from: envName };
    const [sectionName, key] = fileKey.includes(".") ? fileKey.split(".") : ["", fileKey];
    const value = sectionName ? section(sectionName)[key as string] : file[key as string];
    if (set(value)) return { value, from: `${fileKey} ${fileName}`, inFile: true };
    return undefined;
  };

  /** A secret from a value or from a file (`..._FILE` / `...File`); never echoed. */
  const secret = (envName: string, fileKey: string): Sourced | undefined => {
    const direct = pick(undefined, envName, fileKey);
    const fromFile = pick(undefined, `${envName}_FILE`, `${fileKey}File`);
    const layer = (picked: Sourced) => (picked.from.startsWith(envName) ? 0 : 1);
    if (direct && fromFile && layer(direct) === layer(fromFile)) {
      problems.push(`${direct.from} and ${fromFile.from} are both set: keep one`);
      return undefined;
    }
    if (fromFile && (!direct || layer(fromFile) < layer(direct))) {
      const path = resolve(fromFile.inFile && source ? dirname(source) : cwd, String(fromFile.value));
      try {
        const text = readFileSync(path, "utf8").trim();
        if (!text) problems.push(`${fromFile.from}: the file ${path} is empty`);
        return { value: text, from: fromFile.from };
      } catch (error) {
        problems.push(`${fromFile.from}: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? "error"})`);
        return undefined;
      }
    }
    if (direct && typeof direct.value !== "string") {
      problems.push(`${direct.from}: expected a string`);
      return undefined;
    }
    return direct;
  };

  const url = (picked: Sourced | undefined, what: string, example: string, required: boolean): string | undefined => {
    if (!picked) {
      if (required) problems.push(`${what}: required, e.g. ${example}`);
      return undefined;
    }
    const text = String(picked.value).trim();
    try {
      const parsed = new URL(text);
      if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new Error("protocol");
      return text.replace(/\/+$/, "");
    } catch {
      problems.push(`${picked.from}: expected an http(s) URL such as ${example}, got ${JSON.stringify(text)}`);
      return undefined;
    }
  };

  const integer = (picked: Sourced | undefined, fallback: number, min: number, max: number, what: string) => {
    if (!picked) return fallback;
    const text = typeof picked.value === "string" ? picked.value.trim() : undefined;
    const value =
      typeof picked.value === "number" ? picked.value : text && /^\d+$/.test(text) ? Number(text) : Number.NaN;
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(
        `${picked.from}: expected ${what}, a whole number from ${min} to ${max}, got ${JSON.stringify(picked.value)}`,
      );
      return fallback;
    }
    return value;
  };

  // Kitsu
  const kitsuUrl = url(
    pick({ name: "kitsu-url", value: flags.kitsuUrl }, "KITSU_API_URL", "kitsu.apiUrl"),
    "kitsu.apiUrl (KITSU_API_URL or --kitsu-url)",
    "https://kitsu.example.com/api",
    true,
  );
  const eventsUrl = url(
    pick({ name: "kitsu-events-url", value: flags.kitsuEventsUrl }, "KITSU_EVENTS_URL", "kitsu.eventsUrl"),
    "kitsu.eventsUrl",
    "https://kitsu.example.com",
    false,
  );
  const token = secret("KITSU_BOT_TOKEN", "kitsu.botToken");
  const email = pick(undefined, "KITSU_EMAIL", "kitsu.email");
  const password = secret("KITSU_PASSWORD", "kitsu.password");
  let auth: KitsuAuthConfig | undefined;
  if (token && (email || password))
    problems.push(
      `Kitsu credentials: ${token.from} and ${(email ?? password)?.from} are both set: give a bot token, or an e-mail and a password`,
    );
  else if (token) auth = { token: String(token.value) };
  else if (email && password) auth = { email: String(email.value), password: String(password.value) };
  else if (email || password)
    problems.push(
      `Kitsu credentials: ${email ? "KITSU_PASSWORD (or KITSU_PASSWORD_FILE, kitsu.password)" : "KITSU_EMAIL (or kitsu.email)"} is missing: an e-mail needs its password`,
    );
  else
    problems.push(
      "Kitsu credentials: required: KITSU_BOT_TOKEN (or KITSU_BOT_TOKEN_FILE, kitsu.botToken), or KITSU_EMAIL and KITSU_PASSWORD",
    );

  // AYON
  const ayonUrl = url(
    pick({ name: "ayon-url", value: flags.ayonUrl }, "AYON_SERVER_URL", "ayon.serverUrl"),
    "ayon.serverUrl (AYON_SERVER_URL or --ayon-url)",
    "https://ayon.example.com",
    true,
  );
  if (ayonUrl && /\/api$/.test(ayonUrl))
    problems.push(`AYON server URL ${JSON.stringify(ayonUrl)}: give the server's root, without /api`);
  const apiKey = secret("AYON_API_KEY", "ayon.apiKey");
  if (!apiKey)
    problems.push("ayon.apiKey: required: AYON_API_KEY (or AYON_API_KEY_FILE, ayon.apiKey), a service user's API key");

  // Projects
  let projects: "all-open" | string[] = "all-open";
  const projectsPicked = pick(
    flags.projects?.length ? { name: "project", value: flags.projects } : undefined,
    "KITSU_AYON_PROJECTS",
    "projects",
  );
  if (projectsPicked) {
    const value = projectsPicked.value;
    const list = Array.isArray(value) ? value : typeof value === "string" ? value.split(",") : undefined;
    if (!list || list.some((item) => typeof item !== "string"))
      problems.push(
        `${projectsPicked.from}: expected a list of Kitsu project names or ids (a comma list in the environment)`,
      );
    else {
      const names = list.map((item) => String(item).trim()).filter(Boolean);
      projects = names.length && !(names.length === 1 && names[0] === "all-open") ? names : "all-open";
    }
  }

  // State, serve, sync
  const stateDirPicked = pick({ name: "state-dir", value: flags.stateDir }, "KITSU_AYON_STATE_DIR", "stateDir");
  const stateDir = resolve(
    stateDirPicked?.inFile && source ? dirname(source) : cwd,
    stateDirPicked ? String(stateDirPicked.value) : ".kitsu-ayon",
  );
  const port = integer(
    pick({ name: "port", value: flags.port }, "KITSU_AYON_PORT", "serve.port"),
    8080,
    0,
    65535,
    "a TCP port",
  );
  const hostPicked = pick({ name: "host", value: flags.host }, "KITSU_AYON_HOST", "serve.host");
  const rolePicked = pick({ name: "role", value: flags.role }, "KITSU_AYON_ROLE", "serve.role");
  const role = rolePicked ? String(rolePicked.value) : "all";
  if (!["all", "leecher", "processor"].includes(role))
    problems.push(`${rolePicked?.from}: expected all, leecher or processor, got ${JSON.stringify(role)}`);
  const shardPicked = pick({ name: "shard", value: flags.shard }, "KITSU_AYON_SHARD", "serve.shard");
  const shard = shardPicked ? String(shardPicked.value).trim() : undefined;
  if (shard !== undefined && !/^[A-Za-z0-9_-]{1,64}$/.test(shard))
    problems.push(
      `${shardPicked?.from}: expected a shard name of letters, digits, _ or -, got ${JSON.stringify(shard)}`,
    );
  if (shard !== undefined && role !== "processor")
    problems.push(`${shardPicked?.from}: a shard is for processors (role processor), not role ${role}`);
  const selectionProblem = role === "processor" ? processorSelectionProblem(projects, shard) : undefined;
  if (selectionProblem) problems.push(`${projectsPicked?.from ?? "projects"}: ${selectionProblem}`);
  const reconcileIntervalMinutes = integer(
    pick(undefined, undefined, "sync.reconcileIntervalMinutes"),
    240,
    0,
    7 * 24 * 60,
    "minutes between full reconciles (0: none)",
  );
  const chunkSize = integer(pick(undefined, undefined, "sync.chunkSize"), 500, 1, 5000, "operations per AYON request");
  const reconcileOnStartPicked = pick(
    flags.noReconcileOnStart ? { name: "no-reconcile-on-start", value: false } : undefined,
    "KITSU_AYON_RECONCILE_ON_START",
    "sync.reconcileOnStart",
  );
  let reconcileOnStart = true;
  if (reconcileOnStartPicked) {
    const value = reconcileOnStartPicked.value;
    const text = String(value).trim().toLowerCase();
    if (value === true || value === false) reconcileOnStart = value;
    else if (["true", "1", "yes"].includes(text)) reconcileOnStart = true;
    else if (["false", "0", "no"].includes(text)) reconcileOnStart = false;
    else problems.push(`${reconcileOnStartPicked.from}: expected true or false, got ${JSON.stringify(value)}`);
  }
  const maxLagSeconds = integer(
    pick(undefined, undefined, "sync.maxLagSeconds"),
    300,
    1,
    86_400,
    "seconds of lag /healthz tolerates",
  );

  if (problems.length || !kitsuUrl || !auth || !ayonUrl || !apiKey) throw new ConfigError(problems);
  return {
    kitsu: { apiUrl: kitsuUrl, eventsUrl, auth },
    ayon: { serverUrl: ayonUrl, apiKey: String(apiKey.value) },
    projects,
    stateDir,
    serve: {
      port,
      host: hostPicked ? String(hostPicked.value) : "0.0.0.0",
      role: role as KitsuAyonConfig["serve"]["role"],
      ...(shard !== undefined ? { shard } : {}),
    },
    sync: { reconcileIntervalMinutes, chunkSize, maxLagSeconds, reconcileOnStart },
    source,
  };
}
