import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { pendingSchemaChanges } from '../src/database/schema-diff';
import { createEmptyDatabase } from './support/database';

describe('migrations', () => {
  it('build the whole schema on an empty database, match the entities exactly, and undo cleanly', async () => {
    const database = await createEmptyDatabase();
    const dataSource = new DataSource(dataSourceOptions(database.url));
    try {
      await dataSource.initialize();
      const applied = await dataSource.runMigrations();
      expect(applied.length).toBeGreaterThan(0);
      expect(await pendingSchemaChanges(database.url)).toEqual([]);

      for (let i = 0; i < applied.length; i++) await dataSource.undoLastMigration();
      const tables = await dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
      );
      expect(tables).toEqual([]);
      // And up again after down: the down() of each left nothing behind that blocks a new up().
      expect((await dataSource.runMigrations()).length).toBe(applied.length);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });
});
