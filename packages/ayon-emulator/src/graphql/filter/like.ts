const cache = new Map<string, RegExp>();

/**
 * SQL `LIKE` / `ILIKE`: `%` matches any run of characters, `_` any single character, and a
 * backslash escapes the next one. AYON passes topic wildcards and project names through LIKE, so
 * `_` in a name is a wildcard there too.
 */
export function sqlLike(text: string, pattern: string, caseInsensitive: boolean): boolean {
  const cacheKey = `${caseInsensitive ? "i" : "s"}:${pattern}`;
  let regex = cache.get(cacheKey);
  if (!regex) {
    regex = new RegExp(`^${likeSource(pattern)}$`, caseInsensitive ? "is" : "s");
    if (cache.size > 1000) cache.clear();
    cache.set(cacheKey, regex);
  }
  return regex.test(text);
}

function likeSource(pattern: string): string {
  let source = "";
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index] as string;
    if (char === "\\" && index + 1 < pattern.length) {
      source += escapeRegex(pattern[++index] as string);
    } else if (char === "%") {
      source += ".*";
    } else if (char === "_") {
      source += ".";
    } else {
      source += escapeRegex(char);
    }
  }
  return source;
}

const escapeRegex = (char: string) => char.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
