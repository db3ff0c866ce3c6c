import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Button } from '../../../components/Button';
import { PagedResults } from '../../../components/PagedResults';
import { EmptyState } from '../../../components/States';
import { isApiError } from '../../../lib/http';
import { useMessageText } from '../../../lib/useMessageText';
import { usePageTitle } from '../../../lib/usePageTitle';
import { searchProblem } from '../api';
import { HitList } from '../components/HitList';
import { SearchFacets } from '../components/SearchFacets';
import { SearchForm } from '../components/SearchForm';
import { useSearchResults } from '../hooks/useSearch';
import {
  hasFilters,
  parseSearchState,
  searchStateToParams,
  withFilter,
  withoutFilters,
  type SearchState,
} from '../searchState';
import '../search.css';

/**
 * One search over practices, evaluations, resources and the discussions the reader may read. The words and
 * the facets chosen live in the address, so that a search can be shared, reloaded and gone back to.
 */
export function SearchPage() {
  const { t } = useTranslation();
  const messageText = useMessageText();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseSearchState(params), [params]);
  const results = useSearchResults(state);
  const summaryId = useId();
  usePageTitle(state.q ? t('search.page.titleFor', { q: state.q }) : t('search.page.title'));

  const go = (next: SearchState) => setParams(searchStateToParams(next));
  const filtered = hasFilters(state);

  return (
    <div className="page search-page">
      <h1>{t('search.page.title')}</h1>
      <SearchForm q={state.q} onSearch={(q) => go({ ...state, q })} />

      {!state.q ? (
        <EmptyState title={t('search.page.startTitle')}>
          <p>{t('search.page.startText')}</p>
        </EmptyState>
      ) : (
        <PagedResults
          list={results}
          loadingLabel={t('search.page.searching')}
          renderError={(error) => (
            <div className="state state--error" role="alert">
              <p className="state__title">{t('search.page.failedTitle')}</p>
              <p>{messageText(searchProblem(error))}</p>
              {/* A 400 is about the words; trying again would only fail again. */}
              {isApiError(error) && error.status === 400 ? null : (
                <Button variant="secondary" onClick={() => void results.refetch()}>
                  {t('common.retry')}
                </Button>
              )}
            </div>
          )}
          empty={
            <EmptyState title={t('search.page.noMatchTitle')} headingLevel={3}>
              <p>{filtered ? t('search.page.noMatchFiltered') : t('search.page.noMatchText')}</p>
              {filtered ? (
                <Button variant="secondary" onClick={() => go(withoutFilters(state))}>
                  {t('search.facets.clear')}
                </Button>
              ) : null}
            </EmptyState>
          }
          renderItems={(hits) => (
            <>
              <p className="muted search-results__keys">{t('search.page.keysHint')}</p>
              <HitList hits={hits} describedBy={summaryId} />
            </>
          )}
          frame={(content) => (
            <div className="search-layout" aria-busy={results.isFetching || undefined}>
              {results.facets ? (
                <SearchFacets
                  state={state}
                  facets={results.facets}
                  onChoose={(name, value) => go(withFilter(state, name, value))}
                  onClear={() => go(withoutFilters(state))}
                />
              ) : null}
              <section className="search-results" aria-labelledby={`${summaryId}-title`}>
                <h2 id={`${summaryId}-title`} className="visually-hidden">
                  {t('search.page.resultsTitle')}
                </h2>
                <p id={summaryId} className="search-results__total" role="status">
                  {/* The results on screen are the previous search's while the next one loads: no count for it yet. */}
                  {results.isPlaceholderData
                    ? t('search.page.searching')
                    : results.capped
                      ? t('search.page.totalCapped', { count: results.total, q: state.q })
                      : t('search.page.total', { count: results.total, q: state.q })}
                </p>
                {/* Only above similar matches actually shown: with none, "Nothing found" says it all. */}
                {results.fuzzy && results.items.length > 0 ? (
                  <p className="alert alert--info search-results__fuzzy">{t('search.page.fuzzy')}</p>
                ) : null}
                {content}
              </section>
            </div>
          )}
        />
      )}
    </div>
  );
}
