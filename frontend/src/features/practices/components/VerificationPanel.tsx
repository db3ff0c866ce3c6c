import { EVALUATION_LIMITS, verificationSchema, type Evaluation, type VerificationDecision } from '@pn/shared';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Button } from '../../../components/Button';
import { FormAlert } from '../../../components/FormAlert';
import { TextAreaField } from '../../../components/TextField';
import { useCurrentUser } from '../../../lib/currentUser';
import { hasRole } from '../../../lib/permissions';
import { useSchemaForm } from '../../../lib/useSchemaForm';
import { useVerifyEvaluation } from '../hooks/usePracticeMutations';

interface VerificationValues {
  decision: VerificationDecision | '';
  comment: string;
  conflictOfInterest: string;
}

const EMPTY: VerificationValues = { decision: '', comment: '', conflictOfInterest: '' };

/**
 * A second reviewer's check of an evaluation's coding against the study: verify it (it then counts in the
 * rating) or return it to its author with a comment. A declared conflict of interest is sent as declared: the
 * API refuses the decision, and the reviewer is told to leave it to another.
 */
export function VerificationPanel({
  evaluation,
  idPrefix,
  onDecided,
}: {
  evaluation: Evaluation;
  idPrefix: string;
  /** Told what was decided: the panel itself goes once the decision is made, so the list around it says so. */
  onDecided: (message: string) => void;
}) {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const verify = useVerifyEvaluation(evaluation.practiceId);
  const form = useSchemaForm({
    schema: verificationSchema,
    defaultValues: EMPTY,
    toInput: (values) => ({
      decision: values.decision as VerificationDecision,
      comment: values.comment,
      conflictOfInterest: values.conflictOfInterest.trim() === '' ? null : values.conflictOfInterest,
    }),
  });
  const id = (name: string) => `${idPrefix}-${name}`;
  const coordinator = hasRole(user, ['coordinator', 'admin']);

  const save = async (body: z.output<typeof verificationSchema>) => {
    try {
      // Awaited rather than through `mutate`'s callbacks: the decision refetches the lists, and this panel
      // leaves the page with its evaluation before those callbacks would run.
      await verify.mutateAsync({ id: evaluation.id, body });
      onDecided(
        t(body.decision === 'verify' ? 'practices.verification.verifiedDone' : 'practices.verification.returnedDone'),
      );
    } catch (error) {
      // The API's reason for a refusal, in the reader's words: a declared conflict, or a decision taken meanwhile.
      form.showServerError(error, {
        ...(body.conflictOfInterest ? { 403: 'practices.errors.conflictRefused' } : {}),
        409: 'practices.errors.decidedMeanwhile',
      });
    }
  };

  return (
    <section className="verification-panel" aria-labelledby={id('title')}>
      <h4 id={id('title')} className="verification-panel__title">
        {t('practices.verification.title')}
      </h4>
      <p className="muted">{t('practices.verification.intro')}</p>
      {coordinator ? <p className="muted">{t('practices.verification.reconcileNote')}</p> : null}
      <form id={form.formId} className="form" onSubmit={(event) => void form.submit(save)(event)} noValidate>
        <FormAlert messages={form.formErrors} />
        <fieldset
          className="verification-panel__decision"
          aria-describedby={form.fieldError('decision') ? id('decision-error') : undefined}
        >
          <legend className="field__label">{t('practices.verification.decision')}</legend>
          {(['verify', 'return'] as const).map((decision) => (
            <div key={decision} className="checkbox-field">
              <input
                id={id(`decision-${decision}`)}
                type="radio"
                value={decision}
                aria-invalid={form.fieldError('decision') ? true : undefined}
                {...form.register('decision')}
              />
              <label htmlFor={id(`decision-${decision}`)}>{t(`practices.verification.decisions.${decision}`)}</label>
            </div>
          ))}
          {form.fieldError('decision') ? (
            <p className="field__error" id={id('decision-error')}>
              {t('practices.verification.chooseDecision')}
            </p>
          ) : null}
        </fieldset>
        <TextAreaField
          id={id('comment')}
          label={t('practices.verification.comment')}
          hint={t('practices.verification.commentHint', { max: EVALUATION_LIMITS.verificationCommentMax })}
          {...form.field('comment')}
          rows={3}
        />
        <TextAreaField
          id={id('conflict')}
          label={t('practices.verification.conflict')}
          hint={t('practices.verification.conflictHint')}
          {...form.field('conflictOfInterest')}
          rows={2}
          optional
        />
        <div className="form__actions">
          <Button type="submit" busy={verify.isPending} busyLabel={t('practices.evaluations.saving')}>
            {t('practices.verification.send')}
          </Button>
        </div>
      </form>
    </section>
  );
}
