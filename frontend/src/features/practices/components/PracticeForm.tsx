import {
  COMPLETENESS_ELEMENTS,
  createPracticeSchema,
  PRACTICE_LIMITS,
  PREVENTION_LEVELS,
  SETTINGS,
  SURVIVOR_INVOLVEMENTS,
  TARGET_GROUPS,
} from '@pn/shared';
import { useMemo, type ReactNode } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { CodeListField } from '../../../components/CodeListField';
import { FormActions } from '../../../components/FormActions';
import { FormAlert } from '../../../components/FormAlert';
import { SelectField } from '../../../components/SelectField';
import { TextAreaField, TextField } from '../../../components/TextField';
import { countryList, languageList } from '../../../lib/displayNames';
import { useLocale } from '../../../lib/useLocale';
import { useSchemaForm, type SchemaForm } from '../../../lib/useSchemaForm';
import { toPracticeRequest, type PracticeFormValues } from '../practiceForm';
import { CheckboxGroup } from './CheckboxGroup';
import { ResourcePicker } from './ResourcePicker';

export type PracticeFormApi = SchemaForm<PracticeFormValues, z.output<typeof createPracticeSchema>>;

interface PracticeFormProps {
  initial: PracticeFormValues;
  submitLabel: string;
  busyLabel: string;
  busy: boolean;
  cancelTo: string;
  /** Called with the validated request; server errors are shown through `form`. */
  onSubmit: (parsed: z.output<typeof createPracticeSchema>, form: PracticeFormApi) => void;
  children?: ReactNode;
}

