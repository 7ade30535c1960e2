import { compareText } from "../graphql/filter/collation.js";
import type { ProjectRecord } from "../state/records.js";
import { REFERENCED_ENTITY_TYPES } from "./activity-models.js";
import { entityReference, type ReferenceDraft, userReference } from "./references.js";

// ayon_server/activities/utils.py: mentions are markdown links whose target is `<type>:<id>`
// (`[Jane](user:jane)`, `[sh010](folder:<id>)`); images (`![..](..)`) are not links. Python's `.`
// is any character but a newline.
const LINK_PATTERN = /(?<!!)\[([^\n]*?)\]\(([^\n]*?)\)/g;

const REFERENCED: ReadonlySet<string> = new Set(REFERENCED_ENTITY_TYPES);

/**
 * `extract_link_tuples`: (type, id) of each link, once each. A target that does not split into
 * exactly two parts on `:` is skipped, as is an unknown type; a team stands for its members.
 */
export function linkTargets(body: string, project: ProjectRecord): [string, string][] {
  const found = new Map<string, [string, string]>();
  const add = (type: string, id: string) => found.set(JSON.stringify([type, id]), [type, id]);
  for (const match of body.matchAll(LINK_PATTERN)) {
    const parts = (match[2] ?? "").split(":");
    if (parts.length !== 2) continue;
    const [type, id] = parts as [string, string];
    if (!REFERENCED.has(type)) continue;
    if (type === "team") for (const member of teamMembers(project, id)) add("user", member);
    else add(type, id);
  }
  return [...found.values()];
}

/** `extract_mentions`: a "mention" reference for each link target. */
export function extractMentions(body: string, project: ProjectRecord): ReferenceDraft[] {
  return linkTargets(body, project).map(([type, id]) =>
    type === "user" ? userReference("mention", id) : entityReference("mention", type, id),
  );
}

/** `get_team_members`: the member names of `project.data.teams[name]`, sorted. */
function teamMembers(project: ProjectRecord, name: string): string[] {
  const teams = project.data.teams;
  if (!Array.isArray(teams)) return [];
  const names: string[] = [];
  for (const team of teams) {
    if (!team || typeof team !== "object" || Array.isArray(team) || team.name !== name) continue;
    if (!Array.isArray(team.members)) continue;
    for (const member of team.members) {
      if (member && typeof member === "object" && !Array.isArray(member) && typeof member.name === "string")
        names.push(member.name);
    }
  }
  return names.sort(compareText);
}

/** `is_body_with_checklist`: a markdown task list item (`- [ ]`, `* [x]`). */
export const hasChecklist = (body: string) => /^\s*[-*]\s*\[[ xX]\]/m.test(body);

/**
 * `ensure_only_checkboxes_changed` (ayon_server/activities/update_activity.py): true when the two
 * bodies differ in their checkboxes only (and the whitespace around them).
 */
export function onlyCheckboxesChanged(before: string, after: string): boolean {
  const unify = (text: string) => text.replace(/\s*\[[ xX]\]\s*/g, "[checkbox]");
  return unify(before) === unify(after);
}

/** Python's `len()`: code points, not UTF-16 units. */
export const pythonLength = (text: string) => [...text].length;
