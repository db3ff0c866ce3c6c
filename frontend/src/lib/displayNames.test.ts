import { COUNTRY_CODES, LANGUAGE_CODES } from '@pn/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  commonFirst,
  countryList,
  countryName,
  languageList,
  languageName,
  matchesFilter,
  searchNamed,
} from './displayNames';
import { LANGUAGE_NAME_FALLBACKS } from './languageNameFallbacks';

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

describe('a browser without names for rare languages', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('still names every language, from our own table', async () => {
    const Real = Intl.DisplayNames;
    // Chromium's trimmed locale data answers the code itself for these.
    class Trimmed extends Real {
      override of(code: string): string | undefined {
        return code in LANGUAGE_NAME_FALLBACKS ? code : super.of(code);
      }
    }
    vi.stubGlobal('Intl', Object.assign(Object.create(Intl) as typeof Intl, { DisplayNames: Trimmed }));
    vi.resetModules();
    const fresh = await import('./displayNames');
    expect(fresh.languageName('aa', 'en')).toBe('Afar');
    expect(fresh.languageName('kl', 'da')).toBe('grønlandsk');
    expect(fresh.languageName('se', 'sv')).toBe('nordsamiska');
    for (const locale of ['en', 'da', 'sv']) {
      const bare = fresh.languageList(locale).filter((item) => item.name.toLowerCase() === item.code);
      expect(bare).toEqual([]);
    }
  });
});

describe('ordering and searching', () => {
  it('offers the common European languages and countries first', () => {
    const languages = commonFirst(languageList('da')).map((item) => item.code);
    expect(languages.slice(0, 17).sort()).toEqual(
      ['da', 'de', 'en', 'es', 'et', 'fi', 'fr', 'is', 'it', 'lt', 'lv', 'nb', 'nl', 'no', 'pl', 'pt', 'sv'].sort(),
    );
    expect(languages).toHaveLength(LANGUAGE_CODES.length);
    const countries = commonFirst(countryList('en')).map((item) => item.code);
    expect(countries.slice(0, 3)).toEqual(['AT', 'BE', 'DK']);
    expect(countries.indexOf('AF')).toBeGreaterThan(countries.indexOf('SE'));
  });

  it('finds a language by its name in the reader language, in English, in itself, or by code', () => {
    const danish = languageList('da');
    expect(searchNamed(danish, 'dan')[0]).toMatchObject({ code: 'da', name: 'dansk' });
    expect(searchNamed(danish, 'Danish')[0]?.code).toBe('da');
    expect(searchNamed(danish, 'svenska')[0]?.code).toBe('sv');
    expect(searchNamed(danish, 'de')[0]).toMatchObject({ code: 'de', name: 'tysk' });
    expect(searchNamed(danish, 'xyzzy')).toEqual([]);
    const english = languageList('en');
    expect(searchNamed(english, 'dansk')[0]?.name).toBe('Danish');
    expect(searchNamed(countryList('sv'), 'dk')[0]?.name).toBe('Danmark');
  });

  it('ranks a name that starts with the query above one that only contains it, common ones first', () => {
    const names = searchNamed(commonFirst(languageList('en')), 'f').map((item) => item.name);
    expect(names.slice(0, 3)).toEqual(['Finnish', 'French', 'Faroese']);
    // A code is the best match of all.
    expect(searchNamed(commonFirst(languageList('en')), 'sw')[0]?.name).toBe('Swahili');
    const man = searchNamed(languageList('en'), 'man').map((item) => item.name);
    expect(man.indexOf('Manx')).toBeLessThan(man.indexOf('German'));
  });
});
