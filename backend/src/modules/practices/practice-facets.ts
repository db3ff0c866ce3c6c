import { PUBLISHED_LABELS, type PreventionLevel, type Setting } from '@pn/shared';

/** The curation labels of a published practice, as an SQL list. */
export const PUBLISHED_SQL = `('${PUBLISHED_LABELS.join("', '")}')`;

/** The facets that narrow a set of practices by where and how they run, as the list and the gap map offer them. */
export interface PracticeFacets {
  country?: string;
  language?: string;
  setting?: Setting;
  preventionLevel?: PreventionLevel;
}

/**
 * The conditions on practices `p` for the facets given, each value a parameter added through `param`: the
 * practices list and the gap map filter with the same words, so that a cell and the list it opens agree.
 * Array containment (@>) uses the GIN indexes.
 */
export function practiceFacetConditions(facets: PracticeFacets, param: (value: unknown) => string): string[] {
  const where: string[] = [];
  if (facets.setting) where.push(`p.settings @> ARRAY[${param(facets.setting)}]::text[]`);
  if (facets.country) where.push(`p.countries @> ARRAY[${param(facets.country)}]::text[]`);
  // Written in the language, or available in it.
  if (facets.language) {
    const language = param(facets.language);
    where.push(`(p.language = ${language} OR p.languages @> ARRAY[${language}]::text[])`);
  }
  if (facets.preventionLevel) where.push(`p.prevention_level = ${param(facets.preventionLevel)}`);
  return where;
}
