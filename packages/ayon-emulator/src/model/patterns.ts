// AYON's validation patterns (ayon_server/types.py) with their Python source, which error messages quote.

const pattern = (source: string) => ({ source, test: new RegExp(source) });

export const NAME_PATTERN = pattern(String.raw`^[a-zA-Z0-9_]([a-zA-Z0-9_\.\-]*[a-zA-Z0-9_])?$`);
export const LABEL_PATTERN = pattern(`^[^';]*$`);
export const USER_NAME_PATTERN = pattern(String.raw`^[a-zA-Z0-9][a-zA-Z0-9_\.\-]*[a-zA-Z0-9]$`);
export const PROJECT_NAME_PATTERN = pattern("^[a-zA-Z0-9_]*$");
/** Entity models use `[0-f]`, an ASCII range that also admits `:;<=>?@`, upper case and more. */
export const MODEL_ENTITY_ID_PATTERN = pattern("^[0-f]{32}$");
/** Path parameters use EntityID.META: exactly 32 lowercase hex characters. */
export const PATH_ENTITY_ID_PATTERN = pattern("^[0-9a-f]{32}$");
export const COLOR_PATTERN = pattern("^#(?:[0-9a-fA-F]{3}){1,2}$");
