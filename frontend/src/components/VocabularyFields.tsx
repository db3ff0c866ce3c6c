import { PROFESSIONS } from '@pn/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../i18n/types';
import { countryList } from '../lib/displayNames';
import { useLocale } from '../lib/useLocale';
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

/** Every ISO 3166-1 country, named and sorted in the interface language. */
export function CountrySelect({ id, value, onChange, error, required, hint }: VocabularySelectProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const options = useMemo(() => countryList(locale).map(({ code, name }) => ({ value: code, label: name })), [locale]);
  return (
    <SelectField
      id={id}
      label={t('fields.country')}
      placeholder={t('fields.countryPlaceholder')}
      options={options}
      value={value}
      onChange={onChange}
      error={error}
      required={required}
      hint={hint}
      autoComplete="country"
    />
  );
}
