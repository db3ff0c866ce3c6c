import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiResponse, TestApp } from './app';
import { checkedFetch } from './contract';

/** A folder of its own for a test file's uploads. */
export const tempUploadDir = () => mkdtemp(join(tmpdir(), 'pn-uploads-'));

/** What is left in the storage's folder of unfinished uploads (nothing, after any request). */
export async function leftoverUploads(uploadDir: string): Promise<string[]> {
  return readdir(join(uploadDir, 'tmp')).catch(() => []);
}

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * A small valid PDF (one page with a line of text, a correct cross-reference table): `text` makes each one
 * different, so that tests do not meet each other's files as duplicates.
 */
export function tinyPdf(text = randomBytes(8).toString('hex')): Buffer {
  const stream = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A 1×1 PNG. */
export const tinyPng = () =>
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  );

/** A silent WAV file with no samples: audio, which is never shown inline. */
export function tinyWav(): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(16000, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(0, 40);
  return header;
}

/** The start of a Linux executable, padded with random bytes. */
export const elfExecutable = () =>
  Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), randomBytes(1024)]);

export interface FilePart {
  name: string;
  content: Buffer;
  /** What the browser claims; the server never believes it. */
  type?: string;
}

/** A multipart/form-data body: text fields (a list repeats the field), then the `file` part. */
export function multipart(
  fields: Record<string, string | string[]>,
  file?: FilePart,
): { body: Buffer; contentType: string } {
  const boundary = `----pn-test-${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${item}\r\n`));
    }
  }
  if (file) {
    // A name with control characters travels percent-encoded in RFC 5987's `filename*`, which decodes to them.
    // eslint-disable-next-line no-control-regex
    const filename = /[\u0000-\u001f"]/.test(file.name)
      ? `filename*=UTF-8''${encodeURIComponent(file.name)}`
      : `filename="${file.name}"`;
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; ${filename}\r\n` +
          `Content-Type: ${file.type ?? 'application/pdf'}\r\n\r\n`,
      ),
      file.content,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** The fields of a valid resource, members-only unless told otherwise. */
export function resourceFields(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    title: 'Training for school staff',
    summary: 'Slides and a facilitator guide for a two-hour session.',
    type: 'training-material',
    language: 'en',
    country: 'GB',
    audience: 'professionals',
    licence: 'cc-by',
    scope: 'members',
    ...overrides,
  };
}

/** Shares a file through the API (multipart). */
export function upload(
  app: TestApp,
  token: string | undefined,
  fields: Record<string, string | string[]>,
  file?: FilePart,
  path = '/api/resources',
): Promise<ApiResponse> {
  const form = multipart(fields, file);
  return app.request('POST', path, { token, rawBody: form.body, contentType: form.contentType });
}

/** Shares a PDF through the API and answers the new resource. */
export async function sharePdf(
  app: TestApp,
  token: string,
  overrides: Record<string, string | string[]> = {},
  content = tinyPdf(),
): Promise<any> {
  const response = await upload(app, token, resourceFields(overrides), { name: 'guide.pdf', content });
  if (response.status !== 201) throw new Error(`sharing failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Shares a link through the API (JSON) and answers the new resource. */
export async function shareLink(
  app: TestApp,
  token: string,
  overrides: Record<string, unknown> = {},
  path = '/api/resources',
): Promise<any> {
  const response = await app.request('POST', path, {
    token,
    body: { ...resourceFields(), url: `https://example.org/${randomBytes(4).toString('hex')}`, ...overrides },
  });
  if (response.status !== 201) throw new Error(`sharing failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/**
 * A download's bytes. Not through `TestApp.request`, which reads every answer as text: the file's status and
 * content type are checked against the document (a refusal's JSON body too), its bytes by the test.
 */
export async function download(
  app: TestApp,
  path: string,
  token?: string,
): Promise<{ status: number; bytes: Buffer; headers: Headers }> {
  const response = await checkedFetch(app.url + path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()), headers: response.headers };
}

/**
 * Waits for the text extraction of a resource's version (the current one unless named) to end, as it runs
 * after the upload is answered; answers how it ended. Bounded, so that a stuck extraction fails the test.
 */
export async function extractionEnded(app: TestApp, resourceId: string, version?: number): Promise<string | null> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const [row] = (await app.dataSource.query(
      `SELECT v.text_state FROM resource_versions v JOIN resources r ON r.id = v.resource_id
        WHERE v.resource_id = $1 AND v.version = coalesce($2, r.current_version)`,
      [resourceId, version ?? null],
    )) as Array<{ text_state: string | null }>;
    if (!row) throw new Error(`no version ${version ?? '(current)'} of resource ${resourceId}`);
    if (row.text_state !== 'pending' && row.text_state !== 'extracting') return row.text_state;
    if (Date.now() > deadline) throw new Error(`the text extraction of resource ${resourceId} did not end`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
