import { request as httpRequest } from 'node:http';
import type { Page } from 'playwright-core';
import { productInChromium } from '../src/chromium-session';

/** The code a visitor's first page must not fetch: the discussions, the admin pages, the library with its uploads. */
const HEAVY = /^(discussions|admin|resources)(-entry)?-[\w-]+\.js$/;
/** Where that code lives in the sources, as the source maps name it (their translations are shared by all). */
const HEAVY_SOURCES = /(^|\/)src\/features\/(discussions|admin|resources)\/(?!i18n\/)/;

interface Visit {
  scripts: string[];
  consoleErrors: string[];
  failed: string[];
  api: string[];
}

/** Opens `path` as a visitor and records every script, console error, failed request and API call. */
async function visit(page: Page, url: string, ready: string): Promise<Visit> {
  const seen: Visit = { scripts: [], consoleErrors: [], failed: [], api: [] };
  page.on('request', (request) => {
    if (request.resourceType() === 'script') seen.scripts.push(new URL(request.url()).pathname);
    if (new URL(request.url()).pathname.startsWith('/api/')) seen.api.push(new URL(request.url()).pathname);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') seen.consoleErrors.push(message.text());
  });
  page.on('requestfailed', (request) => seen.failed.push(`${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) seen.failed.push(`${response.url()} ${response.status()}`);
  });
  await page.goto(url);
  await page.getByRole('heading', { name: ready, level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  return seen;
}

const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

interface RawAnswer {
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET with exactly this Accept-Encoding, the body as it came. */
function rawGet(url: string, acceptEncoding?: string): Promise<RawAnswer> {
  return new Promise((done, fail) => {
    const headers: Record<string, string> = acceptEncoding ? { 'accept-encoding': acceptEncoding } : {};
    httpRequest(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done({ headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', fail)
      .end();
  });
}

describe('what a visitor downloads, in Chromium', () => {
  const session = productInChromium();

  it.each([
    ['/', 'home', 'Working together to prevent child sexual abuse'],
    ['/practices', 'practices', 'Best practices'],
  ])(
    '%s fetches its own feature and no discussions, admin or upload code, with no error',
    async (path, feature, heading) => {
      const page = await session.newPage();
      const seen = await visit(page, `${session.product.url}${path}`, heading);
      const names = seen.scripts.map(fileName);
      expect(names).toContainEqual(expect.stringMatching(new RegExp(`^${feature}-[\\w-]+\\.js$`)));
      expect(names.filter((name) => HEAVY.test(name))).toEqual([]);
      // Not by name only: no module of that code is in any script the page fetched.
      for (const script of seen.scripts) {
        const answer = await fetch(`${session.product.url}${script}.map`);
        if (answer.status === 404) {
          // Only the bundler's few lines of glue (its module runtime, the entry's imports) come without a map.
          expect((await (await fetch(`${session.product.url}${script}`)).text()).length).toBeLessThan(1024);
          continue;
        }
        const map = (await answer.json()) as { sources: string[] };
        expect(map.sources.length).toBeGreaterThan(0);
        expect(map.sources.filter((source) => HEAVY_SOURCES.test(source))).toEqual([]);
      }
      // Who is signed in is asked without an error for a visitor: no 401, nothing in the console.
      expect(seen.api).toContain('/api/auth/session');
      expect(seen.api).not.toContain('/api/auth/me');
      expect(seen.failed).toEqual([]);
      expect(seen.consoleErrors).toEqual([]);
    },
  );

  it('names the chunks of that code so that the check above finds them where they are used', async () => {
    const page = await session.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(fileName(new URL(request.url()).pathname));
    });
    await page.goto(`${session.product.url}/resources`);
    await page.getByRole('heading', { name: 'Resource library', level: 1 }).waitFor();
    const library = scripts.find((name) => /^resources-[\w-]+\.js$/.test(name));
    expect(library).toBeDefined();
    // The source maps name that code as the check above looks for it.
    const map = (await (await fetch(`${session.product.url}/assets/${library}.map`)).json()) as { sources: string[] };
    expect(map.sources.filter((source) => HEAVY_SOURCES.test(source)).length).toBeGreaterThan(0);
    // The admin pages' code loads before the guard sends a visitor to sign in.
    await page.goto(`${session.product.url}/admin/users`);
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    expect(scripts).toContainEqual(expect.stringMatching(/^admin-[\w-]+\.js$/));
  });

  it('serves the built scripts as brotli, gzip or as they are, cached for a year; the page revalidated', async () => {
    const html = await (await fetch(session.product.url)).text();
    // The libraries every page loads, named in the page for preloading.
    const libs = /<link rel="modulepreload" crossorigin href="(\/assets\/libs-[\w-]+\.js)"/.exec(html)?.[1];
    expect(libs).toBeDefined();
    const url = `${session.product.url}${libs}`;
    const plain = await rawGet(url);
    const brotli = await rawGet(url, 'gzip, deflate, br, zstd');
    const gzip = await rawGet(url, 'gzip, deflate');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(brotli.body.length).toBeLessThan(gzip.body.length);
    expect(gzip.body.length).toBeLessThan(plain.body.length / 2);
    for (const answer of [plain, brotli, gzip]) {
      expect(answer.headers['content-type']).toMatch(/javascript/);
      expect(String(answer.headers.vary).toLowerCase()).toContain('accept-encoding');
      expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    // A practice's page carries its own title and Open Graph tags: revalidated like the others.
    const practices = (await (await fetch(`${session.product.url}/api/practices`)).json()) as {
      items: Array<{ id: string; title: string }>;
    };
    const practice = practices.items[0]!;
    const shared = await rawGet(`${session.product.url}/practices/${practice.id}`, 'br');
    expect(shared.body.toString()).toContain('og:title');
    for (const path of ['/', '/practices', `/practices/${practice.id}`]) {
      expect((await rawGet(`${session.product.url}${path}`, 'br')).headers['cache-control']).toBe('no-cache');
    }
  });

  it("says so, with a reload, when a page's code is gone after a release", async () => {
    const page = await session.newPage();
    await page.goto(session.product.url);
    await page.getByRole('heading', { name: 'Working together to prevent child sexual abuse', level: 1 }).waitFor();
    // The practices' chunk this page knows of was replaced by a new release: the server no longer has it.
    await page.route(/\/assets\/practices-[\w-]+\.js$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.getByRole('link', { name: 'Best practices', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: 'This page could not be loaded', level: 1 }).waitFor();
    // The shell is still there around it.
    await page.getByRole('link', { name: 'Best practices', exact: true }).waitFor();
    await page.unroute(/\/assets\/practices-[\w-]+\.js$/);
    await alert.getByRole('button', { name: 'Reload the page' }).click();
    await page.getByRole('heading', { name: 'Best practices', level: 1 }).waitFor();
  });
});
