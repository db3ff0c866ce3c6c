import { textPdf } from '@pn/seeds';
import { createTestApp, type TestApp } from './support/app';
import { addMember, buildGroup, buildUser, type BuiltUser } from './support/factories';
import { extractionEnded, resourceFields, shareLink, sharePdf, upload } from './support/resources';
import { search } from './support/search';

let app: TestApp;
let author: BuiltUser;

beforeAll(async () => {
  app = await createTestApp();
  author = await buildUser(app);
});
afterAll(async () => {
  await app?.close();
});

describe('the text of PDF files', () => {
  it('is indexed with its resource, and follows a new version', async () => {
    const resource = await sharePdf(
      app,
      author.token,
      { title: 'Annual report', scope: 'public', language: 'da' },
      textPdf(['Indledning', 'Resultaterne af forebyggelsesprogrammerne i kommunerne']),
    );
    // Extracted after the upload was answered.
    expect(await extractionEnded(app, resource.id)).toBe('done');
    const found = await search(app, undefined, { q: 'forebyggelsesprogram' });
    expect(found.items.map((hit) => hit.id)).toEqual([resource.id]);
    expect(found.items[0]!.snippet).toMatch(/forebyggelsesprogrammerne/);

    const form = await upload(
      app,
      author.token,
      { note: 'Revised' },
      {
        name: 'report-v2.pdf',
        content: textPdf(['Evaluering af hjælpelinjen']),
      },
      `/api/resources/${resource.id}/versions`,
    );
    expect(form.status).toBe(201);
    expect(await extractionEnded(app, resource.id, 2)).toBe('done');
    expect((await search(app, undefined, { q: 'forebyggelsesprogram' })).total).toBe(0);
    expect((await search(app, undefined, { q: 'hjælpelinjen' })).items.map((hit) => hit.id)).toEqual([resource.id]);
  });

  it('that cannot be read still lets the file be stored', async () => {
    const broken = Buffer.from(
      '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nthis is not a valid PDF at all\n%%EOF\n',
      'latin1',
    );
    const response = await upload(app, author.token, resourceFields({ title: 'Broken scan', scope: 'public' }), {
      name: 'scan.pdf',
      content: broken,
    });
    expect(response.status).toBe(201);
    expect(await extractionEnded(app, response.body.id)).toBe('failed');
    expect((await search(app, undefined, { q: 'broken scan' })).items.map((hit) => hit.id)).toEqual([response.body.id]);
  });
});

describe('GET /api/search/suggest', () => {
  it('suggests titles by prefix and similarity, only those the caller may read', async () => {
    const group = await buildGroup(app);
    const member = await buildUser(app);
    await addMember(app, group, member);
    const open = await shareLink(app, member.token, { title: 'Kangaroo court guidance', scope: 'public' });
    const closed = await shareLink(app, member.token, {
      title: 'Kangaroo care for parents',
      scope: 'group',
      groupSlug: group.slug,
    });
    const suggest = async (q: string, token?: string) => {
      const response = await app.request('GET', `/api/search/suggest?q=${encodeURIComponent(q)}`, { token });
      expect(response.status).toBe(200);
      return response.body as Array<{ kind: string; title: string; target: { resourceId?: string } }>;
    };
    expect((await suggest('kanga')).map((s) => s.target.resourceId)).toEqual([open.id]);
    expect((await suggest('kanga', member.token)).map((s) => s.target.resourceId).sort()).toEqual(
      [open.id, closed.id].sort(),
    );
    expect((await suggest('Kängaroo court', member.token))[0]).toEqual({
      kind: 'resource',
      title: 'Kangaroo court guidance',
      target: { kind: 'resource', resourceId: open.id },
    });
    expect(await suggest('k')).toEqual([]);
    expect((await app.request('GET', '/api/search/suggest')).status).toBe(400);
    expect((await app.request('GET', `/api/search/suggest?q=${'x'.repeat(1000)}`)).status).toBe(400);
  });
});
