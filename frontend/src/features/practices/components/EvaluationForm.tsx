import {
  createEvaluationSchema,
  EVALUATION_DESIGNS,
  EVALUATION_LIMITS,
  RISKS_OF_BIAS,
  type Evaluation,
  type EvaluationDesign,
  type RiskOfBias,
} from '@pn/shared';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { FormAlert } from '../../../components/FormAlert';
import { SelectField } from '../../../components/SelectField';
import { StatusMessage } from '../../../components/StatusMessage';
import { TextAreaField, TextField } from '../../../components/TextField';
import { useZodForm } from '../../../lib/useZodForm';
import {
  addOutcomeRow,
  emptyEvaluationValues,
  EVALUATION_FORM_FIELDS,
  outcomeRowErrors,
  removeOutcomeRow,
  toEvaluationRequest,
  updateOutcomeRow,
  valuesFromEvaluation,
  type EvaluationFormValues,
  type OutcomeRow,
} from '../evaluationForm';
import { useCreateEvaluation, useUpdateEvaluation } from '../hooks/usePracticeMutations';
import { OutcomeRowFields } from './OutcomeRowFields';

interface EvaluationFormProps {
  practiceId: string;
  /** The evaluation to correct; without it, a new one is posted. */
  evaluation?: Evaluation;
  idPrefix: string;
  onDone?: () => void;
}

