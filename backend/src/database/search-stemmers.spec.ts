import { SEARCH_STEMMERS as MIGRATED } from './migrations/1764007200000-Search';
import { ALL_CONFIGS, configOf, SEARCH_STEMMERS } from '../modules/search/search-languages';

/** The search module's list of languages is a copy of the one the migration created configurations for. */
describe('search languages', () => {
  it('are those the search migration created text-search configurations for', () => {
    expect(SEARCH_STEMMERS).toEqual(MIGRATED);
  });

  it('map a stemmed language to its configuration and any other to pn_simple', () => {
    expect(configOf('fr')).toBe('pn_french');
    expect(configOf('nb')).toBe('pn_norwegian');
    expect(configOf('pl')).toBe('pn_simple');
    expect(ALL_CONFIGS).toContain('pn_simple');
    expect(new Set(ALL_CONFIGS).size).toBe(ALL_CONFIGS.length);
  });
});
