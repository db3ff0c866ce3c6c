import {
  useInfiniteQuery,
  type DefaultError,
  type InfiniteData,
  type QueryKey,
  type UseInfiniteQueryOptions,
} from '@tanstack/react-query';
import { flattenPages } from './pages';

/**
 * A cursor-paginated list: TanStack Query's infinite query for the options given (an `infiniteQueryOptions`
 * of a feature's api, with `enabled` or `placeholderData` added where needed), and the items of all the
 * pages loaded so far, in order. What `PagedResults` and `LoadMore` take.
 */
export function usePagedQuery<
  TPage extends { items: unknown[] },
  TData extends InfiniteData<TPage, unknown>,
  TKey extends QueryKey,
  TParam,
>(options: UseInfiniteQueryOptions<TPage, DefaultError, TData, TKey, TParam>) {
  const query = useInfiniteQuery(options);
  return { ...query, items: flattenPages<TPage['items'][number]>(query.data?.pages) };
}
