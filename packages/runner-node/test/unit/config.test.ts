import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ConfigError, type KitsuAyonConfig, type LoadConfigOptions, loadConfig } from "../../src/config/config.js";

const TOKEN = "kitsu-bot-token-6f2c9a1e";
const API_KEY = "ayon-api-key-81d7e3b4";
const PASSWORD = "hunter2-password-x9q";
const FILE_TOKEN = "file-bot-token-33aa77";
const FILE_API_KEY = "file-api-key-44bb88";
const SECRETS = [TOKEN, API_KEY, PASSWORD, FILE_TOKEN, FILE_API_KEY];

const KITSU_URL = "https://kitsu.example.com/api";
const AYON_URL = "https://ayon.example.com";

/** A minimal valid environment: URLs, a bot token and an API key. */
const validEnv = (): Record<string, string> => ({
  KITSU_API_URL: KITSU_URL,
  AYON_SERVER_URL: AYON_URL,
  KITSU_BOT_TOKEN: TOKEN,
  AYON_API_KEY: API_KEY,
});

const created: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "kitsu-ayon-config-"));
  created.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const write = (dir: string, name: string, text: string): string => {
  const path = join(dir, name);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, text);
  return path;
};

/** The ConfigError's problems (fails the test when the configuration loads). */
const problemsOf = (options: LoadConfigOptions): string[] => {
  let loaded: KitsuAyonConfig;
  try {
    loaded = loadConfig(options);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems.length).toBeGreaterThan(0);
    // The message lists every problem.
    for (const problem of problems) expect((error as ConfigError).message).toContain(problem);
    return problems;
  }
  throw new Error(`expected a ConfigError, got a configuration: ${JSON.stringify(loaded)}`);
};

/** No secret value appears in any problem, nor in the error's message. */
const expectNoSecrets = (problems: string[], secrets: readonly string[] = SECRETS) => {
  const text = problems.join("\n");
  for (const secret of secrets) expect(text).not.toContain(secret);
};

const YAML_FULL = `kitsu:
  apiUrl: https://file-kitsu.example.com/api/
  eventsUrl: https://file-kitsu.example.com
  botToken: ${FILE_TOKEN}
ayon:
  serverUrl: https://file-ayon.example.com/
  apiKey: ${FILE_API_KEY}
projects: [Alpha, Beta]
stateDir: state
serve:
  port: 9000
  host: 127.0.0.1
  role: all
sync:
  reconcileIntervalMinutes: 0
  chunkSize: 100
  maxLagSeconds: 60
`;

describe("loadConfig: defaults", () => {
  it("loads a minimal environment with a bot token and fills every default", () => {
    const cwd = tempDir();
    const config = loadConfig({ cwd, env: validEnv() });
    expect(config).toEqual({
      kitsu: { apiUrl: KITSU_URL, eventsUrl: undefined, auth: { token: TOKEN } },
      ayon: { serverUrl: AYON_URL, apiKey: API_KEY },
      projects: "all-open",
      stateDir: join(cwd, ".kitsu-ayon"),
      serve: { port: 8080, host: "0.0.0.0", role: "all" },
      sync: { reconcileIntervalMinutes: 240, chunkSize: 500, maxLagSeconds: 300, reconcileOnStart: true },
      source: undefined,
    } satisfies KitsuAyonConfig);
  });

  it("takes an e-mail and a password instead of a bot token", () => {
    const env = {
      ...validEnv(),
      KITSU_BOT_TOKEN: undefined,
      KITSU_EMAIL: "sync@example.com",
      KITSU_PASSWORD: PASSWORD,
    };
    const config = loadConfig({ cwd: tempDir(), env });
    expect(config.kitsu.auth).toEqual({ email: "sync@example.com", password: PASSWORD });
  });

  it("drops trailing slashes from the URLs and takes the events URL", () => {
    const config = loadConfig({
      cwd: tempDir(),
      env: {
        ...validEnv(),
        KITSU_API_URL: "https://kitsu.example.com/api//",
        AYON_SERVER_URL: "https://ayon.example.com/",
        KITSU_EVENTS_URL: "https://kitsu.example.com/",
      },
    });
    expect(config.kitsu.apiUrl).toBe(KITSU_URL);
    expect(config.kitsu.eventsUrl).toBe("https://kitsu.example.com");
    expect(config.ayon.serverUrl).toBe(AYON_URL);
  });

  it("turns the start-up reconcile off from the flag, the environment or the file, and refuses what is not a boolean", () => {
    const cwd = tempDir();
    expect(loadConfig({ cwd, env: validEnv() }).sync.reconcileOnStart).toBe(true);
    expect(loadConfig({ cwd, env: validEnv(), flags: { noReconcileOnStart: true } }).sync.reconcileOnStart).toBe(false);
    expect(
      loadConfig({ cwd, env: { ...validEnv(), KITSU_AYON_RECONCILE_ON_START: "false" } }).sync.reconcileOnStart,
    ).toBe(false);
    write(cwd, "kitsu-ayon.config.yaml", "sync:\n  reconcileOnStart: false\n");
    expect(loadConfig({ cwd, env: validEnv() }).sync.reconcileOnStart).toBe(false);
    expect(problemsOf({ cwd, env: { ...validEnv(), KITSU_AYON_RECONCILE_ON_START: "sometimes" } })).toEqual([
      'KITSU_AYON_RECONCILE_ON_START: expected true or false, got "sometimes"',
    ]);
  });

  it("treats empty environment values as unset", () => {
    const config = loadConfig({
      cwd: tempDir(),
      env: { ...validEnv(), KITSU_AYON_PORT: "", KITSU_AYON_STATE_DIR: "", KITSU_EVENTS_URL: "", KITSU_EMAIL: "" },
    });
    expect(config.serve.port).toBe(8080);
    expect(config.kitsu.eventsUrl).toBeUndefined();
    expect(config.kitsu.auth).toEqual({ token: TOKEN });
  });

  it("reports everything missing at once when nothing is configured", () => {
    const problems = problemsOf({ cwd: tempDir(), env: {} });
    expect(problems.some((p) => p.includes("KITSU_API_URL") && p.includes("required"))).toBe(true);
    expect(problems.some((p) => p.includes("AYON_SERVER_URL") && p.includes("required"))).toBe(true);
    expect(problems.some((p) => p.includes("Kitsu credentials") && p.includes("KITSU_BOT_TOKEN"))).toBe(true);
    expect(problems.some((p) => p.includes("AYON_API_KEY") && p.includes("required"))).toBe(true);
    expect(problems).toHaveLength(4);
  });
});

