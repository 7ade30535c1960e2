export { LocalKitsuError } from "./errors.js";
export { type MintZouAccessTokenOptions, mintZouAccessToken } from "./mint-token.js";
export {
  type LocalKitsu,
  type LocalKitsuConnection,
  type StartLocalKitsuOptions,
  startLocalKitsu,
} from "./start-local-kitsu.js";
export { defaultCacheDir, type EnsureZouOptions, ensureZou, type ZouInstall } from "./zou-install.js";
export { ZOU_VERSION } from "./zou-version.js";
