import { buildFamily, type FamilyRow } from './resource-family';

type Node = { id: string };
const row = (id: string, adaptedFromId: string | null, visible = true): FamilyRow<Node> => ({
  id,
  adaptedFromId,
  visible,
  node: { id },
});
type Shape = { id: string; children: Shape[] };
const shape = (tree: Shape | null): unknown => tree && { [tree.id]: tree.children.map((child) => shape(child)) };

describe('buildFamily', () => {
  // a <- b <- c, b <- d, a <- e <- f
  const rows = [row('a', null), row('b', 'a'), row('c', 'b'), row('d', 'b'), row('e', 'a'), row('f', 'e')];

  it('starts from the oldest ancestor and shows every descendant, from any member of the family', () => {
    const whole = { a: [{ b: [{ c: [] }, { d: [] }] }, { e: [{ f: [] }] }] };
    for (const id of ['a', 'c', 'f']) expect(shape(buildFamily(rows, id))).toEqual(whole);
  });

  it('hangs the visible adaptations of a hidden resource from its nearest visible ancestor', () => {
    const hidden = rows.map((r) => (r.id === 'b' ? { ...r, visible: false } : r));
    expect(shape(buildFamily(hidden, 'c'))).toEqual({ a: [{ c: [] }, { d: [] }, { e: [{ f: [] }] }] });
  });

  it('starts from the oldest visible ancestor when the oldest ones are hidden', () => {
    const hidden = rows.map((r) => (r.id === 'a' ? { ...r, visible: false } : r));
    expect(shape(buildFamily(hidden, 'c'))).toEqual({ b: [{ c: [] }, { d: [] }] });
    expect(shape(buildFamily(hidden, 'f'))).toEqual({ e: [{ f: [] }] });
  });

  it('is null for a resource the caller may not see', () => {
    expect(
      buildFamily(
        rows.map((r) => ({ ...r, visible: r.id !== 'c' })),
        'c',
      ),
    ).toBeNull();
    expect(buildFamily(rows, 'unknown')).toBeNull();
  });
});
