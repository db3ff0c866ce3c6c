import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../lib/useZodForm';
import { LanguagesField } from './LanguagesField';
import { TextField } from './TextField';
import { CountrySelect, ProfessionSelect } from './VocabularyFields';

export interface AboutYouValues {
  displayName: string;
  profession: string;
  country: string;
  organisation: string;
  languages: string[];
}

type Field = keyof AboutYouValues;

interface AboutYouFieldsProps {
  /** Keeps the controls' ids unique per form. */
  idPrefix: string;
  values: AboutYouValues;
  onChange: (change: Partial<AboutYouValues>) => void;
  errors: FieldErrors<Field>;
  /** Sign-up explains what the organisation is for; the profile, that emptying it removes it. */
  organisationHint: string;
}

/** Who a member is, as sign-up asks it and the profile edits it. */
export function AboutYouFields({ idPrefix, values, onChange, errors, organisationHint }: AboutYouFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id={`${idPrefix}-displayName`}
        label={t('fields.displayName')}
        hint={t('hints.displayName')}
        autoComplete="name"
        value={values.displayName}
        onChange={(value) => onChange({ displayName: value })}
        error={errors.displayName}
        required
      />
      <ProfessionSelect
        id={`${idPrefix}-profession`}
        value={values.profession}
        onChange={(value) => onChange({ profession: value })}
        error={errors.profession}
        required
      />
      <CountrySelect
        id={`${idPrefix}-country`}
        hint={t('hints.country')}
        value={values.country}
        onChange={(value) => onChange({ country: value })}
        error={errors.country}
        required
      />
      <TextField
        id={`${idPrefix}-organisation`}
        label={t('fields.organisation')}
        hint={organisationHint}
        autoComplete="organization"
        value={values.organisation}
        onChange={(value) => onChange({ organisation: value })}
        error={errors.organisation}
        optional
      />
      <LanguagesField
        id={`${idPrefix}-languages`}
        value={values.languages}
        onChange={(value) => onChange({ languages: value })}
        error={errors.languages}
      />
    </>
  );
}
