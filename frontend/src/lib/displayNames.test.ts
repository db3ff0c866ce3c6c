import { COUNTRY_CODES, LANGUAGE_CODES } from '@pn/shared';
import { describe, expect, it } from 'vitest';
import { countryList, countryName, languageList, languageName, matchesFilter } from './displayNames';

describe('display names', () => {
  it('names countries and languages in the interface language', () => {
    expect(countryName('DK', 'en')).toBe('Denmark');
    expect(countryName('DK', 'da')).toBe('Danmark');
    expect(countryName('se', 'sv')).toBe('Sverige');
    expect(languageName('sv', 'en')).toBe('Swedish');
    expect(languageName('DA', 'da')).toBe('dansk');
  });

  it('lists every code once, sorted by name in that language', () => {
    const countries = countryList('sv');
    expect(countries).toHaveLength(COUNTRY_CODES.length);
    const names = countries.map((item) => item.name);
    const collator = new Intl.Collator('sv', { sensitivity: 'base' });
    expect([...names].sort(collator.compare)).toEqual(names);
    expect(languageList('da')).toHaveLength(LANGUAGE_CODES.length);
  });

  it('filters ignoring case and accents', () => {
    expect(matchesFilter('Français', 'franc')).toBe(true);
    expect(matchesFilter('Swedish', 'SWE')).toBe(true);
    expect(matchesFilter('German', 'dan')).toBe(false);
  });
});
