import { BadRequestException } from '@nestjs/common';

/**
 * The opaque cursor of a search: the last hit's rank and id, the moment the search's recency was measured
 * from (so that every page ranks alike) and whether it was the typo-tolerant search.
 */
export interface SearchCursor {
  rank: number;
  id: string;
  asOf: Date;
  fuzzy: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(cursor: SearchCursor): string {
  const values = [cursor.rank, cursor.id, cursor.asOf.toISOString(), cursor.fuzzy];
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string): SearchCursor {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(values) && values.length === 4) {
      const [rank, id, asOf, fuzzy] = values as unknown[];
      if (
        typeof rank === 'number' &&
        Number.isFinite(rank) &&
        typeof id === 'string' &&
        UUID.test(id) &&
        typeof asOf === 'string' &&
        !Number.isNaN(Date.parse(asOf)) &&
        typeof fuzzy === 'boolean'
      ) {
        return { rank, id, asOf: new Date(asOf), fuzzy };
      }
    }
  } catch {
    // fall through to the error below
  }
  throw new BadRequestException(['cursor: is not a cursor this search gave out']);
}
