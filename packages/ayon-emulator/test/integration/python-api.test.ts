import { fileURLToPath } from "node:url";
import { createAyonClient } from "@kitsu-ayon/ayon-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AyonEmulator, startAyonEmulator } from "../../src/index.js";
import { ensureAyonPythonApi, run } from "../python/python-env.js";

// ayon-python-api (PyPI), the client most AYON tools use, making its common calls against the
// emulator through a service user's API key: test/python/ayon_python_api_calls.py says which.

const SCRIPT = fileURLToPath(new URL("../python/ayon_python_api_calls.py", import.meta.url));

let python: string;
let emulator: AyonEmulator;
const apiKey = crypto.randomUUID().replaceAll("-", "");

beforeAll(async () => {
  python = await ensureAyonPythonApi((message) => process.stderr.write(`[python] ${message}\n`));
  emulator = await startAyonEmulator();
  const admin = createAyonClient({
    serverUrl: emulator.url,
    apiKey: emulator.apiKey,
    sender: "python-api-test",
    senderType: "test",
    retry: false,
  });
  await admin.http.PUT("/api/users/{user_name}", {
    params: { path: { user_name: "pyapi-service" } },
    body: { attrib: { fullName: "Python API service" }, data: { isService: true }, apiKey },
  });
}, 600_000);
afterAll(() => emulator?.stop());

describe("ayon-python-api against the emulator", () => {
  it("connects with an API key and makes every common call with the results AYON gives", async () => {
    const { AYON_SERVER_URL: _url, AYON_API_KEY: _key, ...env } = process.env;
    const result = await run(python, [SCRIPT], {
      env: {
        ...env,
        AYON_SERVER_URL: emulator.url,
        AYON_API_KEY: apiKey,
        PYTHONUNBUFFERED: "1",
        PYTHONDONTWRITEBYTECODE: "1",
      },
      timeoutMs: 120_000,
    });
    // The script's own lines name the call that failed and show its traceback.
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/^all \d+ steps passed$/m);
  }, 180_000);
});
