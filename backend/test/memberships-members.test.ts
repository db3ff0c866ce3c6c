import type { GroupMember } from '@pn/shared';
import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from './support/app';
import {
  addMember,
  buildCast,
  buildGroup,
  buildUser,
  type BuiltUser,
  type Cast,
  buildStaffedGroup,
  type GroupOverrides,
  unreadNotifications,
} from './support/builders';
import { unchangedBy } from './support/factories';

describe('group memberships: the members list', () => {
  let app: TestApp;
  let cast: Cast;
  beforeAll(async () => {
    app = await createTestApp();
    cast = await buildCast(app);
  });
  afterAll(() => app.close());

  const unread = (who: BuiltUser) => unreadNotifications(app, who);

  const staffedGroup = (overrides: GroupOverrides = {}) => buildStaffedGroup(app, overrides);

  describe('GET /api/groups/:slug/members', () => {
    it('is for the group’s active members and the network’s coordinators; requests for its coordinators', async () => {
      const { group, coordinator, member } = await staffedGroup();
      const other = await staffedGroup();
      const applicant = await buildUser(app);
      await addMember(app, group, applicant, { status: 'pending', requestMessage: 'Let me in' });
      const path = `/api/groups/${group.slug}/members`;
      expect((await app.request('GET', path)).status).toBe(401);
      for (const token of [cast.pending.token, cast.practitioner.token, cast.admin.token, other.member.token]) {
        expect((await app.request('GET', path, { token })).status).toBe(403);
      }
      expect((await app.request('GET', path, { token: applicant.token })).status).toBe(403);
      for (const token of [member.token, coordinator.token, cast.coordinator.token]) {
        expect((await app.request('GET', path, { token })).status).toBe(200);
      }
      const requests = await app.request('GET', `${path}?status=pending`, { token: member.token });
      expect(requests.status).toBe(403);
      const byCoordinator = await app.request('GET', `${path}?status=pending`, { token: cast.coordinator.token });
      expect(byCoordinator.body.items).toEqual([
        expect.objectContaining({ userId: applicant.user.id, status: 'pending', requestMessage: 'Let me in' }),
      ]);
      for (const query of ['status=gone', 'profession=astronaut', 'country=XX', 'limit=500', 'cursor=zzz']) {
        expect((await app.request('GET', `${path}?${query}`, { token: member.token })).status).toBe(400);
      }
      expect((await app.request('GET', '/api/groups/no-such-group/members', { token: member.token })).status).toBe(404);
    });

    it('lists active members by display name, page by page, with filters', async () => {
      const group = await buildGroup(app);
      const names = ['Özlem', 'anna', 'Bertil', 'Carla', 'Dmitri', 'Eva'];
      const people = [];
      for (const [index, displayName] of names.entries()) {
        const person = await buildUser(app, {
          displayName,
          profession: index % 2 ? 'educators' : 'law-enforcement',
          country: index < 3 ? 'SE' : 'FI',
          organisation: `Org ${index}`,
        });
        await addMember(app, group, person);
        people.push(person);
      }
      const seen: GroupMember[] = [];
      let cursor: string | null = null;
      do {
        const url: string = `/api/groups/${group.slug}/members?limit=4${cursor ? `&cursor=${cursor}` : ''}`;
        const page = await app.request('GET', url, { token: people[0]!.token });
        seen.push(...page.body.items);
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(names.length);
      expect(new Set(seen.map((m) => m.userId)).size).toBe(names.length);
      const [{ sorted }] = await app.dataSource.query(
        `SELECT array_agg(display_name ORDER BY display_name, id) AS sorted FROM users WHERE id = ANY($1)`,
        [people.map((p) => p.user.id)],
      );
      expect(seen.map((m) => m.displayName)).toEqual(sorted);
      expect(seen[0]).toMatchObject({ networkRole: 'practitioner', role: 'member', status: 'active' });
      expect(seen.every((m) => m.requestMessage === null)).toBe(true);

      const filtered = await app.request('GET', `/api/groups/${group.slug}/members?profession=educators&country=fi`, {
        token: people[0]!.token,
      });
      expect(filtered.body.items.map((m: GroupMember) => m.displayName).sort()).toEqual(['Carla', 'Eva']);
    });
  });

  describe('POST /api/groups/:slug/members', () => {
    it('lets the group’s coordinators add an active account (how invite-only groups grow); it is told', async () => {
      const { group, coordinator, member } = await staffedGroup({ joinPolicy: 'invite' });
      const invitee = await buildUser(app);
      const path = `/api/groups/${group.slug}/members`;
      await unchangedBy(app, async () => {
        expect((await app.request('POST', path, { body: { userId: invitee.user.id } })).status).toBe(401);
        for (const token of [cast.pending.token, member.token, cast.practitioner.token, cast.admin.token]) {
          const response = await app.request('POST', path, { token, body: { userId: invitee.user.id } });
          expect(response.status).toBe(403);
        }
        for (const body of [{}, { userId: 'nope' }, { userId: invitee.user.id, role: 'owner' }, { id: 1 }]) {
          expect((await app.request('POST', path, { token: coordinator.token, body })).status).toBe(400);
        }
        const pendingAccount = await app.request('POST', path, {
          token: coordinator.token,
          body: { userId: cast.pending.user.id },
        });
        expect(pendingAccount.status).toBe(404);
        const unknown = await app.request('POST', path, { token: coordinator.token, body: { userId: randomUUID() } });
        expect(unknown.status).toBe(404);
        const already = await app.request('POST', path, { token: coordinator.token, body: { userId: member.user.id } });
        expect(already.status).toBe(409);
      });

      const response = await app.request('POST', path, {
        token: coordinator.token,
        body: { userId: invitee.user.id, role: 'coordinator' },
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ userId: invitee.user.id, role: 'coordinator', status: 'active' });
      expect((await unread(invitee)).map((n) => [n.kind, n.group?.slug, n.actor?.id])).toEqual([
        ['added-to-group', group.slug, coordinator.user.id],
      ]);
      const byNetwork = await app.request('POST', path, {
        token: cast.coordinator.token,
        body: { userId: cast.researcher.user.id },
      });
      expect(byNetwork.status).toBe(201);
      expect((await app.request('GET', `/api/groups/${group.slug}`, { token: member.token })).body.memberCount).toBe(4);
    });
  });
});
