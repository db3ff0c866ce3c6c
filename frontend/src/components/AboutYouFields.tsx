import type { Path } from 'react-hook-form';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SchemaForm } from '../lib/useSchemaForm';
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

interface AboutYouFieldsProps<Values extends AboutYouValues, Output> {
  /** Keeps the controls' ids unique per form. */
  idPrefix: string;
  form: SchemaForm<Values, Output>;
  /** Sign-up explains what the organisation is for; the profile, that emptying it removes it. */
  organisationHint: string;
}

/** Who a member is, as sign-up asks it and the profile edits it. */
export function AboutYouFields<Values extends AboutYouValues, Output>({
  idPrefix,
  form,
  organisationHint,
}: AboutYouFieldsProps<Values, Output>) {
  const { t } = useTranslation();
  // The form has these fields, and maybe more: its own names are a wider type that TypeScript cannot narrow.
  const name = (field: keyof AboutYouValues) => field as Path<Values>;
  return (
    <>
      <TextField
        id={`${idPrefix}-displayName`}
        label={t('fields.displayName')}
        hint={t('hints.displayName')}
        autoComplete="name"
        {...form.field(name('displayName'))}
        required
      />
      <Controller
        control={form.control}
        name={name('profession')}
        render={({ field }) => (
          <ProfessionSelect
            id={`${idPrefix}-profession`}
            value={field.value as string}
            onChange={field.onChange}
            error={form.fieldError(name('profession'))}
            required
          />
        )}
      />
      <Controller
        control={form.control}
        name={name('country')}
        render={({ field }) => (
          <CountrySelect
            id={`${idPrefix}-country`}
            hint={t('hints.country')}
            value={field.value as string}
            onChange={field.onChange}
            error={form.fieldError(name('country'))}
            required
          />
        )}
      />
      <TextField
        id={`${idPrefix}-organisation`}
        label={t('fields.organisation')}
        hint={organisationHint}
        autoComplete="organization"
        {...form.field(name('organisation'))}
        optional
      />
      <Controller
        control={form.control}
        name={name('languages')}
        render={({ field }) => (
          <LanguagesField
            id={`${idPrefix}-languages`}
            value={field.value as string[]}
            onChange={field.onChange}
            error={form.fieldError(name('languages'))}
          />
        )}
      />
    </>
  );
}
