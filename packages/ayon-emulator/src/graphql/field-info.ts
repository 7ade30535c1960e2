import { type GraphQLResolveInfo, Kind, type SelectionNode } from "graphql";

/**
 * The selected field paths as AYON's `FieldInfo` (ayon_server/graphql/resolvers/common.py) lists
 * them: dotted from the current field, with the first matching root stripped. Like strawberry, a
 * named fragment adds its name to the path and an inline fragment restarts it, so fields inside
 * fragments are often not recognised, and AYON then skips the joins that compute them.
 */
export function selectedFields(info: GraphQLResolveInfo, roots: readonly string[]): Set<string> {
  const fields = new Set<string>();
  const add = (path: string) => {
    const root = roots.find((candidate) => path.startsWith(`${candidate}.`));
    fields.add(root ? path.slice(root.length + 1) : path);
  };
  const walk = (selections: readonly SelectionNode[], prefix: string | null) => {
    for (const selection of selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet.selections, null);
        continue;
      }
      const path = prefix ? `${prefix}.${selection.name.value}` : selection.name.value;
      add(path);
      if (selection.kind === Kind.FIELD && selection.selectionSet) walk(selection.selectionSet.selections, path);
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = info.fragments[selection.name.value];
        if (fragment) walk(fragment.selectionSet.selections, path);
      }
    }
  };
  walk(info.fieldNodes, null);
  return fields;
}
