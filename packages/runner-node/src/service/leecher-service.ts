import type { Logger } from "@kitsu-ayon/ayon-sdk";
import type { KitsuAyonConfig } from "../config/config.js";
import { type Leecher, startLeecher } from "../scale-out/roles.js";
import { createClients } from "./clients.js";
import { type LeecherHealth, watchLeecherHealth } from "./leecher-health.js";
import { opsRoute, startOpsServer } from "./ops-server.js";

export interface LeecherServiceOptions {
  /** How often Kitsu's event log and AYON are checked for `/healthz`. @default 15000 */
  healthIntervalMs?: number;
}

export interface LeecherService {
  url: string;
  leecher: Leecher;
  health(): LeecherHealth;
  /**
   * Resolves with the failure once the leecher stopped by itself on one no retry cures (refused
   * credentials or rights, a wrong URL); never resolves otherwise. `serve` then exits 3.
   */
  failed: Promise<unknown>;
  stop(): Promise<void>;
}

/**
 * `serve --role leecher`: a leecher (no local state, so no lock: run as many as you like), with
 * `/healthz` (200 while it runs, Kitsu's event log is readable and AYON answers; see
 * `watchLeecherHealth`) and `/metrics` on the configured port.
 */
export async function startLeecherService(
  config: KitsuAyonConfig,
  logger: Logger,
  options: LeecherServiceOptions = {},
): Promise<LeecherService> {
  const clients = createClients(config, { logger, sender: "kitsu-ayon-leecher" });
  const leecher = await startLeecher({ ...clients, logger });
  const watch = watchLeecherHealth(clients, leecher, options.healthIntervalMs ?? 15_000);
  let server: Awaited<ReturnType<typeof startOpsServer>>;
  try {
    server = await startOpsServer(
      config.serve,
      (request, response) => {
        const route = opsRoute(request);
        if (route === "healthz") {
          const health = watch.health();
          response.writeHead(health.ok ? 200 : 503, { "content-type": "application/json" });
          response.end(JSON.stringify(health));
          return true;
        }
        if (route !== "metrics") return false;
        response.writeHead(200, { "content-type": "text/plain; version=0.0.4; charset=utf-8" });
        response.end(leecherMetricsText(watch.health()));
        return true;
      },
      logger,
    );
  } catch (error) {
    watch.stop();
    await leecher.stop();
    throw error;
  }
  return {
    url: server.url,
    leecher,
    health: () => watch.health(),
    failed: leecher.failed,
    async stop() {
      watch.stop();
      await leecher.stop();
      await server.close();
    },
  };
}

function leecherMetricsText(health: LeecherHealth): string {
  const lines: string[] = [];
  const metric = (name: string, type: "counter" | "gauge", help: string, samples: [string, number][]) => {
    lines.push(`# HELP kitsu_ayon_${name} ${help}`, `# TYPE kitsu_ayon_${name} ${type}`);
    for (const [labels, value] of samples) lines.push(`kitsu_ayon_${name}${labels} ${value}`);
  };
  metric("leecher_stored_total", "counter", "Kitsu events this leecher stored in AYON.", [["", health.stored]]);
  metric("leecher_duplicates_total", "counter", "Kitsu events another leecher had stored first.", [
    ["", health.duplicates],
  ]);
  metric("leecher_refused_total", "counter", "Kitsu events AYON refused to store (passed over, logged as errors).", [
    ["", health.refused],
  ]);
  metric("leecher_outage", "gauge", "1 while AYON is unreachable or busy and Kitsu events wait.", [
    ["", health.outage ? 1 : 0],
  ]);
  metric("up", "gauge", "1 when the server answered the last health check.", [
    ['{server="kitsu"}', health.kitsu.ok ? 1 : 0],
    ['{server="ayon"}', health.ayon.ok ? 1 : 0],
  ]);
  metric("kitsu_socket_connected", "gauge", "1 while the Kitsu event socket is up.", [["", health.connected ? 1 : 0]]);
  return `${lines.join("\n")}\n`;
}
