import { BadRequestException } from '@nestjs/common';
import type { Page } from '@pn/shared';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

type KeyValue = string | number | boolean;

/** One sort key of a list: a SQL expression over the query's aliases (never null) and its direction. */
export interface SortKey<T> {
  sql: string;
  order: 'ASC' | 'DESC';
  /** What the cursor holds for this key, checked when a cursor comes back (a forged one is a 400, not a 500). */
  type: 'text' | 'uuid' | 'time' | 'boolean' | 'int';
  value: (row: T) => KeyValue;
}

/**
 * A timestamp as a sort key. PostgreSQL keeps microseconds and JavaScript dates milliseconds: sorting and
 * comparing on the value truncated to milliseconds keeps the cursor exact (ties are broken by a later key).
 */
export const timeKey = (column: string) => `date_trunc('milliseconds', ${column})`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function valid(type: SortKey<unknown>['type'], value: unknown): boolean {
  switch (type) {
    case 'text':
      return typeof value === 'string' && value.length <= 1000;
    case 'uuid':
      return typeof value === 'string' && UUID.test(value);
    case 'time':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value));
    case 'boolean':
      return typeof value === 'boolean';
    case 'int':
      return Number.isSafeInteger(value);
  }
}

/** The values a cursor holds, checked against the keys it is for (a forged cursor is a 400). */
export function decodeKeyset<T>(cursor: string, keys: ReadonlyArray<SortKey<T>>): KeyValue[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(values) &&
      values.length === keys.length &&
      keys.every((key, index) => valid(key.type, values[index]))
    ) {
      return values as KeyValue[];
    }
  } catch {
    // fall through to the error below
  }
  throw new BadRequestException(['cursor: is not a cursor this list gave out']);
}

/** The cursor after `row`. */
export function encodeKeyset<T>(row: T, keys: ReadonlyArray<SortKey<T>>): string {
  const values = keys.map((key) => {
    const value = key.value(row);
    return key.type === 'time' ? new Date(value as string).toISOString() : value;
  });
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/**
 * Keyset pagination on several keys, each ascending or descending (the cursor holds the last row's values):
 * stable under inserts, and as fast on a late page as on the first. The last key must be unique (an id).
 * `newestFirstPage` (cursor.ts) is the common case of this; lists with another order use this one.
 */
export async function keysetPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  keys: ReadonlyArray<SortKey<T>>,
  page: { limit: number; cursor?: string },
): Promise<Page<T>> {
  if (page.cursor) {
    const values = decodeKeyset(page.cursor, keys);
    const params: Record<string, KeyValue> = {};
    values.forEach((value, index) => (params[`keyset${index}`] = value));
    // (k1 after v1) OR (k1 = v1 AND k2 after v2) OR ...: a row tuple comparison, but with mixed directions.
    const branches = keys.map((key, index) => {
      const equal = keys.slice(0, index).map((earlier, j) => `${earlier.sql} = :keyset${j}`);
      const after = `${key.sql} ${key.order === 'ASC' ? '>' : '<'} :keyset${index}`;
      return `(${[...equal, after].join(' AND ')})`;
    });
    query.andWhere(`(${branches.join(' OR ')})`, params);
  }
  keys.forEach((key, index) =>
    index === 0 ? query.orderBy(key.sql, key.order) : query.addOrderBy(key.sql, key.order),
  );
  const rows = await query.limit(page.limit + 1).getMany();
  const items = rows.slice(0, page.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > page.limit && last ? encodeKeyset(last, keys) : null };
}