/** A researcher's evaluation of one study: its design and quality, and one row per outcome measured. */
export function EvaluationForm({ practiceId, evaluation, idPrefix, onDone }: EvaluationFormProps) {
  const { t } = useTranslation();
  const nextKey = useRef(0);
  const newKey = () => `new-${(nextKey.current += 1)}`;
  const [values, setValues] = useState<EvaluationFormValues>(() =>
    evaluation ? valuesFromEvaluation(evaluation) : emptyEvaluationValues('new-0'),
  );
  const [rowErrors, setRowErrors] = useState<ReturnType<typeof outcomeRowErrors>>({});
  const [done, setDone] = useState<string | null>(null);
  const form = useZodForm(createEvaluationSchema, EVALUATION_FORM_FIELDS);
  const create = useCreateEvaluation(practiceId);
  const update = useUpdateEvaluation(practiceId);
  const busy = create.isPending || update.isPending;
  const id = (name: string) => `${idPrefix}-${name}`;

  const change = <K extends keyof EvaluationFormValues>(field: K, value: EvaluationFormValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));
  const setRows = (rows: OutcomeRow[]) => change('outcomes', rows);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(null);
    const request = toEvaluationRequest(values);
    const result = createEvaluationSchema.safeParse(request);
    setRowErrors(result.success ? {} : outcomeRowErrors(values.outcomes, result.error.issues));
    const body = form.validate(request);
    if (!body) return;
    const onError = (error: unknown) => form.showServerError(error);
    if (evaluation) {
      update.mutate(
        { id: evaluation.id, body },
        {
          onSuccess: () => {
            setDone(t('practices.evaluations.updated'));
            onDone?.();
          },
          onError,
        },
      );
    } else {
      create.mutate(body, {
        onSuccess: () => {
          setValues(emptyEvaluationValues(newKey()));
          setDone(t('practices.evaluations.added'));
          onDone?.();
        },
        onError,
      });
    }
  };

  return (
    <>
      <StatusMessage message={done} />
      <form id={form.formId} className="form evaluation-form" onSubmit={submit} noValidate>
        <FormAlert messages={form.formErrors} />
        <SelectField
          id={id('design')}
          label={t('practices.evaluations.design')}
          placeholder={t('practices.evaluations.designPlaceholder')}
          options={EVALUATION_DESIGNS.map((value) => ({ value, label: t(`evidence.designs.${value}`) }))}
          value={values.design}
          onChange={(value) => change('design', value as EvaluationDesign)}
          error={form.fieldErrors.design}
          required
        />
        <SelectField
          id={id('risk')}
          label={t('practices.evaluations.riskOfBias')}
          placeholder={t('practices.evaluations.riskPlaceholder')}
          options={RISKS_OF_BIAS.map((value) => ({ value, label: t(`evidence.riskLabels.${value}`) }))}
          value={values.riskOfBias}
          onChange={(value) => change('riskOfBias', value as RiskOfBias)}
          error={form.fieldErrors.riskOfBias}
          required
        />
        <div className="form__row">
          <TextField
            id={id('sample')}
            label={t('practices.evaluations.sampleSize')}
            hint={t('practices.evaluations.sampleSizeHint')}
            value={values.sampleSize}
            onChange={(value) => change('sampleSize', value)}
            error={form.fieldErrors.sampleSize}
            required
          />
          <TextField
            id={id('follow-up')}
            label={t('practices.evaluations.followUpMonths')}
            hint={t('practices.evaluations.followUpHint')}
            value={values.followUpMonths}
            onChange={(value) => change('followUpMonths', value)}
            error={form.fieldErrors.followUpMonths}
            optional
          />
        </div>
        <div className="checkbox-field">
          <input
            id={id('independent')}
            type="checkbox"
            checked={values.independent}
            onChange={(event) => change('independent', event.target.checked)}
          />
          <label htmlFor={id('independent')}>{t('practices.evaluations.independent')}</label>
        </div>
        <TextField
          id={id('citation')}
          label={t('practices.evaluations.citation')}
          hint={t('practices.evaluations.citationHint')}
          value={values.citation}
          onChange={(value) => change('citation', value)}
          error={form.fieldErrors.citation}
          required
        />
        <TextField
          id={id('doi')}
          label={t('practices.evaluations.doi')}
          hint={t('practices.evaluations.doiHint')}
          value={values.doi}
          onChange={(value) => change('doi', value)}
          error={form.fieldErrors.doi}
          spellCheck={false}
          optional
        />
        <TextAreaField
          id={id('summary')}
          label={t('practices.evaluations.summary')}
          hint={t('practices.evaluations.summaryHint')}
          value={values.summary}
          onChange={(value) => change('summary', value)}
          error={form.fieldErrors.summary}
          rows={4}
        />

        <fieldset className="outcome-rows" aria-describedby={id('outcomes-hint')}>
          <legend className="field__label">{t('practices.evaluations.outcomesTitle')}</legend>
          <p className="field__hint" id={id('outcomes-hint')}>
            {t('practices.evaluations.outcomesHint', { max: EVALUATION_LIMITS.outcomesMax })}
          </p>
          <ol className="outcome-rows__list">
            {values.outcomes.map((row, index) => (
              <OutcomeRowFields
                key={row.key}
                idPrefix={id(`outcome-${row.key}`)}
                number={index + 1}
                row={row}
                errors={rowErrors[row.key] ?? {}}
                canRemove={values.outcomes.length > 1}
                onChange={(patch) => setRows(updateOutcomeRow(values.outcomes, row.key, patch))}
                onRemove={() => setRows(removeOutcomeRow(values.outcomes, row.key))}
              />
            ))}
          </ol>
          {values.outcomes.length < EVALUATION_LIMITS.outcomesMax ? (
            <Button variant="secondary" onClick={() => setRows(addOutcomeRow(values.outcomes, newKey()))}>
              {t('practices.evaluations.addOutcome')}
            </Button>
          ) : (
            <p className="field__hint">
              {t('practices.evaluations.outcomeLimit', { max: EVALUATION_LIMITS.outcomesMax })}
            </p>
          )}
        </fieldset>

        <div className="form__actions">
          <Button type="submit" busy={busy} busyLabel={t('practices.evaluations.saving')}>
            {t('practices.evaluations.save')}
          </Button>
          {evaluation && onDone ? (
            <Button variant="secondary" onClick={onDone}>
              {t('common.cancel')}
            </Button>
          ) : null}
        </div>
      </form>
    </>
  );
}
