import type { Group } from '@pn/shared';
import { createTestApp, type TestApp } from './support/app';
import {
  addMember,
  buildCast,
  buildGroup,
  buildThread,
  buildUser,
  CAST_KINDS,
  tokenOf,
  unchangedBy,
  type Cast,
} from './support/factories';
import { allPages } from './support/pages';

/** Creating a group and changing it (archiving included): network coordinators and admins only. */
describe('groups: creating and changing', () => {
  let app: TestApp;
  let cast: Cast;
  beforeAll(async () => {
    app = await createTestApp();
    cast = await buildCast(app);
  });
  afterAll(() => app.close());

  describe('POST /api/groups', () => {
    const valid = () => ({
      slug: `new-group-${Math.random().toString(36).slice(2, 8)}`,
      name: 'Online deterrence',
      description: 'Warning messages and help offers shown to people searching for abuse material.',
      kind: 'programme',
    });

    it('is for network coordinators and admins only', async () => {
      const expected = [401, 403, 403, 403, 201, 201];
      for (const [index, kind] of CAST_KINDS.entries()) {
        const response = await app.request('POST', '/api/groups', { token: tokenOf(cast, kind), body: valid() });
        expect({ kind, status: response.status }).toEqual({ kind, status: expected[index] });
      }
    });

    it('creates a group with defaults, audited, its creator its first group coordinator; the group is listed', async () => {
      const body = valid();
      const response = await app.request('POST', '/api/groups', { token: cast.coordinator.token, body });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        ...body,
        language: 'en',
        originalLanguage: 'en',
        joinPolicy: 'open',
        visibility: 'members',
        memberCount: 1,
        countries: [cast.coordinator.user.country],
        archived: false,
        myMembership: { role: 'coordinator', status: 'active' },
        howToJoin: 'member',
      });
      const members = await app.request('GET', `/api/groups/${body.slug}/members`, { token: cast.coordinator.token });
      expect(members.body.items).toEqual([
        expect.objectContaining({ userId: cast.coordinator.user.id, role: 'coordinator', status: 'active' }),
      ]);
      const audit = await app.request('GET', `/api/admin/audit?action=group.create&targetId=${response.body.id}`, {
        token: cast.admin.token,
      });
      expect(audit.body.items).toHaveLength(1);
      expect(audit.body.items[0]).toMatchObject({ actor: { id: cast.coordinator.user.id }, targetType: 'group' });
      const fetched = await app.request('GET', `/api/groups/${body.slug}`, { token: cast.practitioner.token });
      expect(fetched.body.id).toBe(response.body.id);
    });

    it('refuses a taken slug (409) and bad input (400), changing nothing', async () => {
      await unchangedBy(app, async () => {
        const taken = await app.request('POST', '/api/groups', {
          token: cast.admin.token,
          body: { ...valid(), slug: 'educators' },
        });
        expect(taken.status).toBe(409);
        const bad: Array<[unknown, string]> = [
          [{}, 'slug'],
          [{ ...valid(), slug: 'Bad Slug' }, 'slug'],
          [{ ...valid(), name: '' }, 'name'],
          [{ ...valid(), kind: 'hobby' }, 'kind'],
          [{ ...valid(), joinPolicy: 'lottery' }, 'joinPolicy'],
          [{ ...valid(), description: 'x'.repeat(4001) }, 'description'],
          [{ ...valid(), owner: 'me' }, 'owner'],
        ];
        for (const [body, field] of bad) {
          const response = await app.request('POST', '/api/groups', { token: cast.admin.token, body });
          expect(response.status).toBe(400);
          expect(JSON.stringify(response.body.message)).toContain(field);
        }
        const notJson = await app.request('POST', '/api/groups', { token: cast.admin.token, rawBody: '{' });
        expect(notJson.status).toBe(400);
      });
    });
  });

  describe('PATCH /api/groups/:slug', () => {
    it('is for network coordinators and admins; group coordinators change texts but not rules', async () => {
      const groupCoordinator = await buildUser(app);
      const expected = [401, 403, 403, 403, 200, 200];
      for (const [index, kind] of CAST_KINDS.entries()) {
        const group = await buildGroup(app);
        const response = await app.request('PATCH', `/api/groups/${group.slug}`, {
          token: tokenOf(cast, kind),
          body: { name: 'Renamed' },
        });
        expect({ kind, status: response.status }).toEqual({ kind, status: expected[index] });
      }
      const group = await buildGroup(app);
      await addMember(app, group, groupCoordinator, { role: 'coordinator' });
      for (const body of [{ visibility: 'public' }, { joinPolicy: 'invite', name: 'Mine' }, { archived: true }]) {
        const refused = await unchangedBy(app, () =>
          app.request('PATCH', `/api/groups/${group.slug}`, { token: groupCoordinator.token, body }),
        );
        expect({ body, status: refused.status }).toEqual({ body, status: 403 });
      }
      const member = await buildUser(app);
      await addMember(app, group, member);
      const byMember = await unchangedBy(app, () =>
        app.request('PATCH', `/api/groups/${group.slug}`, { token: member.token, body: { name: 'Ours' } }),
      );
      expect(byMember.status).toBe(403);
      const response = await app.request('PATCH', `/api/groups/${group.slug}`, {
        token: groupCoordinator.token,
        body: { name: 'Mine' },
      });
      expect(response.status).toBe(200);
      expect(response.body.name).toBe('Mine');
    });

    it('changes details (audited with before and after); bad input 400 and unknown slug 404 change nothing', async () => {
      const group = await buildGroup(app, { name: 'Before' });
      await unchangedBy(app, async () => {
        for (const body of [{}, { name: '' }, { slug: 'other' }, { visibility: 'secret' }, { archived: 'yes' }]) {
          const response = await app.request('PATCH', `/api/groups/${group.slug}`, { token: cast.admin.token, body });
          expect({ body, status: response.status }).toEqual({ body, status: 400 });
        }
        const unknown = await app.request('PATCH', '/api/groups/no-such-group', {
          token: cast.admin.token,
          body: { name: 'X' },
        });
        expect(unknown.status).toBe(404);
      });
      const response = await app.request('PATCH', `/api/groups/${group.slug}`, {
        token: cast.coordinator.token,
        body: { name: 'After', visibility: 'public', joinPolicy: 'invite' },
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ name: 'After', visibility: 'public', joinPolicy: 'invite' });
      const audit = await app.request('GET', `/api/admin/audit?action=group.update&targetId=${group.id}`, {
        token: cast.admin.token,
      });
      expect(audit.body.items[0].details).toMatchObject({
        before: { name: 'Before', visibility: 'members', joinPolicy: 'open' },
        after: { name: 'After', visibility: 'public', joinPolicy: 'invite' },
      });
    });

    it('archives and restores a group: archived, it is listed apart, cannot be joined, and is read only', async () => {
      const member = await buildUser(app);
      const group = await buildGroup(app);
      await addMember(app, group, member);
      const thread = await buildThread(app, { group, author: member });
      const archivedResponse = await app.request('PATCH', `/api/groups/${group.slug}`, {
        token: cast.admin.token,
        body: { archived: true },
      });
      expect(archivedResponse.status).toBe(200);
      expect(archivedResponse.body.archived).toBe(true);

      const listed = await allPages<Group>(app, '/api/groups', member.token, 100);
      expect(listed.map((g) => g.slug)).not.toContain(group.slug);
      const archivedList = await app.request('GET', '/api/groups?archived=true', { token: member.token });
      expect(archivedList.body.items.map((g: Group) => g.slug)).toContain(group.slug);

      const join = await app.request('POST', `/api/groups/${group.slug}/join`, { token: cast.researcher.token });
      expect(join.status).toBe(409);
      expect(join.body.message).toBe('this group is archived');
      const post = await app.request('POST', `/api/threads/${thread.id}/messages`, {
        token: member.token,
        body: { body: 'Still here?', clientId: crypto.randomUUID() },
      });
      expect(post.status).toBe(403);
      const read = await app.request('GET', `/api/threads/${thread.id}/messages`, { token: member.token });
      expect(read.status).toBe(200);

      const restored = await app.request('PATCH', `/api/groups/${group.slug}`, {
        token: cast.coordinator.token,
        body: { archived: false },
      });
      expect(restored.body.archived).toBe(false);
      const actions = await app.request('GET', `/api/admin/audit?targetId=${group.id}`, { token: cast.admin.token });
      expect(actions.body.items.map((entry: { action: string }) => entry.action)).toEqual([
        'group.restore',
        'group.archive',
      ]);
    });
  });
});
