import type { Page } from '@pn/shared';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { keysetPage, timeKey } from './keyset';

/**
 * Newest first, keyset-paginated on (created_at, id): the common case of `keysetPage`. `alias` is the
 * query's main alias, whose entity has `createdAt` and `id`.
 */
export function newestFirstPage<T extends ObjectLiteral & { createdAt: Date; id: string }>(
  query: SelectQueryBuilder<T>,
  alias: string,
  page: { limit: number; cursor?: string },
): Promise<Page<T>> {
  return keysetPage(
    query,
    [
      { sql: timeKey(`${alias}.created_at`), order: 'DESC', type: 'time', value: (row) => row.createdAt.toISOString() },
      { sql: `${alias}.id`, order: 'DESC', type: 'uuid', value: (row) => row.id },
    ],
    page,
  );
}
