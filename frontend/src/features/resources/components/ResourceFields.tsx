import { RESOURCE_LIMITS } from '@pn/shared';
import type { ReactNode } from 'react';
import type { Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/SelectField';
import { TextAreaField, TextField } from '../../../components/TextField';
import type { SchemaForm } from '../../../lib/useSchemaForm';
import type { ResourceFormValues } from '../resourceForm';
import { useResourceOptions } from './useResourceOptions';

interface ResourceFieldsProps<Values extends ResourceFormValues, Output> {
  /** Prefix of the controls' ids, unique on the page. */
  idPrefix: string;
  form: SchemaForm<Values, Output>;
  /** Shown above the language and country (e.g. how to describe a translation). */
  languageCountryHint?: ReactNode;
  /** Shown right under the language. */
  languageNotice?: ReactNode;
}

/** What a resource is, in what language, from where, for whom and under what licence. */
export function ResourceFields<Values extends ResourceFormValues, Output>({
  idPrefix,
  form,
  languageCountryHint,
  languageNotice,
}: ResourceFieldsProps<Values, Output>) {
  const { t } = useTranslation();
  const options = useResourceOptions();
  // The form has these fields, and maybe more: its own names are a wider type that TypeScript cannot narrow.
  const field = (name: keyof ResourceFormValues) => form.field(name as Path<Values>);
  return (
    <>
      <TextField id={`${idPrefix}-title`} label={t('resources.fields.title')} {...field('title')} required />
      <TextAreaField
        id={`${idPrefix}-summary`}
        label={t('resources.fields.summary')}
        hint={t('resources.fields.summaryHint', { max: RESOURCE_LIMITS.summaryMax })}
        {...field('summary')}
        rows={5}
      />
      <SelectField
        id={`${idPrefix}-type`}
        label={t('resources.fields.type')}
        placeholder={t('resources.fields.typePlaceholder')}
        options={options.types}
        {...field('type')}
        required
      />
      {languageCountryHint ? <div className="alert alert--info">{languageCountryHint}</div> : null}
      <SelectField
        id={`${idPrefix}-language`}
        label={t('resources.fields.language')}
        placeholder={t('resources.fields.languagePlaceholder')}
        hint={t('resources.fields.languageHint')}
        options={options.languages}
        {...field('language')}
        required
      />
      {languageNotice}
      <SelectField
        id={`${idPrefix}-country`}
        label={t('resources.fields.country')}
        placeholder={t('resources.fields.countryPlaceholder')}
        hint={t('resources.fields.countryHint')}
        options={options.countries}
        {...field('country')}
        required
      />
      <SelectField
        id={`${idPrefix}-audience`}
        label={t('resources.fields.audience')}
        placeholder={t('resources.fields.audiencePlaceholder')}
        options={options.audiences}
        {...field('audience')}
        required
      />
      <SelectField
        id={`${idPrefix}-licence`}
        label={t('resources.fields.licence')}
        placeholder={t('resources.fields.licencePlaceholder')}
        hint={t('resources.fields.licenceHint')}
        options={options.licences}
        {...field('licence')}
        required
      />
      <TextField
        id={`${idPrefix}-tags`}
        label={t('resources.fields.tags')}
        hint={t('resources.fields.tagsHint')}
        {...field('tags')}
        optional
        autoComplete="off"
      />
    </>
  );
}
