import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort, type RunningProduct } from '../src/product';
import { median, pin, ratio, ROUNDS, SERVER_CORE } from './common';

const CONNECTIONS = 50;
const ROUND_SECONDS = 5;

interface Measure {
  requestsPerSecond: number;
  p99: number;
  errors: number;
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

/** REST reads through the app, beside a bare Node `http` server running the same SQL through `pg`. */
export async function readsBenchmark(product: RunningProduct, token: string): Promise<string> {
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
      `| ${entry.name} | ${app.requestsPerSecond.toFixed(0)} | ${app.p99.toFixed(1)} | ${bare.requestsPerSecond.toFixed(0)} | ${bare.p99.toFixed(1)} | ${ratio(app.requestsPerSecond, bare.requestsPerSecond)} | ${app.errors + bare.errors} |`,
    );
    console.log(rows.at(-1));
  }
  baseline.kill('SIGTERM');
  await new Promise((done) => baseline.once('exit', done));

  return `## Reads

Each figure is the median of ${ROUNDS} rounds of ${ROUND_SECONDS} s after a 2 s warm-up, at ${CONNECTIONS} concurrent
connections (autocannon). The baseline is a bare Node \`http\` server running the same SQL through \`pg\` against the
same database; the ratio is app / baseline throughput.

| request | app req/s | app p99 ms | baseline req/s | baseline p99 ms | ratio | errors |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

The app does more per request than the baseline by design: the access guard, CSRF and origin checks, the
metrics histogram and the error filter; the session lookup also goes through TypeORM, which hydrates entities.
`;
}
