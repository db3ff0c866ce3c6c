import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * The migrated template of this run, named by the global setup: runs that share one server (several
 * checkouts testing against DATABASE_URL at once) each clone their own.
 */
export function templateDatabase(): string {
  const name = process.env.PN_TEST_TEMPLATE;
  if (!name) throw new Error('PN_TEST_TEMPLATE is not set: run the tests through jest (global setup)');
  return name;
}

/** The server the tests use, set by the global setup: DATABASE_URL's, or an embedded one. */
export function testServerUrl(database = 'postgres'): string {
  const base = process.env.PN_TEST_SERVER_URL;
  if (!base) throw new Error('PN_TEST_SERVER_URL is not set: run the tests through jest (global setup)');
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdminClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new database, cloned from the migrated template: isolated from every other test file. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `pn_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${templateDatabase()}`));
  return {
    url: testServerUrl(name),
    drop: () =>
      withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
}

/** An empty database with no schema at all, for the migration tests. */
export async function createEmptyDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `pn_empty_${randomBytes(6).toString('hex')}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE ${name}`));
  return {
    url: testServerUrl(name),
    drop: () =>
      withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
}
