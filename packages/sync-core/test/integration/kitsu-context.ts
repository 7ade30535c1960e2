import type { LocalKitsuConnection } from "@kitsu-ayon/kitsu-sdk/testing";

/** What the integration global setup provides: the one local Kitsu of the run, read with `inject("kitsu")`. */
declare module "vitest" {
  export interface ProvidedContext {
    kitsu: LocalKitsuConnection;
  }
}
