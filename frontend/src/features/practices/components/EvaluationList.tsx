import { attritionPercent, type Evaluation, type Outcome } from '@pn/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { StatusMessage } from '../../../components/StatusMessage';
import { useLocale } from '../../../lib/useLocale';
import { AnsweredQuestions } from '../../research';
import { evaluationAnchor } from '../ratingReasons';
import { EvaluationForm } from './EvaluationForm';
import { VerificationPanel } from './VerificationPanel';

/** The evaluations of a practice, each with its design, sample, outcome table and self-report flags. */
export function EvaluationList({
  practiceId,
  evaluations,
  onDecided,
}: {
  practiceId: string;
  evaluations: readonly Evaluation[];
  /** Where a reviewer's decision is told, when the list may leave the page with it (the queue). */
  onDecided?: (message: string) => void;
}) {
  const [decided, setDecided] = useState<string | null>(null);
  return (
    <>
      {onDecided ? null : <StatusMessage message={decided} />}
      <ol className="evaluation-list">
        {evaluations.map((evaluation) => (
          <EvaluationItem
            key={evaluation.id}
            practiceId={practiceId}
            evaluation={evaluation}
            onDecided={onDecided ?? setDecided}
          />
        ))}
      </ol>
    </>
  );
}

function EvaluationItem({
  practiceId,
  evaluation,
  onDecided,
}: {
  practiceId: string;
  evaluation: Evaluation;
  onDecided: (message: string) => void;
}) {
  const { t } = useTranslation();
  const { formatDate, locale } = useLocale();
  const [editing, setEditing] = useState(false);
  const anchor = evaluationAnchor(evaluation.id);
  const attrition = attritionPercent(evaluation);
  return (
    <li
      className={['card', 'evaluation', `evaluation--${evaluation.verification}`].join(' ')}
      id={anchor}
      tabIndex={-1}
      aria-labelledby={`${anchor}-title`}
    >
      <h3 id={`${anchor}-title`} className="evaluation__title">
        {t(`evidence.designs.${evaluation.design}`)}
        {evaluation.verification !== 'verified' ? (
          <>
            {' '}
            <span className={`verification-badge verification-badge--${evaluation.verification}`}>
              {t(`practices.verification.states.${evaluation.verification}`)}
            </span>
          </>
        ) : null}
      </h3>
      {evaluation.verification !== 'verified' ? (
        <p className="evaluation__verification muted">
          {t(`practices.verification.stateTexts.${evaluation.verification}`)}
        </p>
      ) : null}
      {evaluation.verificationComment ? (
        <div className="evaluation__comment">
          <p>
            <strong>{t('practices.verification.reviewerComment')}</strong>
          </p>
          <p className="pre-line">{evaluation.verificationComment}</p>
        </div>
      ) : null}
      <p className="evaluation__citation">
        {evaluation.citation}
        {evaluation.doi ? (
          <>
            {' '}
            <a href={`https://doi.org/${evaluation.doi}`} target="_blank" rel="noopener noreferrer">
              {t('practices.evaluations.doiLink', { doi: evaluation.doi })}
            </a>
          </>
        ) : null}
      </p>
      <ul className="meta-list">
        <li>{t('practices.evaluations.participants', { count: evaluation.sampleSize })}</li>
        <li>
          {evaluation.followUpMonths === null
            ? t('practices.evaluations.noFollowUp')
            : t('practices.evaluations.followUp', { count: evaluation.followUpMonths })}
        </li>
        <li>
          {t('practices.evaluations.riskOfBias')}: {t(`evidence.riskLabels.${evaluation.riskOfBias}`)}
        </li>
        <li>{t(`practices.evaluations.independenceShown.${evaluation.independence}`)}</li>
        {evaluation.sampleRandomised !== null && evaluation.sampleAnalysed !== null ? (
          <li>
            {t('practices.evaluations.randomisedAnalysed', {
              randomised: evaluation.sampleRandomised,
              analysed: evaluation.sampleAnalysed,
            })}
            {attrition !== null
              ? ` · ${t('practices.evaluations.attrition', {
                  percent: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(attrition),
                })}`
              : null}
          </li>
        ) : null}
        {evaluation.comparison ? (
          <li>
            {t('practices.evaluations.comparison')}: {t(`practices.evaluations.comparisons.${evaluation.comparison}`)}
          </li>
        ) : null}
        {evaluation.registrationId ? (
          <li>{t('practices.evaluations.registeredAs', { id: evaluation.registrationId })}</li>
        ) : null}
      </ul>
      {evaluation.conflictOfInterest ? (
        <p className="muted">
          {t('practices.evaluations.conflictDeclared')} {evaluation.conflictOfInterest}
        </p>
      ) : null}
      <p className="pre-line">{evaluation.summary}</p>
      <OutcomeTable outcomes={evaluation.outcomes} />
      <AnsweredQuestions evaluationId={evaluation.id} />
      <p className="muted">
        {evaluation.author ? t('practices.evaluations.by', { name: evaluation.author.displayName }) : null}
        {evaluation.author ? ' · ' : null}
        <time dateTime={evaluation.createdAt}>{formatDate(evaluation.createdAt)}</time>
      </p>
      {evaluation.canVerify ? (
        <VerificationPanel evaluation={evaluation} idPrefix={`verify-${evaluation.id}`} onDecided={onDecided} />
      ) : null}
      {evaluation.canEdit ? (
        editing ? (
          <EvaluationForm
            practiceId={practiceId}
            evaluation={evaluation}
            idPrefix={`edit-${evaluation.id}`}
            onDone={() => setEditing(false)}
          />
        ) : (
          <Button variant="secondary" className="button--small" onClick={() => setEditing(true)}>
            {t('practices.evaluations.edit')}
          </Button>
        )
      ) : null}
    </li>
  );
}

