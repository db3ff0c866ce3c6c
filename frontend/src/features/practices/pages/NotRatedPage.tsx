import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PagedResults } from '../../../components/PagedResults';
import { EmptyState } from '../../../components/States';
import { usePageTitle } from '../../../lib/usePageTitle';
import { PracticeCard } from '../components/PracticeCard';
import { useNotRated } from '../hooks/usePractices';
import '../practices.css';

/**
 * Practices coordinators reviewed that no evaluation rates yet, as the registries list them apart: where
 * evaluations are needed, not a judgement of the practice.
 */
export function NotRatedPage() {
  const { t } = useTranslation();
  usePageTitle(t('ratings.notRated.title'));
  const list = useNotRated();
  return (
    <div className="page not-rated-page">
      <p className="breadcrumb">
        <Link to="/practices">{t('practices.title')}</Link>
      </p>
      <h1>{t('ratings.notRated.title')}</h1>
      <p className="lead">{t('ratings.notRated.intro')}</p>
      <PagedResults
        list={list}
        empty={<EmptyState title={t('ratings.notRated.empty')} />}
        className="card-grid practice-list"
        label={t('ratings.notRated.title')}
      >
        {(practice) => <PracticeCard key={practice.id} practice={practice} />}
      </PagedResults>
    </div>
  );
}
