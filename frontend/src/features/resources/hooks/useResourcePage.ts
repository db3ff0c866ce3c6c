import { isApiError } from '../../../lib/http';
import { useResource } from './useResources';

/** A resource for a page, and whether the answer means "not there for you" (404, or an id that is not one). */
export function useResourcePage(id: string) {
  const query = useResource(id);
  const notFound =
    query.isError && isApiError(query.error) && (query.error.status === 404 || query.error.status === 400);
  return { query, notFound };
}