/** Formats an effect size or an interval end as reported, in the reader's number format. */
function useNumber() {
  const { locale } = useLocale();
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  return (value: number) => format.format(value);
}

function OutcomeTable({ outcomes }: { outcomes: readonly Outcome[] }) {
  const { t } = useTranslation();
  const number = useNumber();
  const captionId = useId();
  const yesNo = (value: boolean) =>
    value ? t('practices.evaluations.table.yes') : t('practices.evaluations.table.no');
  return (
    // On a phone the table scrolls in its own box, which keyboard users reach with Tab to scroll it.
    <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table outcome-table">
        <caption id={captionId} className="visually-hidden">
          {t('practices.evaluations.table.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('practices.evaluations.table.outcome')}</th>
            <th scope="col">{t('practices.evaluations.table.measure')}</th>
            <th scope="col">{t('practices.evaluations.table.effect')}</th>
            <th scope="col">{t('practices.evaluations.table.significant')}</th>
            <th scope="col">{t('practices.evaluations.table.sustained')}</th>
          </tr>
        </thead>
        <tbody>
          {outcomes.map((outcome) => (
            <tr key={outcome.id}>
              <th scope="row">
                {t(`evidence.constructs.${outcome.construct}`)}
                {outcome.label ? <span className="cell-sub">{outcome.label}</span> : null}
              </th>
              <td>
                {outcome.measure === 'self-report' ? (
                  <span className="self-report-flag">{t('evidence.measures.self-report')}</span>
                ) : (
                  t(`evidence.measures.${outcome.measure}`)
                )}
              </td>
              <td>
                {t(`evidence.effectDirections.${outcome.direction}`)}
                {outcome.effectSize !== null ? <> ({number(outcome.effectSize)})</> : null}
                {outcome.ciLow !== null && outcome.ciHigh !== null ? (
                  <span className="cell-sub">
                    {t('practices.evaluations.table.ci', { low: number(outcome.ciLow), high: number(outcome.ciHigh) })}
                  </span>
                ) : null}
              </td>
              <td>{yesNo(outcome.significant)}</td>
              <td>{yesNo(outcome.sustained12Months)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
