import {
  COMPARISON_CONDITIONS,
  createEvaluationSchema,
  EVALUATION_DESIGNS,
  EVALUATION_LIMITS,
  EVALUATOR_INDEPENDENCE,
  RISKS_OF_BIAS,
  RULE_THRESHOLDS,
  type Evaluation,
} from '@pn/shared';
import { useRef, useState } from 'react';
import { useController } from 'react-hook-form';
import type { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { FormAlert } from '../../../components/FormAlert';
import { SelectField } from '../../../components/SelectField';
import { StatusMessage } from '../../../components/StatusMessage';
import { TextAreaField, TextField } from '../../../components/TextField';
import { useLocale } from '../../../lib/useLocale';
import { useSchemaForm } from '../../../lib/useSchemaForm';
import {
  addOutcomeRow,
  attritionOf,
  emptyEvaluationValues,
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
  const [initial] = useState<EvaluationFormValues>(() =>
    evaluation ? valuesFromEvaluation(evaluation) : emptyEvaluationValues('new-0'),
  );
  const [rowErrors, setRowErrors] = useState<ReturnType<typeof outcomeRowErrors>>({});
  const [done, setDone] = useState<string | null>(null);
  const form = useSchemaForm({ schema: createEvaluationSchema, defaultValues: initial, toInput: toEvaluationRequest });
  // The outcome rows keep their own errors, per row and field, which the form's flat ones cannot hold.
  const { field: outcomesField } = useController({ control: form.control, name: 'outcomes' });
  const outcomes = outcomesField.value;
  const create = useCreateEvaluation(practiceId);
  const update = useUpdateEvaluation(practiceId);
  const busy = create.isPending || update.isPending;
  const id = (name: string) => `${idPrefix}-${name}`;
  const { locale } = useLocale();
  const attrition = attritionOf({
    sampleRandomised: form.watch('sampleRandomised'),
    sampleAnalysed: form.watch('sampleAnalysed'),
  });

  const checkRows = (values: EvaluationFormValues) => {
    const result = createEvaluationSchema.safeParse(toEvaluationRequest(values));
    setRowErrors(result.success ? {} : outcomeRowErrors(values.outcomes, result.error.issues));
  };
  const setRows = (rows: OutcomeRow[]) => {
    outcomesField.onChange(rows);
    // Like the other fields: checked on submit, then as they change.
    if (form.formState.isSubmitted) checkRows({ ...form.getValues(), outcomes: rows });
  };

  const save = (body: z.output<typeof createEvaluationSchema>) => {
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
          form.reset(emptyEvaluationValues(newKey()));
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
      <form
        id={form.formId}
        className="form evaluation-form"
        onSubmit={(event) => {
          setDone(null);
          checkRows(form.getValues());
          void form.submit(save)(event);
        }}
        noValidate
      >
        <FormAlert messages={form.formErrors} />
        <SelectField
          id={id('design')}
          label={t('practices.evaluations.design')}
          placeholder={t('practices.evaluations.designPlaceholder')}
          options={EVALUATION_DESIGNS.map((value) => ({ value, label: t(`evidence.designs.${value}`) }))}
          {...form.field('design')}
          required
        />
        <SelectField
          id={id('risk')}
          label={t('practices.evaluations.riskOfBias')}
          placeholder={t('practices.evaluations.riskPlaceholder')}
          options={RISKS_OF_BIAS.map((value) => ({ value, label: t(`evidence.riskLabels.${value}`) }))}
          {...form.field('riskOfBias')}
          required
        />
        <div className="form__row">
          <TextField
            id={id('sample')}
            label={t('practices.evaluations.sampleSize')}
            hint={t('practices.evaluations.sampleSizeHint')}
            {...form.field('sampleSize')}
            required
          />
          <TextField
            id={id('follow-up')}
            label={t('practices.evaluations.followUpMonths')}
            hint={t('practices.evaluations.followUpHint')}
            {...form.field('followUpMonths')}
            optional
          />
        </div>
        <div className="form__row">
          <TextField
            id={id('randomised')}
            label={t('practices.evaluations.sampleRandomised')}
            hint={t('practices.evaluations.sampleRandomisedHint')}
            {...form.field('sampleRandomised')}
            inputMode="numeric"
            optional
          />
          <TextField
            id={id('analysed')}
            label={t('practices.evaluations.sampleAnalysed')}
            hint={t('practices.evaluations.sampleAnalysedHint')}
            {...form.field('sampleAnalysed')}
            inputMode="numeric"
            optional
          />
        </div>
        {attrition !== null ? (
          <p className="field__hint evaluation-form__attrition" aria-live="polite">
            {t('practices.evaluations.attrition', {
              percent: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(attrition),
            })}
            {attrition > RULE_THRESHOLDS.maxAttritionPercent
              ? ` ${t('practices.evaluations.attritionHigh', { max: RULE_THRESHOLDS.maxAttritionPercent })}`
              : null}
          </p>
        ) : null}
        <SelectField
          id={id('comparison')}
          label={t('practices.evaluations.comparison')}
          placeholder={t('practices.evaluations.comparisonPlaceholder')}
          options={COMPARISON_CONDITIONS.map((value) => ({
            value,
            label: t(`practices.evaluations.comparisons.${value}`),
          }))}
          {...form.field('comparison')}
          optional
        />
        <SelectField
          id={id('independence')}
          label={t('practices.evaluations.independence')}
          placeholder={t('practices.evaluations.independencePlaceholder')}
          hint={t('practices.evaluations.independenceHint')}
          options={EVALUATOR_INDEPENDENCE.map((value) => ({
            value,
            label: t(`practices.evaluations.independenceOptions.${value}`),
          }))}
          {...form.field('independence')}
          optional
        />
        <TextAreaField
          id={id('conflict')}
          label={t('practices.evaluations.conflictOfInterest')}
          hint={t('practices.evaluations.conflictOfInterestHint')}
          {...form.field('conflictOfInterest')}
          rows={2}
          optional
        />
        <TextField
          id={id('registration')}
          label={t('practices.evaluations.registrationId')}
          hint={t('practices.evaluations.registrationIdHint')}
          {...form.field('registrationId')}
          spellCheck={false}
          optional
        />
        <TextField
          id={id('citation')}
          label={t('practices.evaluations.citation')}
          hint={t('practices.evaluations.citationHint')}
          {...form.field('citation')}
          required
        />
        <TextField
          id={id('doi')}
          label={t('practices.evaluations.doi')}
          hint={t('practices.evaluations.doiHint')}
          {...form.field('doi')}
          spellCheck={false}
          optional
        />
        <TextAreaField
          id={id('summary')}
          label={t('practices.evaluations.summary')}
          hint={t('practices.evaluations.summaryHint')}
          {...form.field('summary')}
          rows={4}
        />

        <fieldset className="outcome-rows" aria-describedby={id('outcomes-hint')}>
          <legend className="field__label">{t('practices.evaluations.outcomesTitle')}</legend>
          <p className="field__hint" id={id('outcomes-hint')}>
            {t('practices.evaluations.outcomesHint', { max: EVALUATION_LIMITS.outcomesMax })}
          </p>
          <ol className="outcome-rows__list">
            {outcomes.map((row, index) => (
              <OutcomeRowFields
                key={row.key}
                idPrefix={id(`outcome-${row.key}`)}
                number={index + 1}
                row={row}
                errors={rowErrors[row.key] ?? {}}
                canRemove={outcomes.length > 1}
                onChange={(patch) => setRows(updateOutcomeRow(outcomes, row.key, patch))}
                onRemove={() => setRows(removeOutcomeRow(outcomes, row.key))}
              />
            ))}
          </ol>
          {outcomes.length < EVALUATION_LIMITS.outcomesMax ? (
            <Button variant="secondary" onClick={() => setRows(addOutcomeRow(outcomes, newKey()))}>
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
