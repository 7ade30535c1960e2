import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "@kitsu-ayon/ayon-sdk";
import type { KitsuAyonConfig } from "../config/config.js";
import { startLeecher } from "../scale-out/roles.js";
import { createClients } from "./clients.js";
import { OpsServerError } from "./start-service.js";

/**
 * `serve --role leecher`: a leecher (no local state, so no lock: run as many as you like), with
 * `/healthz` (200 while it runs and AYON answers) and `/metrics` on the configured port.
 */
export async function startLeecherService(config: KitsuAyonConfig, logger: Logger) {
  const { kitsu, ayon } = createClients(config, { logger, sender: "kitsu-ayon-leecher" });
  const leecher = await startLeecher({ kitsu, ayon, logger });
  let ayonUp = true;
  const check = setInterval(() => {
    ayon.users
      .me()
      .then(() => {
        ayonUp = true;
      })
      .catch(() => {
        ayonUp = false;
      });
  }, 15_000);
  check.unref?.();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    const status = leecher.status();
    if (path.endsWith("/healthz")) {
      const problems = ayonUp ? [] : ["AYON does not answer"];
      response.writeHead(problems.length ? 503 : 200, { "content-type": "application/json" });
      response.end(JSON.stringify({ ok: problems.length === 0, role: "leecher", ...status, problems }));
    } else if (path.endsWith("/metrics")) {
      response.writeHead(200, { "content-type": "text/plain; version=0.0.4; charset=utf-8" });
      response.end(
        [
          "# HELP kitsu_ayon_leecher_stored_total Kitsu events this leecher stored in AYON.",
          "# TYPE kitsu_ayon_leecher_stored_total counter",
          `kitsu_ayon_leecher_stored_total ${status.stored}`,
          "# HELP kitsu_ayon_leecher_duplicates_total Kitsu events another leecher had stored first.",
          "# TYPE kitsu_ayon_leecher_duplicates_total counter",
          `kitsu_ayon_leecher_duplicates_total ${status.duplicates}`,
          "# HELP kitsu_ayon_kitsu_socket_connected 1 while the Kitsu event socket is up.",
          "# TYPE kitsu_ayon_kitsu_socket_connected gauge",
          `kitsu_ayon_kitsu_socket_connected ${status.connected ? 1 : 0}`,
          "",
        ].join("\n"),
      );
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(config.serve.port, config.serve.host, () => resolve());
    });
  } catch (error) {
    clearInterval(check);
    await leecher.stop();
    throw new OpsServerError(
      `cannot serve /healthz and /metrics on ${config.serve.host}:${config.serve.port}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  const host = config.serve.host === "0.0.0.0" || config.serve.host === "::" ? "127.0.0.1" : config.serve.host;
  const url = `http://${host}:${(server.address() as AddressInfo).port}`;
  logger.info("kitsu-ayon: serving /healthz and /metrics", { url });
  return {
    url,
    leecher,
    async stop() {
      clearInterval(check);
      await leecher.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections?.();
    },
  };
}
