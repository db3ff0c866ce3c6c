import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Pool } from 'pg';
import { SMTPServer } from 'smtp-server';
import { REPO_ROOT } from '../src/product';
import { canPin, ratio, SERVER_CORE } from './common';

/** How many emails the delivery rate is measured over. */
const DELIVERED = 2000;

interface RunResult {
  seconds: number;
  peakRssMb: number;
  emails: number;
}

/** A local SMTP sink that accepts and discards, noting when each message arrived; its count over HTTP. */
async function startSink(): Promise<{ smtpUrl: string; countUrl: string; arrivals: number[]; close(): Promise<void> }> {
  const arrivals: number[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('end', () => {
        arrivals.push(performance.now());
        callback();
      });
      stream.resume();
    },
  });
  smtp.on('error', () => {});
  await new Promise<void>((done) => smtp.listen(0, '127.0.0.1', done));
  const http: Server = createServer((_request, response) => response.end(String(arrivals.length)));
  await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
  return {
    smtpUrl: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
    countUrl: `http://127.0.0.1:${(http.address() as AddressInfo).port}/`,
    arrivals,
    close: async () => {
      await new Promise<void>((done) => smtp.close(() => done()));
      await new Promise<void>((done) => http.close(() => done()));
    },
  };
}

function run(args: string[]): Promise<RunResult> {
  return new Promise((done, fail) => {
    const command = canPin ? 'taskset' : process.execPath;
    const script = join(REPO_ROOT, 'tests', 'dist', 'bench', 'digest-run.js');
    const child = spawn(command, canPin ? ['-c', SERVER_CORE, process.execPath, script, ...args] : [script, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code === 0) done(JSON.parse(line) as RunResult);
      else fail(new Error(`digest run ${args[0]} failed (${code}): ${out}`));
    });
  });
}

/**
 * Puts recent activity into last week's digest window: the scale data's messages are spread over a past
 * year, so a slice of threads (and their messages) is moved into the last eight days.
 */
async function prepare(pool: Pool): Promise<void> {
  await pool.query(
    `WITH moved AS (SELECT id FROM threads ORDER BY id LIMIT greatest(1, (SELECT count(*) / 20 FROM threads)))
     UPDATE messages m SET created_at = now() - interval '8 days' + random() * interval '7 days'
       FROM moved WHERE m.thread_id = moved.id`,
  );
  await pool.query(
    `WITH moved AS (SELECT id FROM threads ORDER BY id DESC LIMIT greatest(1, (SELECT count(*) / 50 FROM threads)))
     UPDATE threads t SET created_at = now() - interval '8 days' + random() * interval '7 days'
       FROM moved WHERE t.id = moved.id`,
  );
  await pool.query(
    `UPDATE threads t SET last_message_at = m.last
       FROM (SELECT thread_id, max(created_at) AS last FROM messages GROUP BY thread_id) m
      WHERE m.thread_id = t.id`,
  );
  await pool.query('ANALYZE messages');
  await pool.query('ANALYZE threads');
}

async function reset(pool: Pool): Promise<void> {
  await pool.query(`DELETE FROM emails WHERE kind = 'digest-weekly'`);
  await pool.query(`UPDATE email_settings SET weekly_digest_at = NULL`);
  await pool.query(`DELETE FROM pgboss.job WHERE name = 'email'`);
}

/**
 * Weekly digests for every member of the network: the time to queue and render them all and the peak
 * memory, beside the same SQL run straight through `pg`; then emails per second delivered to a local SMTP
 * sink by the app's worker, beside nodemailer alone.
 */
export async function digestsBenchmark(databaseUrl: string): Promise<string> {
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  const sink = await startSink();
  try {
    const { rows } = await pool.query<{ members: string }>(
      `SELECT count(*) AS members FROM users WHERE status = 'active' AND erased_at IS NULL`,
    );
    const members = rows[0]?.members ?? '0';
    await prepare(pool);
    await reset(pool);
    const base = await run(['baseline', databaseUrl]);
    await reset(pool);
    const app = await run(['app', databaseUrl]);
    const deliverCount = Math.min(DELIVERED, app.emails);
    await run(['deliver', databaseUrl, sink.smtpUrl, String(deliverCount), sink.countUrl]);
    const appArrivals = sink.arrivals.splice(0);
    await run(['deliver-baseline', databaseUrl, sink.smtpUrl, String(deliverCount), sink.countUrl]);
    const baseArrivals = sink.arrivals.splice(0);
    const rate = (arrivals: number[]) =>
      arrivals.length > 1 ? (arrivals.length - 1) / ((arrivals.at(-1)! - arrivals[0]!) / 1000) : 0;
    const appRate = rate(appArrivals.slice(0, deliverCount));
    const baseRate = rate(baseArrivals.slice(0, deliverCount));
    await reset(pool);
    return `## Digests and delivery

Weekly digests for the ${Number(members).toLocaleString('en')} active members, about a slice of threads moved into last week
(one run each; each in a process of its own, on the server's core). ${app.emails.toLocaleString('en')} members had something new
and were queued a digest; the others none.

| measure | app | same SQL straight through \`pg\` | ratio |
| --- | --- | --- | --- |
| queue every due weekly digest (batches of 500, a few statements each) and render each one (HTML and text) | ${app.seconds.toFixed(1)} s | ${base.seconds.toFixed(1)} s (queue only, no render, no jobs) | ${ratio(app.seconds, base.seconds)} |
| peak memory (RSS) of the process | ${app.peakRssMb.toFixed(0)} MB | ${base.peakRssMb.toFixed(0)} MB | ${ratio(app.peakRssMb, base.peakRssMb)} |
| emails per second delivered to a local SMTP sink (${deliverCount} emails) | ${appRate.toFixed(0)} | ${baseRate.toFixed(0)} (nodemailer alone, same concurrency) | ${ratio(appRate, baseRate)} |

The app's delivery claims each email's row, renders it, commits its hand-over before the message can be
accepted and records the outcome: four short transactions per email beside the SMTP conversation.
`;
  } finally {
    await sink.close();
    await pool.end();
  }
}
