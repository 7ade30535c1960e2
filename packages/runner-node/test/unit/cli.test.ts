import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type CliIo, EXIT, runCli } from "../../src/cli/run-cli.js";

const TOKEN = "kitsu-bot-token-6f2c9a1e";
const API_KEY = "ayon-api-key-81d7e3b4";
const PASSWORD = "hunter2-password-x9q";
const SECRETS = [TOKEN, API_KEY, PASSWORD];

/** Valid settings that reach no server: port 9 (discard) on the loopback. */
const validEnv = (): Record<string, string> => ({
  KITSU_API_URL: "http://127.0.0.1:9/api",
  AYON_SERVER_URL: "http://127.0.0.1:9",
  KITSU_BOT_TOKEN: TOKEN,
  AYON_API_KEY: API_KEY,
});

const created: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "kitsu-ayon-cli-"));
  created.push(dir);
  return dir;
};
afterEach(() => {
  vi.restoreAllMocks();
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Runs the CLI with a fake io; fails the test if a secret is printed. */
const run = async (argv: string[], env: Record<string, string | undefined> = {}, cwd = tempDir()) => {
  let out = "";
  let err = "";
  const io: CliIo = {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    env,
    cwd,
    tty: false,
    stopSignal: Promise.resolve("SIGTERM"),
  };
  const code = await runCli(argv, io);
  for (const secret of [
    ...SECRETS,
    ...Object.entries(env).flatMap(([name, value]) => (/TOKEN$|KEY$|PASSWORD$/.test(name) && value ? [value] : [])),
  ]) {
    expect(out).not.toContain(secret);
    expect(err).not.toContain(secret);
  }
  return { code, out, err };
};

describe("runCli: usage", () => {
  it.each([[["--help"]], [["-h"]], [["help"]], [["sync", "--help"]]])(
    "%j prints the usage on out and exits 0",
    async (argv) => {
      const { code, out, err } = await run(argv, validEnv());
      expect(code).toBe(EXIT.ok);
      expect(code).toBe(0);
      expect(out).toContain("Usage:");
      expect(out).toContain("kitsu-ayon doctor");
      expect(out).toContain("Exit codes:");
      expect(err).toBe("");
    },
  );

  it("--help does not need a configuration", async () => {
    const { code } = await run(["--help"], {});
    expect(code).toBe(0);
  });

  it("asks for a command when none is given", async () => {
    const { code, out, err } = await run([], validEnv());
    expect(code).toBe(EXIT.usage);
    expect(code).toBe(2);
    expect(err).toContain("kitsu-ayon: a command is needed");
    expect(err).toContain("Usage:");
    expect(out).toBe("");
  });

  it("refuses an unknown command", async () => {
    const { code, out, err } = await run(["frobnicate"], validEnv());
    expect(code).toBe(2);
    expect(err).toContain('kitsu-ayon: unknown command "frobnicate"');
    expect(err).toContain("Usage:");
    expect(out).toBe("");
  });

  it("refuses extra words after the command", async () => {
    const { code, err } = await run(["sync", "now"], validEnv());
    expect(code).toBe(2);
    expect(err).toContain('unknown command "sync now"');
  });

  it("refuses an unknown flag with the usage", async () => {
    const { code, out, err } = await run(["sync", "--nope"], validEnv());
    expect(code).toBe(2);
    expect(err).toContain("--nope");
    expect(err).toContain("Usage:");
    expect(out).toBe("");
  });

  it("refuses a flag without its value", async () => {
    const { code, err } = await run(["serve", "--port"], validEnv());
    expect(code).toBe(2);
    expect(err).toContain("--port");
    expect(err).toContain("Usage:");
  });
});

describe("runCli: configuration errors", () => {
  it("sync with no configuration exits 2 and lists the problems on err", async () => {
    const { code, out, err } = await run(["sync"], {});
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain("kitsu-ayon: invalid configuration:");
    expect(err).toContain("  - kitsu.apiUrl (KITSU_API_URL or --kitsu-url): required");
    expect(err).toContain("  - Kitsu credentials: required");
    expect(err).toContain("  - ayon.serverUrl (AYON_SERVER_URL or --ayon-url): required");
    expect(err).toContain("  - ayon.apiKey: required");
  });

  it.each([["projects"], ["serve"]])("%s with no configuration exits 2", async (command) => {
    const { code, out, err } = await run([command], {});
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain("invalid configuration");
  });

  it("doctor with no configuration prints FAIL configuration on out and exits 2", async () => {
    const { code, out, err } = await run(["doctor"], {});
    expect(code).toBe(2);
    expect(err).toBe("");
    expect(out.startsWith("FAIL configuration\n")).toBe(true);
    expect(out).toContain("     kitsu.apiUrl (KITSU_API_URL or --kitsu-url): required");
    expect(out).toContain("     ayon.apiKey: required");
  });

  it("names flags that are wrong and keeps the secrets out", async () => {
    const env = { ...validEnv(), KITSU_PASSWORD: PASSWORD, KITSU_EMAIL: "sync@example.com" };
    const { code, err } = await run(
      ["sync", "--kitsu-url", "ftp://kitsu", "--ayon-url", "http://ayon/api", "--port", "99999", "--role", "boss"],
      env,
    );
    expect(code).toBe(2);
    expect(err).toContain(
      '--kitsu-url: expected an http(s) URL such as https://kitsu.example.com/api, got "ftp://kitsu"',
    );
    expect(err).toContain('AYON server URL "http://ayon/api"');
    expect(err).toContain('--port: expected a TCP port, a whole number from 0 to 65535, got "99999"');
    expect(err).toContain('--role: expected all, leecher or processor, got "boss"');
    expect(err).toContain("KITSU_BOT_TOKEN and KITSU_EMAIL are both set");
  });

  it("doctor with secrets and a bad port fails the configuration without printing them", async () => {
    const { code, out } = await run(["doctor"], { ...validEnv(), KITSU_AYON_PORT: "abc" });
    expect(code).toBe(2);
    expect(out).toContain("FAIL configuration");
    expect(out).toContain('KITSU_AYON_PORT: expected a TCP port, a whole number from 0 to 65535, got "abc"');
  });

  it("reads --config relative to the working directory and reports its problems", async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, "custom.yaml"), `kitsu:\n  token: ${TOKEN}\n`);
    const { code, err } = await run(["sync", "--config", "custom.yaml"], validEnv(), cwd);
    expect(code).toBe(2);
    expect(err).toContain(`kitsu.token (in ${join(cwd, "custom.yaml")}): unknown key`);
  });

  it("refuses an empty secret file by its path", async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, "key"), "\n");
    const { code, err } = await run(
      ["sync"],
      { ...validEnv(), AYON_API_KEY: undefined, AYON_API_KEY_FILE: "key" },
      cwd,
    );
    expect(code).toBe(2);
    expect(err).toContain(`AYON_API_KEY_FILE: the file ${join(cwd, "key")} is empty`);
  });
});
