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

const NETWORK_GROUPS = 13;

describe('groups', () => {
  let app: TestApp;
  let cast: Cast;
  beforeAll(async () => {
    app = await createTestApp();
    cast = await buildCast(app);
  });
  afterAll(() => app.close());

  /** Every page of a list, following the cursors. */
  async function allPages(path: string, token?: string, limit = 5): Promise<Group[]> {
    const items: Group[] = [];
    let cursor: string | null = null;
    do {
      const separator = path.includes('?') ? '&' : '?';
      const url: string = `${path}${separator}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await app.request('GET', url, { token });
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(limit);
      items.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    return items;
  }

  describe('GET /api/groups', () => {
    let publicGroup: Awaited<ReturnType<typeof buildGroup>>;
    let archived: Awaited<ReturnType<typeof buildGroup>>;
    beforeAll(async () => {
      publicGroup = await buildGroup(app, { visibility: 'public', name: 'Zz public group', kind: 'programme' });
      archived = await buildGroup(app, { name: 'Archived group', archivedAt: new Date() });
    });

    it('shows visitors and pending accounts only public groups that are not archived, with no membership', async () => {
      for (const token of [undefined, cast.pending.token]) {
        const response = await app.request('GET', '/api/groups', { token });
        expect(response.status).toBe(200);
        const slugs = response.body.items.map((g: Group) => g.slug);
        expect(slugs).toContain(publicGroup.slug);
        expect(slugs).not.toContain('educators');
        expect(slugs).not.toContain(archived.slug);
        expect(response.body.items.every((g: Group) => g.visibility === 'public' && !g.archived)).toBe(true);
        const archivedAsked = await app.request('GET', '/api/groups?archived=true', { token });
        expect(archivedAsked.body.items.map((g: Group) => g.slug)).not.toContain(archived.slug);
      }
      const visitor = await app.request('GET', '/api/groups');
      expect(visitor.body.items[0]).not.toHaveProperty('myMembership');
      const pending = await app.request('GET', '/api/groups', { token: cast.pending.token });
      expect(pending.body.items[0].myMembership).toBeNull();
    });

    it('shows active members every group that is not archived, by kind (profession first) then name', async () => {
      const groups = await allPages('/api/groups', cast.practitioner.token);
      expect(groups.length).toBeGreaterThanOrEqual(NETWORK_GROUPS + 1);
      expect(new Set(groups.map((g) => g.id)).size).toBe(groups.length);
      expect(groups.map((g) => g.slug)).not.toContain(archived.slug);
      const kinds = groups.map((g) => g.kind);
      expect(kinds.lastIndexOf('profession')).toBeLessThan(kinds.indexOf('programme'));
      for (const kind of ['profession', 'programme']) {
        const names = groups.filter((g) => g.kind === kind).map((g) => g.name);
        expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      }
      const educators = groups.find((g) => g.slug === 'educators')!;
      expect(educators).toMatchObject({ kind: 'profession', joinPolicy: 'open', visibility: 'members' });
      expect(educators.myMembership).toBeNull();
      expect(educators).not.toHaveProperty('unreadCount');
      const programmes = groups.filter((g) => g.kind === 'programme').map((g) => g.slug);
      expect(programmes).toEqual(
        expect.arrayContaining(['people-who-fear-they-might-offend', 'people-who-have-offended', 'children']),
      );
    });

    it('filters by kind, archived and mine', async () => {
      const programmes = await app.request('GET', '/api/groups?kind=programme&limit=100', {
        token: cast.researcher.token,
      });
      expect(programmes.body.items.every((g: Group) => g.kind === 'programme')).toBe(true);
      const archivedList = await app.request('GET', '/api/groups?archived=true', { token: cast.researcher.token });
      expect(archivedList.body.items.map((g: Group) => g.slug)).toEqual([archived.slug]);

      const member = await buildUser(app);
      const group = await buildGroup(app);
      const requested = await buildGroup(app, { joinPolicy: 'approval' });
      await addMember(app, group, member);
      await addMember(app, requested, member, { status: 'pending', requestMessage: 'Please' });
      const mine = await app.request('GET', '/api/groups?mine=true', { token: member.token });
      expect(mine.body.items.map((g: Group) => g.slug).sort()).toEqual([group.slug, requested.slug].sort());
      const own = mine.body.items.find((g: Group) => g.slug === group.slug);
      expect(own.myMembership).toMatchObject({ role: 'member', status: 'active', muted: false });
      expect(own.memberCount).toBe(1);
      expect(own.unreadCount).toBe(0);
      const waiting = mine.body.items.find((g: Group) => g.slug === requested.slug);
      expect(waiting.myMembership).toMatchObject({ status: 'pending', requestMessage: 'Please' });
      expect(waiting).not.toHaveProperty('unreadCount');
      expect((await app.request('GET', '/api/groups?mine=true')).body.items).toEqual([]);
    });

    it('counts unread messages of the threads of the groups one is an active member of', async () => {
      const member = await buildUser(app);
      const writer = await buildUser(app);
      const group = await buildGroup(app);
      await addMember(app, group, member);
      await addMember(app, group, writer);
      const first = await buildThread(app, { group, author: writer });
      const second = await buildThread(app, { group, author: writer });
      for (const thread of [first, first, second]) {
        const response = await app.request('POST', `/api/threads/${thread.id}/messages`, {
          token: writer.token,
          body: { body: 'News', clientId: crypto.randomUUID() },
        });
        expect(response.status).toBe(201);
      }
      const listed = await app.request('GET', '/api/groups?mine=true', { token: member.token });
      expect(listed.body.items[0].unreadCount).toBe(3);
      const own = await app.request('GET', `/api/groups/${group.slug}`, { token: writer.token });
      expect(own.body.unreadCount).toBe(0);
    });

    it('refuses malformed queries: unknown kind, limits, a forged cursor', async () => {
      for (const query of ['kind=hobby', 'limit=0', 'limit=101', 'mine=yes', 'archived=1', 'cursor=bm90LWEtY3Vyc29y']) {
        const response = await app.request('GET', `/api/groups?${query}`, { token: cast.practitioner.token });
        expect({ query, status: response.status }).toEqual({ query, status: 400 });
        expect(Array.isArray(response.body.message)).toBe(true);
      }
      const forged = Buffer.from(JSON.stringify(['profession', 'x', 'not-a-uuid'])).toString('base64url');
      const response = await app.request('GET', `/api/groups?cursor=${forged}`, { token: cast.practitioner.token });
      expect(response.status).toBe(400);
      expect(response.body.message).toEqual(['cursor: is not a cursor this list gave out']);
    });
  });

  describe('GET /api/groups/:slug', () => {
    it('shows a members-only group to active accounts only: 404 for visitors and pending accounts', async () => {
      const expected = [404, 404, 200, 200, 200, 200];
      for (const [index, kind] of CAST_KINDS.entries()) {
        const response = await app.request('GET', '/api/groups/educators', { token: tokenOf(cast, kind) });
        expect({ kind, status: response.status }).toEqual({ kind, status: expected[index] });
      }
      const response = await app.request('GET', '/api/groups/educators', { token: cast.practitioner.token });
      expect(response.body).toMatchObject({
        slug: 'educators',
        name: 'Educators',
        myMembership: null,
        archived: false,
      });
    });

    it('shows a public group to anyone; 404 for an unknown slug, 400 for a malformed one', async () => {
      const group = await buildGroup(app, { visibility: 'public' });
      expect((await app.request('GET', `/api/groups/${group.slug}`)).status).toBe(200);
      expect((await app.request('GET', '/api/groups/no-such-group')).status).toBe(404);
      const malformed = await app.request('GET', '/api/groups/Not_A_Slug', { token: cast.practitioner.token });
      expect(malformed.status).toBe(400);
      expect(malformed.body.message[0]).toMatch(/^slug: /);
    });
  });

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

    it('creates a group with defaults, audited; the new group is listed', async () => {
      const body = valid();
      const response = await app.request('POST', '/api/groups', { token: cast.coordinator.token, body });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        ...body,
        joinPolicy: 'open',
        visibility: 'members',
        memberCount: 0,
        archived: false,
        myMembership: null,
      });
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
    it('is for network coordinators and admins only, not for group coordinators', async () => {
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
      const response = await unchangedBy(app, () =>
        app.request('PATCH', `/api/groups/${group.slug}`, { token: groupCoordinator.token, body: { name: 'Mine' } }),
      );
      expect(response.status).toBe(403);
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

      const listed = await allPages('/api/groups', member.token, 100);
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
