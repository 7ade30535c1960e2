import { vi } from "vitest";
import { type AyonEmulator, startAyonEmulator } from "../../src/index.js";

// A real server takes seconds for a batch of 500 operations (4 s on 2 cores with one worker).
if (process.env.AYON_TEST_SERVER_URL && process.env.AYON_TEST_API_KEY)
  vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

/**
 * Where the contract suite runs: the emulator by default, or a real AYON server when
 * `AYON_TEST_SERVER_URL` and `AYON_TEST_API_KEY` (a service user's key) are set. On a real server the
 * suite only touches projects whose names it generated, and deletes them in `close()`.
 */
export interface ContractTarget {
  kind: "emulator" | "ayon";
  serverUrl: string;
  /** A service user's API key. */
  apiKey: string;
  /** Only when `kind` is "emulator". */
  emulator: AyonEmulator | undefined;
  /** A project name no other run uses: `kaTest_<prefix>_<random>`; deleted by `close()`. */
  projectName(prefix: string): string;
  /** A user name no other run uses; deleted by `close()`. */
  userName(prefix: string): string;
  close(): Promise<void>;
}

const random = () => crypto.randomUUID().replaceAll("-", "").slice(0, 10);

export async function startContractTarget(): Promise<ContractTarget> {
  const url = process.env.AYON_TEST_SERVER_URL;
  const key = process.env.AYON_TEST_API_KEY;
  const emulator = url && key ? undefined : await startAyonEmulator();
  const serverUrl = (url && key ? url : (emulator as AyonEmulator).url).replace(/\/+$/, "");
  const apiKey = url && key ? key : (emulator as AyonEmulator).apiKey;
  const projects = new Set<string>();
  const users = new Set<string>();
  const call = (method: string, path: string) =>
    fetch(`${serverUrl}${path}`, { method, headers: { "x-api-key": apiKey } }).catch(() => undefined);
  return {
    kind: emulator ? "emulator" : "ayon",
    serverUrl,
    apiKey,
    emulator,
    projectName(prefix) {
      const name = `kaTest_${prefix}_${random()}`;
      projects.add(name);
      return name;
    },
    userName(prefix) {
      const name = `ka-test-${prefix}-${random()}`.toLowerCase();
      users.add(name);
      return name;
    },
    async close() {
      await Promise.all([
        ...[...projects].map((name) => call("DELETE", `/api/projects/${name}`)),
        ...[...users].map((name) => call("DELETE", `/api/users/${name}`)),
      ]);
      await emulator?.stop();
    },
  };
}
