/**
 * The languages search stems, as ISO 639-1 code and PostgreSQL stemmer: each is indexed with the text-search
 * configuration `pn_<stemmer>`, any other language with `pn_simple`.
 *
 * The migration that created those configurations (1764007200000-Search) keeps its own copy of this list,
 * because a committed migration never changes; `database/search-stemmers.spec.ts` checks that the two agree. A new
 * language is a new migration that creates its configuration, and a line here.
 */
export const SEARCH_STEMMERS = [
  ['da', 'danish'],
  ['nl', 'dutch'],
  ['en', 'english'],
  ['fi', 'finnish'],
  ['fr', 'french'],
  ['de', 'german'],
  ['hu', 'hungarian'],
  ['it', 'italian'],
  ['no', 'norwegian'],
  ['nb', 'norwegian'],
  ['nn', 'norwegian'],
  ['pt', 'portuguese'],
  ['ro', 'romanian'],
  ['ru', 'russian'],
  ['es', 'spanish'],
  ['sv', 'swedish'],
  ['tr', 'turkish'],
] as const;

/** The configuration of a language, as the migration maps it (pn_simple for any other). */
export function configOf(language: string): string {
  const found = SEARCH_STEMMERS.find(([code]) => code === language);
  return found ? `pn_${found[1]}` : 'pn_simple';
}

/** Every configuration: a search without a language filter reads the query in each of them. */
export const ALL_CONFIGS = [...new Set(SEARCH_STEMMERS.map(([, stemmer]) => `pn_${stemmer}`)), 'pn_simple'];
