import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "@kitsu-ayon/ayon-sdk";
import type { KitsuAyonConfig } from "../config/config.js";

/** The ops server could not listen (a port in use, an address this host does not have). */
export class OpsServerError extends Error {
  override name = "OpsServerError";
}

/**
 * Serves `/healthz` and `/metrics` (whatever `handle` answers; 404 otherwise) on the configured host
 * and port, and logs the URL. Resolves once listening; a port in use is an `OpsServerError`.
 */
export async function startOpsServer(
  serve: KitsuAyonConfig["serve"],
  handle: (request: IncomingMessage, response: ServerResponse) => boolean,
  logger: Logger,
): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    if (handle(request, response)) return;
    response.writeHead(404, { "content-type": "text/plain" });
    response.end("not found: try /healthz or /metrics\n");
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(serve.port, serve.host, () => resolve());
    });
  } catch (error) {
    throw new OpsServerError(
      `cannot serve /healthz and /metrics on ${serve.host}:${serve.port}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  const host = serve.host === "0.0.0.0" || serve.host === "::" ? "127.0.0.1" : serve.host;
  const url = `http://${host}:${(server.address() as AddressInfo).port}`;
  logger.info("kitsu-ayon: serving /healthz and /metrics", { url });
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
      }),
  };
}

/** `/healthz` and `/metrics`, also under a prefix (`/kitsu-ayon/healthz`), GET or HEAD. */
export function opsRoute(request: IncomingMessage): "healthz" | "metrics" | undefined {
  if (request.method !== "GET" && request.method !== "HEAD") return undefined;
  const path = new URL(request.url ?? "/", "http://localhost").pathname;
  if (path.endsWith("/healthz")) return "healthz";
  if (path.endsWith("/metrics")) return "metrics";
  return undefined;
}
