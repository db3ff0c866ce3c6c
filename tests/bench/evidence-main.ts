import { generateScale } from '@pn/seeds';
import { Pool } from 'pg';
import { removeDataDir, startProduct } from '../src/product';
import { productDatabaseUrl } from './audience';
import { evidenceBenchmark } from './evidence';
import { SCALE } from './scale';

/**
 * The gap map and export benchmark on its own, at a size of your choosing (the full bench runs it at the
 * scale data set): `npm run bench:evidence -w tests -- --practices 2000`. Prints its section;
 * docs/BENCHMARKS.md is left alone.
 */
async function main(): Promise<void> {
  const index = process.argv.indexOf('--practices');
  const practices = index > 0 ? Number(process.argv[index + 1]) : SCALE.practices;
  const product = await startProduct({ env: { LOG_LEVEL: 'warn', EMAIL_WORKER: 'false' } });
  try {
    const databaseUrl = productDatabaseUrl(product);
    const pool = new Pool({ connectionString: databaseUrl, max: 2 });
    const { rows } = await pool.query<{ password_hash: string }>(
      `SELECT password_hash FROM users WHERE email = 'practitioner@example.org'`,
    );
    await generateScale(pool, rows[0]!.password_hash, {
      users: Math.max(50, Math.round(practices / 5)),
      practices,
      resources: 0,
      messages: 0,
      seed: 1,
      out: process.stderr,
    });
    await pool.query('VACUUM (ANALYZE)');
    await pool.end();
    console.log(await evidenceBenchmark(product.url, databaseUrl));
  } finally {
    await product.stop();
    removeDataDir(product.dataDir);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
