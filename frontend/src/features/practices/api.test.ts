import { describe, expect, it } from 'vitest';
import { parsePracticeFilters, practiceFiltersToParams, practiceHref } from './api';

describe('the filters in the address', () => {
  it('reads known values and ignores the rest', () => {
    const params = new URLSearchParams(
      'q=+circles+&targetGroup=children&preventionLevel=nope&country=dk&language=SV&rating=effective&minStrength=3&mine=true',
    );
    expect(parsePracticeFilters(params)).toEqual({
      q: 'circles',
      targetGroup: 'children',
      country: 'DK',
      language: 'sv',
      rating: 'effective',
      minStrength: 3,
      mine: true,
    });
    expect(parsePracticeFilters(new URLSearchParams('minStrength=0&setting=school'))).toEqual({ setting: 'school' });
  });

  it('writes them back', () => {
    const filters = { q: 'circles', minStrength: 2, mine: true } as const;
    expect(parsePracticeFilters(practiceFiltersToParams(filters))).toEqual(filters);
  });
});

describe('practiceHref', () => {
  it('gives the clean address with the slug', () => {
    expect(practiceHref({ id: 'p1', slug: 'circles-of-support' })).toBe('/practices/p1/circles-of-support');
    expect(practiceHref({ id: 'p1', slug: '' })).toBe('/practices/p1');
  });
});
