import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { runMigrations } from '../../src/database/data-source';
import { testServerUrl } from './database';
import { freePort } from './ports';
import { redisReachable, TEST_REDIS_URL } from './redis';

/**
 * Uses the PostgreSQL server of DATABASE_URL when it is set, or starts an embedded one in a temporary
 * folder, then builds a template database by running every migration on an empty one.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env.PN_TEST_SERVER_URL = process.env.DATABASE_URL;
  } else {
    const server = await startEmbeddedPostgres(mkdtempSync(join(tmpdir(), 'pn-test-pg-')), await freePort());
    (globalThis as { pnEmbedded?: typeof server }).pnEmbedded = server;
    process.env.PN_TEST_SERVER_URL = server.url;
  }
  const template = `pn_test_template_${process.pid}`;
  process.env.PN_TEST_TEMPLATE = template;
  const admin = new Client({ connectionString: testServerUrl() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${template}`);
  } finally {
    await admin.end();
  }
  await runMigrations(testServerUrl(template));

  if (await redisReachable()) process.env.PN_TEST_REDIS = 'available';
  else if (process.env.CI) throw new Error(`CI needs Redis for the multi-instance tests: none at ${TEST_REDIS_URL}`);
  else console.warn(`\nNo Redis at ${TEST_REDIS_URL}: the multi-instance tests will be skipped.`);
}
