import { LICENCES, RESOURCE_TYPES, TARGET_GROUPS } from '@pn/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SelectOption } from '../../../components/SelectField';
import { countryList, languageList } from '../../../lib/displayNames';
import { useLocale } from '../../../lib/useLocale';

/** The choices of the resource vocabularies, translated, and every language and country named in the UI language. */
export function useResourceOptions() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return useMemo(() => {
    const named = (list: { code: string; name: string }[]): SelectOption[] =>
      list.map(({ code, name }) => ({ value: code, label: name }));
    return {
      types: RESOURCE_TYPES.map((value) => ({ value, label: t(`resources.types.${value}`) })),
      audiences: TARGET_GROUPS.map((value) => ({ value, label: t(`resources.audiences.${value}`) })),
      licences: LICENCES.map((value) => ({ value, label: t(`resources.licences.${value}`) })),
      languages: named(languageList(locale)),
      countries: named(countryList(locale)),
    };
  }, [t, locale]);
}
