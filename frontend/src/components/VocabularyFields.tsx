import { PROFESSIONS } from '@pn/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../i18n/types';
import { countryList } from '../lib/displayNames';
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
 * their own group (typing a name's first letters finds a country in either).
 */
export function CountrySelect({ id, value, onChange, error, required, hint }: VocabularySelectProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const countries = useMemo(() => countryList(locale), [locale]);
  const groups = [
    { label: t('countryField.common'), items: countries.filter((item) => item.common) },
    { label: t('countryField.others'), items: countries.filter((item) => !item.common) },
  ];
  return (
    <FormField id={id} label={t('fields.country')} hint={hint} error={error} required={required}>
      {(control) => (
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
      )}
    </FormField>
  );
}
