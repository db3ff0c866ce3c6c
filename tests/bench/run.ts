import autocannon from 'autocannon';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { freePort, removeDataDir, REPO_ROOT, startProduct, type RunningProduct } from '../src/product';

/**
 * `npm run bench`: the server side (app or baseline, with the database) pinned to core 0, the load
 * generator to core 1; a warm-up, then three rounds, reporting the median. Figures go to docs/BENCHMARKS.md.
 */
const CONNECTIONS = 50;
const ROUND_SECONDS = 5;
const ROUNDS = 3;
const SERVER_CORE = '0';
const LOAD_CORE = '1';

interface Measure {
  requestsPerSecond: number;
  p99: number;
  errors: number;
}

const canPin = spawnSync('taskset', ['-V']).status === 0 && cpus().length >= 2;

function pin(pid: number, core: string): void {
  if (canPin) spawnSync('taskset', ['-a', '-c', '-p', core, String(pid)]);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function load(url: string, headers: Record<string, string>, seconds: number): Promise<Measure> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, headers });
  return { requestsPerSecond: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

async function measure(url: string, headers: Record<string, string>): Promise<Measure> {
  await load(url, headers, 2);
  const rounds: Measure[] = [];
  for (let i = 0; i < ROUNDS; i++) rounds.push(await load(url, headers, ROUND_SECONDS));
  return {
    requestsPerSecond: median(rounds.map((r) => r.requestsPerSecond)),
    p99: median(rounds.map((r) => r.p99)),
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
  };
}

function rssMegabytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

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

  const login = await fetch(`${product.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'practitioner@example.org', password: 'Demo-password-1' }),
  });
  const { token } = (await login.json()) as { token: string };

  const baselinePort = await freePort();
  const databaseUrl = `postgres://postgres:postgres@127.0.0.1:${product.databasePort}/prevention_network`;
  const baseline = spawn(process.execPath, [join(__dirname, 'baseline-server.js'), databaseUrl, String(baselinePort)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((done) => baseline.stdout!.once('data', done));
  pin(baseline.pid!, SERVER_CORE);
  const baselineUrl = `http://127.0.0.1:${baselinePort}`;

  const cases: Array<{ name: string; path: string; headers: Record<string, string> }> = [
    { name: 'GET /api/health (SELECT 1)', path: '/api/health', headers: {} },
    { name: 'GET /api/auth/me (session lookup)', path: '/api/auth/me', headers: { authorization: `Bearer ${token}` } },
  ];
  const rows: string[] = [];
  for (const entry of cases) {
    const app = await measure(product.url + entry.path, entry.headers);
    const bare = await measure(baselineUrl + entry.path, entry.headers);
    rows.push(
      `| ${entry.name} | ${app.requestsPerSecond.toFixed(0)} | ${app.p99.toFixed(1)} | ${bare.requestsPerSecond.toFixed(0)} | ${bare.p99.toFixed(1)} | ${(app.requestsPerSecond / bare.requestsPerSecond).toFixed(2)} | ${app.errors + bare.errors} |`,
    );
    console.log(rows.at(-1));
  }
  const loadedRss = rssMegabytes(product.process.pid!);

  baseline.kill('SIGTERM');
  await new Promise((done) => baseline.once('exit', done));
  await product.stop();
  removeDataDir(product.dataDir);

  const report = `# Benchmarks

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, on this project's machine (${cpus().length} cores,
${cpus()[0]?.model ?? 'unknown CPU'}). ${canPin ? `Server side (the app or the baseline, and PostgreSQL) pinned to core ${SERVER_CORE}, the load generator to core ${LOAD_CORE}` : 'No pinning was possible on this machine'}.
Each figure is the median of ${ROUNDS} rounds of ${ROUND_SECONDS} s after a warm-up, at ${CONNECTIONS} concurrent connections
(autocannon). The baseline is a bare Node \`http\` server running the same SQL through \`pg\` against the same
database, measured in the same run; the ratio is app / baseline throughput.

## Reads

| request | app req/s | app p99 ms | baseline req/s | baseline p99 ms | ratio | errors |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

The app does more per request than the baseline by design: the access guard, CSRF and origin checks, a
structured log line per request, the metrics histogram and the error filter.

## Start-up and memory

| measure | value |
| --- | --- |
| cold start (new data folder: initdb, migrations, demo seed) to a healthy \`/api/health\` | ${cold.seconds.toFixed(1)} s |
| warm start (existing data folder) to a healthy \`/api/health\` | ${warm.seconds.toFixed(1)} s |
| backend RSS, idle after start | ${idleRss.toFixed(0)} MB |
| backend RSS, after the read load | ${loadedRss.toFixed(0)} MB |

Start-up times exclude \`npm run build\`, which \`npm start\` runs first.
`;
  mkdirSync(join(REPO_ROOT, 'docs'), { recursive: true });
  writeFileSync(join(REPO_ROOT, 'docs', 'BENCHMARKS.md'), report);
  console.log(report);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
