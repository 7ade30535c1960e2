import { type AyonClient, AyonHttpError, createAyonClient } from "@kitsu-ayon/ayon-sdk";
import { expect } from "vitest";
import type { ContractTarget } from "./contract/target.js";

// Helpers shared by the contract suites and the emulator-only suites.

/** The HTTP error a call fails with (the test fails if it succeeds or fails otherwise). */
export async function failure(call: Promise<unknown>): Promise<AyonHttpError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof AyonHttpError) return error;
    throw error;
  }
  expect.fail("the request was expected to fail");
}

export interface RawAnswer {
  status: number;
  body: unknown;
  headers: Headers;
}

/** A request outside the typed client: odd credentials, routes missing from the generated types. */
export async function raw(
  target: ContractTarget,
  method: string,
  path: string,
  options: { body?: unknown; headers?: Record<string, string>; apiKey?: string | null } = {},
): Promise<RawAnswer> {
  const headers: Record<string, string> = { ...options.headers };
  const apiKey = options.apiKey === undefined ? target.apiKey : options.apiKey;
  if (apiKey !== null) headers["x-api-key"] = apiKey;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(`${target.serverUrl}${path}`, {
    method,
    headers,
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
}

/** A password that passes AYON's default complexity rules. */
export const PASSWORD = "Kitsu.Ayon.2024";

/** Creates a person (not a service) who can log in, through the API, as the target's service user. */
export async function createPerson(
  client: AyonClient,
  name: string,
  data: Record<string, unknown> = {},
  password = PASSWORD,
): Promise<void> {
  await client.http.PUT("/api/users/{user_name}", {
    params: { path: { user_name: name } },
    body: { attrib: { fullName: `Test ${name}` }, data, password },
  });
}

/** A client logged in with a name and password. */
export const loginAs = (target: ContractTarget, username: string, password = PASSWORD) =>
  createAyonClient({
    serverUrl: target.serverUrl,
    credentials: { username, password },
    sender: "contract",
    senderType: "kitsu",
    retry: false,
  });

/** Polls until `check` returns a value other than undefined. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) expect.fail("the condition was not met in time");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
