// @kitsu-ayon/local-kitsu: a real local Kitsu (Zou with its PostgreSQL and Redis) for tests and demos (Node only).

export { LocalKitsuError } from "./errors.js";
export {
  type FaultProxy,
  type FaultProxyCounters,
  type FaultProxyOptions,
  type FaultRecord,
  type FaultSettings,
  startFaultProxy,
} from "./fault-proxy.js";
export { findFreePorts } from "./free-port.js";
export { type MintZouAccessTokenOptions, mintZouAccessToken } from "./mint-token.js";
export {
  type LocalKitsu,
  type LocalKitsuConnection,
  type StartLocalKitsuOptions,
  startLocalKitsu,
} from "./start-local-kitsu.js";
export { defaultCacheDir, type EnsureZouOptions, ensureZou, type ZouInstall } from "./zou-install.js";
export { ZOU_VERSION } from "./zou-version.js";
