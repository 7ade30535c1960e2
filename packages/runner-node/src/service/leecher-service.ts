import type { Logger } from "@kitsu-ayon/ayon-sdk";
import type { KitsuAyonConfig } from "../config/config.js";
import { startLeecher } from "../scale-out/roles.js";
import { createClients } from "./clients.js";
import { opsRoute, startOpsServer } from "./ops-server.js";

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
  let server: Awaited<ReturnType<typeof startOpsServer>>;
  try {
    server = await startOpsServer(
      config.serve,
      (request, response) => {
        const route = opsRoute(request);
        const status = leecher.status();
        if (route === "healthz") {
          const problems = ayonUp ? [] : ["AYON does not answer"];
          response.writeHead(problems.length ? 503 : 200, { "content-type": "application/json" });
          response.end(JSON.stringify({ ok: problems.length === 0, role: "leecher", ...status, problems }));
          return true;
        }
        if (route !== "metrics") return false;
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
        return true;
      },
      logger,
    );
  } catch (error) {
    clearInterval(check);
    await leecher.stop();
    throw error;
  }
  return {
    url: server.url,
    leecher,
    async stop() {
      clearInterval(check);
      await leecher.stop();
      await server.close();
    },
  };
}
