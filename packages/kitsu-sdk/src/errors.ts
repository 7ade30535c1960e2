/**
 * One error class per failure kind (the openai-node pattern). Every error that comes from an HTTP
 * exchange carries the method, the path (without query string) and, when Zou answered, the status
 * and the server's message. Tokens never appear in any of them.
 */
export class KitsuError extends Error {
  override name = "KitsuError";
}

export interface KitsuRequestInfo {
  method: string;
  /** Path relative to the API root, without the query string. */
  path: string;
}

/** A failure of one HTTP exchange with Zou: carries the method and path, never the token. */
export class KitsuRequestError extends KitsuError {
  override name = "KitsuRequestError";
  readonly method: string;
  readonly path: string;

  constructor(request: KitsuRequestInfo, message: string, options?: { cause?: unknown }) {
    super(`${request.method} ${request.path}: ${message}`, options);
    this.method = request.method;
    this.path = request.path;
  }
}

/** Zou answered with an error status. */
export class KitsuHttpError extends KitsuRequestError {
  override name = "KitsuHttpError";
  readonly status: number;
  /** The server's own message (`message` or `msg` in Zou's error bodies), if any. */
  readonly serverMessage: string | undefined;
  /** The parsed JSON body, or the first 2,000 characters of a non-JSON one. */
  readonly body: unknown;

  constructor(request: KitsuRequestInfo, status: number, body: unknown, hint?: string) {
    const serverMessage = messageOf(body);
    const detail = serverMessage ?? (typeof body === "string" && body ? "non-JSON answer" : "no message");
    super(request, `HTTP ${status}: ${detail}${hint ? ` (${hint})` : ""}`);
    this.status = status;
    this.serverMessage = serverMessage;
    this.body = body;
  }
}

/** 400: Zou rejected the request's content (validation, duplicates, bad ids). */
export class KitsuBadRequestError extends KitsuHttpError {
  override name = "KitsuBadRequestError";
}
/** 401/422 that could not be cured by renewing the token. */
export class KitsuAuthenticationError extends KitsuHttpError {
  override name = "KitsuAuthenticationError";
}
/** 403: the identity may not do this (e.g. the event log needs a manager or admin). */
export class KitsuPermissionError extends KitsuHttpError {
  override name = "KitsuPermissionError";
}
/** 404: no such object, or no such route (then the API URL is probably wrong). */
export class KitsuNotFoundError extends KitsuHttpError {
  override name = "KitsuNotFoundError";
}
/** 429 after the retries ran out. */
export class KitsuRateLimitError extends KitsuHttpError {
  override name = "KitsuRateLimitError";
}
/** 5xx after the retries ran out (or at once where a replay was not safe). */
export class KitsuServerError extends KitsuHttpError {
  override name = "KitsuServerError";
}

/** Login refused: wrong email or password. */
export class KitsuInvalidCredentialsError extends KitsuHttpError {
  override name = "KitsuInvalidCredentialsError";
}
/** Login needs a second factor (TOTP, email OTP, FIDO); pass `auth.totp`. */
export class KitsuTwoFactorRequiredError extends KitsuHttpError {
  override name = "KitsuTwoFactorRequiredError";
}
/** The account exists but is inactive. */
export class KitsuInactiveAccountError extends KitsuHttpError {
  override name = "KitsuInactiveAccountError";
}

/** No answer: connection refused, DNS failure, reset... after the retries ran out. */
export class KitsuConnectionError extends KitsuRequestError {
  override name = "KitsuConnectionError";
  constructor(request: KitsuRequestInfo, cause: unknown) {
    super(request, `cannot reach Kitsu: ${causeMessage(cause)}`, { cause });
  }
}

/** No answer within `timeoutMs`. */
export class KitsuTimeoutError extends KitsuRequestError {
  override name = "KitsuTimeoutError";
  readonly timeoutMs: number;
  constructor(request: KitsuRequestInfo, timeoutMs: number) {
    super(request, `no answer within ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
  }
}

/** The URL does not lead to a Zou API (an HTML page, another server, a missing or extra `/api`). */
export class KitsuWrongUrlError extends KitsuError {
  override name = "KitsuWrongUrlError";
}

/**
 * A failure no retry cures: Zou refused the credentials or the token, the identity lacks the rights,
 * or the URL is not a Zou API. Asking again changes nothing (and repeated logins get an account
 * locked), so the event stream ends on one and a sync service stops.
 */
export function isKitsuRefusal(error: unknown): boolean {
  return (
    error instanceof KitsuAuthenticationError ||
    error instanceof KitsuInvalidCredentialsError ||
    error instanceof KitsuInactiveAccountError ||
    error instanceof KitsuTwoFactorRequiredError ||
    error instanceof KitsuPermissionError ||
    error instanceof KitsuWrongUrlError
  );
}

function messageOf(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const record = body as Record<string, unknown>;
  for (const key of ["message", "msg", "error"]) {
    const value = record[key];
    if (typeof value === "string" && value) return value;
  }
  return undefined;
}

function causeMessage(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  const inner = (cause as { cause?: unknown }).cause;
  const code = typeof inner === "object" && inner !== null ? (inner as { code?: unknown }).code : undefined;
  return typeof code === "string" ? `${cause.message} (${code})` : cause.message;
}
