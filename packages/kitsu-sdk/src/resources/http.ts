import type { Client } from "openapi-fetch";
import { KitsuError } from "../errors.js";
import type { components, paths } from "../generated/kitsu-api.js";

/** The typed openapi-fetch client over the curated Kitsu routes; the escape hatch for anything the resources lack. */
export type KitsuHttp = Client<paths>;
export type Schemas = components["schemas"];

/** Options every resource call takes. */
export interface CallOptions {
  signal?: AbortSignal;
}

/** The fetch options of a call: only what was given (openapi-fetch's types reject `signal: undefined`). */
export const init = (options: CallOptions): { signal?: AbortSignal } =>
  options.signal ? { signal: options.signal } : {};

/** `{ episode_id }` when an episode is given, else nothing: the optional filter of project-wide reads. */
export const episodeFilter = (episodeId: string | undefined) => (episodeId ? { episode_id: episodeId } : {});

/** The body of a successful answer (errors were already thrown by the transport). */
export async function body<T>(call: Promise<{ data?: T; response: Response }>): Promise<T> {
  const { data, response } = await call;
  if (data === undefined) throw new KitsuError(`${response.url}: Zou answered ${response.status} with no body`);
  return data;
}

/** Waits for a call whose answer has no body (204). */
export async function done(call: Promise<{ response: Response }>): Promise<void> {
  await call;
}

interface Page<T> {
  data: T[];
  nb_pages: number;
}

/**
 * Reads every page of a paginated Zou list (`?page=1..nb_pages`), so callers get one array. Zou
 * orders pages by `updated_at desc`: a row updated while pages are read can move across a page
 * boundary, so rows are de-duplicated by id and a final page-1 read catches moved rows.
 */
export async function allPages<T extends { id: string }>(read: (page: number) => Promise<T[] | Page<T>>): Promise<T[]> {
  const byId = new Map<string, T>();
  const add = (rows: T[]) => {
    for (const row of rows) byId.set(row.id, row);
  };
  const first = await read(1);
  if (Array.isArray(first)) return first;
  add(first.data);
  for (let page = 2; page <= first.nb_pages; page++) {
    const next = await read(page);
    add(Array.isArray(next) ? next : next.data);
  }
  if (first.nb_pages > 1) {
    const again = await read(1);
    add(Array.isArray(again) ? again : again.data);
  }
  return [...byId.values()];
}
