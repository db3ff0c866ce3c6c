import type { InquiryKind, Practice } from '@pn/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { ErrorState, LoadingState } from '../../../components/States';
import { StatusMessage } from '../../../components/StatusMessage';
import { useCurrentUser } from '../../../lib/currentUser';
import { hasRole } from '../../../lib/permissions';
import { useLocale } from '../../../lib/useLocale';
import { usePracticeInquiries } from '../hooks/useRatings';
import '../ratings.css';
import { InquiryForm } from './InquiryForm';
import { InquiryItem } from './InquiryItem';
import { ReReviewButton } from './ReReviewButton';

const LIVE = ['inspiring', 'peer-reviewed'];

/**
 * The governance of a practice's rating on its page: when it was last reviewed (and, for coordinators,
 * the re-review), the questions and appeals about it with their outcomes, and the forms to ask or appeal.
 */
export function RatingGovernance({ practice }: { practice: Practice }) {
  const { t } = useTranslation();
  const { formatDate } = useLocale();
  const { user } = useCurrentUser();
  const live = LIVE.includes(practice.curationLabel);
  const shown = live || practice.curationLabel === 'archived';
  const inquiries = usePracticeInquiries(practice.id, shown);
  const [writing, setWriting] = useState<InquiryKind | null>(null);
  const [sent, setSent] = useState<InquiryKind | null>(null);
  if (!shown) return null;
  const curator = hasRole(user, ['coordinator', 'admin']);

  return (
    <section className="section ratings-governance" id="rating-inquiries" aria-labelledby="rating-inquiries-title">
      <h2 id="rating-inquiries-title">{t('ratings.section.title')}</h2>
      <p className="ratings-governance__reviewed">
        {t('ratings.section.lastReviewed', { date: formatDate(practice.ratingReviewedAt) })}
        {practice.evidenceRating.reviewDue ? <> {t('ratings.section.reviewDue')}</> : null}
      </p>
      {curator && live ? <ReReviewButton practiceId={practice.id} title={practice.title} /> : null}
      <p className="muted">{t('ratings.section.intro')}</p>
      <StatusMessage message={sent ? t(sent === 'appeal' ? 'ratings.appeal.sent' : 'ratings.ask.sent') : null} />
      {inquiries.isPending ? (
        <LoadingState label={t('ratings.section.loading')} />
      ) : inquiries.isError ? (
        <ErrorState error={inquiries.error} onRetry={() => void inquiries.refetch()} />
      ) : (
        <>
          {inquiries.data.items.length === 0 ? (
            <p>{t('ratings.section.empty')}</p>
          ) : (
            <ul className="inquiry-list">
              {inquiries.data.items.map((inquiry) => (
                <InquiryItem key={inquiry.id} inquiry={inquiry} evaluations={practice.evaluations} />
              ))}
            </ul>
          )}
          {writing ? (
            <InquiryForm
              practiceId={practice.id}
              kind={writing}
              onDone={() => {
                setSent(writing);
                setWriting(null);
              }}
              onCancel={() => setWriting(null)}
            />
          ) : (
            <div className="actions-row">
              {inquiries.data.canAsk ? (
                <Button
                  variant="secondary"
                  onClick={() => {
                    setSent(null);
                    setWriting('question');
                  }}
                >
                  {t('ratings.ask.open')}
                </Button>
              ) : null}
              {inquiries.data.canAppeal ? (
                <Button
                  variant="secondary"
                  onClick={() => {
                    setSent(null);
                    setWriting('appeal');
                  }}
                >
                  {t('ratings.appeal.open')}
                </Button>
              ) : null}
            </div>
          )}
          {!user && live ? <p className="muted">{t('ratings.section.signInToAsk')}</p> : null}
        </>
      )}
    </section>
  );
}
