import type { Group } from '@pn/shared';
import { createTestApp, type TestApp } from './support/app';
import { discussionSetting, messagesOf } from './support/discussions';
import { addMember, buildCast, buildGroup, buildUser, type Cast } from './support/factories';
import { allPages } from './support/pages';

/**
 * The working groups' directory: every group that is not archived, for anyone, with who is in it and how to
 * join; what is said in a members-only group stays with its members.
 */
describe('groups: the public directory', () => {
  let app: TestApp;
  let cast: Cast;
  beforeAll(async () => {
    app = await createTestApp();
    cast = await buildCast(app);
  });
  afterAll(() => app.close());

  it('lists a members-only group for visitors, pending accounts and members of other groups', async () => {
    const { group, outsider } = await discussionSetting(app, { joinPolicy: 'approval', kind: 'programme' });
    for (const token of [undefined, cast.pending.token, outsider.token]) {
      const listed = await allPages<Group>(app, '/api/groups?kind=programme', token, 100);
      const entry = listed.find((g) => g.slug === group.slug);
      expect(entry).toMatchObject({ visibility: 'members', joinPolicy: 'approval', memberCount: 3, countries: ['DK'] });
      const shown = await app.request('GET', `/api/groups/${group.slug}`, { token });
      expect(shown.status).toBe(200);
      expect(shown.body).toMatchObject({ name: group.name, description: group.description, memberCount: 3 });
    }
    expect((await app.request('GET', `/api/groups/${group.slug}`)).body.howToJoin).toBe('apply-to-network');
    const pending = await app.request('GET', `/api/groups/${group.slug}`, { token: cast.pending.token });
    expect(pending.body.howToJoin).toBe('await-vetting');
    const elsewhere = await app.request('GET', `/api/groups/${group.slug}`, { token: outsider.token });
    expect(elsewhere.body.howToJoin).toBe('request');
  });

  it('keeps the discussions of a members-only group closed: threads 403, a thread and its messages 404', async () => {
    const { group, thread, outsider, alice } = await discussionSetting(app);
    for (const token of [undefined, cast.pending.token, outsider.token]) {
      const threads = await app.request('GET', `/api/groups/${group.slug}/threads`, { token });
      expect(threads.status).toBe(403);
      expect((await app.request('GET', `/api/threads/${thread.id}`, { token })).status).toBe(404);
      expect((await messagesOf(app, thread.id, token)).status).toBe(404);
    }
    expect((await app.request('GET', `/api/groups/${group.slug}/members`)).status).toBe(401);
    for (const token of [cast.pending.token, outsider.token]) {
      expect((await app.request('GET', `/api/groups/${group.slug}/members`, { token })).status).toBe(403);
    }
    expect((await app.request('GET', `/api/groups/${group.slug}/threads`, { token: alice.token })).status).toBe(200);
  });

  it('counts active members and names their countries, leaving out requests and suspended accounts', async () => {
    const group = await buildGroup(app, { joinPolicy: 'approval' });
    const [swede, norwegian, dane, asking, suspended] = await Promise.all([
      buildUser(app, { country: 'SE' }),
      buildUser(app, { country: 'NO' }),
      buildUser(app, { country: 'DK' }),
      buildUser(app, { country: 'FI' }),
      buildUser(app, { country: 'IS', status: 'suspended' }),
    ]);
    for (const member of [swede, norwegian, dane]) await addMember(app, group, member);
    await addMember(app, group, asking, { status: 'pending' });
    await addMember(app, group, suspended);
    const shown = await app.request('GET', `/api/groups/${group.slug}`);
    expect(shown.body.countries).toEqual(['DK', 'NO', 'SE']);
    const waiting = await app.request('GET', `/api/groups/${group.slug}`, { token: asking.token });
    expect(waiting.body.howToJoin).toBe('requested');
    const member = await app.request('GET', `/api/groups/${group.slug}`, { token: dane.token });
    expect(member.body.howToJoin).toBe('member');
  });

  it('tells an active member how to join by the join policy; archived groups are for members only', async () => {
    const outsider = await buildUser(app);
    const expectations = [
      ['open', 'join'],
      ['approval', 'request'],
      ['invite', 'invite-only'],
    ] as const;
    for (const [joinPolicy, howToJoin] of expectations) {
      const group = await buildGroup(app, { joinPolicy });
      const shown = await app.request('GET', `/api/groups/${group.slug}`, { token: outsider.token });
      expect({ joinPolicy, howToJoin: shown.body.howToJoin }).toEqual({ joinPolicy, howToJoin });
    }
    const archived = await buildGroup(app, { archivedAt: new Date() });
    expect((await app.request('GET', `/api/groups/${archived.slug}`)).status).toBe(404);
    const shown = await app.request('GET', `/api/groups/${archived.slug}`, { token: outsider.token });
    expect(shown.body.howToJoin).toBe('archived');
  });
});
