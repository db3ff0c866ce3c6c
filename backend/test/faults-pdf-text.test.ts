import { textPdf } from '@pn/seeds';
import { rm } from 'node:fs/promises';
import { TextExtractionRepository } from '../src/modules/resources/text-extraction.repository';
import { extractPdfText } from '../src/modules/resources/uploads/pdf-text';
import { createTestApp, type TestApp } from './support/app';
import { createTestDatabase } from './support/database';
import { buildUser, type BuiltUser } from './support/factories';
import { compressedPdf, spacesBomb } from './support/pdf-bomb';
import { extractionEnded, resourceFields, sharePdf, tempUploadDir, upload } from './support/resources';
import { search } from './support/search';

/**
 * A PDF's text is extracted after the upload is answered, in a process of its own with memory and time
 * limits, a few at a time: a decompression bomb (300 KB that inflate to 300 MB) costs the server nothing but
 * a slot of that queue, and leaves its resource without text.
 */
describe('a hostile PDF read directly', () => {
  const limits = { memoryMb: 128, timeoutMs: 120_000 };

  it('a string that fills the heap is stopped at the memory limit', async () => {
    // One string operand of 100 MB: PDF.js holds it whole before any cap on the text can apply.
    const content = Buffer.concat([
      Buffer.from('BT /F1 12 Tf ('),
      Buffer.alloc(100 * 1024 * 1024, 0x41),
      Buffer.from(') Tj ET'),
    ]);
    expect(await extractPdfText(compressedPdf(content), limits)).toMatchObject({ kind: 'memory-limit' });
  }, 120_000);
});

describe('a PDF bomb uploaded several times at once', () => {
  let app: TestApp;
  let author: BuiltUser;
  beforeAll(async () => {
    // Two extractions at once (the default), of 128 MB each (half the default, to be quicker).
    app = await createTestApp({ PDF_TEXT_MEMORY_MB: '128' });
    author = await buildUser(app);
  });
  afterAll(() => app?.close());

  it('is stored at once, stopped at its extraction memory limit, and the server keeps serving', async () => {
    const bombs = [1, 2, 3, 4].map((n) => spacesBomb(300, `copy ${n}`));
    const responses = await Promise.all(
      bombs.map((content, n) =>
        upload(app, author.token, resourceFields({ title: `Bomb ${n}`, scope: 'public' }), {
          name: `bomb-${n}.pdf`,
          content,
        }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual([201, 201, 201, 201]);
    const ids = responses.map((response) => response.body.id as string);

    // While they are being read: the server answers, and no more than two are read at once.
    expect((await app.request('GET', '/api/health')).status).toBe(200);
    let mostAtOnce = 0;
    const counting = (async () => {
      for (;;) {
        const [row] = (await app.dataSource.query(
          `SELECT count(*) FILTER (WHERE text_state = 'extracting')::int AS running,
                  count(*) FILTER (WHERE text_state IN ('pending', 'extracting'))::int AS unfinished
             FROM resource_versions WHERE resource_id = ANY($1::uuid[])`,
          [ids],
        )) as Array<{ running: number; unfinished: number }>;
        mostAtOnce = Math.max(mostAtOnce, row!.running);
        if (row!.unfinished === 0) return;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    })();
    for (const id of ids) expect(await extractionEnded(app, id)).toBe('failed');
    await counting;
    expect(mostAtOnce).toBeGreaterThan(0);
    expect(mostAtOnce).toBeLessThanOrEqual(2);

    // Each was stopped by the memory limit, not by the clock or a crash.
    const metrics = await app.request('GET', '/metrics');
    expect(metrics.body).toContain('pdf_text_extractions_total{outcome="memory-limit"} 4');
    // The resources are there, without text.
    const [texts] = (await app.dataSource.query(
      `SELECT count(*)::int AS n FROM resource_texts WHERE resource_id = ANY($1::uuid[])`,
      [ids],
    )) as Array<{ n: number }>;
    expect(texts!.n).toBe(0);
    for (const id of ids) expect((await app.request('GET', `/api/resources/${id}`)).status).toBe(200);

    // And the queue goes on: the next PDF is read as usual.
    const report = await sharePdf(app, author.token, { scope: 'public' }, textPdf(['Afterwards, a helpline report']));
    expect(await extractionEnded(app, report.id)).toBe('done');
    expect((await search(app, undefined, { q: 'helpline' })).items.map((hit) => hit.id)).toEqual([report.id]);
  }, 180_000);
});

describe('extractions that a stopped instance left unfinished', () => {
  it('are taken up by the next instance that starts', async () => {
    const database = await createTestDatabase();
    // Both instances share one folder of files, as they must.
    const uploads = await tempUploadDir();
    let first: TestApp | undefined;
    let second: TestApp | undefined;
    try {
      // One at a time, a bomb first: the two reports behind it are still queued when the instance stops.
      const env = { PDF_TEXT_MEMORY_MB: '96', UPLOAD_DIR: uploads };
      first = await createTestApp({ ...env, PDF_TEXT_CONCURRENCY: '1' }, { databaseUrl: database.url });
      const author = await buildUser(first);
      const bomb = await sharePdf(first, author.token, { scope: 'public' }, spacesBomb(300, 'first in line'));
      const queued = await sharePdf(first, author.token, { scope: 'public' }, textPdf(['Queued hotline leaflet']));
      const midway = await sharePdf(first, author.token, { scope: 'public' }, textPdf(['Midway outreach toolkit']));
      // An instance killed while reading leaves its claim; here it was taken an hour ago.
      await first.dataSource.query(
        `UPDATE resource_versions SET text_state = 'extracting', text_started_at = now() - interval '1 hour'
          WHERE resource_id = $1`,
        [midway.id],
      );
      await first.app.close();
      first = undefined;

      const states = async (app: TestApp) =>
        (
          (await app.dataSource.query(
            `SELECT text_state FROM resource_versions WHERE resource_id = ANY($1::uuid[]) ORDER BY uploaded_at`,
            [[bomb.id, queued.id, midway.id]],
          )) as Array<{ text_state: string }>
        ).map((row) => row.text_state);
      second = await createTestApp(env, { databaseUrl: database.url });
      // The bomb's extraction was given back when the first instance closed.
      expect(await extractionEnded(second, queued.id)).toBe('done');
      expect(await extractionEnded(second, midway.id)).toBe('done');
      expect(await extractionEnded(second, bomb.id)).toBe('failed');
      expect(await states(second)).toEqual(['failed', 'done', 'done']);
      expect((await search(second, undefined, { q: 'hotline' })).items.map((hit) => hit.id)).toEqual([queued.id]);
      expect((await search(second, undefined, { q: 'outreach' })).items.map((hit) => hit.id)).toEqual([midway.id]);
    } finally {
      await first?.app.close();
      await second?.app.close();
      await database.drop();
      await rm(uploads, { recursive: true, force: true });
    }
  }, 120_000);

  it('is claimed by one instance only when several try at once', async () => {
    const app = await createTestApp();
    try {
      const author = await buildUser(app);
      const resource = await sharePdf(app, author.token, {}, textPdf(['Claimed once']));
      await extractionEnded(app, resource.id);
      await app.dataSource.query(`UPDATE resource_versions SET text_state = 'pending' WHERE resource_id = $1`, [
        resource.id,
      ]);
      const repository = app.app.get(TextExtractionRepository);
      const claims = await Promise.all(
        Array.from({ length: 5 }, () => repository.claim({ resourceId: resource.id, version: 1 }, 60_000)),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
    } finally {
      await app.close();
    }
  });
});
