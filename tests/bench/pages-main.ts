import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, removeDataDir, startProduct } from '../src/product';
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

/** Swaps the section with the same heading in docs/BENCHMARKS.md, or adds it before "Start-up and memory". */
function replaceSection(section: string): void {
  const path = join(REPO_ROOT, 'docs', 'BENCHMARKS.md');
  if (!existsSync(path)) return;
  const heading = section.slice(0, section.indexOf('\n'));
  const doc = readFileSync(path, 'utf8');
  const start = doc.indexOf(`${heading}\n`);
  if (start >= 0) {
    const next = doc.indexOf('\n## ', start + heading.length);
    writeFileSync(path, doc.slice(0, start) + section + (next >= 0 ? doc.slice(next) : ''));
    return;
  }
  const before = doc.indexOf('## Start-up and memory');
  writeFileSync(path, before >= 0 ? `${doc.slice(0, before)}${section}\n${doc.slice(before)}` : `${doc}\n${section}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