describe("loadConfig: files", () => {
  it("finds kitsu-ayon.config.yaml in the working directory", () => {
    const cwd = tempDir();
    const path = write(cwd, "kitsu-ayon.config.yaml", YAML_FULL);
    const config = loadConfig({ cwd, env: {} });
    expect(config).toEqual({
      kitsu: {
        apiUrl: "https://file-kitsu.example.com/api",
        eventsUrl: "https://file-kitsu.example.com",
        auth: { token: FILE_TOKEN },
      },
      ayon: { serverUrl: "https://file-ayon.example.com", apiKey: FILE_API_KEY },
      projects: ["Alpha", "Beta"],
      stateDir: join(cwd, "state"),
      serve: { port: 9000, host: "127.0.0.1", role: "all" },
      sync: { reconcileIntervalMinutes: 0, chunkSize: 100, maxLagSeconds: 60, reconcileOnStart: true },
      source: path,
    } satisfies KitsuAyonConfig);
  });

  it("finds kitsu-ayon.config.yml and kitsu-ayon.config.json too, .yaml first", () => {
    const yml = tempDir();
    write(yml, "kitsu-ayon.config.yml", YAML_FULL);
    expect(loadConfig({ cwd: yml, env: {} }).source).toBe(join(yml, "kitsu-ayon.config.yml"));

    const json = tempDir();
    write(json, "kitsu-ayon.config.json", JSON.stringify({ kitsu: { apiUrl: KITSU_URL } }));
    const config = loadConfig({ cwd: json, env: { ...validEnv(), KITSU_API_URL: undefined } });
    expect(config.source).toBe(join(json, "kitsu-ayon.config.json"));
    expect(config.kitsu.apiUrl).toBe(KITSU_URL);

    const both = tempDir();
    write(both, "kitsu-ayon.config.json", "{}");
    write(both, "kitsu-ayon.config.yaml", "{}\n");
    expect(loadConfig({ cwd: both, env: validEnv() }).source).toBe(join(both, "kitsu-ayon.config.yaml"));
  });

  it("reads a JSON file given with --config, relative to the working directory", () => {
    const cwd = tempDir();
    const path = write(
      cwd,
      "conf/settings.json",
      JSON.stringify({
        kitsu: { apiUrl: KITSU_URL, botToken: FILE_TOKEN },
        ayon: { serverUrl: AYON_URL, apiKey: FILE_API_KEY },
        projects: ["Gamma"],
        serve: { port: 8181 },
      }),
    );
    // A config file in the working directory is not read when --config is given.
    write(cwd, "kitsu-ayon.config.yaml", "foo: bar\n");
    const config = loadConfig({ cwd, env: {}, flags: { config: "conf/settings.json" } });
    expect(config.source).toBe(path);
    expect(config.kitsu.auth).toEqual({ token: FILE_TOKEN });
    expect(config.ayon.apiKey).toBe(FILE_API_KEY);
    expect(config.projects).toEqual(["Gamma"]);
    expect(config.serve.port).toBe(8181);
  });

  it("names a --config file that cannot be read", () => {
    const cwd = tempDir();
    const problems = problemsOf({ cwd, env: validEnv(), flags: { config: "missing.yaml" } });
    expect(problems).toEqual([`config file ${join(cwd, "missing.yaml")}: cannot be read (ENOENT)`]);
  });

  it("treats an empty file as an empty configuration", () => {
    const cwd = tempDir();
    write(cwd, "kitsu-ayon.config.yaml", "");
    expect(loadConfig({ cwd, env: validEnv() }).source).toBe(join(cwd, "kitsu-ayon.config.yaml"));
  });

  it("refuses a file whose top is not a mapping", () => {
    const cwd = tempDir();
    const path = write(cwd, "kitsu-ayon.config.yaml", "- kitsu\n- ayon\n");
    const problems = problemsOf({ cwd, env: validEnv() });
    expect(problems).toEqual([`config file ${path}: expected a mapping of keys (kitsu:, ayon:, ...) at the top`]);
  });

  it("names the file when its YAML is invalid", () => {
    const cwd = tempDir();
    const path = write(cwd, "kitsu-ayon.config.yaml", "kitsu:\n  apiUrl: [unclosed\n");
    const problems = problemsOf({ cwd, env: validEnv() });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`config file ${path}: not valid YAML`);
  });

  it("names the file when its JSON is invalid", () => {
    const cwd = tempDir();
    const path = write(cwd, "broken.json", '{"kitsu": {"apiUrl": "https://kitsu.example.com/api"},}');
    const problems = problemsOf({ cwd, env: validEnv(), flags: { config: "broken.json" } });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`config file ${path}: not valid JSON`);
  });

  it("names an unknown key in a section and lists the expected ones", () => {
    const cwd = tempDir();
    const path = write(cwd, "kitsu-ayon.config.yaml", `kitsu:\n  token: ${FILE_TOKEN}\n`);
    const problems = problemsOf({ cwd, env: validEnv() });
    expect(problems).toEqual([
      `kitsu.token (in ${path}): unknown key; expected one of apiUrl, eventsUrl, botToken, botTokenFile, email, password, passwordFile`,
    ]);
    expectNoSecrets(problems);
  });

  it("names an unknown top-level key and lists the expected ones", () => {
    const cwd = tempDir();
    const path = write(cwd, "kitsu-ayon.config.yaml", "foo: 1\nserve:\n  workers: 2\n");
    const problems = problemsOf({ cwd, env: validEnv() });
    expect(problems).toContain(
      `foo (in ${path}): unknown key; expected one of kitsu, ayon, projects, stateDir, serve, sync`,
    );
    expect(problems).toContain(`serve.workers (in ${path}): unknown key; expected one of port, host, role, shard`);
  });

  it("refuses a section that is not a mapping", () => {
    const cwd = tempDir();
    write(cwd, "kitsu-ayon.config.yaml", "sync: 5\n");
    const problems = problemsOf({ cwd, env: validEnv() });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^sync \(in .*\): expected a mapping, got 5$/);
  });
});

