import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isUiLanguage } from '../i18n';
import { countryName, languageName } from './displayNames';

/** The interface language, and formatters for dates, countries and languages in it. */
export function useLocale() {
  const { i18n } = useTranslation();
  const resolved = i18n.resolvedLanguage ?? i18n.language;
  const locale = isUiLanguage(resolved) ? resolved : 'en';

  return useMemo(() => {
    // English dates in the European order ("23 Nov 2026"), which reads clearly to the network's members.
    const dateLocale = locale === 'en' ? 'en-GB' : locale;
    const dateFormat = new Intl.DateTimeFormat(dateLocale, { dateStyle: 'medium' });
    const dateTimeFormat = new Intl.DateTimeFormat(dateLocale, { dateStyle: 'medium', timeStyle: 'short' });
    const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    const format = (formatter: Intl.DateTimeFormat, iso: string) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : formatter.format(date);
    };
    return {
      locale,
      formatDate: (iso: string) => format(dateFormat, iso),
      formatDateTime: (iso: string) => format(dateTimeFormat, iso),
      formatList: (items: string[]) => list.format(items),
      countryName: (code: string) => countryName(code, locale),
      languageName: (code: string) => languageName(code, locale),
    };
  }, [locale]);
}
