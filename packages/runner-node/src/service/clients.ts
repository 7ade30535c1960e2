import { type AyonClient, createAyonClient, type Logger } from "@kitsu-ayon/ayon-sdk";
import { createKitsuClient, type KitsuClient } from "@kitsu-ayon/kitsu-sdk";
import type { KitsuAyonConfig } from "../config/config.js";

/** The sender AYON records on every write, so the sync's own changes can be told apart. */
export const SENDER_TYPE = "kitsu";

export function createClients(
  config: KitsuAyonConfig,
  options: { logger?: Logger; sender?: string } = {},
): { kitsu: KitsuClient; ayon: AyonClient } {
  const kitsu = createKitsuClient({
    apiUrl: config.kitsu.apiUrl,
    ...(config.kitsu.eventsUrl ? { eventsUrl: config.kitsu.eventsUrl } : {}),
    auth: config.kitsu.auth,
    ...(options.logger ? { logger: options.logger } : {}),
  });
  const ayon = createAyonClient({
    serverUrl: config.ayon.serverUrl,
    apiKey: config.ayon.apiKey,
    sender: options.sender ?? "kitsu-ayon",
    senderType: SENDER_TYPE,
    ...(options.logger ? { logger: options.logger } : {}),
  });
  return { kitsu, ayon };
}

/** The secret values of a configuration, for loggers to mask. */
export function secretsOf(config: KitsuAyonConfig): string[] {
  const auth = config.kitsu.auth;
  return [config.ayon.apiKey, ...("token" in auth ? [auth.token] : [auth.password])];
}
