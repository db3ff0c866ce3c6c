/**
 * One measured run of the digest benchmark, in a process of its own so that its peak memory is its own:
 * `node digest-run.js <mode> <databaseUrl> [smtpUrl] [count]`, printing one JSON line.
 *  - app: the app's DigestsService queues every due weekly digest, then every queued one is rendered;
 *  - baseline: the same SQL statements straight through `pg`, in the same batches;
 *  - deliver: the app's email worker delivers queued emails to the SMTP sink until `count` arrived;
 *  - deliver-baseline: nodemailer alone sends `count` ready-made messages to the same sink.
 */
import { join } from 'node:path';
import { Client } from 'pg';
import { REPO_ROOT } from '../src/product';

/* eslint-disable @typescript-eslint/no-require-imports -- the built backend, loaded at run time */
const backend = (path: string) => require(join(REPO_ROOT, 'backend', 'dist', path));
const fromWorkspace = (name: string, workspace: string) =>
  require(require.resolve(name, { paths: [join(REPO_ROOT, workspace)] }));
/* eslint-enable @typescript-eslint/no-require-imports */

type Result = { seconds: number; peakRssMb: number; emails: number };

const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

async function appContext(databaseUrl: string, env: Record<string, string>) {
  const { createApp } = backend('app.factory.js');
  const { loadConfig } = backend('config/env.schema.js');
  const config = loadConfig({ LOG_LEVEL: 'warn', FRONTEND_DIST: '/nonexistent', EMAIL_WORKER: 'false', ...env });
  return createApp(config, databaseUrl);
}

async function app(databaseUrl: string): Promise<Result> {
  const application = await appContext(databaseUrl, {});
  try {
    const { DigestsService } = backend('modules/email-notifications/digests.service.js');
    const { renderHtml, renderText } = backend('modules/mail/layout.js');
    const digests = application.get(DigestsService);
    const started = performance.now();
    const queued: number = await digests.queueDue('weekly');
    // Rendered as the worker renders each one at send time: content from its payload, then the layout.
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    let last = '00000000-0000-0000-0000-000000000000';
    let rendered = 0;
    for (;;) {
      const { rows } = await client.query(
        `SELECT id, kind, locale, payload, to_address AS "toAddress", created_at AS "createdAt" FROM emails
          WHERE kind = 'digest-weekly' AND id > $1 ORDER BY id LIMIT 500`,
        [last],
      );
      if (rows.length === 0) break;
      for (const email of rows) {
        const result = await digests.render(email);
        if ('content' in result) {
          const context = { locale: email.locale, network: 'Prevention Network', settingsUrl: 'http://localhost/' };
          renderHtml(result.content, context);
          renderText(result.content, context);
          rendered++;
        }
      }
      last = rows.at(-1).id;
    }
    await client.end();
    if (rendered !== queued) throw new Error(`queued ${queued} digests but rendered ${rendered}`);
    return { seconds: (performance.now() - started) / 1000, peakRssMb: peakRssMb(), emails: queued };
  } finally {
    await application.close();
  }
}

async function baseline(databaseUrl: string): Promise<Result> {
  const { digestsRepository } = backend('modules/email-notifications/digests.repository.js');
  const { DEFAULT_EMAIL_FREQUENCIES } = fromWorkspace('@pn/shared', 'backend');
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const manager = { query: (sql: string, params: unknown[]) => client.query(sql, params).then((r) => r.rows) };
  const started = performance.now();
  let emails = 0;
  try {
    for (;;) {
      await client.query('BEGIN');
      const members = await digestsRepository.dueMembers(manager, 'weekly', 7, DEFAULT_EMAIL_FREQUENCIES, 500);
      if (members.length === 0) {
        await client.query('COMMIT');
        break;
      }
      const [activity] = await Promise.all([
        digestsRepository.groupActivity(
          manager,
          'weekly',
          members.map((m: { id: string; due_at: Date }) => ({ ...m, groupFrequency: 'weekly' })),
        ),
        digestsRepository.unread(manager, 'weekly', members),
        digestsRepository.published(manager, 'weekly', [members[0].due_at]),
      ]);
      const withActivity = members.filter((m: { id: string }) =>
        activity.some((row: { user_id: string }) => row.user_id === m.id),
      );
      const { rowCount } = await client.query(
        `INSERT INTO emails (user_id, to_address, kind, locale, dedupe_key, payload)
         SELECT u, e, 'digest-weekly', l, 'bench-baseline:' || u, '{}'::jsonb FROM unnest($1::uuid[], $2::text[], $3::text[]) AS x(u, e, l)
         ON CONFLICT (dedupe_key) DO NOTHING`,
        [
          withActivity.map((m: { id: string }) => m.id),
          withActivity.map((m: { email: string }) => m.email),
          withActivity.map((m: { locale: string }) => m.locale),
        ],
      );
      emails += rowCount ?? 0;
      await digestsRepository.markDone(manager, 'weekly', members);
      await client.query('COMMIT');
    }
  } finally {
    await client.end();
  }
  return { seconds: (performance.now() - started) / 1000, peakRssMb: peakRssMb(), emails };
}

async function countReceived(sinkCount: string): Promise<number> {
  return Number(await (await fetch(sinkCount)).text());
}

async function deliver(databaseUrl: string, smtpUrl: string, count: number, sinkCount: string): Promise<Result> {
  const started = performance.now();
  const application = await appContext(databaseUrl, { SMTP_URL: smtpUrl, EMAIL_WORKER: 'true' });
  try {
    const deadline = Date.now() + 600_000;
    while ((await countReceived(sinkCount)) < count) {
      if (Date.now() > deadline) throw new Error('the worker did not deliver in time');
      await new Promise((done) => setTimeout(done, 100));
    }
    return { seconds: (performance.now() - started) / 1000, peakRssMb: peakRssMb(), emails: count };
  } finally {
    await application.close();
  }
}

async function deliverBaseline(smtpUrl: string, count: number): Promise<Result> {
  const { createTransport } = fromWorkspace('nodemailer', 'tests');
  const transport = createTransport({ url: smtpUrl, pool: true, maxConnections: 4 });
  const html = `<!doctype html><html lang="en"><body>${'<p>A digest line with a link.</p>'.repeat(40)}</body></html>`;
  const started = performance.now();
  let next = 0;
  // Four in flight, as the app's worker runs four jobs at once over as many pooled connections.
  const worker = async () => {
    while (next < count) {
      next++;
      await transport.sendMail({
        from: 'bench@localhost',
        to: 'member@example.org',
        subject: 'Digest',
        html,
        text: html,
      });
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  transport.close();
  return { seconds: (performance.now() - started) / 1000, peakRssMb: peakRssMb(), emails: count };
}

async function main(): Promise<void> {
  const [mode, databaseUrl, smtpUrl, count, sinkCount] = process.argv.slice(2);
  let result: Result;
  if (mode === 'app') result = await app(databaseUrl!);
  else if (mode === 'baseline') result = await baseline(databaseUrl!);
  else if (mode === 'deliver') result = await deliver(databaseUrl!, smtpUrl!, Number(count), sinkCount!);
  else if (mode === 'deliver-baseline') result = await deliverBaseline(smtpUrl!, Number(count));
  else throw new Error(`unknown mode ${mode}`);
  console.log(JSON.stringify(result));
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
