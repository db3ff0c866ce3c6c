import type { ReactNode } from 'react';
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

interface PagedResultsProps<T> {
  list: PagedQuery<T>;
  /** What an empty list says (an EmptyState). */
  empty: ReactNode;
  className: string;
  children: (item: T) => ReactNode;
}

/**
 * The states of a list of cards: loading, failed (while nothing is shown), empty, or the cards with
 * "load more". A failure to load a further page keeps what is shown.
 */
export function PagedResults<T>({ list, empty, className, children }: PagedResultsProps<T>) {
  if (list.isPending) return <LoadingState />;
  if (list.isError && list.items.length === 0) {
    return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  }
  if (list.items.length === 0) return <>{empty}</>;
  return (
    <>
      <ul className={className}>{list.items.map(children)}</ul>
      <LoadMore list={list} />
    </>
  );
}
