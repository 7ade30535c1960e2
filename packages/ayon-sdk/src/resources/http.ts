import type { Client } from "openapi-fetch";
import { AyonError } from "../errors.js";
import type { components, paths } from "../generated/ayon-api.js";

/** The typed openapi-fetch client over AYON's REST routes; the escape hatch for anything the resources lack. */
export type AyonHttp = Client<paths>;
export type Schemas = components["schemas"];

/** Options every resource call takes. */
export interface CallOptions {
  signal?: AbortSignal;
}

/** The fetch options of a call: only what was given (openapi-fetch's types reject `signal: undefined`). */
export const init = (options: CallOptions): { signal?: AbortSignal } =>
  options.signal ? { signal: options.signal } : {};

/** The body of a successful answer (errors were already thrown by the transport). */
export async function body<T>(call: Promise<{ data?: T; response: Response }>): Promise<T> {
  const { data, response } = await call;
  if (data === undefined) throw new AyonError(`${response.url}: AYON answered ${response.status} with no body`);
  return data;
}

/** Waits for a call whose answer has no body (201 or 204). */
export async function done(call: Promise<{ response: Response }>): Promise<void> {
  await call;
}

/** `{ project_name }` path parameters. */
export const inProject = (projectName: string) => ({ path: { project_name: projectName } });
