import { PRACTICE_LIMITS, type Practice, type ReviewDecision } from '@pn/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FormField } from '../../../components/FormField';
import { StatusMessage } from '../../../components/StatusMessage';
import type { Message } from '../../../i18n/types';
import { errorMessage } from '../../../lib/messages';
import { availableDecisions, isPublished } from '../curation';
import { useReviewPractice } from '../hooks/usePracticeMutations';

/**
 * A coordinator's decisions on a practice. Each goes through a confirmation; returning it needs a reason,
 * which the author sees.
 */
export function ReviewPanel({ practice }: { practice: Practice }) {
  const { t } = useTranslation();
  const review = useReviewPractice(practice.id);
  const [decision, setDecision] = useState<ReviewDecision | null>(null);
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<Message | null>(null);
  const [done, setDone] = useState<ReviewDecision | null>(null);
  const decisions = availableDecisions(practice);
  const pending = practice.pendingRevision;

  const close = () => {
    setDecision(null);
    setComment('');
    setProblem(null);
    review.reset();
  };

  const confirm = () => {
    if (!decision) return;
    const text = comment.trim();
    if (decision === 'return' && text === '') {
      setProblem({ key: 'validation.required' });
      document.getElementById('review-comment')?.focus();
      return;
    }
    const chosen = decision;
    review.mutate(
      { decision: chosen, comment: text || undefined },
      {
        onSuccess: () => {
          close();
          setDone(chosen);
        },
      },
    );
  };

  return (
    <section className="card review-panel" aria-labelledby="review-panel-title">
      <h2 id="review-panel-title" className="card__title">
        {t('practices.review.title')}
      </h2>
      <StatusMessage message={done ? t(`practices.review.done.${done}`) : null} />
      {isPublished(practice) && pending?.label === 'submitted' ? (
        <p>{t('practices.review.pendingChange', { number: pending.number })}</p>
      ) : null}
      {decisions.length === 0 ? (
        <p className="muted">{t('practices.review.nothing')}</p>
      ) : (
        <>
          <p className="muted">{t('practices.review.intro')}</p>
          <div className="actions-row">
            {decisions.map((item) => (
              <Button
                key={item}
                variant={item === 'archive' ? 'danger' : item === 'return' ? 'secondary' : 'primary'}
                onClick={() => {
                  setDone(null);
                  setDecision(item);
                }}
              >
                {t(`practices.review.decisions.${item}`)}
              </Button>
            ))}
          </div>
        </>
      )}
      {decision ? (
        <ConfirmDialog
          title={t(`practices.review.confirm.${decision}`, { title: practice.title })}
          confirmLabel={t(`practices.review.confirmLabel.${decision}`)}
          busyLabel={t('practices.review.busy')}
          busy={review.isPending}
          danger={decision === 'archive'}
          errors={review.isError ? [errorMessage(review.error)] : []}
          onCancel={close}
          onConfirm={confirm}
        >
          <p>{t(`practices.review.explain.${decision}`)}</p>
          <FormField
            id="review-comment"
            label={decision === 'return' ? t('practices.review.reason') : t('practices.review.comment')}
            hint={decision === 'return' ? t('practices.review.reasonHint') : t('practices.review.commentHint')}
            error={problem ?? undefined}
            optional={decision !== 'return'}
            required={decision === 'return'}
          >
            {(control) => (
              <textarea
                {...control}
                className="input"
                rows={3}
                maxLength={PRACTICE_LIMITS.commentMax}
                value={comment}
                onChange={(event) => {
                  setComment(event.target.value);
                  setProblem(null);
                }}
              />
            )}
          </FormField>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
