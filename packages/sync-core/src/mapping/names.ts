import type { MappingWarning } from "../model/desired-state.js";

/** AYON's rule for folder, task and product names (`NAME_REGEX`). */
export const AYON_NAME_PATTERN = /^[a-zA-Z0-9_]([a-zA-Z0-9_.-]*[a-zA-Z0-9_])?$/;
/** AYON's rule for labels (`LABEL_REGEX`): no `'` and no `;`. */
export const AYON_LABEL_PATTERN = /^[^';]*$/;
/** AYON's rule for user names (`USER_NAME_REGEX`): at least two characters, alphanumeric at both ends. */
export const AYON_USER_NAME_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*[a-zA-Z0-9]$/;
/** Longest name the mapping produces: long enough for any real shot name, short enough for paths. */
export const MAX_NAME_LENGTH = 64;
/** The name given to a Kitsu name with nothing left after slugging (emoji or punctuation only). */
export const FALLBACK_NAME = "unnamed";

// Letters that NFKD leaves as they are; the addon's remove_accents maps the same ones, so names match.
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  Æ: "AE",
  æ: "ae",
  Ð: "D",
  ð: "d",
  Đ: "D",
  đ: "d",
  Ø: "O",
  ø: "o",
  Þ: "TH",
  þ: "th",
  ß: "ss",
  ẞ: "SS",
  Œ: "OE",
  œ: "oe",
  ƒ: "f",
  Ł: "L",
  ł: "l",
  ı: "i",
  Ħ: "H",
  ħ: "h",
};

/** Transliterates to ASCII where a letter has an obvious ASCII form ("Kožušček" -> "Kozuscek"). */
export function toAscii(text: string): string {
  const mapped = Array.from(text, (char) => SPECIAL_LETTERS[char] ?? char).join("");
  return mapped.normalize("NFKD").replace(/\p{M}/gu, "");
}

/**
 * The addon's `slugify(name, separator="_")`: ASCII, lower case, every run of other characters one
 * `_`, no `_` at either end, capped at {@link MAX_NAME_LENGTH}. Empty when nothing is left.
 */
export function slugify(text: string): string {
  const slug = toAscii(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  return capName(slug, MAX_NAME_LENGTH);
}

/** The AYON name of a Kitsu name: its slug, or {@link FALLBACK_NAME} when the slug is empty. */
export function ayonName(kitsuName: string): string {
  return slugify(kitsuName) || FALLBACK_NAME;
}

/** The AYON label of a Kitsu name: the name itself without the two characters AYON refuses. */
export function ayonLabel(kitsuName: string): string {
  return kitsuName.replace(/[';]/g, "").trim();
}

/** Cuts a name to `max` characters; separators left at the cut are dropped, as a slug never ends with one. */
export function capName(name: string, max: number): string {
  if (name.length <= max) return name;
  return name.slice(0, max).replace(/[^a-zA-Z0-9]+$/, "");
}

export interface SiblingName {
  /** Stable identity (a Kitsu id or a grouping key). */
  key: string;
  /** The wanted AYON name, already valid (see {@link ayonName}). */
  name: string;
  /** Kitsu creation time; the oldest sibling keeps the plain name, so a newcomer never renames it. */
  createdAt?: string;
}

export interface UniqueNames {
  /** Final name by key. */
  names: Map<string, string>;
  warnings: MappingWarning[];
}

/**
 * Makes names unique among siblings, case-insensitively as AYON compares them. The first sibling by
 * (createdAt, key) keeps its name; each other one gets `_` plus the start of its own key, so its
 * name does not depend on how many siblings collide (adding or removing one renames nobody else).
 * Never fails: a suffix that is itself taken is lengthened, then numbered.
 */
export function uniqueSiblingNames(items: readonly SiblingName[], maxLength = MAX_NAME_LENGTH): UniqueNames {
  const ordered = [...items].sort(bySeniority);
  const taken = new Set<string>();
  const names = new Map<string, string>();
  const latecomers: SiblingName[] = [];
  for (const item of ordered) {
    const folded = item.name.toLowerCase();
    if (taken.has(folded)) latecomers.push(item);
    else {
      taken.add(folded);
      names.set(item.key, item.name);
    }
  }
  const warnings: MappingWarning[] = [];
  for (const item of latecomers) {
    const name = freeSuffixedName(item, taken, maxLength);
    taken.add(name.toLowerCase());
    names.set(item.key, name);
    warnings.push({
      kitsuId: item.key,
      message: `name "${item.name}" is already used by a sibling (compared case-insensitively); named "${name}"`,
    });
  }
  return { names, warnings };
}

function bySeniority(a: SiblingName, b: SiblingName): number {
  return compareText(a.createdAt ?? "", b.createdAt ?? "") || compareText(a.key, b.key);
}

/** Code-point order: stable whatever the runtime's locale. */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function freeSuffixedName(item: SiblingName, taken: ReadonlySet<string>, maxLength: number): string {
  const tag = item.key.toLowerCase().replace(/[^a-z0-9]/g, "");
  const tagLengths = [6, 8, 12, tag.length].filter(
    (length, index, all) => length <= tag.length && all.indexOf(length) === index,
  );
  for (const length of tagLengths) {
    const candidate = withSuffix(item.name, tag.slice(0, length), maxLength);
    if (length > 0 && !taken.has(candidate.toLowerCase())) return candidate;
  }
  for (let number = 2; ; number++) {
    const candidate = withSuffix(item.name, String(number), maxLength);
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** `base_suffix`, the base shortened so the whole fits and still ends with a valid character. */
export function withSuffix(base: string, suffix: string, maxLength = MAX_NAME_LENGTH): string {
  const head = base.slice(0, Math.max(0, maxLength - suffix.length - 1)).replace(/[^a-zA-Z0-9]+$/, "");
  return head ? `${head}_${suffix}` : suffix;
}

/** The slug of a title, or the fallback name with a warning when the title has nothing to slug. */
export function siblingName(
  item: { key: string; title: string; createdAt?: string },
  warnings: MappingWarning[],
): SiblingName {
  const slug = slugify(item.title);
  if (slug === "") {
    warnings.push({
      kitsuId: item.key,
      message: `name ${JSON.stringify(item.title)} has no character AYON accepts in a name; named "${FALLBACK_NAME}"`,
    });
  }
  const name = slug || FALLBACK_NAME;
  return item.createdAt === undefined ? { key: item.key, name } : { key: item.key, name, createdAt: item.createdAt };
}
