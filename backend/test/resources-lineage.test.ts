import { rm } from 'node:fs/promises';
import type { Resource, ResourceFamilyNode } from '@pn/shared';
import { createTestApp, type TestApp } from './support/app';
import {
  addMember,
  buildCast,
  buildGroup,
  buildUser,
  unchangedBy,
  type BuiltUser,
  type Cast,
} from './support/factories';
import { resourceFields, sha256, sharePdf, tempUploadDir, tinyPdf, upload } from './support/resources';

type Shape = { [title: string]: Shape[] };
const shape = (node: ResourceFamilyNode): Shape => ({
  [`${node.title}${node.removed ? ' (removed)' : ''}`]: node.children.map(shape),
});

describe('resource lineage', () => {
  let app: TestApp;
  let cast: Cast;
  let uploadDir: string;
  let groupMember: BuiltUser;
  let outsider: BuiltUser;
  let original: Resource;
  let adaptation: Resource;
  let translation: Resource;
  beforeAll(async () => {
    uploadDir = await tempUploadDir();
    app = await createTestApp({ UPLOAD_DIR: uploadDir });
    cast = await buildCast(app);
    const group = await buildGroup(app);
    [groupMember, outsider] = await Promise.all([buildUser(app), buildUser(app)]);
    await addMember(app, group, groupMember);

    original = await sharePdf(app, cast.practitioner.token, { title: 'Original', scope: 'public' });
    // The middle of the family is shared in a group: hidden from everyone outside it.
    const adapted = await upload(
      app,
      groupMember.token,
      resourceFields({
        title: 'Adaptation',
        scope: 'group',
        groupSlug: group.slug,
        note: 'Adapted for Danish schools',
      }),
      { name: 'adapted.pdf', content: tinyPdf('adapted') },
      `/api/resources/${original.id}/adaptations`,
    );
    expect(adapted.status).toBe(201);
    adaptation = adapted.body;
    const translated = await app.request('POST', `/api/resources/${adaptation.id}/adaptations`, {
      token: groupMember.token,
      body: {
        ...jsonFields(),
        title: 'Translation',
        language: 'da',
        note: 'Translated into Danish',
        url: 'https://example.org/da',
      },
    });
    expect(translated.status).toBe(201);
    translation = translated.body;
  });
  afterAll(async () => {
    await app.close();
    await rm(uploadDir, { recursive: true, force: true });
  });

  it('links an adaptation to its source, with what changed, and counts adaptations', async () => {
    expect(adaptation).toMatchObject({
      adaptedFrom: { id: original.id, title: 'Original', removed: false, note: 'Adapted for Danish schools' },
      note: 'Adapted for Danish schools',
      file: { name: 'adapted.pdf', checksum: sha256(tinyPdf('adapted')) },
    });
    const source = await app.request('GET', `/api/resources/${original.id}`, { token: groupMember.token });
    expect(source.body.adaptationCount).toBe(1);
    const forMember = await app.request('GET', `/api/resources/${translation.id}`, { token: groupMember.token });
    expect(forMember.body.adaptedFrom).toMatchObject({ id: adaptation.id, note: 'Translated into Danish' });
    // The source is hidden from someone outside its group: the link is not shown, the resource is.
    const forOutsider = await app.request('GET', `/api/resources/${translation.id}`, { token: outsider.token });
    expect(forOutsider.status).toBe(200);
    expect(forOutsider.body.adaptedFrom).toBeNull();
  });

  it('shows the whole family both ways, pruning what the caller may not see', async () => {
    const whole = { Original: [{ Adaptation: [{ Translation: [] }] }] };
    for (const id of [original.id, adaptation.id, translation.id]) {
      const family = await app.request('GET', `/api/resources/${id}/adaptations`, { token: groupMember.token });
      expect(family.status).toBe(200);
      expect(family.body.resourceId).toBe(id);
      expect(shape(family.body.root)).toEqual(whole);
    }
    const pruned = await app.request('GET', `/api/resources/${translation.id}/adaptations`, { token: outsider.token });
    expect(shape(pruned.body.root)).toEqual({ Original: [{ Translation: [] }] });
    const fromTop = await app.request('GET', `/api/resources/${original.id}/adaptations`, { token: outsider.token });
    expect(shape(fromTop.body.root)).toEqual({ Original: [{ Translation: [] }] });
    expect(pruned.body.root).toMatchObject({ id: original.id, author: { id: cast.practitioner.user.id }, note: null });
    // A visitor sees only the public original.
    const visitor = await app.request('GET', `/api/resources/${original.id}/adaptations`);
    expect(shape(visitor.body.root)).toEqual({ Original: [] });
  });

  it('counts only the adaptations the caller sees in the family tree', async () => {
    const count = async (id: string, token?: string) =>
      (await app.request('GET', `/api/resources/${id}`, { token })).body.adaptationCount;
    // The group member sees Original > Adaptation > Translation.
    expect([await count(original.id, groupMember.token), await count(adaptation.id, groupMember.token)]).toEqual([
      1, 1,
    ]);
    // Outside the group, the Translation hangs from the Original: the hidden Adaptation is not counted.
    expect(await count(original.id, outsider.token)).toBe(1);
    // A visitor sees neither adaptation (the Translation is for members).
    expect(await count(original.id)).toBe(0);
    const listed = await app.request('GET', '/api/resources?q=Original');
    expect(listed.body.items.map((r: Resource) => [r.title, r.adaptationCount])).toEqual([['Original', 0]]);
  });

  it('sorts by the most adapted', async () => {
    const listed = await app.request('GET', '/api/resources?sort=most-adapted&limit=2', { token: groupMember.token });
    expect(listed.body.items.map((r: Resource) => [r.title, r.adaptationCount])).toEqual([
      ['Adaptation', 1],
      ['Original', 1],
    ]);
    const next = await app.request('GET', `/api/resources?sort=most-adapted&limit=2&cursor=${listed.body.nextCursor}`, {
      token: groupMember.token,
    });
    expect(next.body.items.map((r: Resource) => r.title)).toEqual(['Translation']);
  });

  it('refuses adaptations: 401, 403, 400 without a note, 404 for an unknown source', async () => {
    const path = `/api/resources/${original.id}/adaptations`;
    const body = { ...jsonFields(), url: 'https://example.org/new', note: 'Shorter' };
    expect((await unchangedBy(app, () => app.request('POST', path, { body }))).status).toBe(401);
    expect((await unchangedBy(app, () => app.request('POST', path, { token: cast.pending.token, body }))).status).toBe(
      403,
    );
    const noNote = await unchangedBy(app, () =>
      app.request('POST', path, { token: cast.researcher.token, body: { ...body, note: undefined } }),
    );
    expect(noNote.status).toBe(400);
    expect(noNote.body.message[0]).toMatch(/^note: /);
    const unknown = `/api/resources/00000000-0000-4000-8000-000000000000/adaptations`;
    expect(
      (await unchangedBy(app, () => app.request('POST', unknown, { token: cast.researcher.token, body }))).status,
    ).toBe(404);
  });

  it('keeps adaptations and their lineage readable after the source is removed', async () => {
    const source = await sharePdf(app, cast.researcher.token, { title: 'Source', scope: 'members' });
    const child = await app.request('POST', `/api/resources/${source.id}/adaptations`, {
      token: cast.practitioner.token,
      body: { ...jsonFields(), title: 'Child', note: 'Shortened', url: 'https://example.org/child' },
    });
    expect(child.status).toBe(201);
    expect((await app.request('DELETE', `/api/resources/${source.id}`, { token: cast.researcher.token })).status).toBe(
      204,
    );
    expect((await app.request('GET', `/api/resources/${source.id}`, { token: cast.practitioner.token })).status).toBe(
      404,
    );
    expect(
      (await app.request('GET', `/api/resources/${source.id}/adaptations`, { token: cast.practitioner.token })).status,
    ).toBe(404);
    const kept = await app.request('GET', `/api/resources/${child.body.id}`, { token: cast.practitioner.token });
    expect(kept.status).toBe(200);
    expect(kept.body.adaptedFrom).toMatchObject({ id: source.id, title: 'Source', removed: true, note: 'Shortened' });
    const family = await app.request('GET', `/api/resources/${child.body.id}/adaptations`, {
      token: cast.practitioner.token,
    });
    expect(shape(family.body.root)).toEqual({ 'Source (removed)': [{ Child: [] }] });
    // A removed source cannot be adapted again.
    const again = await unchangedBy(app, () =>
      app.request('POST', `/api/resources/${source.id}/adaptations`, {
        token: cast.practitioner.token,
        body: { ...jsonFields(), note: 'Again', url: 'https://example.org/again' },
      }),
    );
    expect(again.status).toBe(404);
  });
});

function jsonFields() {
  return {
    title: 'Adapted',
    summary: 'What it is.',
    type: 'guideline',
    language: 'en',
    country: 'GB',
    audience: 'parents-and-caregivers',
    licence: 'cc-by-sa',
    scope: 'members',
  };
}
