import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { removeDataDir, REPO_ROOT, startProduct, type RunningProduct } from '../src/product';
import { canPin, LOAD_CORE, pin, rssMegabytes, SERVER_CORE } from './common';
import { fanoutBenchmark } from './fanout';
import { readsBenchmark } from './reads';

/**
 * `npm run bench`: every figure beside a baseline measured in the same run, server side pinned to one core
 * and the load generator to the other. Writes docs/BENCHMARKS.md.
 */
async function timedStart(dataDir?: string): Promise<{ product: RunningProduct; seconds: number }> {
  const started = performance.now();
  const product = await startProduct({ dataDir, env: { LOG_LEVEL: 'warn' } });
  return { product, seconds: (performance.now() - started) / 1000 };
}

async function main(): Promise<void> {
  pin(process.pid, LOAD_CORE);
  const cold = await timedStart();
  await cold.product.stop();
  const warm = await timedStart(cold.product.dataDir);
  const product = warm.product;
  pin(product.process.pid!, SERVER_CORE);
  const idleRss = rssMegabytes(product.process.pid!);

  try {
    const login = await fetch(`${product.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'practitioner@example.org', password: 'Demo-password-1' }),
    });
    const { token } = (await login.json()) as { token: string };
    const sections = [await readsBenchmark(product, token)];
    const afterReadsRss = rssMegabytes(product.process.pid!);
    sections.push(await fanoutBenchmark(product));
    const afterAllRss = rssMegabytes(product.process.pid!);

    sections.push(`## Start-up and memory

| measure | value |
| --- | --- |
| cold start (new data folder: initdb, migrations, demo seed) to a healthy \`/api/health\` | ${cold.seconds.toFixed(1)} s |
| warm start (existing data folder) to a healthy \`/api/health\` | ${warm.seconds.toFixed(1)} s |
| backend RSS, idle after start | ${idleRss.toFixed(0)} MB |
| backend RSS, after the read load | ${afterReadsRss.toFixed(0)} MB |
| backend RSS, after the fan-out (sockets closed) | ${afterAllRss.toFixed(0)} MB |

Start-up times exclude \`npm run build\`, which \`npm start\` runs first.
`);
    const report = `# Benchmarks

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} on this project's machine (${cpus().length} cores,
${cpus()[0]?.model ?? 'unknown CPU'}), a shared machine: figures move between runs, ratios less so.
${canPin ? `The server side (the app or the baseline, and PostgreSQL) is pinned to core ${SERVER_CORE}, the load generator to core ${LOAD_CORE}.` : 'No pinning was possible on this machine.'}

${sections.join('\n')}`;
    mkdirSync(join(REPO_ROOT, 'docs'), { recursive: true });
    writeFileSync(join(REPO_ROOT, 'docs', 'BENCHMARKS.md'), report);
    console.log(report);
  } finally {
    await product.stop();
    removeDataDir(product.dataDir);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
