import type { AuditEntry, Page } from '@pn/shared';
import { createTestApp, type TestApp } from './support/app';
import { discussionSetting, postAs } from './support/discussions';
import { buildCast, buildFlag, buildUser, unchangedBy, type Cast } from './support/factories';

describe('GET /api/admin/audit: names and filters', () => {
  let app: TestApp;
  let cast: Cast;
  beforeAll(async () => {
    app = await createTestApp();
    cast = await buildCast(app);
  });
  afterAll(() => app.close());

  const audit = (query: string, token = cast.admin.token) =>
    app.request<Page<AuditEntry>>('GET', `/api/admin/audit${query}`, { token });

  it('only admins read it: a visitor 401, a coordinator, a group coordinator and a pending account 403', async () => {
    const { coordinator } = await discussionSetting(app);
    expect((await app.request('GET', '/api/admin/audit')).status).toBe(401);
    for (const who of [cast.coordinator, coordinator, cast.practitioner, cast.pending]) {
      expect((await audit('', who.token)).status).toBe(403);
    }
  });

  it('names the actor, the target and the people and things its details refer to', async () => {
    const { group, thread, coordinator, bob } = await discussionSetting(app);
    const message = await postAs(app, bob, thread.id, 'Says too much');
    await buildFlag(app, { message: message.body });
    const flags = await app.request<{ items: Array<{ id: string }> }>('GET', `/api/groups/${group.slug}/flags`, {
      token: coordinator.token,
    });
    await app.request('POST', `/api/flags/${flags.body.items[0]!.id}/resolve`, {
      token: coordinator.token,
      body: { decision: 'hide' },
    });
    const response = await audit(`?action=message.hide&actor=${coordinator.user.id}`);
    expect(response.status).toBe(200);
    expect(response.body.items).toHaveLength(1);
    expect(response.body.items[0]).toMatchObject({
      action: 'message.hide',
      actor: { id: coordinator.user.id, displayName: 'Group coordinator' },
      targetType: 'message',
      targetId: message.body.id,
      targetName: 'Risk assessment tools',
      details: { threadId: thread.id, groupSlug: group.slug, authorId: bob.user.id },
      names: { [thread.id]: 'Risk assessment tools', [bob.user.id]: 'Bob' },
    });
  });

  it('filters by actor, action and a range of days, and keeps the older actorId filter', async () => {
    const actor = await buildUser(app, { role: 'coordinator', displayName: 'Filtering coordinator' });
    const created = await app.request<{ id: string; name: string }>('POST', '/api/groups', {
      token: actor.token,
      body: {
        slug: 'probation-officers',
        name: 'Probation officers',
        description: 'Working group',
        kind: 'profession',
      },
    });
    expect(created.status).toBe(201);
    const byActor = await audit(`?actor=${actor.user.id}`);
    expect(byActor.body.items.map((entry) => [entry.action, entry.targetName])).toEqual([
      ['group.create', 'Probation officers'],
    ]);
    expect((await audit(`?actorId=${actor.user.id}`)).body.items).toEqual(byActor.body.items);
    expect((await audit(`?actor=${actor.user.id}&action=group.update`)).body.items).toEqual([]);

    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    // A range "to today" takes the whole of today.
    expect((await audit(`?actor=${actor.user.id}&from=${today}&to=${today}`)).body.items).toHaveLength(1);
    expect((await audit(`?actor=${actor.user.id}&to=${yesterday}`)).body.items).toEqual([]);
    expect((await audit(`?actor=${actor.user.id}&from=${tomorrow}`)).body.items).toEqual([]);
    const justBefore = new Date(Date.now() - 60_000).toISOString();
    expect((await audit(`?actor=${actor.user.id}&from=${justBefore}`)).body.items).toHaveLength(1);
  });

  it('refuses a bad filter with 400 naming it', async () => {
    const cases: Array<[string, string]> = [
      ['?actor=someone', 'actor'],
      ['?action=message.explode', 'action'],
      ['?from=yesterday', 'from'],
      ['?to=2026-13-01', 'to'],
      ['?from=2026-03-02&to=2026-03-01', 'to'],
    ];
    await unchangedBy(app, async () => {
      for (const [query, field] of cases) {
        const response = await audit(query);
        expect(response.status).toBe(400);
        expect((response.body as unknown as { message: string[] }).message.join(' ')).toMatch(
          new RegExp(`^${field}: |\\b${field}: `),
        );
      }
    });
  });

  it('shows who an entry is about once they are erased only as a former member', async () => {
    const leaving = await buildUser(app, { displayName: 'Leaving member' });
    const role = await app.request('PATCH', `/api/admin/users/${leaving.user.id}`, {
      token: cast.admin.token,
      body: { status: 'suspended', reason: 'Asked to leave' },
    });
    expect(role.status).toBe(200);
    const before = await audit(`?action=user.suspend&actor=${cast.admin.user.id}`);
    expect(before.body.items[0]).toMatchObject({ targetId: leaving.user.id, targetName: 'Leaving member' });
    await app.dataSource.query(`UPDATE users SET erased_at = now() WHERE id = $1`, [leaving.user.id]);
    const after = await audit(`?action=user.suspend&actor=${cast.admin.user.id}`);
    expect(after.body.items[0]).toMatchObject({ targetId: leaving.user.id, targetName: 'Former member' });
  });
});
