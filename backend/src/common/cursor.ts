import { BadRequestException } from '@nestjs/common';
import type { Page } from '@pn/shared';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

interface Position {
  createdAt: string;
  id: string;
}

const UUID = /^[0-9a-f-]{36}$/i;

function decode(cursor: string): Position {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (
      typeof createdAt === 'string' &&
      !Number.isNaN(Date.parse(createdAt)) &&
      typeof id === 'string' &&
      UUID.test(id)
    ) {
      return { createdAt, id };
    }
  } catch {
    // fall through to the error below
  }
  throw new BadRequestException(['cursor: is not a cursor this list gave out']);
}

function encode(row: { createdAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id])).toString('base64url');
}

/**
 * Newest first, keyset-paginated on (created_at, id): stable under inserts, and as fast on page 500 as on
 * page 1. `alias` is the query's main alias, whose entity has `createdAt` and `id`.
 */
export async function newestFirstPage<T extends ObjectLiteral & { createdAt: Date; id: string }>(
  query: SelectQueryBuilder<T>,
  alias: string,
  page: { limit: number; cursor?: string },
): Promise<Page<T>> {
  if (page.cursor) {
    const position = decode(page.cursor);
    query.andWhere(`(${alias}.created_at, ${alias}.id) < (:cursorCreatedAt, :cursorId)`, {
      cursorCreatedAt: position.createdAt,
      cursorId: position.id,
    });
  }
  const rows = await query
    .orderBy(`${alias}.created_at`, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .take(page.limit + 1)
    .getMany();
  const items = rows.slice(0, page.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > page.limit && last ? encode(last) : null };
}
