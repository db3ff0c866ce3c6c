import { RESOURCE_LIMITS } from '@pn/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/SelectField';
import { TextAreaField, TextField } from '../../../components/TextField';
import type { FieldErrors } from '../../../lib/useZodForm';
import type { ResourceFormValues } from '../resourceForm';
import { useResourceOptions } from './useResourceOptions';

export type MetadataField = 'title' | 'summary' | 'type' | 'language' | 'country' | 'audience' | 'licence' | 'tags';

interface ResourceFieldsProps {
  /** Prefix of the controls' ids, unique on the page. */
  idPrefix: string;
  values: ResourceFormValues;
  errors: FieldErrors<MetadataField>;
  onChange: <K extends keyof ResourceFormValues>(field: K, value: ResourceFormValues[K]) => void;
  /** Shown above the language and country (e.g. how to describe a translation). */
  languageCountryHint?: ReactNode;
  /** Shown right under the language. */
  languageNotice?: ReactNode;
}

/** What a resource is, in what language, from where, for whom and under what licence. */
export function ResourceFields({
  idPrefix,
  values,
  errors,
  onChange,
  languageCountryHint,
  languageNotice,
}: ResourceFieldsProps) {
  const { t } = useTranslation();
  const options = useResourceOptions();
  return (
    <>
      <TextField
        id={`${idPrefix}-title`}
        label={t('resources.fields.title')}
        value={values.title}
        onChange={(value) => onChange('title', value)}
        error={errors.title}
        required
      />
      <TextAreaField
        id={`${idPrefix}-summary`}
        label={t('resources.fields.summary')}
        hint={t('resources.fields.summaryHint', { max: RESOURCE_LIMITS.summaryMax })}
        value={values.summary}
        onChange={(value) => onChange('summary', value)}
        error={errors.summary}
        rows={5}
      />
      <SelectField
        id={`${idPrefix}-type`}
        label={t('resources.fields.type')}
        placeholder={t('resources.fields.typePlaceholder')}
        options={options.types}
        value={values.type}
        onChange={(value) => onChange('type', value as ResourceFormValues['type'])}
        error={errors.type}
        required
      />
      {languageCountryHint ? <div className="alert alert--info">{languageCountryHint}</div> : null}
      <SelectField
        id={`${idPrefix}-language`}
        label={t('resources.fields.language')}
        placeholder={t('resources.fields.languagePlaceholder')}
        hint={t('resources.fields.languageHint')}
        options={options.languages}
        value={values.language}
        onChange={(value) => onChange('language', value)}
        error={errors.language}
        required
      />
      {languageNotice}
      <SelectField
        id={`${idPrefix}-country`}
        label={t('resources.fields.country')}
        placeholder={t('resources.fields.countryPlaceholder')}
        hint={t('resources.fields.countryHint')}
        options={options.countries}
        value={values.country}
        onChange={(value) => onChange('country', value)}
        error={errors.country}
        required
      />
      <SelectField
        id={`${idPrefix}-audience`}
        label={t('resources.fields.audience')}
        placeholder={t('resources.fields.audiencePlaceholder')}
        options={options.audiences}
        value={values.audience}
        onChange={(value) => onChange('audience', value as ResourceFormValues['audience'])}
        error={errors.audience}
        required
      />
      <SelectField
        id={`${idPrefix}-licence`}
        label={t('resources.fields.licence')}
        placeholder={t('resources.fields.licencePlaceholder')}
        hint={t('resources.fields.licenceHint')}
        options={options.licences}
        value={values.licence}
        onChange={(value) => onChange('licence', value as ResourceFormValues['licence'])}
        error={errors.licence}
        required
      />
      <TextField
        id={`${idPrefix}-tags`}
        label={t('resources.fields.tags')}
        hint={t('resources.fields.tagsHint')}
        value={values.tags}
        onChange={(value) => onChange('tags', value)}
        error={errors.tags}
        optional
        autoComplete="off"
      />
    </>
  );
}
