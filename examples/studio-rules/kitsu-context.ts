import type { LocalKitsuConnection } from "@kitsu-ayon/local-kitsu";

/** What the test suite's global setup provides: its local Kitsu, read with `inject("kitsu")`. */
declare module "vitest" {
  export interface ProvidedContext {
    kitsu: LocalKitsuConnection;
  }
}
