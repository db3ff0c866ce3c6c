import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { LoadMore, type PagedList } from './LoadMore';
import { ErrorState, LoadingState } from './States';

/** A cursor-paginated list as the list hooks give it, with TanStack Query's loading state. */
export interface PagedQuery<T> extends PagedList {
  items: readonly T[];
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

/** The items as a list (`<ul>`), one child per item. */
interface ListLayout<T> {
  className: string;
  /** The list's accessible name, when the heading above does not give it. */
  label?: string;
  children: (item: T) => ReactNode;
  renderItems?: never;
}

/** The items laid out by the page (a table, groups of items...); "load more" follows. */
interface CustomLayout<T> {
  renderItems: (items: readonly T[]) => ReactNode;
  className?: never;
  label?: never;
  children?: never;
}

type PagedResultsProps<T> = (ListLayout<T> | CustomLayout<T>) & {
  list: PagedQuery<T>;
  /** What an empty list says (an EmptyState). */
  empty: ReactNode;
  /** What the loading state says, when not the usual "Loading…". */
  loadingLabel?: string;
  /** How a failure to load is told, when not with the usual ErrorState and its retry. */
  renderError?: (error: unknown) => ReactNode;
  /** What surrounds the results once loaded, empty or not (e.g. a count and filters beside them). */
  frame?: (content: ReactNode) => ReactNode;
};

/**
 * The states of a paged list: loading, failed (while nothing is shown), empty, or the items with
 * "load more". A failure to load a further page, or to refresh, keeps what is shown and says so, with a retry.
 */
export function PagedResults<T>(props: PagedResultsProps<T>) {
  const { t } = useTranslation();
  const { list, empty, loadingLabel, renderError, frame = (content) => content } = props;
  if (list.isPending) return <LoadingState label={loadingLabel} />;
  if (list.isError && list.items.length === 0) {
    return renderError ? (
      <>{renderError(list.error)}</>
    ) : (
      <ErrorState error={list.error} onRetry={() => void list.refetch()} />
    );
  }
  if (list.items.length === 0) return <>{frame(empty)}</>;
  return (
    <>
      {frame(
        <>
          {props.renderItems ? (
            props.renderItems(list.items)
          ) : (
            <ul className={props.className} aria-label={props.label}>
              {list.items.map(props.children)}
            </ul>
          )}
          {list.isError ? (
            <div className="load-more__error" role="alert">
              <p>{t('common.loadMoreFailed')}</p>
              <Button variant="secondary" onClick={() => void list.refetch()}>
                {t('common.retry')}
              </Button>
            </div>
          ) : null}
          <LoadMore list={list} />
        </>,
      )}
    </>
  );
}
