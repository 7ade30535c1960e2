import type { DesiredFolder, DesiredTask } from "../../src/model/desired-state.js";

/** A desired folder named after its key, a shot unless told otherwise. */
export const folder = (key: string, parentKey: string | null, extra: Partial<DesiredFolder> = {}): DesiredFolder => ({
  key,
  parentKey,
  name: key,
  label: key.toUpperCase(),
  folderType: "Shot",
  attrib: {},
  active: true,
  kind: "Shot",
  ...extra,
});

/** A desired animation task named after its key. */
export const task = (key: string, folderKey: string, extra: Partial<DesiredTask> = {}): DesiredTask => ({
  key,
  folderKey,
  name: key,
  label: key,
  taskType: "Animation",
  status: "Todo",
  assignees: [],
  attrib: {},
  active: true,
  ...extra,
});
