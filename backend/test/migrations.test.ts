import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '../src/database/data-source';
import { MIGRATIONS } from '../src/database/migrations';
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

describe('several instances starting at once', () => {
  it('run each migration once, queued on the advisory lock', async () => {
    const database = await createEmptyDatabase();
    try {
      await Promise.all([runMigrations(database.url), runMigrations(database.url), runMigrations(database.url)]);
      const check = new DataSource(dataSourceOptions(database.url));
      await check.initialize();
      const rows = await check.query(`SELECT name FROM migrations`);
      await check.destroy();
      expect(rows.map((row: { name: string }) => row.name)).toEqual(MIGRATIONS.map((migration) => migration.name));
    } finally {
      await database.drop();
    }
  });
});
