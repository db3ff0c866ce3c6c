import { crosswalkFor, type Evaluation, type EvidenceRating, type OutcomeRating } from '@pn/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../../lib/useLocale';
import { evaluationAnchor, evaluationName, explainRating } from '../ratingReasons';
import { StrengthMeter } from './StrengthMeter';

/**
 * Harm found by a study, shown at the top of the page in a warning style before anything else about the
 * practice: a reader must not miss it.
 */
export function HarmWarning({ rating }: { rating: EvidenceRating }) {
  const { t } = useTranslation();
  const { formatList } = useLocale();
  if (rating.harm.length === 0) return null;
  const outcomes = formatList(rating.harm.map((construct) => t(`evidence.constructs.${construct}`)));
  return (
    <section className="harm-warning" aria-labelledby="harm-warning-title">
      <h2 id="harm-warning-title" className="harm-warning__title">
        <span aria-hidden="true">⚠ </span>
        {t('evidence.harmTitle')}
      </h2>
      <p>{t('evidence.harmText', { outcomes })}</p>
      <p>
        <a href="#evidence">{t('evidence.why')}</a>
      </p>
    </section>
  );
}

/** The evidence rating, per outcome and never as one grade, with why each is rated so and the caveat. */
export function EvidencePanel({ rating, evaluations }: { rating: EvidenceRating; evaluations: readonly Evaluation[] }) {
  const { t } = useTranslation();
  return (
    <section className="section evidence" id="evidence" aria-labelledby="evidence-title" tabIndex={-1}>
      <h2 id="evidence-title">{t('evidence.title')}</h2>
      <p className="evidence__caveat">
        <strong>{t('evidence.caveat')}</strong> {t('evidence.caveatText')}{' '}
        <Link to="/evidence/rule">{t('evidence.ruleLink')}</Link>
      </p>
      {rating.outcomes.length === 0 ? (
        <div className="evidence__none">
          <p className="evidence__none-title">
            <strong>{t('evidence.none')}</strong>
          </p>
          <p>{t('evidence.noneText')}</p>
        </div>
      ) : (
        <>
          <p className="muted">{t('evidence.intro')}</p>
          <ul className="outcome-ratings">
            {rating.outcomes.map((outcome) => (
              <OutcomeRatingCard key={outcome.construct} outcome={outcome} evaluations={evaluations} />
            ))}
          </ul>
        </>
      )}
      <details className="evidence__rule">
        <summary>{t('evidence.ruleTitle')}</summary>
        <p>{t('evidence.rule')}</p>
        <p className="muted">{t('evidence.ruleVersion', { version: rating.ruleVersion })}</p>
      </details>
    </section>
  );
}

function OutcomeRatingCard({ outcome, evaluations }: { outcome: OutcomeRating; evaluations: readonly Evaluation[] }) {
  const { t } = useTranslation();
  const headingId = `outcome-rating-${outcome.construct}`;
  const reasons = explainRating(outcome, t);
  return (
    <li
      className={['card', 'outcome-rating', `outcome-rating--${outcome.direction}`].join(' ')}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className="outcome-rating__title">
        {t(`evidence.constructs.${outcome.construct}`)}
      </h3>
      <p className="outcome-rating__verdict">
        <span className={`rating-direction rating-direction--${outcome.direction}`}>
          {t(`evidence.directions.${outcome.direction}`)}
        </span>{' '}
        <StrengthMeter strength={outcome.strength} />
      </p>
      {outcome.selfReportOnly ? (
        <p className="self-report-flag self-report-flag--block">
          <strong>{t('evidence.selfReportOnly')}.</strong> {t('evidence.selfReportText')}
        </p>
      ) : null}
      <p className="muted">{t('evidence.studies', { count: outcome.evaluationCount })}</p>
      <Equivalents outcome={outcome} />
      <h4 className="outcome-rating__why">{t('evidence.why')}</h4>
      <ul className="reasons">
        {reasons.map((reason, index) => (
          <li key={`${reason.code}-${index}`} className={reason.code === 'harm' ? 'reasons__harm' : undefined}>
            {reason.text}
            {reason.evaluationIds.length > 0 ? (
              <span className="reasons__links">
                {' '}
                {t('evidence.concerned')}{' '}
                {reason.evaluationIds.map((id, position) => (
                  <span key={id}>
                    {position > 0 ? '; ' : ''}
                    <a href={`#${evaluationAnchor(id)}`}>{evaluationName(evaluations, id) ?? id}</a>
                  </span>
                ))}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </li>
  );
}

/** The rating on the scales practitioners know, from the crosswalk the rule publishes. */
function Equivalents({ outcome }: { outcome: OutcomeRating }) {
  const { t } = useTranslation();
  const entry = crosswalkFor(outcome.strength, outcome.direction);
  return (
    <p className="outcome-rating__equivalent">
      {t('evidence.equivalent')}{' '}
      {(['eif', 'blueprints', 'crimeSolutions', 'inspire'] as const).map((scale, index) => (
        <span key={scale}>
          {index > 0 ? ' · ' : null}
          {t(`evidence.scales.${scale}`)}: {entry[scale]}
        </span>
      ))}{' '}
      <Link to="/evidence/rule#crosswalk">{t('evidence.equivalentHow')}</Link>
    </p>
  );
}
