import { INQUIRY_LIMITS } from '@pn/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FormField } from '../../../components/FormField';
import { StatusMessage } from '../../../components/StatusMessage';
import { errorMessage } from '../../../lib/messages';
import { useReReview } from '../hooks/useRatings';

/** A coordinator confirms, after looking again, that the rating stands: dated today, audited. */
export function ReReviewButton({ practiceId, title }: { practiceId: string; title: string }) {
  const { t } = useTranslation();
  const reReview = useReReview(practiceId);
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  const [done, setDone] = useState(false);
  const close = () => {
    setOpen(false);
    setComment('');
    reReview.reset();
  };
  return (
    <>
      <StatusMessage message={done ? t('ratings.reReview.done') : null} />
      <Button
        variant="secondary"
        onClick={() => {
          setDone(false);
          setOpen(true);
        }}
      >
        {t('ratings.reReview.button')}
      </Button>
      {open ? (
        <ConfirmDialog
          title={t('ratings.reReview.confirm', { title })}
          confirmLabel={t('ratings.reReview.confirmLabel')}
          busyLabel={t('ratings.reReview.busy')}
          busy={reReview.isPending}
          errors={reReview.isError ? [errorMessage(reReview.error)] : []}
          onCancel={close}
          onConfirm={() =>
            reReview.mutate(
              { comment: comment.trim() || undefined },
              {
                onSuccess: () => {
                  close();
                  setDone(true);
                },
              },
            )
          }
        >
          <p>{t('ratings.reReview.body')}</p>
          <FormField id={`re-review-comment-${practiceId}`} label={t('ratings.reReview.comment')} optional>
            {(control) => (
              <textarea
                {...control}
                className="input"
                rows={3}
                maxLength={INQUIRY_LIMITS.commentMax}
                value={comment}
                onChange={(event) => setComment(event.target.value)}
              />
            )}
          </FormField>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
