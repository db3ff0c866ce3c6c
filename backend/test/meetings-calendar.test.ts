import ICAL from 'ical.js';
import { createTestApp, type TestApp } from './support/app';
import { checkedFetch } from './support/contract';
import { discussionSetting } from './support/discussions';
import { buildMeeting, buildUser, meetingFields } from './support/builders';

/** The events of a calendar as a real iCalendar parser reads them. */
function eventsOf(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe('vcalendar');
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      sequence: event.sequence,
      summary: event.summary,
      status: component.getFirstPropertyValue('status'),
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      description: event.description,
    };
  });
}

describe('meetings: calendar files and private feeds', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  const ics = async (meetingId: string, token?: string) => {
    const response = await checkedFetch(`${app.url}/api/meetings/${meetingId}/ics`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename=".+\.ics"/);
    return response.text();
  };

  it('one VEVENT with a stable UID, a SEQUENCE that rises, and STATUS:CANCELLED once cancelled', async () => {
    const { group, coordinator, alice } = await discussionSetting(app);
    const meeting = await buildMeeting(app, {
      group,
      organiser: coordinator,
      title: 'Peer review; planning, and more',
      agenda:
        'Line one\nLine two with a long sentence that goes on and on, well past the seventy-five octets of a folded line: æøå',
    });
    const first = eventsOf(await ics(meeting.id, alice.token));
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({
      sequence: 0,
      status: 'CONFIRMED',
      summary: 'Peer review; planning, and more',
      start: meeting.startsAt,
    });
    expect(first[0]!.description).toContain('Line two with a long sentence');
    expect(first[0]!.description).toContain('æøå');
    expect(first[0]!.description).toContain('Europe/Copenhagen');

    await app.request('PATCH', `/api/meetings/${meeting.id}`, { token: coordinator.token, body: { title: 'Moved' } });
    const second = eventsOf(await ics(meeting.id, alice.token));
    expect(second[0]).toMatchObject({ uid: first[0]!.uid, sequence: 1, summary: 'Moved' });
    await app.request('POST', `/api/meetings/${meeting.id}/cancel`, { token: coordinator.token });
    const third = eventsOf(await ics(meeting.id, alice.token));
    expect(third[0]).toMatchObject({ uid: first[0]!.uid, sequence: 2, status: 'CANCELLED' });
    expect(third[0]!.sequence).toBeGreaterThan(second[0]!.sequence);
  });

  it('times are right for a meeting in Copenhagen across the late-October change to winter time', async () => {
    const { group, coordinator, alice } = await discussionSetting(app);
    const year = new Date().getUTCFullYear() + 1;
    // The last Sunday of October: 03:00 summer time (UTC+2) becomes 02:00 winter time (UTC+1).
    const lastSunday = new Date(Date.UTC(year, 9, 31));
    lastSunday.setUTCDate(31 - lastSunday.getUTCDay());
    const day = lastSunday.toISOString().slice(0, 10);
    const saturday = new Date(lastSunday.getTime() - 86_400_000).toISOString().slice(0, 10);
    const monday = new Date(lastSunday.getTime() + 86_400_000).toISOString().slice(0, 10);
    const across = await buildMeeting(app, {
      group,
      organiser: coordinator,
      ...meetingFields({ startsAt: `${day}T01:30:00+02:00`, endsAt: `${day}T03:30:00+01:00` }),
    });
    const before = await buildMeeting(app, {
      group,
      organiser: coordinator,
      ...meetingFields({ startsAt: `${saturday}T10:00:00+02:00`, endsAt: `${saturday}T11:00:00+02:00` }),
    });
    const after = await buildMeeting(app, {
      group,
      organiser: coordinator,
      ...meetingFields({ startsAt: `${monday}T10:00:00+01:00`, endsAt: `${monday}T11:00:00+01:00` }),
    });
    const [event] = eventsOf(await ics(across.id, alice.token));
    expect(event).toMatchObject({ start: `${saturday}T23:30:00.000Z`, end: `${day}T02:30:00.000Z` });
    // Three hours of wall clock: 01:30 summer time to 03:30 winter time.
    expect(Date.parse(event!.end) - Date.parse(event!.start)).toBe(3 * 3_600_000);
    expect(eventsOf(await ics(before.id, alice.token))[0]!.start).toBe(`${saturday}T08:00:00.000Z`);
    expect(eventsOf(await ics(after.id, alice.token))[0]!.start).toBe(`${monday}T09:00:00.000Z`);
  });

  it('a private feed of my groups’ meetings, without a session; renewing retires the old address', async () => {
    const { group, coordinator, alice } = await discussionSetting(app);
    const other = await discussionSetting(app);
    const ours = await buildMeeting(app, { group, organiser: coordinator, title: 'Ours' });
    await buildMeeting(app, { group: other.group, organiser: other.coordinator, title: 'Theirs' });
    expect((await app.request('GET', '/api/users/me/calendar')).status).toBe(401);
    expect((await app.request('POST', '/api/users/me/calendar/renew')).status).toBe(401);
    const first = await app.request('GET', '/api/users/me/calendar', { token: alice.token });
    expect(first.body.url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{20,}\.ics$/);
    expect((await app.request('GET', '/api/users/me/calendar', { token: alice.token })).body.url).toBe(first.body.url);
    // Only a hash is stored.
    const token = first.body.url.split('/').pop()!.replace('.ics', '');
    const stored = await app.dataSource.query(`SELECT token_hash FROM calendar_feeds WHERE user_id = $1`, [
      alice.user.id,
    ]);
    expect(stored[0].token_hash).not.toContain(token);

    const feedPath = new URL(first.body.url).pathname;
    const feed = await checkedFetch(`${app.url}${feedPath}`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
    const events = eventsOf(await feed.text());
    expect(events.map((e) => e.summary)).toEqual(['Ours']);
    expect(events[0]!.uid).toContain(ours.id);

    const renewed = await app.request('POST', '/api/users/me/calendar/renew', { token: alice.token });
    expect(renewed.body.url).not.toBe(first.body.url);
    expect((await checkedFetch(`${app.url}${feedPath}`)).status).toBe(404);
    expect((await checkedFetch(`${app.url}${new URL(renewed.body.url).pathname}`)).status).toBe(200);
    expect((await checkedFetch(`${app.url}/api/calendar/${'A'.repeat(43)}.ics`)).status).toBe(404);
    expect((await checkedFetch(`${app.url}/api/calendar/bad!token`)).status).toBe(400);

    const theirs = await app.request('GET', '/api/users/me/calendar', { token: other.alice.token });
    const theirEvents = eventsOf(await (await checkedFetch(`${app.url}${new URL(theirs.body.url).pathname}`)).text());
    expect(theirEvents.map((e) => e.summary)).toEqual(['Theirs']);
  });

  it('feed reads are limited per address', async () => {
    const limited = await createTestApp({}, { shareDatabaseOf: app });
    try {
      const member = await buildUser(limited);
      const { url } = (await limited.request('GET', '/api/users/me/calendar', { token: member.token })).body;
      const path = new URL(url).pathname;
      let status = 200;
      for (let i = 0; i < 301 && status === 200; i++) status = (await fetch(`${limited.url}${path}`)).status;
      expect(status).toBe(429);
    } finally {
      await limited.close();
    }
  });
});
