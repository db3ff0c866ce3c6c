import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source';

/**
 * The SQL that would bring the database at `url` in line with the entities. Empty when the migrations
 * describe the entities exactly; a test asserts that, and `npm run migration:check` prints it.
 */
export async function pendingSchemaChanges(url: string): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  try {
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return sql.upQueries.map((query) => query.query);
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  const url = process.argv[2] ?? process.env.DATABASE_URL;
  if (!url) throw new Error('usage: node dist/database/schema-diff.js <postgres url>');
  pendingSchemaChanges(url).then(
    (queries) => console.log(queries.length ? queries.join(';\n') + ';' : 'entities and migrations agree'),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