/** The structured description of a practice, validated with the shared schema before it is sent. */
export function PracticeForm({
  initial,
  submitLabel,
  busyLabel,
  busy,
  cancelTo,
  onSubmit,
  children,
}: PracticeFormProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const form = useSchemaForm({ schema: createPracticeSchema, defaultValues: initial, toInput: toPracticeRequest });
  const countries = useMemo(() => countryList(locale), [locale]);
  const languages = useMemo(() => languageList(locale), [locale]);
  const submit = form.submit((parsed) => onSubmit(parsed, form));

  return (
    <form id={form.formId} className="form practice-form" onSubmit={(event) => void submit(event)} noValidate>
      {children}
      <FormAlert messages={form.formErrors} />

      <section className="form__group" aria-labelledby="practice-form-about">
        <h2 id="practice-form-about">{t('practices.fields.aboutTitle')}</h2>
        <TextField id="practice-title" label={t('practices.fields.title')} {...form.field('title')} required />
        <TextAreaField
          id="practice-summary"
          label={t('practices.fields.summary')}
          hint={t('practices.fields.summaryHint', { max: PRACTICE_LIMITS.summaryMax })}
          {...form.field('summary')}
          rows={3}
        />
        <TextAreaField
          id="practice-description"
          label={t('practices.fields.description')}
          hint={t('practices.fields.descriptionHint')}
          {...form.field('description')}
          rows={10}
        />
        <SelectField
          id="practice-language"
          label={t('practices.fields.language')}
          hint={t('practices.fields.languageHint')}
          options={languages.map(({ code, name }) => ({ value: code, label: name }))}
          {...form.field('language')}
          required
        />
        <TextField
          id="practice-organisation"
          label={t('practices.fields.organisation')}
          hint={t('practices.fields.organisationHint')}
          {...form.field('organisation')}
          autoComplete="organization"
          required
        />
        <TextField
          id="practice-contact"
          label={t('practices.fields.contact')}
          hint={t('practices.fields.contactHint')}
          {...form.field('contact')}
          optional
        />
        <TextField
          id="practice-start-year"
          label={t('practices.fields.startYear')}
          hint={t('practices.fields.startYearHint')}
          {...form.field('startYear')}
          className="field--short"
          optional
        />
      </section>

      <section className="form__group" aria-labelledby="practice-form-classification">
        <h2 id="practice-form-classification">{t('practices.fields.classificationTitle')}</h2>
        <Controller
          control={form.control}
          name="targetGroups"
          render={({ field }) => (
            <CheckboxGroup
              id="practice-target-groups"
              legend={t('practices.fields.targetGroups')}
              hint={t('practices.fields.targetGroupsHint')}
              options={TARGET_GROUPS.map((value) => ({ value, label: t(`practices.targetGroups.${value}`) }))}
              value={field.value}
              onChange={field.onChange}
              error={form.fieldError('targetGroups')}
            />
          )}
        />
        <SelectField
          id="practice-level"
          label={t('practices.fields.preventionLevel')}
          placeholder={t('practices.fields.levelPlaceholder')}
          options={PREVENTION_LEVELS.map((value) => ({ value, label: t(`practices.levels.${value}`) }))}
          {...form.field('preventionLevel')}
          required
        />
        <Controller
          control={form.control}
          name="settings"
          render={({ field }) => (
            <CheckboxGroup
              id="practice-settings"
              legend={t('practices.fields.settings')}
              hint={t('practices.fields.settingsHint')}
              options={SETTINGS.map((value) => ({ value, label: t(`practices.settings.${value}`) }))}
              value={field.value}
              onChange={field.onChange}
              error={form.fieldError('settings')}
            />
          )}
        />
        <Controller
          control={form.control}
          name="countries"
          render={({ field }) => (
            <CodeListField
              id="practice-countries"
              legend={t('practices.fields.countries')}
              hint={t('practices.fields.countriesHint', { max: PRACTICE_LIMITS.countriesMax })}
              all={countries}
              value={field.value}
              onChange={field.onChange}
              max={PRACTICE_LIMITS.countriesMax}
              error={form.fieldError('countries')}
            />
          )}
        />
        <Controller
          control={form.control}
          name="languages"
          render={({ field }) => (
            <CodeListField
              id="practice-languages"
              legend={t('practices.fields.languages')}
              hint={t('practices.fields.languagesHint', { max: PRACTICE_LIMITS.languagesMax })}
              all={languages}
              value={field.value}
              onChange={field.onChange}
              max={PRACTICE_LIMITS.languagesMax}
              error={form.fieldError('languages')}
            />
          )}
        />
        <SurvivorFields form={form} />
      </section>

      <section className="form__group" aria-labelledby="practice-form-emmie">
        <h2 id="practice-form-emmie">{t('practices.fields.emmieTitle')}</h2>
        <p className="muted">{t('practices.fields.emmieIntro')}</p>
        {COMPLETENESS_ELEMENTS.map((element) => (
          <TextAreaField
            key={element}
            id={`practice-${element}`}
            label={t(`practices.fields.${element}`)}
            hint={t(`practices.fields.${element}Hint`)}
            {...form.field(element)}
            rows={4}
            optional
          />
        ))}
      </section>

      <Controller
        control={form.control}
        name="relatedResources"
        render={({ field }) => <ResourcePicker id="practice-resources" value={field.value} onChange={field.onChange} />}
      />

      <FormActions submitLabel={submitLabel} busy={busy} busyLabel={busyLabel} cancelTo={cancelTo} />
    </form>
  );
}

/** Whether victims' or survivors' perspective shaped the practice, and how (asked only when it did). */
function SurvivorFields({ form }: { form: PracticeFormApi }) {
  const { t } = useTranslation();
  const involvement = form.watch('survivorInvolvement');
  return (
    <>
      <fieldset className="field radio-group" aria-describedby="practice-survivor-hint">
        <legend className="field__label">{t('practices.fields.survivorInvolvement')}</legend>
        <p className="field__hint" id="practice-survivor-hint">
          {t('practices.fields.survivorInvolvementHint')}
        </p>
        {SURVIVOR_INVOLVEMENTS.map((value) => (
          <div key={value} className="checkbox-field">
            <input
              type="radio"
              id={`practice-survivor-${value}`}
              value={value}
              {...form.register('survivorInvolvement')}
            />
            <label htmlFor={`practice-survivor-${value}`}>{t(`practices.survivorInvolvements.${value}`)}</label>
          </div>
        ))}
      </fieldset>
      {involvement !== 'none' ? (
        <TextAreaField
          id="practice-survivor-note"
          label={t('practices.fields.survivorNote')}
          {...form.field('survivorNote')}
          rows={3}
          optional
        />
      ) : null}
    </>
  );
}
