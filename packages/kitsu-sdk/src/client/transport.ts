import { compose, type Send, withTimeout } from "@kitsu-ayon/http-transport";
import { KitsuTimeoutError } from "../errors.js";
import { type Logger, silentLogger } from "../logger.js";
import { createTokenSource, type KitsuAuth, type TokenSource, withAuth } from "./auth.js";
import { withErrorMapping } from "./error-mapping.js";
import { type RetryOptions, withKitsuRetry } from "./retry-policy.js";

export interface KitsuTransportOptions {
  /** Zou's API root: `https://kitsu.example.com/api` behind Kitsu's nginx, `http://host:5000` for a bare Zou. */
  apiUrl: string;
  auth: KitsuAuth;
  /** @default globalThis.fetch */
  fetch?: (request: Request) => Promise<Response>;
  /** `false` disables retries. @default { maxAttempts: 4, baseDelayMs: 250, maxDelayMs: 8000, maxRetryAfterMs: 60000 } */
  retry?: RetryOptions | false;
  /**
   * Time each attempt has to get the response headers, and the longest the body may then go without
   * sending a byte (a body that keeps coming is never cut off). @default 30000
   */
  timeoutMs?: number;
  /** @default silent */
  logger?: Logger;
}

export interface KitsuTransport {
  readonly apiUrl: string;
  /** Sends a request through auth, retries, timeouts and error mapping; resolves only to 2xx responses. */
  send: Send;
  tokens: TokenSource;
  logger: Logger;
}

/**
 * Builds the request pipeline, outermost first: error mapping, auth (renew and replay once),
 * retries, per-attempt timeout, then `fetch`.
 */
export function createTransport(options: KitsuTransportOptions): KitsuTransport {
  const apiUrl = normaliseApiUrl(options.apiUrl);
  const logger = options.logger ?? silentLogger;
  const fetchImpl = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const unauthenticated = compose(
    withKitsuRetry(options.retry ?? {}, apiUrl, logger),
    withTimeout({
      timeoutMs: options.timeoutMs ?? 30_000,
      baseUrl: apiUrl,
      timeoutError: (request, timeoutMs) => new KitsuTimeoutError(request, timeoutMs),
    }),
  )(fetchImpl);
  const tokens = createTokenSource(options.auth, { apiUrl, send: unauthenticated, logger });
  // Only a server's answer is remembered: a probe that got none (Zou restarting, a proxy's 502) is
  // asked again at the next 404, and until then the 404 stays a missing object, not a wrong URL.
  let zouProbe: Promise<boolean> | undefined;
  const isZouApi = () => {
    zouProbe ??= answersLikeZou(unauthenticated, apiUrl).then((answer) => {
      if (answer === undefined) zouProbe = undefined;
      return answer ?? true;
    });
    return zouProbe;
  };
  const send = compose(withErrorMapping(apiUrl, isZouApi), withAuth(tokens, apiUrl))(unauthenticated);
  return { apiUrl, send, tokens, logger };
}

/** `GET /` on a Zou API answers `{"api": "Zou", "version": ...}` without authentication. */
export async function isZouInfo(response: Response): Promise<boolean> {
  if (!response.ok) return false;
  const body = (await response.json().catch(() => undefined)) as { api?: unknown } | undefined;
  return body?.api === "Zou";
}

/** Whether `GET /` answers like Zou; undefined when the server gave no real answer (network, 429, 5xx). */
async function answersLikeZou(send: Send, apiUrl: string): Promise<boolean | undefined> {
  try {
    const response = await send(new Request(`${apiUrl}/`));
    if (response.status === 429 || response.status >= 500) {
      await response.body?.cancel();
      return undefined;
    }
    return await isZouInfo(response);
  } catch {
    return undefined;
  }
}

/** Accepts the URL with or without a trailing slash; rejects what is not an http(s) URL. */
export function normaliseApiUrl(apiUrl: string): string {
  let url: URL;
  try {
    url = new URL(apiUrl);
  } catch {
    throw new TypeError(`apiUrl is not a URL: ${JSON.stringify(apiUrl)}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new TypeError(`apiUrl must be http or https: ${JSON.stringify(apiUrl)}`);
  }
  if (url.search || url.hash) throw new TypeError("apiUrl must not have a query string or fragment");
  if (url.username || url.password) throw new TypeError("apiUrl must not carry credentials: pass them in auth");
  return url.toString().replace(/\/+$/, "");
}
