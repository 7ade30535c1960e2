import { describeRequest, type Middleware, readBody } from "@kitsu-ayon/http-transport";
import {
  KitsuBadRequestError,
  KitsuHttpError,
  KitsuNotFoundError,
  KitsuPermissionError,
  KitsuRateLimitError,
  type KitsuRequestInfo,
  KitsuServerError,
  KitsuWrongUrlError,
} from "../errors.js";

const isJson = (response: Response) => /\bjson\b/i.test(response.headers.get("content-type") ?? "");

/**
 * Turns every non-2xx answer into its typed error, and catches the classic wrong-URL answers: an
 * HTML page (the Kitsu web app, or a 404 page from the wrong server) where Zou always answers JSON,
 * and a 404 from a base URL that is not a Zou API. Zou gives the same 404 body for a missing object
 * and for an unknown route, so on a 404 `isZouApi` (memoised by the caller) asks `GET /` once.
 */
export function withErrorMapping(apiUrl: string, isZouApi: () => Promise<boolean>): Middleware {
  return (next) => async (request) => {
    const response = await next(request);
    const info = describeRequest(request, apiUrl);
    if (response.ok) {
      if (response.status !== 204 && response.body !== null && !isJson(response)) {
        await response.body.cancel();
        throw wrongUrl(
          apiUrl,
          info,
          `got ${response.headers.get("content-type") ?? "no content type"} instead of JSON`,
        );
      }
      return response;
    }
    const body = await readBody(response);
    if (response.status === 404 && !isJson(response)) {
      throw wrongUrl(apiUrl, info, "got a non-JSON 404 page");
    }
    if (response.status === 404 && !(await isZouApi())) {
      throw wrongUrl(apiUrl, info, `GET ${apiUrl}/ does not answer like Zou`);
    }
    throw httpError(info, response.status, body);
  };
}

export function httpError(info: KitsuRequestInfo, status: number, body: unknown): KitsuHttpError {
  if (status === 400) return new KitsuBadRequestError(info, status, body);
  if (status === 403) return new KitsuPermissionError(info, status, body);
  if (status === 404) return new KitsuNotFoundError(info, status, body);
  if (status === 429) return new KitsuRateLimitError(info, status, body);
  if (status >= 500) return new KitsuServerError(info, status, body);
  return new KitsuHttpError(info, status, body);
}

export function wrongUrl(apiUrl: string, info: KitsuRequestInfo, what: string): KitsuWrongUrlError {
  const bare = apiUrl.replace(/\/+$/, "");
  const hint = /\/api$/.test(bare)
    ? `if Zou runs without nginx in front, use ${bare.replace(/\/api$/, "")}`
    : `behind Kitsu's nginx the API is at ${bare}/api`;
  return new KitsuWrongUrlError(
    `${info.method} ${info.path}: ${apiUrl} does not look like a Zou API (${what}); ${hint}`,
  );
}
