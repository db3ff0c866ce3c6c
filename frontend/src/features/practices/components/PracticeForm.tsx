import {
  COMPLETENESS_ELEMENTS,
  createPracticeSchema,
  PRACTICE_LIMITS,
  PREVENTION_LEVELS,
  SETTINGS,
  SURVIVOR_INVOLVEMENTS,
  TARGET_GROUPS,
  type SurvivorInvolvement,
} from '@pn/shared';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { CodeListField } from '../../../components/CodeListField';
import { FormActions } from '../../../components/FormActions';
import { FormAlert } from '../../../components/FormAlert';
import { SelectField } from '../../../components/SelectField';
import { TextAreaField, TextField } from '../../../components/TextField';
import { countryList, languageList } from '../../../lib/displayNames';
import { useLocale } from '../../../lib/useLocale';
import { useZodForm, type ZodForm } from '../../../lib/useZodForm';
import {
  PRACTICE_FORM_FIELDS,
  toPracticeRequest,
  type PracticeFormField,
  type PracticeFormValues,
} from '../practiceForm';
import { CheckboxGroup } from './CheckboxGroup';
import { ResourcePicker } from './ResourcePicker';

export type PracticeFormApi = ZodForm<typeof createPracticeSchema, PracticeFormField>;

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
  const [values, setValues] = useState(initial);
  const form = useZodForm(createPracticeSchema, PRACTICE_FORM_FIELDS);
  const errors = form.fieldErrors;
  const countries = useMemo(() => countryList(locale), [locale]);
  const languages = useMemo(() => languageList(locale), [locale]);

  const change = <K extends keyof PracticeFormValues>(field: K, value: PracticeFormValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = form.validate(toPracticeRequest(values));
    if (parsed) onSubmit(parsed, form);
  };

  return (
    <form id={form.formId} className="form practice-form" onSubmit={submit} noValidate>
      {children}
      <FormAlert messages={form.formErrors} />

      <section className="form__group" aria-labelledby="practice-form-about">
        <h2 id="practice-form-about">{t('practices.fields.aboutTitle')}</h2>
        <TextField
          id="practice-title"
          label={t('practices.fields.title')}
          value={values.title}
          onChange={(value) => change('title', value)}
          error={errors.title}
          required
        />
        <TextAreaField
          id="practice-summary"
          label={t('practices.fields.summary')}
          hint={t('practices.fields.summaryHint', { max: PRACTICE_LIMITS.summaryMax })}
          value={values.summary}
          onChange={(value) => change('summary', value)}
          error={errors.summary}
          rows={3}
        />
        <TextAreaField
          id="practice-description"
          label={t('practices.fields.description')}
          hint={t('practices.fields.descriptionHint')}
          value={values.description}
          onChange={(value) => change('description', value)}
          error={errors.description}
          rows={10}
        />
        <SelectField
          id="practice-language"
          label={t('practices.fields.language')}
          hint={t('practices.fields.languageHint')}
          options={languages.map(({ code, name }) => ({ value: code, label: name }))}
          value={values.language}
          onChange={(value) => change('language', value)}
          error={errors.language}
          required
        />
        <TextField
          id="practice-organisation"
          label={t('practices.fields.organisation')}
          hint={t('practices.fields.organisationHint')}
          value={values.organisation}
          onChange={(value) => change('organisation', value)}
          error={errors.organisation}
          autoComplete="organization"
          required
        />
        <TextField
          id="practice-contact"
          label={t('practices.fields.contact')}
          hint={t('practices.fields.contactHint')}
          value={values.contact}
          onChange={(value) => change('contact', value)}
          error={errors.contact}
          optional
        />
        <TextField
          id="practice-start-year"
          label={t('practices.fields.startYear')}
          hint={t('practices.fields.startYearHint')}
          value={values.startYear}
          onChange={(value) => change('startYear', value)}
          error={errors.startYear}
          className="field--short"
          optional
        />
      </section>

      <section className="form__group" aria-labelledby="practice-form-classification">
        <h2 id="practice-form-classification">{t('practices.fields.classificationTitle')}</h2>
        <CheckboxGroup
          id="practice-target-groups"
          legend={t('practices.fields.targetGroups')}
          hint={t('practices.fields.targetGroupsHint')}
          options={TARGET_GROUPS.map((value) => ({ value, label: t(`practices.targetGroups.${value}`) }))}
          value={values.targetGroups}
          onChange={(value) => change('targetGroups', value)}
          error={errors.targetGroups}
        />
        <SelectField
          id="practice-level"
          label={t('practices.fields.preventionLevel')}
          placeholder={t('practices.fields.levelPlaceholder')}
          options={PREVENTION_LEVELS.map((value) => ({ value, label: t(`practices.levels.${value}`) }))}
          value={values.preventionLevel}
          onChange={(value) => change('preventionLevel', value as PracticeFormValues['preventionLevel'])}
          error={errors.preventionLevel}
          required
        />
        <CheckboxGroup
          id="practice-settings"
          legend={t('practices.fields.settings')}
          hint={t('practices.fields.settingsHint')}
          options={SETTINGS.map((value) => ({ value, label: t(`practices.settings.${value}`) }))}
          value={values.settings}
          onChange={(value) => change('settings', value)}
          error={errors.settings}
        />
        <CodeListField
          id="practice-countries"
          legend={t('practices.fields.countries')}
          hint={t('practices.fields.countriesHint', { max: PRACTICE_LIMITS.countriesMax })}
          all={countries}
          value={values.countries}
          onChange={(value) => change('countries', value)}
          max={PRACTICE_LIMITS.countriesMax}
          error={errors.countries}
        />
        <CodeListField
          id="practice-languages"
          legend={t('practices.fields.languages')}
          hint={t('practices.fields.languagesHint', { max: PRACTICE_LIMITS.languagesMax })}
          all={languages}
          value={values.languages}
          onChange={(value) => change('languages', value)}
          max={PRACTICE_LIMITS.languagesMax}
          error={errors.languages}
        />
        <SurvivorFields values={values} errors={errors} onChange={change} />
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
            value={values[element]}
            onChange={(value) => change(element, value)}
            error={errors[element]}
            rows={4}
            optional
          />
        ))}
      </section>

      <ResourcePicker
        id="practice-resources"
        value={values.relatedResources}
        onChange={(value) => change('relatedResources', value)}
      />

      <FormActions submitLabel={submitLabel} busy={busy} busyLabel={busyLabel} cancelTo={cancelTo} />
    </form>
  );
}

interface SurvivorFieldsProps {
  values: PracticeFormValues;
  errors: PracticeFormApi['fieldErrors'];
  onChange: <K extends keyof PracticeFormValues>(field: K, value: PracticeFormValues[K]) => void;
}

/** Whether victims' or survivors' perspective shaped the practice, and how (asked only when it did). */
function SurvivorFields({ values, errors, onChange }: SurvivorFieldsProps) {
  const { t } = useTranslation();
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
              name="practice-survivor"
              value={value}
              checked={values.survivorInvolvement === value}
              onChange={() => onChange('survivorInvolvement', value as SurvivorInvolvement)}
            />
            <label htmlFor={`practice-survivor-${value}`}>{t(`practices.survivorInvolvements.${value}`)}</label>
          </div>
        ))}
      </fieldset>
      {values.survivorInvolvement !== 'none' ? (
        <TextAreaField
          id="practice-survivor-note"
          label={t('practices.fields.survivorNote')}
          value={values.survivorNote}
          onChange={(value) => onChange('survivorNote', value)}
          error={errors.survivorNote}
          rows={3}
          optional
        />
      ) : null}
    </>
  );
}
