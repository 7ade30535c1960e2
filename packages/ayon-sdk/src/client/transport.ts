import { compose, type Middleware, type Send, withTimeout } from "@kitsu-ayon/http-transport";
import { AyonTimeoutError } from "../errors.js";
import { type Logger, silentLogger } from "../logger.js";
import { type AyonAuth, createCredentials, loginWith, withAuth, withHeaders } from "./auth.js";
import { withErrorMapping } from "./error-mapping.js";
import { type RetryOptions, withAyonRetry } from "./retry-policy.js";

/** AYON's NAME_REGEX: the server silently ignores an X-Sender or X-Sender-Type that does not match. */
const SENDER_REGEX = /^[a-zA-Z0-9_]([a-zA-Z0-9_.-]*[a-zA-Z0-9_])?$/;

export interface AyonTransportOptions {
  /** The server root, as in the browser: `https://ayon.example.com` (REST is under `/api`). */
  serverUrl: string;
  /**
   * Who this client is in AYON's events (`X-Sender`): a stable name such as the service's name, so
   * enroll jobs survive restarts and echoes can be recognised.
   */
  sender: string;
  /** `X-Sender-Type` on every request: what kind of client this is, e.g. `kitsu`. @default "api" */
  senderType?: string;
  /** @default globalThis.fetch */
  fetch?: (request: Request) => Promise<Response>;
  /** `false` disables retries. @default { maxAttempts: 5, baseDelayMs: 250, maxDelayMs: 8000, maxRetryAfterMs: 60000 } */
  retry?: RetryOptions | false;
  /**
   * Time each attempt has to get the response headers, and the longest the body may then go without
   * sending a byte (a body that keeps coming is never cut off). @default 30000
   */
  timeoutMs?: number;
  /** @default silent */
  logger?: Logger;
}

export interface AyonTransport {
  readonly serverUrl: string;
  readonly sender: string;
  readonly senderType: string;
  /** Sends a request through sender headers, auth, retries, timeouts and error mapping; resolves only to 2xx. */
  send: Send;
  /** The headers that authenticate the client (for the WebSocket's auth message). */
  authHeaders(): Promise<Record<string, string>>;
  logger: Logger;
}

/**
 * Builds the request pipeline, outermost first: error mapping, auth (re-login and replay once for
 * password auth), sender headers, retries, per-attempt timeout, then `fetch`.
 */
export function createTransport(options: AyonTransportOptions & AyonAuth): AyonTransport {
  const serverUrl = normaliseServerUrl(options.serverUrl);
  const senderType = options.senderType ?? "api";
  checkSender("sender", options.sender);
  checkSender("senderType", senderType);
  const logger = options.logger ?? silentLogger;
  const fetchImpl = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const senderHeaders: Middleware = (next) => (request) =>
    next(withHeaders(request, { "x-sender": options.sender, "x-sender-type": senderType }));
  const raw = compose(
    senderHeaders,
    withAyonRetry(options.retry ?? {}, serverUrl, logger),
    withTimeout({
      timeoutMs: options.timeoutMs ?? 30_000,
      baseUrl: serverUrl,
      timeoutError: (request, timeoutMs) => new AyonTimeoutError(request, timeoutMs),
    }),
  )(fetchImpl);
  const credentials = createCredentials(authOf(options), loginWith(raw, serverUrl, logger));
  const send = compose(withErrorMapping(serverUrl), withAuth(credentials, serverUrl))(raw);
  return { serverUrl, sender: options.sender, senderType, send, authHeaders: () => credentials.headers(), logger };
}

function authOf(options: Partial<Record<"apiKey" | "token", unknown>> & { credentials?: unknown }): AyonAuth {
  const given = ["apiKey", "credentials", "token"].filter(
    (key) => (options as Record<string, unknown>)[key] !== undefined,
  );
  if (given.length !== 1) {
    throw new TypeError(
      `createAyonClient needs exactly one of apiKey, credentials or token (got ${given.length ? given.join(", ") : "none"})`,
    );
  }
  if (typeof options.apiKey === "string") return { apiKey: options.apiKey };
  if (typeof options.token === "string") return { token: options.token };
  const credentials = options.credentials as { username?: unknown; password?: unknown } | undefined;
  if (typeof credentials?.username !== "string" || typeof credentials.password !== "string") {
    throw new TypeError("credentials needs a username and a password");
  }
  return { credentials: { username: credentials.username, password: credentials.password } };
}

function checkSender(option: string, value: string) {
  if (!SENDER_REGEX.test(value)) {
    throw new TypeError(
      `${option} ${JSON.stringify(value)} is not a valid AYON name (letters, digits, _ . -; AYON would ignore it)`,
    );
  }
}

/** Accepts the URL with or without a trailing slash; rejects what is not an http(s) URL. */
export function normaliseServerUrl(serverUrl: string): string {
  let url: URL;
  try {
    url = new URL(serverUrl);
  } catch {
    throw new TypeError(`serverUrl is not a URL: ${JSON.stringify(serverUrl)}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new TypeError(`serverUrl must be http or https: ${JSON.stringify(serverUrl)}`);
  if (url.search || url.hash) throw new TypeError("serverUrl must not have a query string or fragment");
  if (url.username || url.password)
    throw new TypeError("serverUrl must not carry credentials: pass apiKey or credentials");
  return url.toString().replace(/\/+$/, "");
}
