import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export type CopyValue = string | number | boolean | null | Date | readonly string[];

/** A value in COPY's text format: \N for null, arrays as literals, and the four special characters escaped. */
function field(value: CopyValue): string {
  if (value === null) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) {
    return field(`{${value.map((item) => `"${String(item).replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`);
  }
  return String(value).replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!);
}

/**
 * Streams rows into a table with COPY ... FROM STDIN, generating them lazily in batches so that a million rows
 * never sit in memory at once. `onRows` is told how many rows went out, for the progress bar.
 */
export async function copyRows(
  client: PoolClient,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly CopyValue[]>,
  onRows: (count: number) => void,
): Promise<void> {
  const target = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  function* lines(): Generator<string> {
    let batch: string[] = [];
    for (const row of rows) {
      batch.push(`${row.map(field).join('\t')}\n`);
      if (batch.length === 2000) {
        yield batch.join('');
        onRows(batch.length);
        batch = [];
      }
    }
    if (batch.length > 0) {
      yield batch.join('');
      onRows(batch.length);
    }
  }
  await pipeline(Readable.from(lines()), target);
}
