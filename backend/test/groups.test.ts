import type { Group } from '@pn/shared';
import { createTestApp, type TestApp } from './support/app';
import { allPages } from './support/pages';
import {
  addMember,
  buildCast,
  buildGroup,
  buildThread,
  buildUser,
  CAST_KINDS,
  tokenOf,
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

  describe('GET /api/groups', () => {
    let publicGroup: Awaited<ReturnType<typeof buildGroup>>;
    let archived: Awaited<ReturnType<typeof buildGroup>>;
    beforeAll(async () => {
      publicGroup = await buildGroup(app, { visibility: 'public', name: 'Zz public group', kind: 'programme' });
      archived = await buildGroup(app, { name: 'Archived group', archivedAt: new Date() });
    });

    it('shows visitors and pending accounts every group that is not archived, with no membership', async () => {
      for (const token of [undefined, cast.pending.token]) {
        const response = await app.request('GET', '/api/groups?limit=100', { token });
        expect(response.status).toBe(200);
        const slugs = response.body.items.map((g: Group) => g.slug);
        expect(slugs).toContain(publicGroup.slug);
        expect(slugs).toContain('educators');
        expect(slugs).not.toContain(archived.slug);
        expect(response.body.items.every((g: Group) => !g.archived)).toBe(true);
        const archivedAsked = await app.request('GET', '/api/groups?archived=true', { token });
        expect(archivedAsked.body.items.map((g: Group) => g.slug)).not.toContain(archived.slug);
      }
      const visitor = await app.request('GET', '/api/groups');
      expect(visitor.body.items[0]).not.toHaveProperty('myMembership');
      expect(visitor.body.items[0].howToJoin).toBe('apply-to-network');
      const pending = await app.request('GET', '/api/groups', { token: cast.pending.token });
      expect(pending.body.items[0].myMembership).toBeNull();
      expect(pending.body.items[0].howToJoin).toBe('await-vetting');
    });

    it('shows active members every group that is not archived, by kind (profession first) then name', async () => {
      const groups = await allPages<Group>(app, '/api/groups', cast.practitioner.token);
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
    it('shows a members-only group to anyone while it is not archived', async () => {
      const expected = [200, 200, 200, 200, 200, 200];
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
        howToJoin: 'join',
      });
      const archived = await buildGroup(app, { archivedAt: new Date() });
      for (const token of [undefined, cast.pending.token]) {
        expect((await app.request('GET', `/api/groups/${archived.slug}`, { token })).status).toBe(404);
      }
      expect(
        (await app.request('GET', `/api/groups/${archived.slug}`, { token: cast.practitioner.token })).status,
      ).toBe(200);
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
});
