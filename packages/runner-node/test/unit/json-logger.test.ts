import { afterEach, describe, expect, it, vi } from "vitest";
import { createJsonLogger, type JsonLoggerOptions } from "../../src/service/json-logger.js";

const TOKEN = "kitsu-bot-token-6f2c9a1e";
const API_KEY = "ayon-api-key-81d7e3b4";

/** A logger writing into an array, and the lines it wrote. */
const capture = (options: Omit<JsonLoggerOptions, "write"> = {}) => {
  const written: string[] = [];
  const logger = createJsonLogger({ ...options, write: (line) => written.push(line) });
  const records = () =>
    written.map((line) => {
      expect(line.endsWith("\n")).toBe(true);
      expect(line.slice(0, -1)).not.toContain("\n");
      return JSON.parse(line) as Record<string, unknown>;
    });
  return { logger, written, records };
};

afterEach(() => {
  vi.useRealTimers();
});

describe("createJsonLogger", () => {
  it("writes one JSON object per line with time, level, msg, the fields and the base fields", () => {
    vi.useFakeTimers({ now: new Date("2024-05-01T10:00:00.123Z") });
    const { logger, written, records } = capture({ base: { service: "kitsu-ayon", role: "all" } });
    logger.info("kitsu-ayon: project synced", { kitsuProjectId: "p1", count: 3, nested: { ok: true } });
    logger.warn("second line");
    expect(written).toHaveLength(2);
    expect(records()).toEqual([
      {
        time: "2024-05-01T10:00:00.123Z",
        level: "info",
        msg: "kitsu-ayon: project synced",
        service: "kitsu-ayon",
        role: "all",
        kitsuProjectId: "p1",
        count: 3,
        nested: { ok: true },
      },
      { time: "2024-05-01T10:00:00.123Z", level: "warn", msg: "second line", service: "kitsu-ayon", role: "all" },
    ]);
    // time, level and msg come first.
    expect(Object.keys(records()[0] ?? {}).slice(0, 3)).toEqual(["time", "level", "msg"]);
  });

  it("escapes newlines in messages, so a line stays one record", () => {
    const { logger, written, records } = capture();
    logger.error("first\nsecond", { stack: "a\nb" });
    expect(written).toHaveLength(1);
    expect(records()[0]).toMatchObject({ msg: "first\nsecond", stack: "a\nb" });
  });

  it("logs info and above by default", () => {
    const { logger, records } = capture();
    logger.debug("d");
    logger.info("i");
    logger.warn("w");
    logger.error("e");
    expect(records().map((record) => record.level)).toEqual(["info", "warn", "error"]);
  });

  it.each([
    ["debug", ["debug", "info", "warn", "error"]],
    ["info", ["info", "warn", "error"]],
    ["warn", ["warn", "error"]],
    ["error", ["error"]],
  ] as const)("at level %s logs %j", (level, expected) => {
    const { logger, records } = capture({ level });
    logger.debug("d");
    logger.info("i");
    logger.warn("w");
    logger.error("e");
    expect(records().map((record) => record.level)).toEqual(expected);
  });

  it("masks secrets in the message and in nested field values", () => {
    const { logger, written, records } = capture({ secrets: [TOKEN, API_KEY] });
    logger.error(`login failed with ${TOKEN} (twice: ${TOKEN})`, {
      request: { headers: { authorization: `Bearer ${TOKEN}`, "x-api-key": API_KEY } },
      attempts: [{ key: API_KEY }, `url?key=${API_KEY}&x=1`],
    });
    const text = written.join("");
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(API_KEY);
    expect(records()[0]).toMatchObject({
      msg: "login failed with [secret] (twice: [secret])",
      request: { headers: { authorization: "Bearer [secret]", "x-api-key": "[secret]" } },
      attempts: [{ key: "[secret]" }, "url?key=[secret]&x=1"],
    });
  });

  it("masks secrets in the base fields too", () => {
    const { logger, written } = capture({ secrets: [API_KEY], base: { leaked: API_KEY } });
    logger.info("hello");
    expect(written.join("")).not.toContain(API_KEY);
  });

  it("leaves values shorter than 4 characters alone, and ignores empty secrets", () => {
    const { logger, records } = capture({ secrets: ["abc", "", "word"] });
    logger.info("abc is not masked; word is", { short: "abc" });
    const [record] = records();
    expect(record?.msg).toBe("abc is not masked; [secret] is");
    expect(record?.short).toBe("abc");
  });

  it("does not throw on a circular field, and still writes the line", () => {
    const { logger, records } = capture({ secrets: [TOKEN], base: { service: "kitsu-ayon" } });
    const circular: Record<string, unknown> = { token: TOKEN };
    circular.self = circular;
    expect(() => logger.error(`failed with ${TOKEN}`, { circular })).not.toThrow();
    const [record] = records();
    expect(record).toMatchObject({ level: "error", msg: "failed with [secret]", service: "kitsu-ayon" });
    expect(typeof record?.fields).toBe("string");
  });

  it("does not throw on a BigInt field", () => {
    const { logger, records } = capture();
    expect(() => logger.info("big", { size: 10n })).not.toThrow();
    expect(records()[0]).toMatchObject({ level: "info", msg: "big" });
  });

  it("writes to process.stdout by default", () => {
    const spy = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    try {
      createJsonLogger().info("to stdout");
      expect(spy).toHaveBeenCalledTimes(1);
      expect(JSON.parse(String(spy.mock.calls[0]?.[0]))).toMatchObject({ level: "info", msg: "to stdout" });
    } finally {
      spy.mockRestore();
    }
  });

  // BUG: masking runs on the serialized line, so a secret holding a character JSON escapes (", \, a
  // control character) is not found there and is printed in its escaped form.
  it("masks a secret that holds a quote or a backslash", () => {
    const secret = 'pa"ss\\word';
    const { logger, written, records } = capture({ secrets: [secret] });
    logger.error(`failed with ${secret}`, { password: secret });
    // Neither the secret nor its JSON-escaped form is written.
    expect(written.join("")).not.toContain(JSON.stringify(secret).slice(1, -1));
    expect(records()[0]).toMatchObject({ msg: "failed with [secret]", password: "[secret]" });
  });

  // BUG: fields are spread after time, level and msg, so a field with one of those names replaces them.
  it("keeps the line's level and msg when a field has the same name", () => {
    const { logger, records } = capture();
    logger.error("the real message", { level: "debug", msg: "another message" });
    expect(records()[0]).toMatchObject({ level: "error", msg: "the real message" });
  });
});
