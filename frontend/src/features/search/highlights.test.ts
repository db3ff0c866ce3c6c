import { describe, expect, it } from 'vitest';
import { toSegments } from './highlights';

const render = (snippet: string, highlights: [number, number][]) =>
  toSegments(snippet, highlights)
    .map((segment) => (segment.marked ? `[${segment.text}]` : segment.text))
    .join('');

describe('toSegments', () => {
  it('marks each range and keeps the text around it', () => {
    expect(toSegments('a helpline guide', [[2, 10]])).toEqual([
      { text: 'a ', marked: false },
      { text: 'helpline', marked: true },
      { text: ' guide', marked: false },
    ]);
    expect(
      render('helpline guide', [
        [0, 8],
        [9, 14],
      ]),
    ).toBe('[helpline] [guide]');
  });

  it('gives the whole snippet unmarked without highlights, and nothing for an empty snippet', () => {
    expect(toSegments('no match shown', [])).toEqual([{ text: 'no match shown', marked: false }]);
    expect(toSegments('', [[0, 3]])).toEqual([]);
  });

  it('sorts ranges that come out of order', () => {
    expect(
      render('one two three', [
        [8, 13],
        [0, 3],
      ]),
    ).toBe('[one] two [three]');
  });

  it('merges overlapping, nested and touching ranges', () => {
    expect(
      render('abcdefghij', [
        [1, 5],
        [3, 7],
      ]),
    ).toBe('a[bcdefg]hij');
    expect(
      render('abcdefghij', [
        [1, 8],
        [2, 4],
      ]),
    ).toBe('a[bcdefgh]ij');
    expect(
      render('abcdefghij', [
        [1, 3],
        [3, 5],
      ]),
    ).toBe('a[bcde]fghij');
    expect(
      render('abcdefghij', [
        [2, 4],
        [2, 4],
      ]),
    ).toBe('ab[cd]efghij');
  });

  it('clamps ranges that reach outside the snippet and drops empty or inverted ones', () => {
    expect(
      render('short', [
        [-4, 2],
        [3, 99],
      ]),
    ).toBe('[sh]o[rt]');
    expect(
      render('short', [
        [7, 9],
        [2, 2],
        [4, 1],
      ]),
    ).toBe('short');
    expect(
      render('short', [
        [Number.NaN, 3],
        [1, Number.POSITIVE_INFINITY],
      ]),
    ).toBe('short');
  });

  it('keeps every character once, whatever the ranges', () => {
    const snippet = 'Første kontakt på en anonym hjælpelinje';
    const segments = toSegments(snippet, [
      [29, 40],
      [0, 6],
      [3, 10],
      [-1, 1],
      [50, 60],
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(snippet);
  });
});
