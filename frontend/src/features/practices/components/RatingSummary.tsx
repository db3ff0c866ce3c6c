import type { EvidenceRating } from '@pn/shared';
import { useTranslation } from 'react-i18next';

/** How many outcomes a card shows before "and N more". */
const CARD_OUTCOMES = 3;

/**
 * A compact rating for lists: one line per outcome (harm first, as the rule orders them), never one grade.
 * Self-report-only outcomes carry their flag here too.
 */
export function RatingSummary({ rating }: { rating: EvidenceRating }) {
  const { t } = useTranslation();
  if (rating.outcomes.length === 0) {
    return <p className="rating-summary rating-summary--none">{t('evidence.none')}</p>;
  }
  const shown = rating.outcomes.slice(0, CARD_OUTCOMES);
  const more = rating.outcomes.length - shown.length;
  return (
    <ul className="rating-summary" aria-label={t('evidence.title')}>
      {shown.map((outcome) => (
        <li key={outcome.construct} className={['rating-pill', `rating-pill--${outcome.direction}`].join(' ')}>
          {t('evidence.outcomeRating', {
            outcome: t(`evidence.constructs.${outcome.construct}`),
            direction: t(`evidence.directions.${outcome.direction}`),
            strength: outcome.strength,
          })}
          {outcome.selfReportOnly ? <span className="self-report-flag"> · {t('evidence.selfReportOnly')}</span> : null}
        </li>
      ))}
      {more > 0 ? <li className="muted">{t('practices.list.moreOutcomes', { count: more })}</li> : null}
    </ul>
  );
}
