import { startProduct } from '../src/product';
import { productDatabaseUrl, seedAudience } from './audience';
import { BENCH_DATABASE_LIMITS, flushLatency, LOAD_CORE, pin, runSection, SERVER_CORE } from './common';
import { startBaseline } from './reads';
import { writesBenchmark } from './writes';

/**
 * The writes benchmark on its own, pinned as the full run pins (`npm run build` first):
 * `npm run bench:writes -w tests`. Its database holds the demo data only, not the scale data set the full
 * run fills first. Prints its section and puts it in docs/BENCHMARKS.md in place of the previous one.
 */
async function main(): Promise<void> {
  pin(process.pid, LOAD_CORE);
  const product = await startProduct({
    env: { LOG_LEVEL: 'warn', EMAIL_WORKER: 'false', ...BENCH_DATABASE_LIMITS },
  });
  pin(product.process.pid!, SERVER_CORE);
  const baseline = await startBaseline(productDatabaseUrl(product));
  await runSection(
    product,
    async () =>
      writesBenchmark(
        { url: product.url, pid: product.process.pid! },
        { url: baseline.url, pid: baseline.pid },
        await seedAudience(product, { name: 'bench-writes', members: 100, membersPerThread: 2 }),
        flushLatency(product.dataDir, 10),
      ),
    () => baseline.stop(),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
