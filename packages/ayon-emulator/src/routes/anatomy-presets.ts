import type { HandlerInput, Router } from "../http/router.js";
import { builtinAnatomy } from "../model/anatomy-preset.js";
import { notFoundException } from "../model/failures.js";
import { ayonRoute, callerOf } from "../model/route-support.js";

// api/anatomy/__init__.py, read-only: the emulator stores no presets, so the list is empty and the
// primary preset is the built-in one, as on an AYON where no preset was saved.

/** The anatomy model version AYON stores presets under. */
const ANATOMY_VERSION = "1.0.0";

/** `__builtin__`, its deprecated alias `_`, and `__primary__` while no preset is primary. */
const BUILTIN_NAMES = new Set(["__builtin__", "_", "__primary__"]);

export function registerAnatomyPresetRoutes(router: Router): void {
  router.add(
    "GET",
    "/api/anatomy/presets",
    ayonRoute((input) => {
      callerOf(input);
      return { status: 200, body: { version: ANATOMY_VERSION, presets: [] } };
    }),
  );
  router.add("GET", "/api/anatomy/presets/:presetName", ayonRoute(getPreset));
}

function getPreset(input: HandlerInput) {
  callerOf(input);
  const name = input.params.presetName ?? "";
  if (!BUILTIN_NAMES.has(name)) throw notFoundException(`Anatomy preset ${name} not found.`);
  return { status: 200, body: builtinAnatomy(input.state) };
}
