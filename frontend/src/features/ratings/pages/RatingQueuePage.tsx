import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PagedResults } from '../../../components/PagedResults';
import { EmptyState } from '../../../components/States';
import { useCurrentUser } from '../../../lib/currentUser';
import { hasRole } from '../../../lib/permissions';
import { useLocale } from '../../../lib/useLocale';
import { usePageTitle } from '../../../lib/usePageTitle';
import { practiceLink } from '../api';
import { InquiryItem } from '../components/InquiryItem';
import { useInquiryQueue, useReviewDue } from '../hooks/useRatings';

/**
 * The work on ratings: for coordinators, the ratings due for re-review and every open question and appeal
 * with its deadline; for an appeal reviewer, the appeals assigned to them. Each leads to the practice's page,
 * where the decision is made.
 */
export function RatingQueuePage() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const curator = hasRole(user, ['coordinator', 'admin']);
  usePageTitle(t('ratings.queue.title'));
  return (
    <div className="page ratings-queue-page">
      <h1>{t('ratings.queue.title')}</h1>
      <p className="lead">{t('ratings.queue.intro')}</p>
      {curator ? <ReviewDueSection /> : null}
      <InquiriesSection curator={curator} />
    </div>
  );
}

function ReviewDueSection() {
  const { t } = useTranslation();
  const { formatDate } = useLocale();
  const list = useReviewDue();
  return (
    <section className="section" aria-labelledby="review-due-title" aria-busy={list.isFetching || undefined}>
      <h2 id="review-due-title">{t('ratings.queue.reviewDueTitle')}</h2>
      <p className="muted">{t('ratings.queue.reviewDueIntro')}</p>
      <PagedResults
        list={list}
        empty={<EmptyState title={t('ratings.queue.reviewDueEmpty')} headingLevel={3} />}
        className="card-grid review-due-list"
      >
        {(practice) => (
          <li key={practice.id} className="card">
            <h3 className="card__title">
              <Link to={practiceLink(practice.id)}>{practice.title}</Link>
            </h3>
            <ul className="meta-list">
              <li>{t('ratings.queue.lastReviewed', { date: formatDate(practice.ratingReviewedAt) })}</li>
              {practice.reasons.map((reason) => (
                <li key={reason} className="badge">
                  {t(`ratings.queue.reasons.${reason}`)}
                </li>
              ))}
            </ul>
          </li>
        )}
      </PagedResults>
    </section>
  );
}

function InquiriesSection({ curator }: { curator: boolean }) {
  const { t } = useTranslation();
  const list = useInquiryQueue();
  const title = curator ? t('ratings.queue.inquiriesTitle') : t('ratings.queue.inquiriesTitleReviewer');
  return (
    <section className="section" aria-labelledby="open-inquiries-title" aria-busy={list.isFetching || undefined}>
      <h2 id="open-inquiries-title">{title}</h2>
      <PagedResults
        list={list}
        empty={<EmptyState title={t('ratings.queue.inquiriesEmpty')} headingLevel={3} />}
        renderItems={(items) => (
          <ul className="inquiry-list">
            {items.map((inquiry) => (
              <InquiryItem
                key={inquiry.id}
                inquiry={inquiry}
                showPractice
                actions={false}
                footer={
                  <p>
                    <Link to={`${practiceLink(inquiry.practice.id)}#rating-inquiries`}>{t('ratings.queue.open')}</Link>
                  </p>
                }
              />
            ))}
          </ul>
        )}
      />
    </section>
  );
}
