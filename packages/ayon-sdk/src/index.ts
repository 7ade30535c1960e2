// Public API of @kitsu-ayon/ayon-sdk. The client and the emulator are being built; the generated
// AYON types are usable today.
export type { components as AyonApiComponents, paths as AyonApiPaths } from "./generated/ayon-api.js";
export type * as AyonGraphql from "./generated/ayon-graphql.js";
