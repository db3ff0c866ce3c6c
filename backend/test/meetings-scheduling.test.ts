import type { Meeting, Notification } from '@pn/shared';
import { createTestApp, type TestApp } from './support/app';
import { discussionSetting } from './support/discussions';
import {
  buildCast,
  buildMeeting,
  buildResourceRow,
  buildUser,
  meetingFields,
  type BuiltUser,
  type Cast,
  type GroupOverrides,
} from './support/builders';
import { unchangedBy } from './support/factories';

describe('meetings: scheduling, reading, editing, cancelling', () => {
  let app: TestApp;
  let cast: Cast;
  beforeAll(async () => {
    app = await createTestApp();
    cast = await buildCast(app);
  });
  afterAll(() => app.close());

  const setting = (overrides: GroupOverrides = {}) => discussionSetting(app, overrides);
  const schedule = (who: BuiltUser | undefined, slug: string, body: unknown) =>
    // A meeting when it is scheduled, an error's message when it is refused.
    app.request<Meeting & { message?: unknown }>('POST', `/api/groups/${slug}/meetings`, { token: who?.token, body });
  const meetingNotices = async (who: BuiltUser) =>
    ((await app.request('GET', '/api/notifications', { token: who.token })).body.items as Notification[]).filter(
      (n) => n.kind === 'meeting',
    );

  it('the group coordinators and network coordinators schedule; nobody else', async () => {
    const { group, coordinator, alice, outsider } = await setting();
    const elsewhere = await setting();
    await unchangedBy(app, async () => {
      expect((await schedule(undefined, group.slug, meetingFields())).status).toBe(401);
      for (const who of [alice, outsider, cast.pending, cast.practitioner, elsewhere.coordinator]) {
        expect((await schedule(who, group.slug, meetingFields())).status).toBe(403);
      }
    });
    const mine = await schedule(coordinator, group.slug, meetingFields({ title: 'Quarterly call', capacity: 12 }));
    expect(mine.status).toBe(201);
    expect(mine.body).toMatchObject({
      title: 'Quarterly call',
      group: { slug: group.slug },
      networkWide: false,
      capacity: 12,
      going: 0,
      waitlisted: 0,
      myResponse: null,
      cancelled: false,
      sequence: 0,
      canManage: true,
      outputs: [],
      minutes: null,
      attendees: [],
    });
    expect(mine.body.threadId).toEqual(expect.any(String));
    const thread = await app.request('GET', `/api/threads/${mine.body.threadId}`, { token: alice.token });
    expect(thread.body).toMatchObject({ title: 'Quarterly call', groupSlug: group.slug });
    const network = await schedule(cast.coordinator, group.slug, meetingFields({ title: 'Visit of the network' }));
    expect(network.status).toBe(201);
    expect(network.body.canManage).toBe(true);
  });

  it('members are told in the app and by email that a meeting is scheduled', async () => {
    const { group, coordinator, alice, outsider } = await setting();
    const meeting = await buildMeeting(app, { group, organiser: coordinator, title: 'Case review' });
    const [notice] = await meetingNotices(alice);
    expect(notice).toMatchObject({
      kind: 'meeting',
      group: { slug: group.slug },
      thread: { id: meeting.threadId },
      data: { meetingId: meeting.id, change: 'scheduled', title: 'Case review' },
    });
    expect(await meetingNotices(outsider)).toEqual([]);
    expect(await meetingNotices(coordinator)).toEqual([]);
    const emails = (await app.dataSource.query(`SELECT kind FROM emails WHERE user_id = $1`, [
      alice.user.id,
    ])) as Array<{
      kind: string;
    }>;
    expect(emails.map((email) => email.kind)).toContain('meeting');
  });

  it('refuses what does not make a meeting, naming the field', async () => {
    const { group, coordinator } = await setting();
    const start = new Date(Date.now() + 86_400_000).toISOString();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ endsAt: new Date(Date.parse(start) - 60_000).toISOString(), startsAt: start }, 'endsAt'],
      [{ endsAt: start, startsAt: start }, 'endsAt'],
      [{ timeZone: 'Europe/Atlantis' }, 'timeZone'],
      [{ timeZone: '+02:00' }, 'timeZone'],
      [{ onlineUrl: 'javascript:alert(1)' }, 'onlineUrl'],
      [{ onlineUrl: 'not a link' }, 'onlineUrl'],
      [{ capacity: 0 }, 'capacity'],
      [{ capacity: 2.5 }, 'capacity'],
      [{ startsAt: 'tomorrow' }, 'startsAt'],
      [{ title: '' }, 'title'],
      [{ onlineUrl: null, location: null }, 'location'],
    ];
    await unchangedBy(app, async () => {
      for (const [change, field] of cases) {
        const response = await schedule(coordinator, group.slug, { ...meetingFields(), ...change });
        expect(response.status).toBe(400);
        expect(JSON.stringify(response.body.message)).toContain(field);
      }
    });
  });

  it('reading: members of a members-only group (and network coordinators); anyone for a public-read one', async () => {
    const { group, coordinator, alice, outsider } = await setting();
    const hidden = await buildMeeting(app, { group, organiser: coordinator });
    const path = `/api/groups/${group.slug}/meetings`;
    // The group itself is in the public directory; its meetings, like its threads, are its members'.
    expect((await app.request('GET', path)).status).toBe(403);
    expect((await app.request('GET', path, { token: outsider.token })).status).toBe(403);
    for (const token of [undefined, outsider.token, cast.pending.token]) {
      expect((await app.request('GET', `/api/meetings/${hidden.id}`, { token })).status).toBe(404);
      expect((await app.request('GET', `/api/meetings/${hidden.id}/ics`, { token })).status).toBe(404);
    }
    for (const token of [alice.token, cast.coordinator.token]) {
      const list = await app.request('GET', path, { token });
      expect(list.body.items.map((m: Meeting) => m.id)).toEqual([hidden.id]);
      const one = await app.request('GET', `/api/meetings/${hidden.id}`, { token });
      expect(one.status).toBe(200);
    }
    // Only organisers see who answered.
    expect((await app.request('GET', `/api/meetings/${hidden.id}`, { token: alice.token })).body.attendees).toBeNull();

    const open = await setting({ visibility: 'public' });
    const visible = await buildMeeting(app, { group: open.group, organiser: open.coordinator });
    for (const token of [undefined, outsider.token]) {
      const list = await app.request('GET', `/api/groups/${open.group.slug}/meetings`, { token });
      expect(list.body.items.map((m: Meeting) => m.id)).toEqual([visible.id]);
      const one = await app.request('GET', `/api/meetings/${visible.id}`, { token });
      expect(one.body).toMatchObject({ canManage: false, canRespond: false });
    }
  });

  it('GET /api/meetings: signed in; the meetings of my groups and network-wide ones, in a window', async () => {
    const { group, coordinator, alice } = await setting();
    const open = await setting({ visibility: 'public' });
    const soon = await buildMeeting(app, { group, organiser: coordinator, title: 'Soon' });
    const later = await buildMeeting(app, {
      group,
      organiser: coordinator,
      title: 'Later',
      startsAt: new Date(Date.now() + 40 * 86_400_000).toISOString(),
      endsAt: new Date(Date.now() + 40 * 86_400_000 + 3_600_000).toISOString(),
    });
    const everyone = await buildMeeting(app, {
      group: open.group,
      organiser: cast.coordinator,
      title: 'Network assembly',
      networkWide: true,
    });
    await buildMeeting(app, { group: open.group, organiser: open.coordinator, title: 'Not mine' });
    expect((await app.request('GET', '/api/meetings')).status).toBe(401);
    const mine = await app.request('GET', '/api/meetings', { token: alice.token });
    expect(mine.body.items.map((m: Meeting) => m.title)).toEqual(
      expect.arrayContaining([soon.title, later.title, everyone.title]),
    );
    expect(mine.body.items.map((m: Meeting) => m.title)).not.toContain('Not mine');
    const to = new Date(Date.now() + 20 * 86_400_000).toISOString();
    const windowed = await app.request('GET', `/api/meetings?to=${encodeURIComponent(to)}`, { token: alice.token });
    expect(windowed.body.items.map((m: Meeting) => m.title)).not.toContain('Later');
    const stranger = await buildUser(app);
    const theirs = await app.request('GET', '/api/meetings', { token: stranger.token });
    expect(theirs.body.items.map((m: Meeting) => m.id)).toContain(everyone.id);
    const pending = await app.request('GET', '/api/meetings', { token: cast.pending.token });
    expect(pending.body.items).toEqual([]);
    expect((await app.request('GET', '/api/meetings?from=yesterday', { token: alice.token })).status).toBe(400);
    // Everyone active may answer a network-wide meeting.
    const answer = await app.request('POST', `/api/meetings/${everyone.id}/rsvp`, {
      token: stranger.token,
      body: { response: 'going' },
    });
    expect(answer.body).toEqual({ myResponse: 'going', waitlisted: false });
  });

  it('network-wide meetings: network coordinators only, in a public-read group', async () => {
    const { group } = await setting();
    const open = await setting({ visibility: 'public' });
    await unchangedBy(app, async () => {
      const byGroupCoordinator = await schedule(
        open.coordinator,
        open.group.slug,
        meetingFields({ networkWide: true }),
      );
      expect(byGroupCoordinator.status).toBe(403);
      const inClosedGroup = await schedule(cast.coordinator, group.slug, meetingFields({ networkWide: true }));
      expect(inClosedGroup.status).toBe(400);
      expect(JSON.stringify(inClosedGroup.body.message)).toContain('networkWide');
    });
  });

  it('edits raise the sequence and tell the members; cancelling marks, tells, and ends answers', async () => {
    const { group, coordinator, alice, bob } = await setting();
    const meeting = await buildMeeting(app, { group, organiser: coordinator });
    await app.request('POST', '/api/notifications/read', { token: alice.token, body: {} });
    const path = `/api/meetings/${meeting.id}`;
    await unchangedBy(app, async () => {
      expect((await app.request('PATCH', path, { token: alice.token, body: { title: 'Mine now' } })).status).toBe(403);
      expect((await app.request('PATCH', path, { body: { title: 'Mine now' } })).status).toBe(401);
      const backwards = await app.request('PATCH', path, {
        token: coordinator.token,
        body: { endsAt: new Date(Date.parse(meeting.startsAt) - 1).toISOString() },
      });
      expect(backwards.status).toBe(400);
      expect((await app.request('PATCH', path, { token: coordinator.token, body: {} })).status).toBe(400);
      expect((await app.request('PATCH', path, { token: coordinator.token, body: { capacity: 0 } })).status).toBe(400);
    });
    const renamed = await app.request('PATCH', path, {
      token: coordinator.token,
      body: { title: 'Working group call (moved)', location: 'Ministry of Justice, room 3' },
    });
    expect(renamed.body).toMatchObject({ sequence: 1, title: 'Working group call (moved)' });
    const moved = await app.request('PATCH', path, {
      token: coordinator.token,
      body: { startsAt: new Date(Date.parse(meeting.startsAt) + 3_600_000).toISOString() },
    });
    expect(moved.status).toBe(400);
    const both = await app.request('PATCH', path, {
      token: coordinator.token,
      body: {
        startsAt: new Date(Date.parse(meeting.startsAt) + 3_600_000).toISOString(),
        endsAt: new Date(Date.parse(meeting.endsAt) + 3_600_000).toISOString(),
      },
    });
    expect(both.body.sequence).toBe(2);
    const capacityOnly = await app.request('PATCH', path, { token: coordinator.token, body: { capacity: 30 } });
    expect(capacityOnly.body.sequence).toBe(2);
    expect((await meetingNotices(alice))[0]).toMatchObject({ data: { change: 'changed' } });

    await app.request('POST', `${path}/rsvp`, { token: bob.token, body: { response: 'going' } });
    expect((await app.request('POST', `${path}/cancel`, { token: alice.token })).status).toBe(403);
    const cancelled = await app.request('POST', `${path}/cancel`, { token: coordinator.token });
    expect(cancelled.body).toMatchObject({ cancelled: true, sequence: 3, canRespond: false });
    expect((await meetingNotices(bob))[0]).toMatchObject({ data: { change: 'cancelled' } });
    expect((await app.request('POST', `${path}/cancel`, { token: coordinator.token })).status).toBe(409);
    expect(
      (await app.request('POST', `${path}/rsvp`, { token: alice.token, body: { response: 'going' } })).status,
    ).toBe(409);
    expect((await app.request('PATCH', path, { token: coordinator.token, body: { title: 'Again' } })).status).toBe(409);
  });

  it('minutes and outputs: resources the whole audience may see, shown as each reader may see them', async () => {
    const open = await setting({ visibility: 'public' });
    const { group, coordinator, alice } = open;
    const elsewhere = await setting();
    const meeting = await buildMeeting(app, { group, organiser: coordinator });
    const publicOne = await buildResourceRow(app, { title: 'Public guideline', scope: 'public' });
    const membersOne = await buildResourceRow(app, { title: 'Members toolkit', scope: 'members' });
    const groupOne = await buildResourceRow(app, { title: 'Our draft', scope: 'group', groupId: group.id });
    const otherGroup = await buildResourceRow(app, {
      title: 'Their draft',
      scope: 'group',
      groupId: elsewhere.group.id,
    });
    const path = `/api/meetings/${meeting.id}`;
    await unchangedBy(app, async () => {
      for (const outputIds of [[otherGroup], ['6f1c1d1e-2f4a-4b7c-9d3e-1a2b3c4d5e6f']]) {
        const response = await app.request('PATCH', path, { token: coordinator.token, body: { outputIds } });
        expect(response.status).toBe(400);
        expect(JSON.stringify(response.body.message)).toContain('outputIds');
      }
    });
    const done = await app.request('PATCH', path, {
      token: coordinator.token,
      body: { minutes: '## Decisions\n- Translate the guideline', outputIds: [groupOne, publicOne, membersOne] },
    });
    expect(done.body.sequence).toBe(0);
    expect(done.body.minutes).toContain('Decisions');
    expect(done.body.outputs.map((o: { title: string }) => o.title)).toEqual([
      'Our draft',
      'Public guideline',
      'Members toolkit',
    ]);
    const asMember = await app.request('GET', path, { token: alice.token });
    expect(asMember.body.outputs).toHaveLength(3);
    const asVisitor = await app.request('GET', path);
    expect(asVisitor.body.outputs.map((o: { title: string }) => o.title)).toEqual(['Public guideline']);
  });
});
