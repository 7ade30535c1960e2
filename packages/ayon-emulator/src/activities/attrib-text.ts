import { pythonRepr } from "../model/pydantic.js";
import type { AttributeDefinition } from "../state/attributes.js";
import type { Json } from "../state/records.js";

/** Python's `str()` of a JSON value, as f-strings print it (`None`, `True`, `['a']`). */
export const pythonText = (value: Json): string => pythonRepr(value, false);

/**
 * `str()` of an attribute value as the server holds it: parsed by the attribute model, so a float
 * attribute's whole number prints as `25.0` and a datetime as `2024-01-01 00:00:00+00:00`.
 */
export function attribText(attributes: AttributeDefinition[], key: string, value: Json): string {
  const type = attributes.find((definition) => definition.name === key)?.type;
  if (type === "float" && typeof value === "number" && Number.isInteger(value)) return `${value}.0`;
  if (type === "datetime" && typeof value === "string") return value.replace("T", " ");
  return pythonText(value);
}
