import { describeRequest, type Middleware, readBody } from "@kitsu-ayon/http-transport";
import {
  AyonConflictError,
  AyonForbiddenError,
  AyonHttpError,
  AyonLockedError,
  AyonNotFoundError,
  type AyonRequestInfo,
  AyonServerError,
  AyonServiceUnavailableError,
  AyonUnauthorizedError,
  AyonValidationError,
  AyonWrongUrlError,
} from "../errors.js";
import { LOCKED_DETAIL } from "./retry-policy.js";

const isJson = (response: Response) => /\bjson\b/i.test(response.headers.get("content-type") ?? "");

/**
 * Turns every non-2xx answer into its typed error, and catches wrong URLs: AYON always answers
 * `/api/*` and `/graphql` with JSON, so an HTML page means the URL leads somewhere else.
 */
export function withErrorMapping(serverUrl: string): Middleware {
  return (next) => async (request) => {
    const response = await next(request);
    const info = describeRequest(request, serverUrl);
    if (response.ok) {
      if (response.status !== 204 && response.status !== 201 && response.body !== null && !isJson(response)) {
        await response.body.cancel();
        throw wrongUrl(
          serverUrl,
          info,
          `got ${response.headers.get("content-type") ?? "no content type"} instead of JSON`,
        );
      }
      return response;
    }
    const body = await readBody(response);
    if (!isJson(response) && (response.status === 404 || response.status === 405)) {
      throw wrongUrl(serverUrl, info, `got a non-JSON ${response.status} page`);
    }
    const detail = (body as { detail?: unknown } | undefined)?.detail;
    if (
      response.status === 404 &&
      typeof detail === "string" &&
      detail.startsWith("API endpoint") &&
      /\/api$/.test(serverUrl)
    ) {
      throw wrongUrl(serverUrl, info, "the server has no such endpoint");
    }
    throw httpError(info, response.status, body);
  };
}

/**
 * The error class follows AYON's own `code` when it differs from the HTTP status: a database
 * constraint outside operations (a status still in use, a name taken in another case) answers HTTP
 * 500 with `{ code: 409, error: "foreign-key-violation" }` (ayon_server/api/logging.py).
 */
export function httpError(info: AyonRequestInfo, httpStatus: number, body: unknown): AyonHttpError {
  const envelope = body as { detail?: unknown; code?: unknown } | undefined;
  const detail = envelope?.detail;
  const code =
    typeof envelope?.code === "number" && envelope.code >= 400 && envelope.code < 500 ? envelope.code : httpStatus;
  const status = httpStatus;
  if (code === 400 || code === 422) return new AyonValidationError(info, status, body);
  if (code === 401) return new AyonUnauthorizedError(info, status, body);
  if (code === 403) return new AyonForbiddenError(info, status, body);
  if (code === 404) return new AyonNotFoundError(info, status, body);
  if (code === 409 && typeof detail === "string" && detail.includes(LOCKED_DETAIL)) {
    return new AyonLockedError(info, status, body);
  }
  if (code === 409) return new AyonConflictError(info, status, body);
  if (status === 503) return new AyonServiceUnavailableError(info, status, body);
  if (status >= 500) return new AyonServerError(info, status, body);
  return new AyonHttpError(info, status, body);
}

function wrongUrl(serverUrl: string, info: AyonRequestInfo, what: string): AyonWrongUrlError {
  const hint = /\/api$/.test(serverUrl)
    ? `serverUrl is the server root: use ${serverUrl.replace(/\/api$/, "")}`
    : "serverUrl is the address you open AYON's web app at, e.g. https://ayon.example.com";
  return new AyonWrongUrlError(
    `${info.method} ${info.path}: ${serverUrl} does not look like an AYON server (${what}); ${hint}`,
  );
}
