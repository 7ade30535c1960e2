import type { AyonOperation } from "@kitsu-ayon/ayon-sdk";
import type { AttribPatch, FieldChange, PlannedAction } from "./plan-types.js";

/** The `data` of an update operation: changed fields, with `attrib.x` changes grouped under `attrib`. */
function updateData(changes: FieldChange[]): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  const attrib: AttribPatch = {};
  for (const change of changes) {
    if (change.field.startsWith("attrib."))
      attrib[change.field.slice("attrib.".length)] = change.new as AttribPatch[string];
    else data[change.field] = change.new;
  }
  if (Object.keys(attrib).length) data.attrib = attrib;
  return data;
}

/** Own attributes of a new entity: `null` means "inherit", which a create expresses by leaving it out. */
const ownValues = (attrib: AttribPatch) =>
  Object.fromEntries(Object.entries(attrib).filter(([, value]) => value !== null));

/** One batch operation per planned action; the operation id is the action's index, for matching results. */
export function operationOf(action: PlannedAction, index: number): AyonOperation {
  const id = `op${index}`;
  if (action.kind === "delete") return { id, type: "delete", entityType: action.entity, entityId: action.id };
  if (action.kind === "update")
    return { id, type: "update", entityType: action.entity, entityId: action.id, data: updateData(action.changes) };
  if (action.entity === "folder") {
    const { desired, parentId } = action;
    return {
      id,
      type: "create",
      entityType: "folder",
      entityId: action.id,
      data: {
        name: desired.name,
        label: desired.label,
        folderType: desired.folderType,
        parentId,
        active: desired.active,
        attrib: ownValues(desired.attrib),
        data: { kitsuId: desired.key },
      },
    };
  }
  const { desired, folderId } = action;
  return {
    id,
    type: "create",
    entityType: "task",
    entityId: action.id,
    data: {
      name: desired.name,
      label: desired.label,
      taskType: desired.taskType,
      status: desired.status,
      folderId,
      assignees: desired.assignees,
      active: desired.active,
      attrib: ownValues(desired.attrib),
      data: { kitsuId: desired.key },
    },
  };
}
