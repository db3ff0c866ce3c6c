import type { Practice } from '@pn/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { StatusMessage } from '../../../components/StatusMessage';
import { errorMessage } from '../../../lib/messages';
import { authorStep, isPublished } from '../curation';
import { useSubmitPractice } from '../hooks/usePracticeMutations';

/** For the author: where their text stands (with the reason of a return), editing, and submitting it. */
export function AuthorPanel({ practice }: { practice: Practice }) {
  const { t } = useTranslation();
  const submit = useSubmitPractice(practice.id);
  const [confirming, setConfirming] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const step = authorStep(practice);
  const pending = practice.pendingRevision;
  const published = isPublished(practice);
  const returnReason = published ? pending?.returnReason : practice.returnReason;

  const status = (() => {
    if (published && pending) {
      if (pending.label === 'submitted') return t('practices.author.changeUnderReview', { number: pending.number });
      if (pending.label === 'returned') return t('practices.author.changeReturned', { number: pending.number });
      return t('practices.author.changeDraft', { number: pending.number });
    }
    if (practice.curationLabel === 'draft') return t('practices.author.draftText');
    if (practice.curationLabel === 'returned') return t('practices.author.returnedText');
    if (practice.curationLabel === 'submitted') return t('practices.author.underReview');
    return null;
  })();

  const canEditNow = practice.canEdit && practice.curationLabel !== 'archived' && step !== 'under-review';

  return (
    <section className="card author-panel" aria-labelledby="author-panel-title">
      <h2 id="author-panel-title" className="card__title">
        {t('practices.author.title')}
      </h2>
      <StatusMessage message={submitted ? t('practices.author.submitted') : null} />
      {status ? <p>{status}</p> : null}
      {returnReason && (practice.curationLabel === 'returned' || pending?.label === 'returned') ? (
        <div className="alert alert--info">
          <p>{t('practices.author.returnReason', { reason: returnReason })}</p>
        </div>
      ) : null}
      <div className="actions-row">
        {canEditNow ? (
          <Link to={`/practices/${practice.id}/edit`} className="button button--secondary">
            {published && pending ? t('practices.page.editChange') : t('practices.page.edit')}
          </Link>
        ) : null}
        {step === 'submit' || step === 'submit-change' ? (
          <Button onClick={() => setConfirming(true)}>
            {step === 'submit' ? t('practices.author.submit') : t('practices.author.submitChange')}
          </Button>
        ) : null}
      </div>
      {confirming ? (
        <ConfirmDialog
          title={t('practices.author.confirmTitle')}
          confirmLabel={step === 'submit' ? t('practices.author.submit') : t('practices.author.submitChange')}
          busyLabel={t('practices.author.submitting')}
          busy={submit.isPending}
          errors={submit.isError ? [errorMessage(submit.error)] : []}
          onCancel={() => {
            submit.reset();
            setConfirming(false);
          }}
          onConfirm={() =>
            submit.mutate(undefined, {
              onSuccess: () => {
                setConfirming(false);
                setSubmitted(true);
              },
            })
          }
        >
          <p>{t('practices.author.confirmText')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
