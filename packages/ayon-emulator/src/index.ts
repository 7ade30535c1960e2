// @kitsu-ayon/ayon-emulator: an in-process AYON emulator (HTTP, GraphQL, WebSocket) for tests and demos (Node only).

export { type AyonEmulator, type AyonEmulatorOptions, startAyonEmulator } from "./emulator.js";
export type { AttributeDefinition, AttributeScope } from "./state/attributes.js";
export { DEFAULT_ATTRIBUTES } from "./state/attributes.js";
export type { EmulatorState } from "./state/store.js";
