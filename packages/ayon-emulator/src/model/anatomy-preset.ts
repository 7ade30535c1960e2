import type { AnatomyItem, JsonObject } from "../state/records.js";
import type { EmulatorState } from "../state/store.js";
import { anatomyModel } from "./anatomy-models.js";
import { projectFromAnatomy } from "./project-create.js";
import { anatomyView } from "./project-view.js";
import { AUX_LISTS, listItems } from "./project-write.js";
import { parseModel } from "./pydantic.js";

/**
 * The built-in anatomy (`Anatomy()`, what `GET /api/anatomy/presets/__builtin__` answers), as the
 * emulator keeps an anatomy: the same lists, attributes and common templates a project deployed
 * without one gets.
 */
export function builtinAnatomy(state: EmulatorState): JsonObject {
  const data = projectFromAnatomy(parseModel(anatomyModel(state.attributes), {}));
  const lists = Object.fromEntries(
    AUX_LISTS.map((list) => [list.key, listItems(list.model, data.lists[list.column], false) as AnatomyItem[]]),
  ) as Record<(typeof AUX_LISTS)[number]["key"], AnatomyItem[]>;
  return anatomyView(state, { ...lists, linkTypes: data.linkTypes, attrib: data.attrib, config: data.config });
}
