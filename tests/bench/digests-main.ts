import { generateScale } from '@pn/seeds';
import { Pool } from 'pg';
import { removeDataDir, startProduct } from '../src/product';
import { productDatabaseUrl } from './audience';
import { digestsBenchmark } from './digests';

/**
 * The digest benchmark on its own, at a size of your choosing:
 * `npm run bench:digests -w tests -- --users 500`. Prints its section; docs/BENCHMARKS.md is left alone.
 */
async function main(): Promise<void> {
  const index = process.argv.indexOf('--users');
  const users = index > 0 ? Number(process.argv[index + 1]) : 20_000;
  const product = await startProduct({ env: { LOG_LEVEL: 'warn', EMAIL_WORKER: 'false' } });
  try {
    const databaseUrl = productDatabaseUrl(product);
    const pool = new Pool({ connectionString: databaseUrl, max: 2 });
    const { rows } = await pool.query<{ password_hash: string }>(
      `SELECT password_hash FROM users WHERE email = 'practitioner@example.org'`,
    );
    await generateScale(pool, rows[0]!.password_hash, {
      users,
      practices: users * 5,
      resources: users * 5,
      messages: users * 50,
      seed: 1,
      out: process.stderr,
    });
    await pool.query('VACUUM (ANALYZE)');
    await pool.end();
    console.log(await digestsBenchmark(databaseUrl));
  } finally {
    await product.stop();
    removeDataDir(product.dataDir);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
