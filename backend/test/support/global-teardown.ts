import { Client } from 'pg';
import { testServerUrl } from './database';

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { pnEmbedded?: { stop(): Promise<void> } }).pnEmbedded;
  if (server) {
    await server.stop();
    return;
  }
  // On a shared server (DATABASE_URL) this run's template stays behind unless it is dropped.
  const admin = new Client({ connectionString: testServerUrl() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${process.env.PN_TEST_TEMPLATE} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
