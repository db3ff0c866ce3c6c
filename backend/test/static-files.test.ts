import { request as httpRequest } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { createTestApp, type TestApp } from './support/app';

const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <title>Prevention Network</title>
    <script type="module" crossorigin src="/assets/index-Ab12Cd34.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>
`;
const SCRIPT = `export const answer = ${JSON.stringify('a module of the app '.repeat(200))};\n`;
const YEAR = 'public, max-age=31536000, immutable';

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET that sends exactly the Accept-Encoding given and keeps the body as it came (fetch would decode it). */
function rawGet(url: string, acceptEncoding?: string): Promise<RawAnswer> {
  return new Promise((done, fail) => {
    const headers: Record<string, string> = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding };
    const request = httpRequest(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        done({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    request.on('error', fail);
    request.end();
  });
}

const varies = (answer: RawAnswer) =>
  String(answer.headers.vary ?? '')
    .toLowerCase()
    .split(/\s*,\s*/);

/** The built frontend as the build writes it: hashed files under assets/, each with its .br and .gz copies. */
describe('the built frontend', () => {
  let dist: string;
  let app: TestApp;
  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'pn-dist-'));
    await mkdir(join(dist, 'assets'));
    const files: Record<string, string> = { 'index.html': INDEX, 'assets/index-Ab12Cd34.js': SCRIPT };
    for (const [path, text] of Object.entries(files)) {
      await writeFile(join(dist, path), text);
      await writeFile(join(dist, `${path}.br`), brotliCompressSync(text));
      await writeFile(join(dist, `${path}.gz`), gzipSync(text));
    }
    app = await createTestApp({ FRONTEND_DIST: dist });
  });
  afterAll(async () => {
    await app.close();
    await rm(dist, { recursive: true, force: true });
  });

  const asset = () => `${app.url}/assets/index-Ab12Cd34.js`;

  it('sends the brotli copy of an asset to a browser that accepts brotli', async () => {
    const answer = await rawGet(asset(), 'gzip, deflate, br, zstd');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(varies(answer)).toContain('accept-encoding');
    expect(answer.body.length).toBeLessThan(SCRIPT.length / 4);
    expect(brotliDecompressSync(answer.body).toString()).toBe(SCRIPT);
  });

  it('sends the gzip copy to a client that accepts only gzip', async () => {
    const answer = await rawGet(asset(), 'gzip');
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.headers['content-type']).toMatch(/javascript/);
    expect(varies(answer)).toContain('accept-encoding');
    expect(gunzipSync(answer.body).toString()).toBe(SCRIPT);
  });

  it.each([undefined, 'identity'])('sends the file itself when the client accepts %s', async (accepted) => {
    const answer = await rawGet(asset(), accepted);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.headers['content-type']).toMatch(/javascript/);
    // The choice depended on the header even when nothing was compressed: a shared cache must know it.
    expect(varies(answer)).toContain('accept-encoding');
    expect(answer.body.toString()).toBe(SCRIPT);
  });

  it('lets browsers keep a hashed asset for a year without asking again, whatever its encoding', async () => {
    for (const accepted of ['br', 'gzip', 'identity']) {
      expect((await rawGet(asset(), accepted)).headers['cache-control']).toBe(YEAR);
    }
  });

  it.each(['/', '/index.html', '/practices', '/groups/educators'])(
    '%s (index.html) is revalidated on every use, compressed when accepted',
    async (path) => {
      const answer = await rawGet(`${app.url}${path}`, 'br');
      expect(answer.status).toBe(200);
      expect(answer.headers['cache-control']).toBe('no-cache');
      expect(answer.headers['content-type']).toMatch(/^text\/html/);
      expect(answer.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(answer.body).toString()).toContain('<div id="root">');
      // The security headers are kept on pages served from the precompressed copy.
      expect(answer.headers['content-security-policy']).toContain("script-src 'self'");
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
    },
  );

  it('keeps the security headers on a compressed asset', async () => {
    const answer = await rawGet(asset(), 'br');
    expect(answer.headers['content-security-policy']).toContain("default-src 'self'");
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers 404 for an asset that does not exist (a chunk of an older release), not the page', async () => {
    const answer = await rawGet(`${app.url}/assets/practices-Old00000.js`, 'br');
    expect(answer.status).toBe(404);
    expect(answer.headers['content-type']).not.toMatch(/text\/html/);
  });
});
