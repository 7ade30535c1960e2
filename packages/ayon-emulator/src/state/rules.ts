// Validation patterns of AYON 1.16 (ayon_server/types.py), applied by the emulator exactly as the server does.

/** Entity names (folders, tasks, products), senders, access groups. */
export const NAME_REGEX = /^[a-zA-Z0-9_]([a-zA-Z0-9_.-]*[a-zA-Z0-9_])?$/;
/** Project names and codes in URLs: letters, digits and `_` only (they become SQL schema names). */
export const PROJECT_NAME_REGEX = /^[a-zA-Z0-9_]+$/;
export const PROJECT_CODE_REGEX = /^[a-zA-Z0-9_][a-zA-Z0-9_]*[a-zA-Z0-9_]$/;
export const USER_NAME_REGEX = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*[a-zA-Z0-9]$/;
/** Labels cannot contain `'` or `;`. */
export const LABEL_REGEX = /^[^';]*$/;
/** Only for GraphQL filter arguments (statuses, folderTypes, taskTypes). */
export const STATUS_REGEX = /^[a-zA-Z0-9_][a-zA-Z0-9_ -]{1,64}[a-zA-Z0-9_]$/;
export const TOPIC_REGEX = /^[a-zA-Z][a-zA-Z0-9_.*]{2,64}$/;
/** Entity ids: 32 lowercase hex characters. */
export const ENTITY_ID_REGEX = /^[0-9a-f]{32}$/;

/** A new 32-hex entity id, like `uuid.uuid1().hex` on the server. */
export const newEntityId = () => crypto.randomUUID().replaceAll("-", "");
