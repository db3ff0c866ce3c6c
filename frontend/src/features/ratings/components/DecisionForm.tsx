import {
  APPEAL_DECISIONS,
  inquiryDecisionSchema,
  type Evaluation,
  type Inquiry,
  type InquiryDecision,
  type InquiryDecisionRequest,
} from '@pn/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FieldError } from '../../../components/FieldError';
import { FormAlert } from '../../../components/FormAlert';
import { SelectField } from '../../../components/SelectField';
import { TextAreaField } from '../../../components/TextField';
import { errorMessage } from '../../../lib/messages';
import { useSchemaForm } from '../../../lib/useSchemaForm';
import { useDecideInquiry } from '../hooks/useRatings';

type Role = 'answer' | 'review' | 'settle';

/** Which decision the caller makes: the API says they may (`canDecide`); the inquiry's state says which. */
export function decisionRoleOf(inquiry: Inquiry): Role {
  if (inquiry.kind === 'question') return 'answer';
  return inquiry.status === 'awaiting-settlement' ? 'settle' : 'review';
}

/**
 * A coordinator's answer to a question; an assigned reviewer's decision on an appeal, with their declaration
 * of no conflict of interest; or a coordinator's settlement when the reviewers disagree. Confirmed before it
 * is sent: a decision is final.
 */
export function DecisionForm({
  inquiry,
  evaluations,
  onDecided,
}: {
  inquiry: Inquiry;
  evaluations: readonly Evaluation[];
  /** Once recorded: the inquiry, refetched, no longer offers the form, so its item says so. */
  onDecided: () => void;
}) {
  const { t } = useTranslation();
  const role = decisionRoleOf(inquiry);
  const decide = useDecideInquiry(inquiry.id);
  const [pending, setPending] = useState<InquiryDecisionRequest | null>(null);
  const empty = {
    decision: (role === 'answer' ? 'answer' : '') as InquiryDecision | '',
    evaluationId: '',
    reason: '',
    noConflict: false,
  };
  const form = useSchemaForm({
    schema: inquiryDecisionSchema,
    defaultValues: empty,
    toInput: (values) => ({
      decision: values.decision as InquiryDecision,
      reason: values.reason,
      ...(values.decision === 'recode' && values.evaluationId ? { evaluationId: values.evaluationId } : {}),
      ...(role === 'review' ? { noConflict: values.noConflict } : {}),
    }),
    check: (values) => ({
      ...(role !== 'answer' && !values.decision ? { decision: { key: 'validation.required' } } : {}),
      ...(role === 'review' && !values.noConflict
        ? { noConflict: { text: t('ratings.decide.noConflictRequired') } }
        : {}),
    }),
  });
  const decision = form.watch('decision');
  const prefix = `decision-${inquiry.id}`;
  const submit = form.submit((body) => setPending(body));
  const title =
    role === 'answer'
      ? 'ratings.decide.titleAnswer'
      : role === 'settle'
        ? 'ratings.decide.titleSettle'
        : 'ratings.decide.titleReview';
  const noConflictError = form.fieldError('noConflict');

  return (
    <section className="ratings-decision" aria-labelledby={`${prefix}-title`}>
      <h4 id={`${prefix}-title`}>{t(title)}</h4>
      <form id={form.formId} className="form" onSubmit={(event) => void submit(event)} noValidate>
        <FormAlert messages={form.formErrors} />
        {role !== 'answer' ? (
          <SelectField
            id={`${prefix}-decision`}
            label={t('ratings.decide.decision')}
            placeholder=""
            options={APPEAL_DECISIONS.map((value) => ({ value, label: t(`ratings.decide.decisions.${value}`) }))}
            required
            {...form.field('decision')}
          />
        ) : null}
        {decision === 'recode' ? (
          <SelectField
            id={`${prefix}-evaluation`}
            label={t('ratings.decide.evaluation')}
            placeholder={t('ratings.decide.evaluationPlaceholder')}
            options={evaluations.map((evaluation) => ({ value: evaluation.id, label: evaluation.citation }))}
            required
            {...form.field('evaluationId')}
          />
        ) : null}
        <TextAreaField
          id={`${prefix}-reason`}
          label={t(role === 'answer' ? 'ratings.decide.reasonAnswer' : 'ratings.decide.reason')}
          rows={4}
          {...form.field('reason')}
        />
        {role === 'review' ? (
          <div className="field checkbox-field">
            <input
              id={`${prefix}-no-conflict`}
              type="checkbox"
              aria-invalid={noConflictError ? true : undefined}
              aria-describedby={noConflictError ? `${prefix}-no-conflict-error` : undefined}
              {...form.register('noConflict')}
            />
            <label htmlFor={`${prefix}-no-conflict`}>{t('ratings.decide.noConflict')}</label>
            <FieldError id={`${prefix}-no-conflict-error`} error={noConflictError} />
          </div>
        ) : null}
        <div className="form__actions">
          <Button type="submit">
            {t(role === 'answer' ? 'ratings.decide.submitAnswer' : 'ratings.decide.submit')}
          </Button>
        </div>
      </form>
      {pending ? (
        <ConfirmDialog
          title={t(role === 'answer' ? 'ratings.decide.confirmAnswer' : 'ratings.decide.confirm')}
          confirmLabel={t(role === 'answer' ? 'ratings.decide.submitAnswer' : 'ratings.decide.submit')}
          busyLabel={t('ratings.decide.busy')}
          busy={decide.isPending}
          errors={decide.isError ? [errorMessage(decide.error)] : []}
          onCancel={() => {
            setPending(null);
            decide.reset();
          }}
          onConfirm={() =>
            // Not mutate's own onSuccess: the refetched inquiry no longer offers this form, which then unmounts
            // before that callback would run; the promise still settles.
            void decide.mutateAsync(pending).then(
              () => {
                setPending(null);
                onDecided();
              },
              () => undefined,
            )
          }
        >
          <p>{t('ratings.decide.confirmBody')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
