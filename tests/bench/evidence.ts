import { join } from 'node:path';
import { Pool } from 'pg';
import { REPO_ROOT } from '../src/product';
import { percentile } from './common';

const WARM_UP = 3;
const REQUESTS = 50;
/** A case stops after this long (with at least MIN_SAMPLES): a slow one would otherwise take minutes. */
const BUDGET_MS = 10_000;
const MIN_SAMPLES = 5;
const AIM_GAP_MAP_P95_MS = 100;
/** The export is read this many times: each read is the whole library. */
const EXPORT_ROUNDS = 3;
/** As the service reads the library (evidence-map.service.ts). */
const EXPORT_BATCH = 200;

interface Statement {
  text: string;
  values: unknown[];
}
/** The app's own statements, from the built backend: the direct runs send exactly what the app sends. */
interface EvidenceSql {
  gapMapSql(filters: object): Statement;
  exportPracticesSql(afterId: string | null, limit: number): Statement;
  exportOutcomesSql(practiceIds: string[]): Statement;
}

async function timed(run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < WARM_UP; i++) await run();
  const times: number[] = [];
  const until = performance.now() + BUDGET_MS;
  for (let i = 0; i < REQUESTS && (i < MIN_SAMPLES || performance.now() < until); i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

async function rounds(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < EXPORT_ROUNDS; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return percentile(times, 50);
}

/**
 * The evidence gap map and the open-data export at scale, each beside the app's own statements sent straight
 * through `pg`: the gap map's one statement per filter, and the export's batches of practices and their
 * verified outcomes (the HTTP figure adds the CSV writing and the streaming).
 */
export async function evidenceBenchmark(url: string, databaseUrl: string): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sql = require(join(REPO_ROOT, 'backend/dist/modules/evidence-map/evidence-map.repository.js')) as EvidenceSql;
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  try {
    const counts = (
      await pool.query<{ published: number; verified: number }>(
        `SELECT (SELECT count(*)::int FROM practices WHERE curation_label IN ('inspiring', 'peer-reviewed')) AS published,
                (SELECT count(*)::int FROM evaluations WHERE verification = 'verified') AS verified`,
      )
    ).rows[0]!;
    const cases: Array<{ name: string; filters: Record<string, string> }> = [
      { name: 'whole library', filters: {} },
      { name: 'country=DE', filters: { country: 'DE' } },
      {
        name: 'preventionLevel=secondary&setting=online',
        filters: { preventionLevel: 'secondary', setting: 'online' },
      },
    ];
    const lines: string[] = [];
    const missed: string[] = [];
    for (const { name, filters } of cases) {
      const query = new URLSearchParams(filters).toString();
      const http = await timed(async () => {
        const response = await fetch(`${url}/api/evidence/gap-map${query ? `?${query}` : ''}`);
        if (!response.ok) throw new Error(`gap map ${query}: ${response.status}`);
        await response.json();
      });
      const statement = sql.gapMapSql(filters);
      const direct = await timed(() => pool.query(statement.text, statement.values));
      if (http.p95 >= AIM_GAP_MAP_P95_MS) missed.push(name);
      lines.push(
        `| GET /api/evidence/gap-map (${name}) | ${http.p50.toFixed(1)} / ${http.p95.toFixed(1)} | ${direct.p50.toFixed(1)} / ${direct.p95.toFixed(1)} |`,
      );
      console.error(lines.at(-1));
    }

    let bytes = 0;
    const csv = await rounds(async () => {
      const response = await fetch(`${url}/api/practices/export?format=csv`);
      if (!response.ok || !response.body) throw new Error(`export: ${response.status}`);
      bytes = 0;
      for await (const chunk of response.body) bytes += (chunk as Uint8Array).byteLength;
    });
    let rows = 0;
    const direct = await rounds(async () => {
      rows = 0;
      for (let after: string | null = null; ;) {
        const batch = sql.exportPracticesSql(after, EXPORT_BATCH);
        const practices = (await pool.query<{ id: string }>(batch.text, batch.values)).rows;
        if (practices.length === 0) break;
        const outcomes = sql.exportOutcomesSql(practices.map((p) => p.id));
        rows += (await pool.query(outcomes.text, outcomes.values)).rowCount ?? 0;
        if (practices.length < EXPORT_BATCH) break;
        after = practices.at(-1)!.id;
      }
    });
    lines.push(
      `| GET /api/practices/export?format=csv (${(bytes / 1e6).toFixed(1)} MB, median of ${EXPORT_ROUNDS}) | ${(csv / 1000).toFixed(2)} s | ${(direct / 1000).toFixed(2)} s |`,
    );
    console.error(lines.at(-1));
    return `## Evidence gap map and open data

Over ${counts.published.toLocaleString('en')} published practices and ${counts.verified.toLocaleString('en')} verified evaluations. The gap map: up to
${REQUESTS} sequential requests (or ${BUDGET_MS / 1000} s, at least ${MIN_SAMPLES}) after ${WARM_UP} of warm-up, p50 / p95 in milliseconds, beside its
one statement sent straight through \`pg\`; aim: p95 under ${AIM_GAP_MAP_P95_MS} ms. The export: the whole library as CSV,
streamed, beside the same batched statements (${EXPORT_BATCH} practices a batch, ${rows.toLocaleString('en')} outcome rows) read through \`pg\`
without writing CSV.

| case | HTTP | direct SQL |
| --- | --- | --- |
${lines.join('\n')}
${missed.length > 0 ? `\n**Aim missed in this run** by: ${missed.join('; ')}.\n` : ''}`;
  } finally {
    await pool.end();
  }
}
