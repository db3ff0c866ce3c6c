import { DataSource, QueryFailedError } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { runPrepared } from '../src/database/prepared';
import { createTestDatabase } from './support/database';

describe('prepared statements (the hot statements of every request)', () => {
  let database: { url: string; drop(): Promise<void> };
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource({ ...dataSourceOptions(database.url), extra: { max: 1 } }).initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  const count = { name: 'test-count-groups', text: 'SELECT count(*)::int AS n FROM groups WHERE slug = $1' };

  it('runs the same named statement again and again on one connection, with new values each time', async () => {
    for (const slug of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) {
      expect(await runPrepared<{ n: number }>(dataSource.manager, count, [slug])).toEqual([{ n: 0 }]);
    }
    const prepared = await dataSource.query(`SELECT name FROM pg_prepared_statements`);
    // pg_prepared_statements lists the statements of the connection that asks: the pool's only one.
    expect(prepared).toEqual(expect.arrayContaining([{ name: 'test-count-groups' }]));
  });

  it("runs inside the manager's transaction, and is undone with it", async () => {
    const insert = {
      name: 'test-insert-group',
      text: `INSERT INTO groups (slug, name, description, kind) VALUES ($1, 'Prepared', '', 'profession') RETURNING slug`,
    };
    await expect(
      dataSource.transaction(async (manager) => {
        await runPrepared(manager, insert, ['prepared-in-transaction']);
        expect(await runPrepared(manager, count, ['prepared-in-transaction'])).toEqual([{ n: 1 }]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await runPrepared(dataSource.manager, count, ['prepared-in-transaction'])).toEqual([{ n: 0 }]);
  });

  it("answers the server's errors as TypeORM's QueryFailedError, and the connection stays usable", async () => {
    const failing = { name: 'test-bad-cast', text: 'SELECT $1::int AS n' };
    const error = await runPrepared(dataSource.manager, failing, ['not a number']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryFailedError);
    expect((error as QueryFailedError & { driverError: { code: string } }).driverError.code).toBe('22P02');
    expect(await runPrepared(dataSource.manager, failing, ['7'])).toEqual([{ n: 7 }]);
  });
});
