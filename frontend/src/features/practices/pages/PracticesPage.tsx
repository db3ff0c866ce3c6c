import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PagedResults } from '../../../components/PagedResults';
import { EmptyState } from '../../../components/States';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCurrentUser } from '../../../lib/currentUser';
import { isActive } from '../../../lib/permissions';
import { parsePracticeFilters, practiceFiltersToParams, type PracticeFilters as Filters } from '../api';
import { PracticeCard } from '../components/PracticeCard';
import { PracticeFilters } from '../components/PracticeFilters';
import { usePracticeList } from '../hooks/usePractices';
import '../practices.css';

/** The library of best practices: published ones for everyone, and a member's own in "My practices". */
export function PracticesPage() {
  const { t } = useTranslation();
  usePageTitle(t('practices.title'));
  const { user } = useCurrentUser();
  const member = isActive(user);
  const [params, setParams] = useSearchParams();
  const parsed = useMemo(() => parsePracticeFilters(params), [params]);
  // "My practices" is for members only; a visitor following such a link sees the published ones.
  const filters = useMemo<Filters>(() => (member ? parsed : { ...parsed, mine: undefined }), [member, parsed]);
  const list = usePracticeList(filters);
  const mine = filters.mine === true;
  const filtered = Object.keys(filters).some((key) => key !== 'mine');

  // Filters replace the history entry: the back button leaves the page rather than undoing each choice.
  const applyFilters = (next: Filters) => setParams(practiceFiltersToParams(next), { replace: true });

  return (
    <div className="page practices-page">
      <h1>{t('practices.title')}</h1>
      <p className="lead">{t('practices.intro')}</p>
      <p>
        <Link to="/practices/not-rated">{t('ratings.notRated.link')}</Link>
      </p>
      {member ? (
        <p className="actions-row">
          <Link to="/practices/new" className="button button--primary">
            {t('practices.propose')}
          </Link>
        </p>
      ) : (
        <div className="alert alert--info">
          <p>{user ? t('practices.notActiveNote') : t('practices.visitorNote')}</p>
          {!user ? (
            <p>
              <Link to="/register">{t('practices.applyLink')}</Link>
            </p>
          ) : null}
        </div>
      )}

      {member ? (
        <nav className="tabs" aria-label={t('practices.list.tabsLabel')}>
          <Link
            to={{ search: practiceFiltersToParams({ ...filters, mine: undefined }).toString() }}
            className={mine ? 'tabs__tab' : 'tabs__tab tabs__tab--current'}
            aria-current={mine ? undefined : 'page'}
            replace
          >
            {t('practices.list.tabPublished')}
          </Link>
          <Link
            to={{ search: practiceFiltersToParams({ ...filters, mine: true }).toString() }}
            className={mine ? 'tabs__tab tabs__tab--current' : 'tabs__tab'}
            aria-current={mine ? 'page' : undefined}
            replace
          >
            {t('practices.list.tabMine')}
          </Link>
        </nav>
      ) : null}

      <PracticeFilters filters={filters} onChange={applyFilters} />

      <section className="section" aria-labelledby="practices-results" aria-busy={list.isFetching || undefined}>
        <h2 id="practices-results">{mine ? t('practices.list.tabMine') : t('practices.list.resultsTitle')}</h2>
        <PagedResults
          list={list}
          className="card-grid practice-list"
          empty={
            filtered ? (
              <EmptyState title={t('practices.list.noMatchTitle')} headingLevel={3}>
                <p>{t('practices.list.noMatchText')}</p>
              </EmptyState>
            ) : mine ? (
              <EmptyState title={t('practices.list.mineEmptyTitle')} headingLevel={3}>
                <p>{t('practices.list.mineEmptyText')}</p>
              </EmptyState>
            ) : (
              <EmptyState title={t('practices.list.emptyTitle')} headingLevel={3}>
                <p>{t('practices.list.emptyText')}</p>
              </EmptyState>
            )
          }
        >
          {(practice) => <PracticeCard key={practice.id} practice={practice} />}
        </PagedResults>
      </section>
    </div>
  );
}
