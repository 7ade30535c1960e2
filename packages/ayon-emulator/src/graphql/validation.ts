import { NAME_REGEX, STATUS_REGEX, TOPIC_REGEX, USER_NAME_REGEX } from "../state/rules.js";
import { badRequest } from "./errors.js";

/** Python spellings of AYON's patterns, as its messages print them (ayon_server/types.py). */
const PY = {
  name: "^[a-zA-Z0-9_]([a-zA-Z0-9_\\.\\-]*[a-zA-Z0-9_])?$",
  status: "^[a-zA-Z0-9_][a-zA-Z0-9_ \\-]{1,64}[a-zA-Z0-9_]$",
  user: "^[a-zA-Z0-9][a-zA-Z0-9_\\.\\-]*[a-zA-Z0-9]$",
  topic: "^[a-zA-Z][a-zA-Z0-9_\\.\\*]{2,64}$",
};

/** `validate_name`: a BadRequestException (status 400 in the GraphQL error). */
export function validateName(name: string, regex = NAME_REGEX, source = PY.name): string {
  if (!regex.test(name)) throw badRequest(`Name '${name}' does not match regex '${source}'`);
  return name;
}

export const validateNames = (names: string[]) => names.map((name) => validateName(name));
/** Statuses and type names share STATUS_REGEX (3+ characters). */
export const validateStatuses = (names: string[]) => names.map((name) => validateName(name, STATUS_REGEX, PY.status));

export function validateUserName(name: string): string {
  if (!USER_NAME_REGEX.test(name)) throw badRequest(`User name '${name}' does not match regex '${PY.user}'`);
  return name;
}

/** `validate_topic_list`: `*` becomes the LIKE wildcard `%`. */
export function validateTopics(topics: string[]): string[] {
  return topics.map((topic) => {
    if (!TOPIC_REGEX.test(topic)) throw badRequest(`Topic '${topic}' does not match regex '${PY.topic}'`);
    return topic.replaceAll("*", "%");
  });
}

const EMAIL = /^[a-zA-Z0-9_.+-]+@[a-zA-Z0-9-]+\.[a-zA-Z0-9-.]+$/;

export function validateEmail(email: string): string {
  if (!EMAIL.test(email)) throw badRequest(`Invalid email: '${email}'`);
  return email;
}

/** `EntityID.parse` (a ValueError, so no status in the GraphQL error). */
export function parseId(value: string): string {
  const id = value.replaceAll("-", "");
  if (id.length !== 32) throw new Error(`Invalid entity ID ${value}`);
  return id;
}
