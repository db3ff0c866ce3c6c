import { PROFESSIONS } from '@pn/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../i18n/types';
import { commonFirst, countryList, searchNamed } from '../lib/displayNames';
import { useLocale } from '../lib/useLocale';
import { FormField } from './FormField';
import { SelectField } from './SelectField';

interface VocabularySelectProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error?: Message;
  required?: boolean;
  hint?: string;
}

/** The network's professions, with translated names. */
export function ProfessionSelect({ id, value, onChange, error, required, hint }: VocabularySelectProps) {
  const { t } = useTranslation();
  const options = useMemo(
    () => PROFESSIONS.map((profession) => ({ value: profession, label: t(`professions.${profession}`) })),
    [t],
  );
  return (
    <SelectField
      id={id}
      label={t('fields.profession')}
      placeholder={t('fields.professionPlaceholder')}
      options={options}
      value={value}
      onChange={onChange}
      error={error}
      required={required}
      hint={hint}
    />
  );
}

/**
 * Every ISO 3166-1 country, named and sorted in the interface language, the common European ones first in
 * their own group. A native select (typing a name's first letters finds a country in it), with a filter
 * beside it that narrows it by any part of a name, an English name or a code ("dk").
 */
export function CountrySelect({ id, value, onChange, error, required, hint }: VocabularySelectProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [filter, setFilter] = useState('');
  const countries = useMemo(() => countryList(locale), [locale]);
  const matches = useMemo(
    () => (filter.trim() ? searchNamed(commonFirst(countries), filter) : null),
    [countries, filter],
  );
  const chosen = countries.find((item) => item.code === value);
  const groups = matches
    ? // The chosen country stays in the list, so that the select goes on showing it.
      [
        {
          label: t('countryField.matches'),
          items: chosen && !matches.includes(chosen) ? [chosen, ...matches] : matches,
        },
      ]
    : [
        { label: t('countryField.common'), items: countries.filter((item) => item.common) },
        { label: t('countryField.others'), items: countries.filter((item) => !item.common) },
      ];
  const filterId = `${id}-filter`;
  const statusId = `${id}-filter-status`;
  return (
    <FormField id={id} label={t('fields.country')} hint={hint} error={error} required={required}>
      {(control) => (
        <>
          <label className="field__sublabel" htmlFor={filterId}>
            {t('countryField.filter')}
          </label>
          <input
            id={filterId}
            className="input"
            type="search"
            value={filter}
            autoComplete="off"
            aria-controls={id}
            aria-describedby={statusId}
            onChange={(event) => setFilter(event.target.value)}
            onKeyDown={(event) => {
              // Enter would send the whole form: it takes the best match instead.
              if (event.key !== 'Enter') return;
              event.preventDefault();
              const best = matches?.[0];
              if (best) onChange(best.code);
            }}
          />
          <p className="visually-hidden" id={statusId} aria-live="polite">
            {matches ? t('countryField.matchCount', { count: matches.length }) : ''}
          </p>
          <select
            {...control}
            className="input select"
            name={id}
            value={value}
            required={required}
            autoComplete="country"
            onChange={(event) => onChange(event.target.value)}
          >
            <option value="">{t('fields.countryPlaceholder')}</option>
            {groups.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.items.map(({ code, name }) => (
                  <option key={code} value={code}>
                    {name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </>
      )}
    </FormField>
  );
}
