import type { QueuedEvaluation, VerificationState } from '@pn/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PagedResults } from '../../../components/PagedResults';
import { EmptyState } from '../../../components/States';
import { StatusMessage } from '../../../components/StatusMessage';
import { usePageTitle } from '../../../lib/usePageTitle';
import { EvaluationList } from '../components/EvaluationList';
import { useVerificationQueue } from '../hooks/usePractices';
import '../practices.css';

/** The queues a second reviewer works from: what awaits verification, and what went back to its author. */
const QUEUES: readonly VerificationState[] = ['awaiting', 'returned'];

/** Researchers' and coordinators' verification of evaluations, before they count in a rating. */
export function VerificationPage() {
  const { t } = useTranslation();
  usePageTitle(t('practices.verification.queue.title'));
  // Said here: a decided evaluation leaves its queue, and its panel with it.
  const [decided, setDecided] = useState<string | null>(null);
  return (
    <div className="page verification-page">
      <h1>{t('practices.verification.queue.title')}</h1>
      <p className="lead">{t('practices.verification.queue.intro')}</p>
      <p>
        <Link to="/evidence/rule">{t('evidence.ruleLink')}</Link>
      </p>
      <StatusMessage message={decided} />
      {QUEUES.map((state) => (
        <QueueSection key={state} state={state} onDecided={setDecided} />
      ))}
    </div>
  );
}

function QueueSection({ state, onDecided }: { state: VerificationState; onDecided: (message: string) => void }) {
  const { t } = useTranslation();
  const list = useVerificationQueue(state);
  const headingId = `verification-${state}`;
  return (
    <section className="section" aria-labelledby={headingId} aria-busy={list.isFetching || undefined}>
      <h2 id={headingId}>{t(`practices.verification.queue.sections.${state}`)}</h2>
      <p className="muted">{t(`practices.verification.queue.sectionIntro.${state}`)}</p>
      <PagedResults
        list={list}
        empty={<EmptyState title={t(`practices.verification.queue.empty.${state}`)} headingLevel={3} />}
        className="verification-queue"
      >
        {(evaluation: QueuedEvaluation) => (
          <li key={evaluation.id} className="verification-queue__item">
            <p className="verification-queue__practice">
              {t('practices.verification.queue.of')}{' '}
              <Link to={`/practices/${evaluation.practice.id}#evaluation-${evaluation.id}`}>
                {evaluation.practice.title}
              </Link>
            </p>
            {!evaluation.canVerify ? <p className="muted">{t('practices.verification.queue.notYours')}</p> : null}
            <EvaluationList practiceId={evaluation.practice.id} evaluations={[evaluation]} onDecided={onDecided} />
          </li>
        )}
      </PagedResults>
    </section>
  );
}