describe("loadConfig: precedence", () => {
  const fileText = `kitsu:
  apiUrl: https://file-kitsu.example.com/api
  botToken: ${FILE_TOKEN}
ayon:
  serverUrl: https://file-ayon.example.com
  apiKey: ${FILE_API_KEY}
projects: [FileProject]
stateDir: file-state
serve:
  port: 7003
`;
  const env = {
    KITSU_API_URL: "https://env-kitsu.example.com/api",
    AYON_SERVER_URL: "https://env-ayon.example.com",
    KITSU_AYON_PROJECTS: "EnvProject",
    KITSU_AYON_STATE_DIR: "env-state",
    KITSU_AYON_PORT: "7002",
  };
  const flags = {
    kitsuUrl: "https://flag-kitsu.example.com/api",
    ayonUrl: "https://flag-ayon.example.com",
    projects: ["FlagProject"],
    stateDir: "flag-state",
    port: "7001",
  };
  const picked = (config: KitsuAyonConfig, cwd: string) => ({
    kitsuUrl: config.kitsu.apiUrl,
    ayonUrl: config.ayon.serverUrl,
    projects: config.projects,
    stateDir: config.stateDir.slice(cwd.length + 1),
    port: config.serve.port,
  });

  it("takes the file's values when nothing else is set", () => {
    const cwd = tempDir();
    write(cwd, "kitsu-ayon.config.yaml", fileText);
    expect(picked(loadConfig({ cwd, env: {} }), cwd)).toEqual({
      kitsuUrl: "https://file-kitsu.example.com/api",
      ayonUrl: "https://file-ayon.example.com",
      projects: ["FileProject"],
      stateDir: "file-state",
      port: 7003,
    });
  });

  it("takes the environment over the file", () => {
    const cwd = tempDir();
    write(cwd, "kitsu-ayon.config.yaml", fileText);
    expect(picked(loadConfig({ cwd, env }), cwd)).toEqual({
      kitsuUrl: "https://env-kitsu.example.com/api",
      ayonUrl: "https://env-ayon.example.com",
      projects: ["EnvProject"],
      stateDir: "env-state",
      port: 7002,
    });
  });

  it("takes flags over the environment and the file", () => {
    const cwd = tempDir();
    write(cwd, "kitsu-ayon.config.yaml", fileText);
    expect(picked(loadConfig({ cwd, env, flags }), cwd)).toEqual({
      kitsuUrl: "https://flag-kitsu.example.com/api",
      ayonUrl: "https://flag-ayon.example.com",
      projects: ["FlagProject"],
      stateDir: "flag-state",
      port: 7001,
    });
  });

  it("takes flags over the file when the environment is silent, and skips empty flags", () => {
    const cwd = tempDir();
    write(cwd, "kitsu-ayon.config.yaml", fileText);
    const config = loadConfig({ cwd, env: {}, flags: { ...flags, port: "", projects: [] } });
    expect(picked(config, cwd)).toEqual({
      kitsuUrl: "https://flag-kitsu.example.com/api",
      ayonUrl: "https://flag-ayon.example.com",
      projects: ["FileProject"],
      stateDir: "flag-state",
      port: 7003,
    });
  });

  it("keeps an absolute state directory as it is", () => {
    const cwd = tempDir();
    const elsewhere = tempDir();
    const config = loadConfig({ cwd, env: { ...validEnv(), KITSU_AYON_STATE_DIR: elsewhere } });
    expect(config.stateDir).toBe(elsewhere);
  });

  it("takes host and role from flags, then the environment", () => {
    const cwd = tempDir();
    const fromEnv = loadConfig({
      cwd,
      env: { ...validEnv(), KITSU_AYON_HOST: "10.0.0.1", KITSU_AYON_ROLE: "leecher" },
    });
    expect(fromEnv.serve).toEqual({ port: 8080, host: "10.0.0.1", role: "leecher" });
    const fromFlags = loadConfig({
      cwd,
      env: { ...validEnv(), KITSU_AYON_HOST: "10.0.0.1", KITSU_AYON_ROLE: "leecher" },
      flags: { host: "::1", role: "processor" },
    });
    expect(fromFlags.serve).toEqual({ port: 8080, host: "::1", role: "processor" });
  });
});

