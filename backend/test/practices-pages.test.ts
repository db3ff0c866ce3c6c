import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, type TestApp } from './support/app';
import { checkedFetch } from './support/contract';
import { buildUser, type BuiltUser } from './support/factories';
import { buildPractice } from './support/builders';

const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Prevention Network</title>
    <script type="module" src="/assets/index.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>
`;

describe('shareable practice pages', () => {
  let app: TestApp;
  let dist: string;
  let author: BuiltUser;
  let coordinator: BuiltUser;
  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'pn-dist-'));
    await writeFile(join(dist, 'index.html'), INDEX);
    app = await createTestApp({ FRONTEND_DIST: dist, PUBLIC_URL: 'https://network.example.org' });
    author = await buildUser(app);
    coordinator = await buildUser(app, { role: 'coordinator' });
  });
  afterAll(async () => {
    await app.close();
    await rm(dist, { recursive: true, force: true });
  });

  /**
   * A page is the frontend's HTML, which the OpenAPI document does not describe: the tests here check what it
   * shows. `checkedFetch` checks an `/api` answer against the document.
   */
  const page = async (path: string) => {
    const response = await checkedFetch(app.url + path);
    return { status: response.status, type: response.headers.get('content-type'), html: await response.text() };
  };

  it('gives a published practice its title, description and Open Graph tags, escaped, under both addresses', async () => {
    const practice = await buildPractice(app, {
      author,
      reviewer: coordinator,
      status: 'inspiring',
      title: 'Talk & listen: <parents> groups',
      summary: 'Groups for "worried" parents.',
    });
    expect(practice.slug).toBe('talk-listen-parents-groups');
    const url = `https://network.example.org/practices/${practice.id}/talk-listen-parents-groups`;
    for (const path of [
      `/practices/${practice.id}`,
      `/practices/${practice.id}/${practice.slug}`,
      `/practices/${practice.id}/old-slug?ref=mail`,
    ]) {
      const { status, type, html } = await page(path);
      expect([path, status]).toEqual([path, 200]);
      expect(type).toMatch(/^text\/html/);
      expect(html).toContain('<title>Talk &amp; listen: &lt;parents&gt; groups · Prevention Network</title>');
      expect(html).toContain('<meta name="description" content="Groups for &quot;worried&quot; parents.">');
      expect(html).toContain(
        '<meta property="og:title" content="Talk &amp; listen: &lt;parents&gt; groups · Prevention Network">',
      );
      expect(html).toContain('<meta property="og:description" content="Groups for &quot;worried&quot; parents.">');
      expect(html).toContain('<meta property="og:type" content="article">');
      expect(html).toContain(`<meta property="og:url" content="${url}">`);
      expect(html).toContain('<script type="module" src="/assets/index.js"></script>');
      expect(html).not.toContain('<parents>');
    }
  });

  it("keeps a title with dollar signs whole: the app's script and its data once, and the head built once", async () => {
    const practice = await buildPractice(app, {
      author,
      reviewer: coordinator,
      status: 'inspiring',
      title: 'x $` $& y',
    });
    const { html } = await page(`/practices/${practice.id}`);
    expect(html.match(/<script type="module"/g)).toHaveLength(1);
    expect(html.match(/<script type="application\/ld\+json">/g)).toHaveLength(1);
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html.match(/<meta /g)).toHaveLength(6);
    expect(html).toContain('<title>x $` $&amp; y · Prevention Network</title>');
  });

  it('never names a draft, and serves every other page the plain index.html', async () => {
    const draft = await buildPractice(app, { author, title: 'A confidential working title' });
    for (const path of [
      `/practices/${draft.id}`,
      `/practices/${draft.id}/a-confidential-working-title`,
      '/practices',
      '/groups/educators',
      '/practices/not-an-id',
    ]) {
      const { status, html } = await page(path);
      expect([path, status]).toEqual([path, 200]);
      expect(html).toBe(INDEX);
      expect(html).not.toContain('confidential');
    }
    const api = await checkedFetch(`${app.url}/api/practices/${draft.id}`);
    expect(api.status).toBe(404);
  });
});
