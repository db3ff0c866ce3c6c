import { removeDataDir, startProduct } from '../src/product';
import { replaceSection } from './common';
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
  try {
    const section = await pagesBenchmark(product.url);
    console.log(section);
    replaceSection(section);
  } catch (error) {
    console.error(product.output().slice(-3000));
    throw error;
  } finally {
    await product.stop();
    removeDataDir(product.dataDir);
    frontend.remove();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