describe("loadConfig: projects", () => {
  it.each([
    ["A, B,", ["A", "B"]],
    [" Alpha ,Beta Project , ", ["Alpha", "Beta Project"]],
    ["single", ["single"]],
    [",", "all-open"],
    [" , ", "all-open"],
    ["", "all-open"],
  ])("reads KITSU_AYON_PROJECTS=%j as %j", (value, expected) => {
    const config = loadConfig({ cwd: tempDir(), env: { ...validEnv(), KITSU_AYON_PROJECTS: value } });
    expect(config.projects).toEqual(expected);
  });

  it("trims and drops empty names in a file's list, and refuses a list of non-strings", () => {
    const cwd = tempDir();
    write(cwd, "kitsu-ayon.config.yaml", 'projects: [" A ", ""]\n');
    expect(loadConfig({ cwd, env: validEnv() }).projects).toEqual(["A"]);

    const bad = tempDir();
    write(bad, "kitsu-ayon.config.yaml", "projects: [1, 2]\n");
    const problems = problemsOf({ cwd: bad, env: validEnv() });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^projects in .*: expected a list of Kitsu project names or ids/);
  });
});

describe("loadConfig: secrets from files", () => {
  it("reads KITSU_BOT_TOKEN_FILE and AYON_API_KEY_FILE, trimmed", () => {
    const cwd = tempDir();
    write(cwd, "secrets/token", `  ${TOKEN}\n\n`);
    const keyPath = write(tempDir(), "api-key", `${API_KEY}\r\n`);
    const config = loadConfig({
      cwd,
      env: {
        KITSU_API_URL: KITSU_URL,
        AYON_SERVER_URL: AYON_URL,
        KITSU_BOT_TOKEN_FILE: "secrets/token",
        AYON_API_KEY_FILE: keyPath,
      },
    });
    expect(config.kitsu.auth).toEqual({ token: TOKEN });
    expect(config.ayon.apiKey).toBe(API_KEY);
  });

  it("reads KITSU_PASSWORD_FILE with KITSU_EMAIL", () => {
    const cwd = tempDir();
    write(cwd, "password", `${PASSWORD}\n`);
    const config = loadConfig({
      cwd,
      env: {
        KITSU_API_URL: KITSU_URL,
        AYON_SERVER_URL: AYON_URL,
        AYON_API_KEY: API_KEY,
        KITSU_EMAIL: "sync@example.com",
        KITSU_PASSWORD_FILE: "password",
      },
    });
    expect(config.kitsu.auth).toEqual({ email: "sync@example.com", password: PASSWORD });
  });

  it("reads kitsu.botTokenFile and ayon.apiKeyFile from the config file", () => {
    const cwd = tempDir();
    write(cwd, "token.txt", `${FILE_TOKEN}\n`);
    write(cwd, "key.txt", `${FILE_API_KEY}\n`);
    write(
      cwd,
      "kitsu-ayon.config.yaml",
      `kitsu:\n  apiUrl: ${KITSU_URL}\n  botTokenFile: token.txt\nayon:\n  serverUrl: ${AYON_URL}\n  apiKeyFile: key.txt\n`,
    );
    const config = loadConfig({ cwd, env: {} });
    expect(config.kitsu.auth).toEqual({ token: FILE_TOKEN });
    expect(config.ayon.apiKey).toBe(FILE_API_KEY);
  });

  it("takes a secret from the environment over one from the file", () => {
    const cwd = tempDir();
    write(cwd, "token.txt", `${FILE_TOKEN}\n`);
    write(cwd, "kitsu-ayon.config.yaml", `kitsu:\n  botTokenFile: token.txt\nayon:\n  apiKey: ${FILE_API_KEY}\n`);
    // A direct value in the environment over a file path in the config file...
    const direct = loadConfig({ cwd, env: validEnv() });
    expect(direct.kitsu.auth).toEqual({ token: TOKEN });
    expect(direct.ayon.apiKey).toBe(API_KEY);

    // ...and a _FILE in the environment over a direct value in the config file.
    write(cwd, "env-key.txt", `${API_KEY}\n`);
    const fromFile = loadConfig({
      cwd,
      env: {
        KITSU_API_URL: KITSU_URL,
        AYON_SERVER_URL: AYON_URL,
        KITSU_BOT_TOKEN: TOKEN,
        AYON_API_KEY_FILE: "env-key.txt",
      },
    });
    expect(fromFile.ayon.apiKey).toBe(API_KEY);
  });

  it("refuses KITSU_BOT_TOKEN and KITSU_BOT_TOKEN_FILE together", () => {
    const cwd = tempDir();
    write(cwd, "token.txt", `${TOKEN}\n`);
    const problems = problemsOf({ cwd, env: { ...validEnv(), KITSU_BOT_TOKEN_FILE: "token.txt" } });
    expect(problems).toContain("KITSU_BOT_TOKEN and KITSU_BOT_TOKEN_FILE are both set: keep one");
    expectNoSecrets(problems);
  });

  it("refuses kitsu.botToken and kitsu.botTokenFile together in the file", () => {
    const cwd = tempDir();
    write(cwd, "token.txt", `${FILE_TOKEN}\n`);
    write(cwd, "kitsu-ayon.config.yaml", `kitsu:\n  botToken: ${FILE_TOKEN}\n  botTokenFile: token.txt\n`);
    const env = { ...validEnv(), KITSU_BOT_TOKEN: undefined };
    const problems = problemsOf({ cwd, env });
    expect(
      problems.some((p) => /^kitsu\.botToken in .* and kitsu\.botTokenFile in .* are both set: keep one$/.test(p)),
    ).toBe(true);
    expectNoSecrets(problems);
  });

  it("names an empty secret file by its path", () => {
    const cwd = tempDir();
    const path = write(cwd, "empty-token", "  \n");
    const env = { ...validEnv(), KITSU_BOT_TOKEN: undefined, KITSU_BOT_TOKEN_FILE: "empty-token" };
    const problems = problemsOf({ cwd, env });
    expect(problems).toEqual([`KITSU_BOT_TOKEN_FILE: the file ${path} is empty`]);
  });

  it("names a missing secret file by its path and the error code", () => {
    const cwd = tempDir();
    const env = { ...validEnv(), AYON_API_KEY: undefined, AYON_API_KEY_FILE: "nope/key" };
    const problems = problemsOf({ cwd, env });
    expect(problems).toContain(`AYON_API_KEY_FILE: cannot read ${join(cwd, "nope/key")} (ENOENT)`);
    expectNoSecrets(problems);
  });

  it("refuses a secret in the file that is not a string, without echoing it", () => {
    const cwd = tempDir();
    write(cwd, "kitsu-ayon.config.yaml", "kitsu:\n  email: sync@example.com\n  password: 987654321\n");
    const env = { ...validEnv(), KITSU_BOT_TOKEN: undefined };
    const problems = problemsOf({ cwd, env });
    expect(problems.some((p) => /^kitsu\.password in .*: expected a string$/.test(p))).toBe(true);
    expectNoSecrets(problems, ["987654321"]);
  });
});

