import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, type TestApp } from './support/app';
import { checkedFetch } from './support/contract';
import { buildEvaluation, buildPractice, buildUser } from './support/builders';

const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Prevention Network</title>
  </head>
  <body><div id="root"></div></body>
</html>
`;

/** The schema.org types a JSON-LD reader must know, with the properties they need here. */
const REQUIRED: Record<string, string[]> = {
  CreativeWork: ['name', 'url', 'description', 'author', 'publisher', 'dateModified', 'inLanguage'],
  Organization: ['name'],
  Audience: ['audienceType'],
  ScholarlyArticle: ['name'],
  PropertyValue: ['propertyID', 'value'],
  Country: ['identifier'],
};

/** Every node with a @type is of a known type and has what that type needs here; returns the types seen. */
function checkNodes(node: unknown, seen: Set<string>): void {
  if (Array.isArray(node)) return node.forEach((item) => checkNodes(item, seen));
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if (typeof record['@type'] === 'string') {
    const type = record['@type'];
    expect(Object.keys(REQUIRED)).toContain(type);
    for (const property of REQUIRED[type]!) expect([type, property, record[property]]).not.toContainEqual(undefined);
    seen.add(type);
  }
  for (const value of Object.values(record)) checkNodes(value, seen);
}

describe('schema.org data of practice pages', () => {
  let app: TestApp;
  let dist: string;
  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'pn-dist-'));
    await writeFile(join(dist, 'index.html'), INDEX);
    app = await createTestApp({ FRONTEND_DIST: dist, PUBLIC_URL: 'https://network.example.org' });
  });
  afterAll(async () => {
    await app.close();
    await rm(dist, { recursive: true, force: true });
  });

  const jsonLdOf = async (path: string) => {
    const html = await (await checkedFetch(app.url + path)).text();
    const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    return scripts.map((match) => JSON.parse(match[1]!) as Record<string, unknown>);
  };

  it('describes a published practice as a CreativeWork citing its verified studies by DOI', async () => {
    const coordinator = await buildUser(app, { role: 'coordinator' });
    const researcher = await buildUser(app, { role: 'researcher' });
    const practice = await buildPractice(app, {
      reviewer: coordinator,
      status: 'peer-reviewed',
      title: 'Circles </script><script>alert(1)</script>',
      organisation: 'Circles & Partners',
      targetGroups: ['people-who-have-offended'],
      countries: ['NL'],
    });
    await buildEvaluation(app, { practice, author: researcher, doi: '10.1177/0306624X13485362' });
    await buildEvaluation(app, {
      practice,
      author: researcher,
      citation: 'An unverified report.',
      verification: 'awaiting',
    });
    const [data, ...more] = await jsonLdOf(`/practices/${practice.id}`);
    expect(more).toEqual([]);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'CreativeWork',
      name: 'Circles </script><script>alert(1)</script>',
      url: `https://network.example.org/practices/${practice.id}/${practice.slug}`,
      author: { '@type': 'Organization', name: 'Circles & Partners' },
      license: 'https://creativecommons.org/licenses/by/4.0/',
      audience: [{ '@type': 'Audience', audienceType: 'people-who-have-offended' }],
    });
    expect(data!.citation).toEqual([
      expect.objectContaining({
        '@type': 'ScholarlyArticle',
        sameAs: 'https://doi.org/10.1177/0306624X13485362',
        identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: '10.1177/0306624X13485362' },
      }),
    ]);
    const seen = new Set<string>();
    checkNodes(data, seen);
    expect([...seen].sort()).toEqual([
      'Audience',
      'Country',
      'CreativeWork',
      'Organization',
      'PropertyValue',
      'ScholarlyArticle',
    ]);
  });

  it('gives a draft no data at all', async () => {
    const draft = await buildPractice(app, { status: 'draft' });
    expect(await jsonLdOf(`/practices/${draft.id}`)).toEqual([]);
  });
});
