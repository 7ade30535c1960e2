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

/** Ids per request in `?id=[...]` reads: about 60 keep the request line under gunicorn's 4,094 bytes. */
export const IDS_PER_REQUEST = 60;

/**
 * Reads rows by id with Zou's JSON-list filter (`?id=["a","b"]`), `IDS_PER_REQUEST` ids per request,
 * up to four requests at once. Ids Zou does not have (deleted, or not visible) are simply absent.
 */
export async function byIds<T>(ids: readonly string[], read: (idList: string) => Promise<T[]>): Promise<T[]> {
  const unique = [...new Set(ids)];
  const chunks: string[][] = [];
  for (let start = 0; start < unique.length; start += IDS_PER_REQUEST)
    chunks.push(unique.slice(start, start + IDS_PER_REQUEST));
  const results: T[][] = new Array(chunks.length);
  let next = 0;
  const worker = async () => {
    while (next < chunks.length) {
      const index = next++;
      results[index] = await read(JSON.stringify(chunks[index]));
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, chunks.length) }, worker));
  return results.flat();
}
