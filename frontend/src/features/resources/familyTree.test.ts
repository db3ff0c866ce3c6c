import type { ResourceFamily, ResourceFamilyNode } from '@pn/shared';
import { describe, expect, it } from 'vitest';
import { findInFamily, flattenFamily, pathTo, relativesCount } from './familyTree';

const node = (
  id: string,
  language: string,
  country: string,
  children: ResourceFamilyNode[] = [],
): ResourceFamilyNode => ({
  id,
  title: `Resource ${id}`,
  type: 'training-material',
  language,
  country,
  removed: false,
  note: null,
  author: null,
  createdAt: '2026-01-05T10:00:00.000Z',
  children,
});

// source (en, GB) -> danish (da, DK) -> faroese adaptation (da, FO); source -> swedish (sv, SE, removed)
const tree = node('source', 'en', 'GB', [
  node('danish', 'da', 'DK', [node('faroese', 'da', 'FO')]),
  { ...node('swedish', 'sv', 'SE'), removed: true },
]);

describe('pathTo', () => {
  it('gives the line of descent from the root, or nothing for a stranger', () => {
    expect(pathTo(tree, 'faroese')).toEqual(['source', 'danish', 'faroese']);
    expect(pathTo(tree, 'source')).toEqual(['source']);
    expect(pathTo(tree, 'elsewhere')).toEqual([]);
  });
});

describe('flattenFamily', () => {
  it('lists every node depth first, with its depth and parent, and marks the current one and its sources', () => {
    const family: ResourceFamily = { resourceId: 'faroese', root: tree };
    expect(
      flattenFamily(family).map(({ node: { id }, depth, current, ancestorOfCurrent, parentId }) => ({
        id,
        depth,
        current,
        ancestorOfCurrent,
        parentId,
      })),
    ).toEqual([
      { id: 'source', depth: 0, current: false, ancestorOfCurrent: true, parentId: null },
      { id: 'danish', depth: 1, current: false, ancestorOfCurrent: true, parentId: 'source' },
      { id: 'faroese', depth: 2, current: true, ancestorOfCurrent: false, parentId: 'danish' },
      { id: 'swedish', depth: 1, current: false, ancestorOfCurrent: false, parentId: 'source' },
    ]);
  });

  it('marks the root as current on the source’s own page', () => {
    const rows = flattenFamily({ resourceId: 'source', root: tree });
    expect(rows.filter((row) => row.current).map((row) => row.node.id)).toEqual(['source']);
    expect(rows.some((row) => row.ancestorOfCurrent)).toBe(false);
  });
});

describe('relativesCount and findInFamily', () => {
  it('counts the others in the family', () => {
    expect(relativesCount({ resourceId: 'source', root: tree })).toBe(3);
    expect(relativesCount({ resourceId: 'x', root: node('x', 'en', 'GB') })).toBe(0);
  });

  it('finds what exists in a language or for a country, leaving out removed resources', () => {
    const family: ResourceFamily = { resourceId: 'source', root: tree };
    expect(findInFamily(family, { language: 'DA' }).map((found) => found.id)).toEqual(['danish', 'faroese']);
    expect(findInFamily(family, { country: 'fo' }).map((found) => found.id)).toEqual(['faroese']);
    expect(findInFamily(family, { language: 'sv' })).toEqual([]);
  });
});
