import { useTranslation } from 'react-i18next';
import { PagedResults } from '../../../components/PagedResults';
import { EmptyState } from '../../../components/States';
import { usePageTitle } from '../../../lib/usePageTitle';
import { CURATION_QUEUES, type CurationQueue } from '../api';
import { PracticeCard } from '../components/PracticeCard';
import { useCurationQueue } from '../hooks/usePractices';
import '../practices.css';

/** Coordinators' work on the library: what waits for review, what may be archived, what was returned. */
export function CurationPage() {
  const { t } = useTranslation();
  usePageTitle(t('practices.curation.title'));
  return (
    <div className="page curation-page">
      <h1>{t('practices.curation.title')}</h1>
      <p className="lead">{t('practices.curation.intro')}</p>
      {CURATION_QUEUES.map((queue) => (
        <QueueSection key={queue} queue={queue} />
      ))}
    </div>
  );
}

function QueueSection({ queue }: { queue: CurationQueue }) {
  const { t } = useTranslation();
  const list = useCurationQueue(queue);
  const headingId = `queue-${queue}`;
  return (
    <section className="section" aria-labelledby={headingId} aria-busy={list.isFetching || undefined}>
      <h2 id={headingId}>{t(`practices.curation.queues.${queue}`)}</h2>
      <p className="muted">{t(`practices.curation.queueIntro.${queue}`)}</p>
      <PagedResults
        list={list}
        empty={<EmptyState title={t(`practices.curation.empty.${queue}`)} headingLevel={3} />}
        className="card-grid practice-list"
      >
        {(practice) => <PracticeCard key={practice.id} practice={practice} />}
      </PagedResults>
    </section>
  );
}
