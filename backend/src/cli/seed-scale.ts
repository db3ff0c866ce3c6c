import 'reflect-metadata';
import { generateScale, SCALE_PASSWORD } from '@pn/seeds';
import { parseArgs } from 'node:util';
import { Pool } from 'pg';
import { loadConfig } from '../config/env.schema';
import { runMigrations } from '../database/data-source';
import { openDatabase } from '../database/database';
import { PasswordService } from '../modules/users/password.service';

const USAGE =
  'npm run seed:scale -- [--users 20000] [--messages 1000000] [--practices 100000] [--resources 100000] [--seed 1]';

function count(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0)
    throw new Error(`--${name} must be a whole number, not "${value}"\n${USAGE}`);
  return parsed;
}

/**
 * `npm run seed:scale`: fills the database of DATABASE_URL (or the embedded one) with a network at scale, for
 * benchmarks. Refuses a database that already holds generated data.
 */
async function run(): Promise<void> {
  const { values } = parseArgs({
    options: {
      users: { type: 'string' },
      messages: { type: 'string' },
      resources: { type: 'string' },
      practices: { type: 'string' },
      seed: { type: 'string' },
    },
  });
  const options = {
    users: count(values.users, 20_000, 'users'),
    messages: count(values.messages, 1_000_000, 'messages'),
    resources: count(values.resources, 100_000, 'resources'),
    practices: count(values.practices, 100_000, 'practices'),
    seed: count(values.seed, 1, 'seed'),
  };
  const config = loadConfig();
  const database = await openDatabase(config, console.log);
  const pool = new Pool({ connectionString: database.url, max: 2 });
  try {
    await runMigrations(database.url);
    const started = Date.now();
    await generateScale(pool, await new PasswordService().hash(SCALE_PASSWORD), options);
    console.log(
      `Generated in ${((Date.now() - started) / 1000).toFixed(1)} s. Members sign in as scale-<n>@example.org with ${SCALE_PASSWORD}.`,
    );
  } finally {
    await pool.end();
    await database.stop();
  }
}

run().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