describe("loadConfig: Kitsu credentials", () => {
  it("names KITSU_PASSWORD when only an e-mail is given", () => {
    const env = { ...validEnv(), KITSU_BOT_TOKEN: undefined, KITSU_EMAIL: "sync@example.com" };
    const problems = problemsOf({ cwd: tempDir(), env });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("KITSU_PASSWORD");
    expect(problems[0]).toContain("is missing");
  });

  it("names KITSU_EMAIL when only a password is given", () => {
    const env = { ...validEnv(), KITSU_BOT_TOKEN: undefined, KITSU_PASSWORD: PASSWORD };
    const problems = problemsOf({ cwd: tempDir(), env });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("KITSU_EMAIL");
    expectNoSecrets(problems);
  });

  it("refuses a bot token and an e-mail together", () => {
    const env = { ...validEnv(), KITSU_EMAIL: "sync@example.com", KITSU_PASSWORD: PASSWORD };
    const problems = problemsOf({ cwd: tempDir(), env });
    expect(problems).toEqual([
      "Kitsu credentials: KITSU_BOT_TOKEN and KITSU_EMAIL are both set: give a bot token, or an e-mail and a password",
    ]);
    expectNoSecrets(problems);
  });

  it("refuses a bot token and a password together", () => {
    const env = { ...validEnv(), KITSU_PASSWORD: PASSWORD };
    const problems = problemsOf({ cwd: tempDir(), env });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("KITSU_BOT_TOKEN and KITSU_PASSWORD are both set");
    expectNoSecrets(problems);
  });
});

