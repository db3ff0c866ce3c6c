import type { ResourceFamily, ResourceFamilyNode } from '@pn/shared';

/** One node of a family tree as it is shown: where it sits and how it relates to the resource on screen. */
export interface FamilyRow {
  node: ResourceFamilyNode;
  /** 0 for the root. */
  depth: number;
  /** The resource whose page this is. */
  current: boolean;
  /** A source the current resource descends from (its parent, its parent's parent...). */
  ancestorOfCurrent: boolean;
  /** The node this one adapts; null for the root. */
  parentId: string | null;
}

/** The ids from the root down to the node with `id` (both included); empty when it is not in the tree. */
export function pathTo(root: ResourceFamilyNode, id: string): string[] {
  if (root.id === id) return [root.id];
  for (const child of root.children) {
    const below = pathTo(child, id);
    if (below.length > 0) return [root.id, ...below];
  }
  return [];
}

/** Every node of the family in reading order (depth first, oldest first as the API lists them), marked. */
export function flattenFamily(family: ResourceFamily): FamilyRow[] {
  const ancestors = new Set(pathTo(family.root, family.resourceId).slice(0, -1));
  const rows: FamilyRow[] = [];
  const visit = (node: ResourceFamilyNode, depth: number, parentId: string | null) => {
    rows.push({
      node,
      depth,
      current: node.id === family.resourceId,
      ancestorOfCurrent: ancestors.has(node.id),
      parentId,
    });
    for (const child of node.children) visit(child, depth + 1, node.id);
  };
  visit(family.root, 0, null);
  return rows;
}

/** How many resources the family has besides the one on screen; 0 when it stands alone. */
export function relativesCount(family: ResourceFamily): number {
  const count = (node: ResourceFamilyNode): number => 1 + node.children.reduce((sum, child) => sum + count(child), 0);
  return count(family.root) - 1;
}

/** The family's resources in one language or for one country, so that a coordinator sees what exists for them. */
export function findInFamily(
  family: ResourceFamily,
  match: { language?: string; country?: string },
): ResourceFamilyNode[] {
  return flattenFamily(family)
    .map((row) => row.node)
    .filter(
      (node) =>
        !node.removed &&
        (match.language === undefined || node.language.toLowerCase() === match.language.toLowerCase()) &&
        (match.country === undefined || node.country.toUpperCase() === match.country.toUpperCase()),
    );
}
