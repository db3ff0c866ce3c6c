import { RATING_DIRECTIONS, RESOURCE_TYPES, SEARCH_KINDS, TARGET_GROUPS } from '@pn/shared';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/useLocale';
import type { FacetName } from '../searchState';

const isIn = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/**
 * The name of a facet's value in the interface language: the vocabularies already translated for resources,
 * practices and evidence, and Intl.DisplayNames for languages and countries. A value from a newer server that
 * the interface does not know yet is shown as it came.
 */
export function useFacetLabel(): (name: FacetName, value: string) => string {
  const { t } = useTranslation();
  const { languageName, countryName } = useLocale();
  return useCallback(
    (name: FacetName, value: string) => {
      switch (name) {
        case 'kind':
          return isIn(SEARCH_KINDS, value) ? t(`search.kinds.${value}`) : value;
        case 'type':
          return isIn(RESOURCE_TYPES, value) ? t(`resources.types.${value}`) : value;
        case 'language':
          return languageName(value);
        case 'country':
          return countryName(value);
        case 'targetGroup':
          return isIn(TARGET_GROUPS, value) ? t(`practices.targetGroups.${value}`) : value;
        case 'rating':
          return isIn(RATING_DIRECTIONS, value) ? t(`evidence.directions.${value}`) : value;
      }
    },
    [t, languageName, countryName],
  );
}