describe("loadConfig: validation", () => {
  it.each([["ftp://kitsu.example.com/api"], ["not a url"], ["kitsu.example.com/api"]])(
    "names KITSU_API_URL and the value for %j",
    (value) => {
      const problems = problemsOf({ cwd: tempDir(), env: { ...validEnv(), KITSU_API_URL: value } });
      expect(problems).toEqual([
        `KITSU_API_URL: expected an http(s) URL such as https://kitsu.example.com/api, got ${JSON.stringify(value)}`,
      ]);
    },
  );

  it("names the flag, the env var or the file key of a bad URL", () => {
    const cwd = tempDir();
    const fromFlag = problemsOf({ cwd, env: validEnv(), flags: { ayonUrl: "ayon" } });
    expect(fromFlag).toEqual(['--ayon-url: expected an http(s) URL such as https://ayon.example.com, got "ayon"']);

    const fromEnv = problemsOf({ cwd, env: { ...validEnv(), KITSU_EVENTS_URL: "ws://kitsu.example.com" } });
    expect(fromEnv).toEqual([
      'KITSU_EVENTS_URL: expected an http(s) URL such as https://kitsu.example.com, got "ws://kitsu.example.com"',
    ]);

    const path = write(cwd, "kitsu-ayon.config.yaml", "ayon:\n  serverUrl: ftp://ayon\n");
    const fromFile = problemsOf({ cwd, env: { ...validEnv(), AYON_SERVER_URL: undefined } });
    expect(fromFile).toEqual([
      `ayon.serverUrl in ${path}: expected an http(s) URL such as https://ayon.example.com, got "ftp://ayon"`,
    ]);
  });

  it.each([["https://ayon.example.com/api"], ["https://ayon.example.com/api/"]])(
    "refuses the AYON URL %j ending in /api",
    (value) => {
      const problems = problemsOf({ cwd: tempDir(), env: { ...validEnv(), AYON_SERVER_URL: value } });
      expect(problems).toEqual([
        'AYON server URL "https://ayon.example.com/api": give the server\'s root, without /api',
      ]);
    },
  );

  it.each([
    ["99999", "99999"],
    ["abc", "abc"],
    ["-1", "-1"],
    ["80.5", "80.5"],
  ])("names --port for %j", (value, shown) => {
    const problems = problemsOf({ cwd: tempDir(), env: validEnv(), flags: { port: value } });
    expect(problems).toEqual([
      `--port: expected a TCP port, a whole number from 0 to 65535, got ${JSON.stringify(shown)}`,
    ]);
  });

  it.each([["99999"], ["abc"]])("names KITSU_AYON_PORT for %j", (value) => {
    const problems = problemsOf({ cwd: tempDir(), env: { ...validEnv(), KITSU_AYON_PORT: value } });
    expect(problems).toEqual([
      `KITSU_AYON_PORT: expected a TCP port, a whole number from 0 to 65535, got ${JSON.stringify(value)}`,
    ]);
  });

  it("names serve.port in the file", () => {
    const cwd = tempDir();
    const path = write(cwd, "kitsu-ayon.config.yaml", "serve:\n  port: 70000\n");
    const problems = problemsOf({ cwd, env: validEnv() });
    expect(problems).toEqual([`serve.port in ${path}: expected a TCP port, a whole number from 0 to 65535, got 70000`]);
  });

  it("accepts a port with spaces around it", () => {
    expect(loadConfig({ cwd: tempDir(), env: { ...validEnv(), KITSU_AYON_PORT: " 9090 " } }).serve.port).toBe(9090);
  });

  it("refuses the role boss", () => {
    const cwd = tempDir();
    expect(problemsOf({ cwd, env: validEnv(), flags: { role: "boss" } })).toEqual([
      '--role: expected all, leecher or processor, got "boss"',
    ]);
    expect(problemsOf({ cwd, env: { ...validEnv(), KITSU_AYON_ROLE: "boss" } })).toEqual([
      'KITSU_AYON_ROLE: expected all, leecher or processor, got "boss"',
    ]);
  });

  it.each([
    ["reconcileIntervalMinutes", -1, "minutes between full reconciles (0: none), a whole number from 0 to 10080"],
    ["reconcileIntervalMinutes", 10081, "minutes between full reconciles (0: none), a whole number from 0 to 10080"],
    ["chunkSize", 0, "operations per AYON request, a whole number from 1 to 5000"],
    ["chunkSize", 5001, "operations per AYON request, a whole number from 1 to 5000"],
    ["chunkSize", "many", "operations per AYON request, a whole number from 1 to 5000"],
    ["maxLagSeconds", 0, "seconds of lag /healthz tolerates, a whole number from 1 to 86400"],
    ["maxLagSeconds", 1.5, "seconds of lag /healthz tolerates, a whole number from 1 to 86400"],
  ])("refuses sync.%s: %j", (key, value, expected) => {
    const cwd = tempDir();
    const path = write(cwd, "kitsu-ayon.config.json", JSON.stringify({ sync: { [key]: value } }));
    const problems = problemsOf({ cwd, env: validEnv() });
    expect(problems).toEqual([`sync.${key} in ${path}: expected ${expected}, got ${JSON.stringify(value)}`]);
  });

  it("accepts sync values at their bounds, and numbers written as strings", () => {
    const cwd = tempDir();
    write(
      cwd,
      "kitsu-ayon.config.yaml",
      'sync:\n  reconcileIntervalMinutes: 10080\n  chunkSize: "5000"\n  maxLagSeconds: 86400\n',
    );
    expect(loadConfig({ cwd, env: validEnv() }).sync).toEqual({
      reconcileIntervalMinutes: 10080,
      chunkSize: 5000,
      maxLagSeconds: 86400,
      reconcileOnStart: true,
    });
  });

  it("reports every problem at once", () => {
    const cwd = tempDir();
    write(cwd, "kitsu-ayon.config.yaml", "foo: 1\nsync:\n  chunkSize: 0\n");
    const problems = problemsOf({
      cwd,
      env: { ...validEnv(), KITSU_API_URL: "nope", KITSU_AYON_PORT: "abc", KITSU_AYON_ROLE: "boss" },
    });
    expect(problems).toHaveLength(5);
  });
});

