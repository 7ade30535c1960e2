import type { Logger } from "@kitsu-ayon/ayon-sdk";

export type LogLevel = "debug" | "info" | "warn" | "error";
const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface JsonLoggerOptions {
  /** @default "info" */
  level?: LogLevel;
  /** Where lines go. @default process.stdout */
  write?: (line: string) => void;
  /** Values never to print (tokens, passwords, API keys): replaced by `[secret]` wherever they appear. */
  secrets?: readonly string[];
  /** Fields on every line (service name, role...). */
  base?: Record<string, unknown>;
}

/** A function that replaces every occurrence of these values by `[secret]`. */
export function masker(secrets: readonly string[]): (text: string) => string {
  return (text) => secrets.reduce((masked, secret) => (secret ? masked.split(secret).join("[secret]") : masked), text);
}

/** One JSON object per line: `{ time, level, msg, ...fields }`, with secrets masked. */
export function createJsonLogger(options: JsonLoggerOptions = {}): Logger {
  const min = RANK[options.level ?? "info"];
  const write = options.write ?? ((line: string) => process.stdout.write(line));
  const secrets = (options.secrets ?? []).filter((secret) => secret.length >= 4);
  const mask = masker(secrets);
  // Strings are masked before they are escaped, so a secret with quotes or backslashes is caught too.
  const replacer = (_key: string, value: unknown) => (typeof value === "string" ? mask(value) : value);
  const log = (level: LogLevel) => (msg: string, fields?: Record<string, unknown>) => {
    if (RANK[level] < min) return;
    const time = new Date().toISOString();
    // time, level and msg come first and cannot be overwritten by a field.
    const line = (...parts: (Record<string, unknown> | undefined)[]) =>
      JSON.stringify(Object.assign({ time, level, msg }, ...parts, { time, level, msg }), replacer);
    const unserialisable = { fields: "[not serialisable]" };
    let text: string;
    try {
      text = line(options.base, fields);
    } catch {
      try {
        text = line(options.base, unserialisable);
      } catch {
        text = line(unserialisable);
      }
    }
    write(`${text}\n`);
  };
  return { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") };
}
