import { LIMITS } from '@pn/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../i18n/types';
import { languageList } from '../lib/displayNames';
import { useLocale } from '../lib/useLocale';
import { CodeListField } from './CodeListField';

interface LanguagesFieldProps {
  id: string;
  value: readonly string[];
  onChange: (codes: string[]) => void;
  error?: Message;
}

/** The languages a member speaks (ISO 639-1), named in the interface language. */
export function LanguagesField({ id, value, onChange, error }: LanguagesFieldProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const all = useMemo(() => languageList(locale), [locale]);
  return (
    <CodeListField
      id={id}
      legend={t('fields.languages')}
      hint={t('languagesField.hint', { max: LIMITS.languagesMax })}
      all={all}
      value={value}
      onChange={onChange}
      max={LIMITS.languagesMax}
      error={error}
      texts="languagesField"
    />
  );
}
