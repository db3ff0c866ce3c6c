import type { Evaluation, Inquiry } from '@pn/shared';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/StatusMessage';
import { useLocale } from '../../../lib/useLocale';
import { AssignReviewersForm } from './AssignReviewersForm';
import { DecisionForm } from './DecisionForm';

/**
 * One question or appeal as the API shows it to the caller: its status and deadline, the texts members may
 * read, the outcome, the reviewers' decisions (reviewers unnamed but to coordinators), and what the caller
 * may do next.
 */
export function InquiryItem({
  inquiry,
  evaluations,
  showPractice = false,
  actions = true,
  footer,
}: {
  inquiry: Inquiry;
  evaluations?: readonly Evaluation[];
  /** In the queue: which practice it is about. */
  showPractice?: boolean;
  /** The forms to assign and decide, on the practice's page (where its evaluations are at hand). */
  actions?: boolean;
  footer?: ReactNode;
}) {
  const { t } = useTranslation();
  const { formatDate } = useLocale();
  const [decided, setDecided] = useState(false);
  const titleId = `inquiry-${inquiry.id}-title`;
  const closed = inquiry.status === 'closed';
  const outcomeEvaluation = evaluations?.find((evaluation) => evaluation.id === inquiry.outcomeEvaluationId);
  return (
    <li className="card inquiry" aria-labelledby={titleId}>
      <h3 id={titleId} className="card__title inquiry__title">
        <span className={`badge inquiry__kind inquiry__kind--${inquiry.kind}`}>
          {t(`ratings.kinds.${inquiry.kind}`)}
        </span>{' '}
        <span className={`inquiry__status inquiry__status--${inquiry.status}`}>
          {t(`ratings.statuses.${inquiry.status}`)}
        </span>
      </h3>
      {showPractice ? (
        <p className="inquiry__practice">{t('ratings.item.practice', { title: inquiry.practice.title })}</p>
      ) : null}
      <ul className="meta-list">
        <li>{t('ratings.item.filed', { date: formatDate(inquiry.createdAt) })}</li>
        {closed && inquiry.closedAt ? (
          <li>{t('ratings.item.closed', { date: formatDate(inquiry.closedAt) })}</li>
        ) : (
          <li className={inquiry.overdue ? 'inquiry__overdue' : undefined}>
            {t(inquiry.overdue ? 'ratings.item.overdue' : 'ratings.item.due', { date: formatDate(inquiry.dueAt) })}
          </li>
        )}
        {inquiry.mine ? <li>{t('ratings.item.yours')}</li> : null}
        {inquiry.asker ? <li>{t('ratings.item.askedBy', { name: inquiry.asker.displayName })}</li> : null}
      </ul>
      {inquiry.outcome ? (
        <p className="inquiry__outcome">
          <strong>{t('ratings.item.outcome', { outcome: t(`ratings.outcomes.${inquiry.outcome}`) })}</strong>
          {outcomeEvaluation ? (
            <> {t('ratings.item.outcomeEvaluation', { citation: outcomeEvaluation.citation })}</>
          ) : null}
        </p>
      ) : null}
      {inquiry.reason ? (
        <dl className="inquiry__texts">
          <dt>{t('ratings.item.reason')}</dt>
          <dd>{inquiry.reason}</dd>
          {inquiry.evidence ? (
            <>
              <dt>{t('ratings.item.evidence')}</dt>
              <dd>{inquiry.evidence}</dd>
            </>
          ) : null}
          {inquiry.links.length > 0 ? (
            <>
              <dt>{t('ratings.item.links')}</dt>
              <dd>
                <ul className="inquiry__links">
                  {inquiry.links.map((link) => (
                    <li key={link}>
                      <a href={link} rel="noopener noreferrer nofollow">
                        {link}
                      </a>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
          {inquiry.answer ? (
            <>
              <dt>{t(inquiry.kind === 'question' ? 'ratings.item.answer' : 'ratings.item.settlement')}</dt>
              <dd>{inquiry.answer}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {inquiry.reviews.length > 0 ? (
        <div className="inquiry__reviews">
          <h4>{t('ratings.item.reviews')}</h4>
          <ol>
            {inquiry.reviews.map((review, index) => {
              const who = review.mine
                ? t('ratings.item.reviewerNamed', { number: index + 1, name: t('ratings.item.you') })
                : review.reviewer
                  ? t('ratings.item.reviewerNamed', { number: index + 1, name: review.reviewer.displayName })
                  : t('ratings.item.reviewer', { number: index + 1 });
              const what = review.decision
                ? t(`ratings.decide.decisions.${review.decision}`)
                : review.decidedAt
                  ? t('ratings.item.decidedPrivately')
                  : t('ratings.item.pending');
              return (
                <li key={index}>
                  {who}: {what}
                  {review.reason ? <p className="inquiry__review-reason">{review.reason}</p> : null}
                </li>
              );
            })}
          </ol>
        </div>
      ) : null}
      {actions && inquiry.canAssign ? <AssignReviewersForm inquiry={inquiry} /> : null}
      <StatusMessage message={decided ? t('ratings.decide.done') : null} />
      {actions && inquiry.canDecide ? (
        <DecisionForm inquiry={inquiry} evaluations={evaluations ?? []} onDecided={() => setDecided(true)} />
      ) : null}
      {footer}
    </li>
  );
}
