import { describe, expect, it } from 'vitest';
import {
  hasFilters,
  parseSearchState,
  searchPath,
  searchStateToParams,
  withFilter,
  withoutFilters,
} from './searchState';

describe('parseSearchState', () => {
  it('reads the words and every known filter, normalised', () => {
    const params = new URLSearchParams(
      'q=+samtaleguiden+&kind=resource&type=training-material&language=DA&country=dk&targetGroup=professionals&rating=promising',
    );
    expect(parseSearchState(params)).toEqual({
      q: 'samtaleguiden',
      kind: 'resource',
      type: 'training-material',
      language: 'da',
      country: 'DK',
      targetGroup: 'professionals',
      rating: 'promising',
    });
  });

  it('drops values outside the vocabularies and reads no words as an empty query', () => {
    const params = new URLSearchParams('kind=person&type=poster&language=xx&country=ZZ&targetGroup=all&rating=good');
    expect(parseSearchState(params)).toEqual({ q: '' });
  });

  it('keeps a query the API will refuse, so that its message can be shown', () => {
    const long = 'a'.repeat(400);
    expect(parseSearchState(new URLSearchParams({ q: long })).q).toBe(long);
  });
});

describe('searchStateToParams and searchPath', () => {
  it('writes the words first and the filters in a fixed order, leaving out empty ones', () => {
    expect(searchStateToParams({ q: ' "case consultation" ', rating: 'effective', kind: 'practice' }).toString()).toBe(
      'q=%22case+consultation%22&kind=practice&rating=effective',
    );
    expect(searchPath({ q: '' })).toBe('/search');
    expect(searchPath({ q: 'hjælpelinjer' })).toBe('/search?q=hj%C3%A6lpelinjer');
  });

  it('reads back what it wrote', () => {
    const state = parseSearchState(new URLSearchParams('q=helpline+-video&language=sv&kind=resource&type=toolkit'));
    expect(parseSearchState(searchStateToParams(state))).toEqual(state);
  });
});

describe('withFilter, withoutFilters and hasFilters', () => {
  it('sets and clears one facet, keeping the rest', () => {
    const state = { q: 'helpline', kind: 'resource' as const };
    const narrowed = withFilter(state, 'language', 'da');
    expect(narrowed).toEqual({ q: 'helpline', kind: 'resource', language: 'da' });
    expect(withFilter(narrowed, 'kind', undefined)).toEqual({ q: 'helpline', language: 'da' });
    expect(state).toEqual({ q: 'helpline', kind: 'resource' });
  });

  it('clears every facet but keeps the words', () => {
    const state = { q: 'helpline', kind: 'resource' as const, country: 'DK' };
    expect(hasFilters(state)).toBe(true);
    expect(withoutFilters(state)).toEqual({ q: 'helpline' });
    expect(hasFilters(withoutFilters(state))).toBe(false);
  });
});
