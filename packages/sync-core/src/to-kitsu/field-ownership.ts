/**
 * Which side owns each group of fields. `kitsu`: Kitsu's value is written to AYON, AYON edits are
 * set back. `ayon`: the reverse. `both`: each side's edits reach the other, the last writer (by
 * event time) winning.
 */
export type FieldOwner = "kitsu" | "ayon" | "both";

export const FIELD_GROUPS = ["hierarchy", "attributes", "status", "assignees", "comments", "descriptions"] as const;
export type FieldGroup = (typeof FIELD_GROUPS)[number];

export type FieldOwnership = Readonly<Record<FieldGroup, FieldOwner>>;

/** Kitsu owns the hierarchy and attributes; both sides own status, assignees, comments and descriptions. */
export const DEFAULT_FIELD_OWNERSHIP: FieldOwnership = {
  hierarchy: "kitsu",
  attributes: "kitsu",
  status: "both",
  assignees: "both",
  comments: "both",
  descriptions: "both",
};

const OWNERS: readonly string[] = ["kitsu", "ayon", "both"];

/** The defaults with `overrides` applied. Throws a TypeError naming every unknown group or owner. */
export function resolveFieldOwnership(overrides: Readonly<Record<string, unknown>> = {}): FieldOwnership {
  const problems: string[] = [];
  const resolved: Record<FieldGroup, FieldOwner> = { ...DEFAULT_FIELD_OWNERSHIP };
  for (const [group, owner] of Object.entries(overrides)) {
    if (!(FIELD_GROUPS as readonly string[]).includes(group)) {
      problems.push(`unknown field group "${group}" (known: ${FIELD_GROUPS.join(", ")})`);
    } else if (typeof owner !== "string" || !OWNERS.includes(owner)) {
      problems.push(`field group "${group}": owner must be one of ${OWNERS.join(", ")}, not ${JSON.stringify(owner)}`);
    } else resolved[group as FieldGroup] = owner as FieldOwner;
  }
  if (problems.length > 0) throw new TypeError(`field ownership: ${problems.join("; ")}`);
  return resolved;
}

/** AYON's edits of this group are written to Kitsu. */
export const flowsToKitsu = (ownership: FieldOwnership, group: FieldGroup) => ownership[group] !== "kitsu";
/** Kitsu's values of this group are written to AYON. */
export const flowsToAyon = (ownership: FieldOwnership, group: FieldGroup) => ownership[group] !== "ayon";