describe("loadConfig: secrets never appear in problems", () => {
  it("with secrets in the environment and every other value wrong", () => {
    const cwd = tempDir();
    write(cwd, "kitsu-ayon.config.yaml", `kitsu:\n  token: x\nfoo: 1\nsync:\n  chunkSize: 0\n`);
    const problems = problemsOf({
      cwd,
      env: {
        KITSU_API_URL: "ftp://kitsu",
        KITSU_EVENTS_URL: "not a url",
        AYON_SERVER_URL: "https://ayon.example.com/api",
        KITSU_BOT_TOKEN: TOKEN,
        KITSU_EMAIL: "sync@example.com",
        KITSU_PASSWORD: PASSWORD,
        AYON_API_KEY: API_KEY,
        KITSU_AYON_PORT: "99999",
        KITSU_AYON_ROLE: "boss",
      },
    });
    expect(problems.length).toBeGreaterThanOrEqual(8);
    expectNoSecrets(problems);
  });

  it("with secrets in the file and every other value wrong", () => {
    const cwd = tempDir();
    write(
      cwd,
      "kitsu-ayon.config.yaml",
      `kitsu:
  apiUrl: not a url
  botToken: ${FILE_TOKEN}
  password: ${PASSWORD}
  extra: 1
ayon:
  serverUrl: https://ayon.example.com/api
  apiKey: ${FILE_API_KEY}
serve:
  port: abc
  role: boss
sync:
  maxLagSeconds: 0
`,
    );
    const problems = problemsOf({ cwd, env: {} });
    expect(problems.length).toBeGreaterThanOrEqual(6);
    expectNoSecrets(problems);
  });

  it("with secrets in files, conflicting with direct secrets", () => {
    const cwd = tempDir();
    write(cwd, "token", `${TOKEN}\n`);
    write(cwd, "key", `${API_KEY}\n`);
    write(cwd, "password", `${PASSWORD}\n`);
    const problems = problemsOf({
      cwd,
      env: {
        KITSU_API_URL: "nope",
        AYON_SERVER_URL: "nope",
        KITSU_BOT_TOKEN: TOKEN,
        KITSU_BOT_TOKEN_FILE: "token",
        AYON_API_KEY: API_KEY,
        AYON_API_KEY_FILE: "key",
        KITSU_PASSWORD_FILE: "password",
        KITSU_AYON_PORT: "-5",
      },
    });
    expect(problems.some((p) => p.includes("KITSU_BOT_TOKEN and KITSU_BOT_TOKEN_FILE are both set"))).toBe(true);
    expect(problems.some((p) => p.includes("AYON_API_KEY and AYON_API_KEY_FILE are both set"))).toBe(true);
    expectNoSecrets(problems);
  });

  it("with an empty secret file: the message names the path", () => {
    const cwd = tempDir();
    const path = write(cwd, "run/secrets/ayon-key", "\n");
    const problems = problemsOf({
      cwd,
      env: { ...validEnv(), AYON_API_KEY: undefined, AYON_API_KEY_FILE: "run/secrets/ayon-key", KITSU_AYON_ROLE: "x" },
    });
    expect(problems).toContain(`AYON_API_KEY_FILE: the file ${path} is empty`);
    expectNoSecrets(problems);
  });

  it("the ConfigError's message holds no secret either", () => {
    try {
      loadConfig({ cwd: tempDir(), env: { ...validEnv(), KITSU_PASSWORD: PASSWORD, KITSU_API_URL: "x" } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expectNoSecrets([(error as Error).message, String(error)]);
    }
  });

  // BUG: V8's JSON.parse message quotes about ten characters around the syntax error, and loadConfig
  // copies its first line into the problem, so a (short) secret next to the error is printed, e.g. a
  // password in single quotes.
  it("with a JSON syntax error next to a secret", () => {
    const cwd = tempDir();
    write(cwd, "kitsu-ayon.config.json", `{"kitsu": {"email": "sync@example.com", "password": 'Pa55w0rd'}}`);
    const problems = problemsOf({ cwd, env: {} });
    expect(problems.some((p) => p.includes("not valid JSON"))).toBe(true);
    expectNoSecrets(problems, ["Pa55w0rd"]);
  });

  // BUG: the yaml parser names an unresolved alias in the first line of its message, so an unquoted
  // password starting with `*` is printed.
  it("with a YAML password starting with *", () => {
    const cwd = tempDir();
    write(cwd, "kitsu-ayon.config.yaml", `kitsu:\n  email: sync@example.com\n  password: *${PASSWORD}\n`);
    const problems = problemsOf({ cwd, env: {} });
    expectNoSecrets(problems);
  });
  // BUG: an unquoted YAML value starting with `!` is read as a tag; the yaml parser warns about the unknown
  // tag through process.emitWarning (printed on stderr) with the value in it, and the password is then
  // reported missing.
  it("with a YAML password starting with ! (the parser's warning on stderr)", () => {
    const cwd = tempDir();
    write(cwd, "kitsu-ayon.config.yaml", `kitsu:\n  email: sync@example.com\n  password: !${PASSWORD}\n`);
    const warn = vi.spyOn(process, "emitWarning").mockImplementation(() => {});
    try {
      const problems = problemsOf({ cwd, env: {} });
      const printed = warn.mock.calls.map(([warning]) =>
        warning instanceof Error ? warning.message : String(warning),
      );
      expectNoSecrets([...problems, ...printed]);
    } finally {
      warn.mockRestore();
    }
  });
});

describe("loadConfig: questionable inputs", () => {
  // BUG: a whitespace-only value is not treated as unset and Number("  ") is 0, so the port becomes 0
  // (a random port) instead of the default or a problem.
  it("does not turn a blank KITSU_AYON_PORT into port 0", () => {
    const config = loadConfig({ cwd: tempDir(), env: { ...validEnv(), KITSU_AYON_PORT: "  " } });
    expect(config.serve.port).not.toBe(0);
  });

  // BUG: Number("") is 0 (and Number(String([])) too), so an empty value switches periodic reconciles off.
  it("does not read sync.reconcileIntervalMinutes: '' as 0", () => {
    const cwd = tempDir();
    write(cwd, "kitsu-ayon.config.yaml", 'sync:\n  reconcileIntervalMinutes: ""\n');
    let interval: number | undefined;
    try {
      interval = loadConfig({ cwd, env: validEnv() }).sync.reconcileIntervalMinutes;
    } catch {
      return; // refusing it is fine
    }
    expect(interval).not.toBe(0);
  });
});

describe("loadConfig: processor shards", () => {
  it("takes a shard for a processor, and refuses one for another role or with a bad name", () => {
    const cwd = mkdtempSync(join(tmpdir(), "kitsu-ayon-shard-"));
    const env = {
      KITSU_API_URL: "https://kitsu.example.com/api",
      KITSU_BOT_TOKEN: "kitsu-bot-token-shard",
      AYON_SERVER_URL: "https://ayon.example.com",
      AYON_API_KEY: "ayon-api-key-shard",
    };
    expect(
      loadConfig({ cwd, env: { ...env, KITSU_AYON_ROLE: "processor", KITSU_AYON_SHARD: "east" } }).serve,
    ).toMatchObject({
      role: "processor",
      shard: "east",
    });
    const problems = (extra: Record<string, string>) => {
      try {
        loadConfig({ cwd, env: { ...env, ...extra } });
        return [];
      } catch (error) {
        return (error as ConfigError).problems;
      }
    };
    expect(problems({ KITSU_AYON_SHARD: "east" })).toEqual([
      "KITSU_AYON_SHARD: a shard is for processors (role processor), not role all",
    ]);
    expect(problems({ KITSU_AYON_ROLE: "processor", KITSU_AYON_SHARD: "east west" })[0]).toContain(
      "expected a shard name of letters, digits, _ or -",
    );
  });

  it("refuses a processor that selects a list of projects without a shard, and says to give it one", () => {
    const cwd = mkdtempSync(join(tmpdir(), "kitsu-ayon-shard-"));
    const env = {
      KITSU_API_URL: "https://kitsu.example.com/api",
      KITSU_BOT_TOKEN: "kitsu-bot-token-shard",
      AYON_SERVER_URL: "https://ayon.example.com",
      AYON_API_KEY: "ayon-api-key-shard",
    };
    const problems = (options: LoadConfigOptions) => {
      try {
        loadConfig({ cwd, ...options, env: { ...env, ...options.env } });
        return [];
      } catch (error) {
        return (error as ConfigError).problems;
      }
    };
    const refused = problems({ env: { KITSU_AYON_ROLE: "processor", KITSU_AYON_PROJECTS: "Alpha,Beta" } });
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatch(/^KITSU_AYON_PROJECTS: a processor without a shard selects every open project/);
    expect(refused[0]).toContain("(Alpha, Beta)");
    expect(refused[0]).toContain("its own shard (--shard <name>, KITSU_AYON_SHARD or serve.shard)");
    expect(problems({ flags: { role: "processor", projects: ["Alpha"] } })[0]).toMatch(/^--project: /);
    // Every open project, a shard, or another role: nothing to refuse.
    expect(problems({ env: { KITSU_AYON_ROLE: "processor" } })).toEqual([]);
    expect(problems({ env: { KITSU_AYON_ROLE: "processor", KITSU_AYON_PROJECTS: "all-open" } })).toEqual([]);
    expect(
      problems({ env: { KITSU_AYON_ROLE: "processor", KITSU_AYON_PROJECTS: "Alpha", KITSU_AYON_SHARD: "east" } }),
    ).toEqual([]);
    expect(problems({ env: { KITSU_AYON_PROJECTS: "Alpha,Beta" } })).toEqual([]);
    expect(problems({ env: { KITSU_AYON_ROLE: "leecher", KITSU_AYON_PROJECTS: "Alpha" } })).toEqual([]);
  });
});
