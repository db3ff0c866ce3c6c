import type { Pool, PoolClient, QueryResultRow } from 'pg';
import { QueryFailedError, type EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * A statement that PostgreSQL parses and plans once per connection, then runs from its plan cache. For the
 * statements of every request (the session lookup, a thread's messages, posting) planning cost several
 * times what running them does. A name stands for one text only.
 */
export interface PreparedStatement {
  name: string;
  text: string;
}

/** An error the server sent (it has a SQLSTATE) leaves the connection usable; any other may not. */
const fromServer = (error: unknown) =>
  typeof (error as { code?: unknown })?.code === 'string' && /^[0-9A-Z]{5}$/.test((error as { code: string }).code);

/**
 * Runs a prepared statement on the manager's connection (inside its transaction, if it has one) or on a
 * connection of the pool. Errors of the statement arrive as TypeORM's `QueryFailedError`, as `query()`'s do.
 */
export async function runPrepared<Row extends QueryResultRow>(
  db: EntityManager,
  statement: PreparedStatement,
  values: unknown[],
): Promise<Row[]> {
  const transaction = db.queryRunner && !db.queryRunner.isReleased ? db.queryRunner : undefined;
  const client: PoolClient = transaction
    ? ((await transaction.connect()) as PoolClient)
    : await ((db.connection.driver as PostgresDriver).master as Pool).connect();
  let broken: Error | undefined;
  try {
    const result = await client.query<Row>({ name: statement.name, text: statement.text, values });
    return result.rows;
  } catch (error) {
    if (!fromServer(error)) broken = error as Error;
    throw error instanceof Error && fromServer(error) ? new QueryFailedError(statement.text, values, error) : error;
  } finally {
    // A connection that failed other than by the server's answer is dropped, not given to the next request.
    if (!transaction) client.release(broken);
  }
}
