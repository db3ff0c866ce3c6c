import { rm } from 'node:fs/promises';
import type { Resource } from '@pn/shared';
import { ResourceAccessService } from '../src/modules/resources/resource-access.service';
import { createTestApp, type TestApp } from './support/app';
import { addMember, buildCast, buildGroup, buildUser, type BuiltUser, type Cast } from './support/builders';
import { unchangedBy } from './support/factories';
import { download, sharePdf, shareLink, tempUploadDir } from './support/resources';

describe('resource visibility', () => {
  let app: TestApp;
  let cast: Cast;
  let uploadDir: string;
  let group: Awaited<ReturnType<typeof buildGroup>>;
  let other: Awaited<ReturnType<typeof buildGroup>>;
  let sharer: BuiltUser;
  let groupMember: BuiltUser;
  let groupCoordinator: BuiltUser;
  let outsider: BuiltUser;
  let publicOne: Resource;
  let membersOne: Resource;
  let groupOne: Resource;
  beforeAll(async () => {
    uploadDir = await tempUploadDir();
    app = await createTestApp({ UPLOAD_DIR: uploadDir });
    cast = await buildCast(app);
    group = await buildGroup(app);
    other = await buildGroup(app);
    [sharer, groupMember, groupCoordinator, outsider] = await Promise.all([
      buildUser(app),
      buildUser(app),
      buildUser(app),
      buildUser(app),
    ]);
    await addMember(app, group, sharer);
    await addMember(app, group, groupMember);
    await addMember(app, group, groupCoordinator, { role: 'coordinator' });
    await addMember(app, other, outsider);
    publicOne = await sharePdf(app, sharer.token, {
      scope: 'public',
      title: 'Public leaflet',
      language: 'da',
      country: 'DK',
    });
    membersOne = await sharePdf(app, sharer.token, { scope: 'members', title: 'Members guideline', type: 'guideline' });
    groupOne = await sharePdf(app, sharer.token, {
      scope: 'group',
      groupSlug: group.slug,
      title: 'Group toolkit',
      type: 'toolkit',
    });
  });
  afterAll(async () => {
    await app.close();
    await rm(uploadDir, { recursive: true, force: true });
  });

  type Who = 'visitor' | 'pending' | 'outsider' | 'member' | 'groupMember' | 'coordinator' | 'admin';
  const tokenOf = (who: Who): string | undefined =>
    ({
      visitor: undefined,
      pending: cast.pending.token,
      outsider: outsider.token,
      member: cast.practitioner.token,
      groupMember: groupMember.token,
      coordinator: cast.coordinator.token,
      admin: cast.admin.token,
    })[who];
  const sees: Record<Who, string[]> = {
    visitor: ['public'],
    pending: ['public'],
    outsider: ['public', 'members'],
    member: ['public', 'members'],
    groupMember: ['public', 'members', 'group'],
    coordinator: ['public', 'members', 'group'],
    // Admins manage accounts, not content: no implicit access to a group's resources, as with its discussions.
    admin: ['public', 'members'],
  };
  const resources = () => ({ public: publicOne, members: membersOne, group: groupOne });

  it('follows one rule for reading, listing, downloading, versions and the family tree', async () => {
    for (const who of Object.keys(sees) as Who[]) {
      const token = tokenOf(who);
      const listed = await app.request('GET', '/api/resources?limit=100', { token });
      expect(listed.status).toBe(200);
      const ids = listed.body.items.map((r: Resource) => r.id);
      for (const [scope, resource] of Object.entries(resources())) {
        const visible = sees[who].includes(scope);
        const expected = visible ? 200 : 404;
        expect([who, scope, ids.includes(resource.id)]).toEqual([who, scope, visible]);
        expect([who, scope, (await app.request('GET', `/api/resources/${resource.id}`, { token })).status]).toEqual([
          who,
          scope,
          expected,
        ]);
        expect([who, scope, (await download(app, `/api/resources/${resource.id}/download`, token)).status]).toEqual([
          who,
          scope,
          expected,
        ]);
        for (const part of ['versions', 'adaptations']) {
          const status = (await app.request('GET', `/api/resources/${resource.id}/${part}`, { token })).status;
          expect([who, scope, part, status]).toEqual([who, scope, part, expected]);
        }
      }
    }
  });

  it('hides what is not visible from adaptations too: a hidden source is 404 for adapting', async () => {
    const response = await unchangedBy(app, () =>
      app.request('POST', `/api/resources/${groupOne.id}/adaptations`, {
        token: outsider.token,
        body: { ...baseFields(), url: 'https://example.org/adapted', note: 'Translated' },
      }),
    );
    expect(response.status).toBe(404);
  });

  it('lets only active members of a group share in it: 403 for others, 404 for an unknown group', async () => {
    const body = (groupSlug: string) => ({ ...baseFields(), scope: 'group', groupSlug, url: 'https://example.org/g' });
    expect(
      (
        await unchangedBy(app, () =>
          app.request('POST', '/api/resources', { token: outsider.token, body: body(group.slug) }),
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await unchangedBy(app, () =>
          app.request('POST', '/api/resources', { token: cast.coordinator.token, body: body(group.slug) }),
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await unchangedBy(app, () =>
          app.request('POST', '/api/resources', { token: sharer.token, body: body('no-such-group') }),
        )
      ).status,
    ).toBe(404);
    const shared = await app.request('POST', '/api/resources', { token: groupMember.token, body: body(group.slug) });
    expect(shared.status).toBe(201);
    expect(shared.body.group).toEqual({ id: group.id, slug: group.slug, name: group.name });
  });

  it('filters by type, language, country, audience, group, mine and words, and pages with a cursor', async () => {
    const token = groupMember.token;
    const ids = async (query: string) =>
      (await app.request('GET', `/api/resources?limit=100&${query}`, { token })).body.items.map((r: Resource) => r.id);
    expect(await ids('type=toolkit')).toEqual([groupOne.id]);
    expect(await ids('language=DA')).toEqual([publicOne.id]);
    expect(await ids('country=dk')).toEqual([publicOne.id]);
    const inGroup = await ids(`group=${group.slug}`);
    expect(inGroup).toContain(groupOne.id);
    expect(inGroup).not.toContain(publicOne.id);
    expect(inGroup).not.toContain(membersOne.id);
    expect(await ids('q=GUIDELINE')).toEqual([membersOne.id]);
    expect(await ids('q=%25')).toEqual([]);
    expect(await ids('audience=children')).toEqual([]);
    expect(
      (await app.request('GET', `/api/resources?mine=true&limit=100`, { token: sharer.token })).body.items.length,
    ).toBe(3);
    const bad = await app.request('GET', '/api/resources?type=poster', { token });
    expect(bad.status).toBe(400);
    expect(bad.body.message[0]).toMatch(/^type: /);
    expect((await app.request('GET', '/api/resources?cursor=forged')).status).toBe(400);

    const first = await app.request('GET', '/api/resources?limit=2', { token });
    const second = await app.request('GET', `/api/resources?limit=2&cursor=${first.body.nextCursor}`, { token });
    const all = await app.request('GET', '/api/resources?limit=100', { token });
    expect([...first.body.items, ...second.body.items].map((r: Resource) => r.id)).toEqual(
      all.body.items.slice(0, 4).map((r: Resource) => r.id),
    );
  });

  it('gives other modules only what the viewer may see, in the order asked, without removed ones', async () => {
    const access = app.app.get(ResourceAccessService);
    const ids = [groupOne.id, publicOne.id, membersOne.id, 'not-a-uuid'];
    expect((await access.summariesVisibleTo(null, ids)).map((r) => r.id)).toEqual([publicOne.id]);
    expect((await access.summariesVisibleTo(outsider.user, ids)).map((r) => r.id)).toEqual([
      publicOne.id,
      membersOne.id,
    ]);
    const all = await access.summariesVisibleTo({ user: groupMember.user } as never, ids);
    expect(all.map((r) => r.id)).toEqual([groupOne.id, publicOne.id, membersOne.id]);
    expect(all[0]).toEqual({
      id: groupOne.id,
      title: 'Group toolkit',
      type: 'toolkit',
      language: 'en',
      country: 'GB',
      removed: false,
    });
  });

  it("exports a person's resources, and keeps them under a former member after erasure", async () => {
    const person = await buildUser(app);
    const resource = await shareLink(app, person.token, { title: 'Mine to export' });
    const exported = await app.request('GET', '/api/users/me/export', { token: person.token });
    expect(exported.status).toBe(200);
    expect(exported.body.resources).toMatchObject([{ id: resource.id, title: 'Mine to export' }]);
    expect((await app.request('DELETE', '/api/users/me', { token: person.token })).status).toBe(204);
    const after = await app.request('GET', `/api/resources/${resource.id}`, { token: cast.practitioner.token });
    expect(after.status).toBe(200);
    expect(after.body.author).toEqual({ id: person.user.id, displayName: 'Former member' });
  });
});

function baseFields() {
  return {
    title: 'Adapted guide',
    summary: 'A summary.',
    type: 'guideline',
    language: 'sv',
    country: 'SE',
    audience: 'professionals',
    licence: 'cc-by',
    scope: 'members',
  };
}
