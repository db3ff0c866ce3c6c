import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { PagedResults } from '../../../components/PagedResults';
import { EmptyState } from '../../../components/States';
import { StatusMessage } from '../../../components/StatusMessage';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCurrentUser } from '../../../lib/currentUser';
import { isActive } from '../../../lib/permissions';
import { useGroupList } from '../../groups';
import { filtersToParams, parseResourceFilters, type ResourceFilters as Filters } from '../api';
import { ResourceCard } from '../components/ResourceCard';
import { ResourceFilters } from '../components/ResourceFilters';
import { useResourceList } from '../hooks/useResources';
import { readLibraryState } from '../libraryState';
import '../resources.css';

/** The library: everything the reader may see, searched, filtered and sorted, page by page. */
export function ResourcesPage() {
  const { t } = useTranslation();
  usePageTitle(t('resources.title'));
  const { user } = useCurrentUser();
  const member = isActive(user);
  const { removedTitle } = readLibraryState(useLocation().state);
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseResourceFilters(params), [params]);
  const list = useResourceList(filters);
  const groups = useGroupList();
  const filtered = Object.keys(filters).some((key) => key !== 'sort');

  // Filters replace the history entry: the back button leaves the library rather than undoing each choice.
  const applyFilters = (next: Filters) => setParams(filtersToParams(next), { replace: true });

  return (
    <div className="page resources-page">
      <h1>{t('resources.title')}</h1>
      <p className="lead">{t('resources.intro')}</p>
      <StatusMessage message={removedTitle ? t('resources.list.removed', { title: removedTitle }) : null} />
      {member ? (
        <p className="actions-row">
          <Link to="/resources/new" className="button button--primary">
            {t('resources.share')}
          </Link>
        </p>
      ) : (
        <div className="alert alert--info">
          <p>{user ? t('resources.notActiveNote') : t('resources.visitorNote')}</p>
          {!user ? (
            <p>
              <Link to="/register">{t('resources.applyLink')}</Link>
            </p>
          ) : null}
        </div>
      )}

      <ResourceFilters filters={filters} groups={groups.data ?? []} canFilterMine={member} onChange={applyFilters} />

      <section className="section" aria-labelledby="resources-results" aria-busy={list.isFetching || undefined}>
        <h2 id="resources-results">{t('resources.list.resultsTitle')}</h2>
        <PagedResults
          list={list}
          className="card-grid resource-list"
          empty={
            filtered ? (
              <EmptyState title={t('resources.list.noMatchTitle')} headingLevel={3}>
                <p>{t('resources.list.noMatchText')}</p>
              </EmptyState>
            ) : (
              <EmptyState title={t('resources.list.emptyTitle')} headingLevel={3}>
                <p>{t('resources.list.emptyText')}</p>
              </EmptyState>
            )
          }
        >
          {(resource) => <ResourceCard key={resource.id} resource={resource} />}
        </PagedResults>
      </section>
    </div>
  );
}
