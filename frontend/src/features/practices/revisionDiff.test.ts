import type { PracticeRevision } from '@pn/shared';
import { describe, expect, it } from 'vitest';
import { defaultComparison, diffContents } from './revisionDiff';
import { content } from './testData';

describe('diffContents', () => {
  it('finds no difference between the same texts', () => {
    expect(diffContents(content(), content())).toEqual([]);
  });

  it('lists the fields that differ, in page order, with both values', () => {
    const before = content();
    const after = content({ title: 'Circles of support and accountability', cost: 'About 2,000 EUR a year.' });
    expect(diffContents(before, after)).toEqual([
      { field: 'title', before: 'Circles of support', after: 'Circles of support and accountability' },
      { field: 'cost', before: null, after: 'About 2,000 EUR a year.' },
    ]);
  });

  it('treats lists as sets and empty texts as not given', () => {
    const before = content({ countries: ['GB', 'NL'], contact: null });
    expect(diffContents(before, content({ countries: ['NL', 'GB'], contact: '' }))).toEqual([]);
    expect(diffContents(before, content({ countries: ['GB'] })).map((d) => d.field)).toEqual(['countries']);
  });
});

describe('defaultComparison', () => {
  const revision = (number: number): PracticeRevision => ({
    number,
    content: content(),
    state: 'superseded',
    author: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    publishedAt: null,
    reviewComment: null,
  });

  it('compares the newest revision with the one before', () => {
    expect(defaultComparison([revision(3), revision(1), revision(2)])).toEqual({ from: 2, to: 3 });
  });

  it('has nothing to compare with one revision', () => {
    expect(defaultComparison([revision(1)])).toBeNull();
  });
});
