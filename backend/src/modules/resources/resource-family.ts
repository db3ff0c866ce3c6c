/** A member of a family as the database gives it: its link to its source, and whether the caller sees it. */
export interface FamilyRow<T> {
  id: string;
  adaptedFromId: string | null;
  visible: boolean;
  node: T;
}

export type Tree<T> = T & { children: Array<Tree<T>> };

/**
 * The family tree of `resourceId` as the caller may see it: rooted at its oldest visible ancestor (itself,
 * when none is visible), with every visible descendant of that root hung from its nearest visible ancestor;
 * the hidden ones are left out. Children come in the order of `rows`. Null when `resourceId` is not a
 * visible member of `rows`.
 */
export function buildFamily<T extends object>(rows: ReadonlyArray<FamilyRow<T>>, resourceId: string): Tree<T> | null {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const start = byId.get(resourceId);
  if (!start?.visible) return null;

  const nearestVisibleAncestor = (row: FamilyRow<T>): FamilyRow<T> | null => {
    const seen = new Set([row.id]);
    let current = row.adaptedFromId ? byId.get(row.adaptedFromId) : undefined;
    while (current && !seen.has(current.id)) {
      if (current.visible) return current;
      seen.add(current.id);
      current = current.adaptedFromId ? byId.get(current.adaptedFromId) : undefined;
    }
    return null;
  };

  let root = start;
  for (let above = nearestVisibleAncestor(root); above; above = nearestVisibleAncestor(root)) root = above;

  const trees = new Map<string, Tree<T>>();
  const treeOf = (row: FamilyRow<T>) => {
    let tree = trees.get(row.id);
    if (!tree) trees.set(row.id, (tree = { ...row.node, children: [] }));
    return tree;
  };
  const rootTree = treeOf(root);
  const descendsFromRoot = (row: FamilyRow<T>) => {
    for (let above = nearestVisibleAncestor(row); above; above = nearestVisibleAncestor(above)) {
      if (above.id === root.id) return true;
    }
    return false;
  };
  for (const row of rows) {
    // A visible row whose visible ancestors end elsewhere is another branch, above the caller's view.
    if (!row.visible || row.id === root.id || !descendsFromRoot(row)) continue;
    treeOf(nearestVisibleAncestor(row)!).children.push(treeOf(row));
  }
  return rootTree;
}
