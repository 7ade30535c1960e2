/** An item of a project's statuses, task types or folder types, as AYON's PATCH takes it. */
export interface AnatomyItem {
  name: string;
  /** Rename an existing item: AYON renames it in place and every entity using it follows. */
  originalName?: string;
  [field: string]: unknown;
}

export interface AnatomyMergeResult<T extends AnatomyItem> {
  /** The full list to send: AYON replaces the whole list (and its order) on PATCH. */
  items: T[];
  added: string[];
  updated: string[];
  renamed: { from: string; to: string }[];
  /** True when `items` differs from what the project has. */
  changed: boolean;
}

const key = (name: string) => name.toLowerCase();

/**
 * Adds and updates items without ever dropping one: AYON deletes every item missing from a PATCH
 * (ayon_server/entities/project_aux_tables.py) and fails with a foreign-key 409 when one is still
 * used. Existing items keep their position and the fields the wanted item does not set; new items go
 * at the end. Names match case-insensitively, as AYON's unique index on LOWER(name) does, and an
 * existing item keeps its spelling.
 */
export function mergeAnatomyItems<T extends AnatomyItem>(
  existing: readonly T[],
  wanted: readonly AnatomyItem[],
): AnatomyMergeResult<T> {
  const items: T[] = existing.map((item) => ({ ...item }));
  const index = new Map(items.map((item, position) => [key(item.name), position]));
  const result: AnatomyMergeResult<T> = { items, added: [], updated: [], renamed: [], changed: false };
  for (const { originalName, ...fields } of wanted) {
    const renaming =
      originalName !== undefined && key(originalName) !== key(fields.name) && index.has(key(originalName));
    const position = index.get(key(renaming ? (originalName as string) : fields.name));
    if (position === undefined) {
      index.set(key(fields.name), items.length);
      items.push({ ...fields } as T);
      result.added.push(fields.name);
      continue;
    }
    const current = items[position] as T;
    // A case-only change of a name would collide with AYON's unique LOWER(name) index: keep the
    // existing spelling unless renaming through originalName.
    const next = { ...current, ...fields, ...(renaming ? {} : { name: current.name }) } as T;
    if (renaming) {
      index.delete(key(current.name));
      index.set(key(fields.name), position);
      items[position] = { ...next, original_name: current.name } as T;
      result.renamed.push({ from: current.name, to: fields.name });
    } else if (!sameFields(current, next)) {
      items[position] = next;
      result.updated.push(current.name);
    }
  }
  result.changed = result.added.length + result.updated.length + result.renamed.length > 0;
  return result;
}

function sameFields(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const name of keys) {
    if (JSON.stringify(a[name]) !== JSON.stringify(b[name])) return false;
  }
  return true;
}
