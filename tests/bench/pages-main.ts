import { startProduct } from '../src/product';
import { runSection } from './common';
import { frontendWithBaseline, pagesBenchmark } from './pages';

/**
 * The pages benchmark on its own, on the built product (`npm run build` first):
 * `npm run bench:pages -w tests`. Prints its section and puts it in docs/BENCHMARKS.md in place of the
 * previous one.
 */
async function main(): Promise<void> {
  const frontend = frontendWithBaseline();
  const product = await startProduct({
    env: { LOG_LEVEL: 'warn', EMAIL_WORKER: 'false', FRONTEND_DIST: frontend.dir },
  });
  await runSection(
    product,
    () => pagesBenchmark(product.url),
    () => frontend.remove(),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
