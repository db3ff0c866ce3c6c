import { generateScale } from '@pn/seeds';
import { Pool } from 'pg';

export const SCALE = { users: 20_000, practices: 100_000, resources: 100_000, messages: 1_000_000, seed: 1 };

/**
 * Fills the benchmarked product's database with a network at the size of a real one (the `seed:scale`
 * generator), so that every later figure is measured against it.
 */
export async function fillAtScale(databaseUrl: string): Promise<{ section: string; ratedPracticeId: string }> {
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  try {
    // The generated members share the demo practitioner's password hash: the benchmarks never hash.
    const { rows } = await pool.query<{ password_hash: string }>(
      `SELECT password_hash FROM users WHERE email = 'practitioner@example.org'`,
    );
    const started = performance.now();
    await generateScale(pool, rows[0]!.password_hash, { ...SCALE, out: process.stderr });
    const seconds = (performance.now() - started) / 1000;
    // The measurements are of a database in its steady state, not of the maintenance after a bulk load:
    // left alone, autovacuum would go through a million fresh rows during the first benchmarks, and
    // checkpoints would write them out, on the server's core.
    const settled = performance.now();
    await pool.query('VACUUM (ANALYZE)');
    await pool.query('CHECKPOINT');
    const settleSeconds = (performance.now() - settled) / 1000;
    const rated = await pool.query<{ id: string }>(
      `SELECT id FROM practices WHERE curation_label = 'peer-reviewed' AND best_strength >= 2 ORDER BY id LIMIT 1`,
    );
    return {
      ratedPracticeId: rated.rows[0]!.id,
      section: `## Data

Every figure below is measured on a database filled by the \`seed:scale\` generator (COPY) with
${SCALE.users.toLocaleString('en')} members, ${SCALE.practices.toLocaleString('en')} practices (with revisions, evaluations and ratings),
${SCALE.resources.toLocaleString('en')} resources and ${SCALE.messages.toLocaleString('en')} messages in nine languages, on top of the demo network; generating it took
${seconds.toFixed(0)} s in this run, then \`VACUUM (ANALYZE)\` and a checkpoint ${settleSeconds.toFixed(0)} s, so that autovacuum's pass over the
fresh rows does not run during the measurements.
`,
    };
  } finally {
    await pool.end();
  }
}
