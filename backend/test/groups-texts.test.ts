import { createTestApp, type TestApp } from './support/app';
import { addMember, buildCast, buildGroup, buildUser, unchangedBy, type Cast } from './support/factories';

const DANISH = { name: 'Sundhedsfagligt personale', description: 'Læger, sygeplejersker og psykologer.' };
const SWEDISH = { name: 'Hälso- och sjukvårdspersonal', description: 'Läkare, sjuksköterskor och psykologer.' };

/** A group's name and description per language: shown in the reader's, kept by its coordinators. */
describe('groups: texts per language', () => {
  let app: TestApp;
  let cast: Cast;
  beforeAll(async () => {
    app = await createTestApp();
    cast = await buildCast(app);
  });
  afterAll(() => app.close());

  const englishGroup = () =>
    buildGroup(app, { name: 'Health professionals', description: 'Doctors, nurses and psychologists.' });

  it("answers in the request's language, then the reader's own, else the original", async () => {
    const group = await buildGroup(app, {
      name: 'Health professionals',
      description: 'Doctors, nurses and psychologists.',
      texts: { da: DANISH },
    });
    const path = `/api/groups/${group.slug}`;
    const danish = await app.request('GET', path, { headers: { 'accept-language': 'da-DK,da;q=0.9,en;q=0.8' } });
    expect(danish.body).toMatchObject({ ...DANISH, language: 'da', originalLanguage: 'en' });
    expect(danish.body.texts).toEqual([
      { language: 'en', name: 'Health professionals', description: 'Doctors, nurses and psychologists.' },
      { language: 'da', ...DANISH },
    ]);
    const swedish = await app.request('GET', path, { headers: { 'accept-language': 'sv' } });
    expect(swedish.body).toMatchObject({ name: 'Health professionals', language: 'en' });
    const dane = await buildUser(app, { locale: 'da' });
    expect((await app.request('GET', path, { token: dane.token })).body.name).toBe(DANISH.name);
    const listed = await app.request('GET', '/api/groups?limit=100', { headers: { 'accept-language': 'da' } });
    const entry = listed.body.items.find((g: { id: string }) => g.id === group.id);
    expect(entry).toMatchObject({ name: DANISH.name, language: 'da' });
    expect(entry).not.toHaveProperty('texts');
  });

  it('lets the group coordinators set and remove translations, audited; members may not', async () => {
    const group = await englishGroup();
    const [coordinator, member] = await Promise.all([buildUser(app), buildUser(app)]);
    await addMember(app, group, coordinator, { role: 'coordinator' });
    await addMember(app, group, member);
    const path = `/api/groups/${group.slug}`;
    const body = { texts: { da: DANISH, sv: SWEDISH } };
    await unchangedBy(app, async () => {
      expect((await app.request('PATCH', path, { body })).status).toBe(401);
      for (const token of [cast.pending.token, member.token, cast.practitioner.token]) {
        expect((await app.request('PATCH', path, { token, body })).status).toBe(403);
      }
    });
    const set = await app.request('PATCH', path, {
      token: coordinator.token,
      body,
      headers: { 'accept-language': 'sv' },
    });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ ...SWEDISH, language: 'sv' });
    expect(set.body.texts.map((text: { language: string }) => text.language)).toEqual(['en', 'da', 'sv']);

    const removed = await app.request('PATCH', path, { token: coordinator.token, body: { texts: { sv: null } } });
    expect(removed.body.texts.map((text: { language: string }) => text.language)).toEqual(['en', 'da']);
    const audit = await app.request('GET', `/api/admin/audit?action=group.update&targetId=${group.id}`, {
      token: cast.admin.token,
    });
    expect(audit.body.items.map((entry: { details: unknown }) => entry.details)).toEqual([
      expect.objectContaining({ before: { 'texts.sv': SWEDISH }, after: { 'texts.sv': null } }),
      expect.objectContaining({
        before: { 'texts.da': null, 'texts.sv': null },
        after: { 'texts.da': DANISH, 'texts.sv': SWEDISH },
      }),
    ]);
  });

  it('refuses bad texts with the field named, changing nothing', async () => {
    const group = await englishGroup();
    const path = `/api/groups/${group.slug}`;
    await unchangedBy(app, async () => {
      const bad: Array<[unknown, string]> = [
        [{ texts: { de: DANISH } }, 'texts'],
        [{ texts: { da: { name: '', description: 'x' } } }, 'texts.da.name'],
        [{ texts: { da: { name: 'x' } } }, 'texts.da.description'],
        [{ texts: { da: { ...DANISH, description: 'x'.repeat(4001) } } }, 'texts.da.description'],
        [{ texts: { da: { ...DANISH, extra: 1 } } }, 'texts.da'],
        [{ texts: { en: DANISH } }, 'texts.en'],
        [{ texts: 'da' }, 'texts'],
      ];
      for (const [body, field] of bad) {
        const response = await app.request('PATCH', path, { token: cast.coordinator.token, body });
        expect({ body, status: response.status }).toEqual({ body, status: 400 });
        expect(JSON.stringify(response.body.message)).toContain(field);
      }
    });
  });

  it('creates a group written in another language', async () => {
    const slug = `dansk-gruppe-${Math.random().toString(36).slice(2, 8)}`;
    const created = await app.request('POST', '/api/groups', {
      token: cast.coordinator.token,
      body: { slug, ...DANISH, kind: 'profession', language: 'da' },
      headers: { 'accept-language': 'en' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...DANISH, language: 'da', originalLanguage: 'da' });
    const bad = await app.request('POST', '/api/groups', {
      token: cast.coordinator.token,
      body: { slug: `${slug}-2`, ...DANISH, kind: 'profession', language: 'de' },
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.message)).toContain('language');
  });
});
