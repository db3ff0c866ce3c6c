import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../src/config/env.schema';
import { createTestApp, type TestApp } from './support/app';
import { checkedFetch } from './support/contract';
import { buildUser } from './support/factories';
import { sharePdf } from './support/resources';

const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <title>Prevention Network</title>
    <script type="module" crossorigin src="/assets/index.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>
`;

/** The directives of a Content-Security-Policy header, by name. */
function directives(header: string | null): Record<string, string[]> {
  return Object.fromEntries(
    (header ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('security headers', () => {
  let dist: string;
  let app: TestApp;
  let secure: TestApp;
  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'pn-dist-'));
    await mkdir(join(dist, 'assets'));
    await writeFile(join(dist, 'index.html'), INDEX);
    await writeFile(join(dist, 'assets', 'index.js'), 'console.log("app");');
    [app, secure] = await Promise.all([
      createTestApp({ FRONTEND_DIST: dist }),
      createTestApp({ FRONTEND_DIST: dist, PUBLIC_URL: 'https://network.example.org' }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([app.close(), secure.close()]);
    await rm(dist, { recursive: true, force: true });
  });

  /** Pages and assets are the frontend's; an `/api` answer is checked against the OpenAPI document. */
  const get = (target: TestApp, path: string) => checkedFetch(target.url + path);

  it.each([
    '/',
    '/groups/educators',
    '/assets/index.js',
    '/api',
    '/api/health',
    '/api/practices',
    '/api/no-such-thing',
  ])('%s carries a strict policy, same-origin framing, no referrer and nosniff', async (path) => {
    const response = await get(app, path);
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['script-src-attr']).toEqual(["'none'"]);
    expect(csp['style-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'self'"]);
    expect(csp['base-uri']).toEqual(["'none'"]);
    expect(csp['frame-ancestors']).toEqual(["'self'"]);
    expect(csp['connect-src']).toContain("'self'");
    expect(csp['upgrade-insecure-requests']).toBeUndefined();
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('adds HSTS, and upgrades requests, only when the public address is https', async () => {
    for (const path of ['/', '/api/health']) {
      const response = await get(secure, path);
      expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000');
      const csp = directives(response.headers.get('content-security-policy'));
      expect(csp['upgrade-insecure-requests']).toEqual([]);
      expect(csp['connect-src']).toEqual(["'self'", 'wss://network.example.org']);
    }
  });

  it('lets the Swagger UI page have its inline styles, and only that page', async () => {
    const page = await get(app, '/api/docs');
    expect(page.status).toBe(200);
    const html = await page.text();
    const csp = directives(page.headers.get('content-security-policy'));
    expect(csp['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['frame-ancestors']).toEqual(["'self'"]);
    // Its scripts are files of its own, which script-src 'self' allows.
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/src=/);
      expect(body!.trim()).toBe('');
    }
    const init = await get(app, '/api/docs/swagger-ui-init.js');
    expect(init.status).toBe(200);
    expect(directives(init.headers.get('content-security-policy'))['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    for (const path of ['/api/docs-json', '/api/documents', '/docs']) {
      const other = await get(app, path);
      expect([path, directives(other.headers.get('content-security-policy'))['style-src']]).toEqual([path, ["'self'"]]);
    }
  });

  it('keeps the stricter sandbox policy of downloads', async () => {
    const member = await buildUser(app);
    const resource = await sharePdf(app, member.token);
    const response = await checkedFetch(`${app.url}/api/resources/${resource.id}/download?inline=true`, {
      headers: { authorization: `Bearer ${member.token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe('sandbox');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it("is satisfied by the frontend's page: no inline script, no inline handler", async () => {
    const html = await readFile(join(REPO_ROOT, 'frontend', 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]![1]).toMatch(/src="/);
    expect(scripts[0]![2]!.trim()).toBe('');
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/<style/i);
  });
});
