// CommonJS consumers: require() of each package works on Node >= 20.19 (require(esm)), through the
// "default" export condition.
const wanted = {
  "@kitsu-ayon/kitsu-sdk": "createKitsuClient",
  "@kitsu-ayon/local-kitsu": "startLocalKitsu",
  "@kitsu-ayon/ayon-sdk": "createAyonClient",
  "@kitsu-ayon/ayon-emulator": "startAyonEmulator",
  "@kitsu-ayon/sync-core": "createSyncEngine",
  "@kitsu-ayon/runner-node": "startKitsuAyonService",
};
for (const [name, entry] of Object.entries(wanted)) {
  if (typeof require(name)[entry] !== "function") throw new Error(`require("${name}").${entry} is not a function`);
}
console.log(`consumer: require() loads all ${Object.keys(wanted).length} packages`);
