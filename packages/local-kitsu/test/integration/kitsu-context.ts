import type { LocalKitsuConnection } from "../../src/index.js";

/** What the integration global setup provides: the one local Kitsu of the run, read with `inject("kitsu")`. */
declare module "vitest" {
  export interface ProvidedContext {
    kitsu: LocalKitsuConnection;
  }
}
