import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  type KitsuAyonConfig,
  type KitsuAyonService,
  loadConfig,
  startKitsuAyonService,
} from "@kitsu-ayon/runner-node";

/** The configuration of this example: the settings a service would take from its environment. */
export function exampleConfig(options: {
  kitsu: { apiUrl: string; eventsUrl: string; token: string };
  ayon: { url: string; apiKey: string };
  projectId: string;
  stateDir: string;
}): KitsuAyonConfig {
  return loadConfig({
    env: {
      KITSU_API_URL: options.kitsu.apiUrl,
      KITSU_EVENTS_URL: options.kitsu.eventsUrl,
      KITSU_BOT_TOKEN: options.kitsu.token,
      AYON_SERVER_URL: options.ayon.url,
      AYON_API_KEY: options.ayon.apiKey,
      KITSU_AYON_PROJECTS: options.projectId,
      KITSU_AYON_STATE_DIR: options.stateDir,
    },
    cwd: options.stateDir,
  });
}

/**
 * An existing Node program (here, a small HTTP API of the studio's own) that embeds the sync: the
 * service runs in the same process, and its health and metrics routes are mounted under
 * `/kitsu-ayon/` in the program's own server instead of a second port.
 */
export async function startStudioApp(
  config: KitsuAyonConfig,
): Promise<{ url: string; service: KitsuAyonService; stop(): Promise<void> }> {
  const service = await startKitsuAyonService({ config, http: false });
  const server: Server = createServer((request, response) => {
    if (request.url?.startsWith("/kitsu-ayon/") && service.handleRequest(request, response)) return;
    if (request.url === "/hello") {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ hello: "from the studio's own API" }));
      return;
    }
    response.writeHead(404);
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    service,
    async stop() {
      await service.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
