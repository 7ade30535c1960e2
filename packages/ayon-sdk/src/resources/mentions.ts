/**
 * What a mention may point at. AYON reads every markdown link `[label](<type>:<id>)` of an activity
 * body as a mention; `team` stands for the members of one of the project's teams.
 */
export type MentionTarget =
  | "user"
  | "team"
  | "activity"
  | "folder"
  | "task"
  | "product"
  | "version"
  | "representation"
  | "workfile";

/**
 * A markdown link that AYON turns into a "mention" reference: `[label](user:jane)` makes the activity
 * show in Jane's feed. AYON reads the target only; the label is what people see (its square
 * brackets are dropped, so they cannot end the link early). Entity ids must be UUIDs (32 hex
 * characters): AYON fails the whole activity on any other.
 */
export function mention(target: MentionTarget, id: string, label: string = id): string {
  return `[${label.replace(/[[\]]/g, "")}](${target}:${id})`;
}

/** `[Full Name](user:name)`: mentions a user. */
export const mentionUser = (name: string, label: string = name) => mention("user", name, label);
