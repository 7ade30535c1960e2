/**
 * One error class per failure kind. Every error from an HTTP exchange carries the method and the
 * path (without query string); when AYON answered, also its status and its `{ code, detail }`
 * envelope. API keys, tokens and passwords never appear in any of them.
 */
export class AyonError extends Error {
  override name = "AyonError";
}

export interface AyonRequestInfo {
  method: string;
  /** Path from the server root (`/api/...`, `/graphql`), without the query string. */
  path: string;
}

/** A failure of one HTTP exchange with AYON. */
export class AyonRequestError extends AyonError {
  override name = "AyonRequestError";
  readonly method: string;
  readonly path: string;

  constructor(request: AyonRequestInfo, message: string, options?: { cause?: unknown }) {
    super(`${request.method} ${request.path}: ${message}`, options);
    this.method = request.method;
    this.path = request.path;
  }
}

/** AYON answered with an error status. */
export class AyonHttpError extends AyonRequestError {
  override name = "AyonHttpError";
  readonly status: number;
  /** `detail` of AYON's error envelope: the server's own message. */
  readonly detail: string | undefined;
  /**
   * What kind of failure AYON says it was, where it says so: `unique-violation`,
   * `foreign-key-violation`... (the `errorCode` of an operation, or the `error` of a database error).
   */
  readonly errorCode: string | undefined;
  /** The parsed JSON body, or the first 2,000 characters of a non-JSON one. */
  readonly body: unknown;

  constructor(request: AyonRequestInfo, status: number, body: unknown, hint?: string) {
    const envelope = envelopeOf(body);
    const text = envelope.detail ?? (typeof body === "string" && body ? "non-JSON answer" : "no detail");
    super(
      request,
      `HTTP ${status}: ${text}${envelope.errorCode ? ` [${envelope.errorCode}]` : ""}${hint ? ` (${hint})` : ""}`,
    );
    this.status = status;
    this.detail = envelope.detail;
    this.errorCode = envelope.errorCode;
    this.body = body;
  }
}

/** 400: AYON rejected the request's content. Validation errors are 400 on AYON, not FastAPI's 422. */
export class AyonValidationError extends AyonHttpError {
  override name = "AyonValidationError";
  /** Pydantic's error list (`errors` of the envelope), when AYON gave one. */
  get errors(): { loc?: unknown[]; msg?: string; type?: string }[] {
    const errors = (this.body as { errors?: unknown } | undefined)?.errors;
    return Array.isArray(errors) ? errors : [];
  }
}
/** 401: missing, invalid or expired API key or token, after a re-login was tried where possible. */
export class AyonUnauthorizedError extends AyonHttpError {
  override name = "AyonUnauthorizedError";
}
/** 403: the identity may not do this (e.g. enroll needs a service user; a folder with published versions). */
export class AyonForbiddenError extends AyonHttpError {
  override name = "AyonForbiddenError";
}
/** 404: no such project, entity, event or route. */
export class AyonNotFoundError extends AyonHttpError {
  override name = "AyonNotFoundError";
}
/** 409: a unique name, hash or code is taken, or a foreign key forbids the change (see `errorCode`). */
export class AyonConflictError extends AyonHttpError {
  override name = "AyonConflictError";
}
/** 409 "Entity is locked by another operation", after the retries ran out. */
export class AyonLockedError extends AyonConflictError {
  override name = "AyonLockedError";
}
/** 503: AYON is busy or rate-limits (after the retries ran out). */
export class AyonServiceUnavailableError extends AyonHttpError {
  override name = "AyonServiceUnavailableError";
}
/** Any other 5xx (after the retries ran out, or at once where a replay was not safe). */
export class AyonServerError extends AyonHttpError {
  override name = "AyonServerError";
}
/** Login refused: wrong user name or password (AYON answers 403). */
export class AyonInvalidCredentialsError extends AyonHttpError {
  override name = "AyonInvalidCredentialsError";
}

/** No answer: connection refused, DNS failure, reset... after the retries ran out. */
export class AyonConnectionError extends AyonRequestError {
  override name = "AyonConnectionError";
  constructor(request: AyonRequestInfo, cause: unknown) {
    super(request, `cannot reach AYON: ${causeMessage(cause)}`, { cause });
  }
}

/** No answer within `timeoutMs`. */
export class AyonTimeoutError extends AyonRequestError {
  override name = "AyonTimeoutError";
  readonly timeoutMs: number;
  constructor(request: AyonRequestInfo, timeoutMs: number) {
    super(request, `no answer within ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
  }
}

/** The URL does not lead to an AYON server (an HTML page, another server, an extra `/api`). */
export class AyonWrongUrlError extends AyonError {
  override name = "AyonWrongUrlError";
}

/**
 * True for the failures that no retry cures and that concern the whole client, not one call: the
 * key or token is refused, or the URL is not an AYON server.
 */
export function isAyonRefusal(error: unknown): boolean {
  return (
    error instanceof AyonUnauthorizedError ||
    error instanceof AyonInvalidCredentialsError ||
    error instanceof AyonWrongUrlError
  );
}

export interface GraphqlErrorItem {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

/** GraphQL answered HTTP 200 with `errors`. */
export class AyonGraphqlError extends AyonError {
  override name = "AyonGraphqlError";
  readonly errors: GraphqlErrorItem[];
  constructor(errors: GraphqlErrorItem[]) {
    super(`GraphQL query failed: ${errors.map((error) => error.message).join("; ")}`);
    this.errors = errors;
  }
}

function envelopeOf(body: unknown): { detail: string | undefined; errorCode: string | undefined } {
  if (typeof body !== "object" || body === null) return { detail: undefined, errorCode: undefined };
  const record = body as Record<string, unknown>;
  const detail = typeof record.detail === "string" && record.detail ? record.detail : undefined;
  const code = record.errorCode ?? record.error;
  const errorCode = typeof code === "string" && code ? code : undefined;
  return { detail, errorCode };
}

function causeMessage(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  const inner = (cause as { cause?: unknown }).cause;
  const code = typeof inner === "object" && inner !== null ? (inner as { code?: unknown }).code : undefined;
  return typeof code === "string" ? `${cause.message} (${code})` : cause.message;
}
