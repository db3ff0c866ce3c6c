import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { rm } from 'node:fs/promises';
import { createTestApp, type TestApp } from './support/app';
import { buildCast, type Cast } from './support/builders';
import { unchangedBy } from './support/factories';
import {
  download,
  elfExecutable,
  leftoverUploads,
  multipart,
  resourceFields,
  sha256,
  tempUploadDir,
  tinyPdf,
  tinyPng,
  tinyWav,
  upload,
} from './support/resources';

const MAX_BYTES = 64 * 1024;

describe('resource files: limits and content', () => {
  let app: TestApp;
  let cast: Cast;
  let uploadDir: string;
  beforeAll(async () => {
    uploadDir = await tempUploadDir();
    app = await createTestApp({ UPLOAD_DIR: uploadDir, RESOURCE_MAX_BYTES: String(MAX_BYTES) });
    cast = await buildCast(app);
  });
  afterAll(async () => {
    await app.close();
    await rm(uploadDir, { recursive: true, force: true });
  });
  afterEach(async () => expect(await leftoverUploads(uploadDir)).toEqual([]));

  const rowCount = async () =>
    Number((await app.dataSource.query(`SELECT count(*) AS n FROM resources`))[0].n as string);

  describe('limits and content', () => {
    /** A raw request, for bodies that fetch cannot send: an announced length, a stream, a cut. */
    function rawPost(headers: Record<string, string | number>) {
      return httpRequest(`${app.url}/api/resources`, {
        method: 'POST',
        headers: { authorization: `Bearer ${cast.practitioner.token}`, ...headers },
      });
    }
    const answer = (request: ReturnType<typeof rawPost>) =>
      new Promise<{ status: number; headers: Record<string, unknown>; body: any }>((resolve, reject) => {
        request.on('error', reject);
        request.on('response', (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString()));
          response.on('end', () =>
            resolve({ status: response.statusCode!, headers: response.headers, body: JSON.parse(text || 'null') }),
          );
        });
      });

    it('answers 413 from the announced length, before reading the body', async () => {
      const before = await rowCount();
      const request = rawPost({
        'content-type': 'multipart/form-data; boundary=xyz',
        'content-length': MAX_BYTES + 10 * 1024 * 1024,
      });
      request.flushHeaders();
      // Not one byte of the body is sent: the answer cannot have waited for it.
      const response = await answer(request);
      request.destroy();
      expect(response.status).toBe(413);
      expect(response.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
      expect(await rowCount()).toBe(before);
    });

    it('answers 413 when a streamed body without a length crosses the limit, keeping nothing', async () => {
      const before = await rowCount();
      const form = multipart(resourceFields(), {
        name: 'big.pdf',
        content: Buffer.concat([tinyPdf(), Buffer.alloc(MAX_BYTES * 4)]),
      });
      const request = rawPost({ 'content-type': form.contentType, 'transfer-encoding': 'chunked' });
      const answered = answer(request);
      let stop = false;
      void answered.finally(() => (stop = true));
      request.on('error', () => (stop = true));
      for (let offset = 0; offset < form.body.length && !stop; offset += 8192) {
        request.write(form.body.subarray(offset, offset + 8192));
        await new Promise((resolve) => setImmediate(resolve));
      }
      if (!stop) request.end();
      const response = await answered;
      // The client gives up the rest of its body, as a browser does on an early answer.
      request.destroy();
      expect(response.status).toBe(413);
      expect(response.body.message).toContain('file');
      expect(await rowCount()).toBe(before);
    });

    it('answers 415 for content that is not an allowed type, whatever its name', async () => {
      const cases = [
        { name: 'report.pdf', content: elfExecutable(), type: 'application/pdf' },
        { name: 'setup.pdf', content: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(512, 1)]) },
        {
          name: 'page.pdf',
          content: Buffer.from('<!DOCTYPE html><html><script>alert(1)</script></html>'),
          type: 'text/html',
        },
        { name: 'archive.docx', content: Buffer.concat([Buffer.from([0x50, 0x4b, 0x05, 0x06]), Buffer.alloc(18)]) },
      ];
      for (const file of cases) {
        const response = await unchangedBy(app, () => upload(app, cast.practitioner.token, resourceFields(), file));
        expect(response.status).toBe(415);
        expect(response.body).toMatchObject({ statusCode: 415, error: 'Unsupported Media Type' });
      }
    });

    it('never uses an uploaded name as a path, and offers it cleaned', async () => {
      const names: Array<[string, string]> = [
        ['../../etc/passwd.pdf', 'passwd.pdf'],
        ['tab\there\u0007.pdf', 'tabhere.pdf'],
        ['..\\..\\windows\\notes.pdf', 'notes.pdf'],
        [`${'n'.repeat(1000)}.pdf`, `${'n'.repeat(251)}.pdf`],
      ];
      for (const [raw, cleaned] of names) {
        const content = tinyPdf();
        const response = await upload(app, cast.practitioner.token, resourceFields(), { name: raw, content });
        expect(response.status).toBe(201);
        const stored = (await app.dataSource.query(
          `SELECT storage_key, file_name FROM resource_versions WHERE resource_id = $1`,
          [response.body.id],
        )) as Array<{ storage_key: string; file_name: string }>;
        expect(stored[0]!.storage_key).toMatch(/^sha256\/[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}$/);
        expect(stored[0]!.file_name).not.toMatch(/[\\/\n]/);
        expect(response.body.file.name).toBe(cleaned);
        expect(response.body.file.name.length).toBeLessThanOrEqual(255);
        const fetched = await download(app, `/api/resources/${response.body.id}/download`, cast.practitioner.token);
        expect(fetched.status).toBe(200);
        expect(sha256(fetched.bytes)).toBe(sha256(content));
        expect(fetched.headers.get('content-disposition')).not.toMatch(/[\n/]/);
      }
      // The multipart parser drops a file part whose name holds a line break: no file came, nothing is kept.
      const broken = await unchangedBy(app, () =>
        upload(app, cast.practitioner.token, resourceFields(), { name: 'line\nbreak.pdf', content: tinyPdf() }),
      );
      expect(broken.status).toBe(400);
      expect(broken.body.message[0]).toMatch(/^file: /);
    });

    it('offers a file under an extension of its real type, without reordering characters', async () => {
      const png = Buffer.concat([tinyPng(), Buffer.from(randomBytes(8).toString('hex'))]);
      const response = await upload(app, cast.practitioner.token, resourceFields(), {
        name: 'report\u2067fdp\u2069.pdf',
        content: png,
        type: 'application/pdf',
      });
      expect(response.status).toBe(201);
      expect(response.body.file).toMatchObject({ name: 'reportfdp.png', mediaType: 'image/png' });
      const fetched = await download(app, `/api/resources/${response.body.id}/download`, cast.practitioner.token);
      expect(fetched.headers.get('content-disposition')).toBe('attachment; filename=reportfdp.png');

      // A name stored before these rules is offered by them.
      await app.dataSource.query(`UPDATE resource_versions SET file_name = $2 WHERE resource_id = $1`, [
        response.body.id,
        'old\u202Egnp\u200F.pdf',
      ]);
      const again = await download(app, `/api/resources/${response.body.id}/download`, cast.practitioner.token);
      expect(again.headers.get('content-disposition')).toBe('attachment; filename=oldgnp.png');
      const shown = await app.request('GET', `/api/resources/${response.body.id}`, { token: cast.practitioner.token });
      expect(shown.body.file.name).toBe('oldgnp.png');
    });

    it('keeps no partial file and no row of an upload cut off midway', async () => {
      const before = await rowCount();
      const content = Buffer.concat([tinyPdf(), Buffer.alloc(MAX_BYTES / 2, 7)]);
      const form = multipart(resourceFields(), { name: 'cut.pdf', content });
      const request = rawPost({ 'content-type': form.contentType, 'content-length': form.body.length });
      request.on('error', () => {});
      await new Promise<void>((resolve) => request.write(form.body.subarray(0, form.body.length / 2), () => resolve()));
      await new Promise((resolve) => setTimeout(resolve, 100));
      request.destroy();
      // The server notices the cut on its own time: wait until the staged part is gone.
      for (let i = 0; i < 50 && (await leftoverUploads(uploadDir)).length > 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(await leftoverUploads(uploadDir)).toEqual([]);
      expect(await rowCount()).toBe(before);
      const [kept] = (await app.dataSource.query(`SELECT count(*) AS n FROM resource_versions WHERE checksum = $1`, [
        sha256(content),
      ])) as Array<{ n: string }>;
      expect(kept!.n).toBe('0');
    });

    it('serves images inline when asked, and other files only as downloads', async () => {
      const image = await upload(app, cast.practitioner.token, resourceFields({ type: 'campaign-material' }), {
        name: 'poster.png',
        content: tinyPng(),
        type: 'image/png',
      });
      expect(image.status).toBe(201);
      expect(image.body.file.mediaType).toBe('image/png');
      const shown = await download(
        app,
        `/api/resources/${image.body.id}/download?inline=true`,
        cast.practitioner.token,
      );
      expect(shown.headers.get('content-disposition')).toBe('inline; filename=poster.png');
      const audio = await upload(app, cast.practitioner.token, resourceFields({ type: 'other' }), {
        name: 'silence.wav',
        content: tinyWav(),
      });
      expect(audio.status).toBe(201);
      expect(audio.body.file.mediaType).toMatch(/^audio\//);
      const saved = await download(
        app,
        `/api/resources/${audio.body.id}/download?inline=true`,
        cast.practitioner.token,
      );
      expect(saved.headers.get('content-disposition')).toBe('attachment; filename=silence.wav');
    });
  });
});
