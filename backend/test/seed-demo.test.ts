import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_THREAD_IDS, seedDemo } from '@pn/seeds';
import type { Group, GroupMember, Message, Thread } from '@pn/shared';
import { PasswordService } from '../src/modules/auth/password.service';
import { createTestApp, type TestApp } from './support/app';
import { databaseFingerprint } from './support/factories';

describe('the demo network', () => {
  let app: TestApp;
  const passwords = new PasswordService();
  const hash = (password: string) => passwords.hash(password);
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    app = await createTestApp();
    await seedDemo(app.dataSource, hash);
    for (const account of DEMO_ACCOUNTS) {
      const login = await app.request('POST', '/api/auth/login', {
        body: { email: account.email, password: DEMO_PASSWORD },
      });
      tokens[account.email] = login.body.token;
    }
  });
  afterAll(() => app.close());

  it('is idempotent: seeding again changes nothing', async () => {
    const before = await databaseFingerprint(app);
    await seedDemo(app.dataSource, hash);
    expect(await databaseFingerprint(app)).toEqual(before);
  });

  it('makes the demo coordinator a group coordinator of a few groups, with a request waiting', async () => {
    const token = tokens['coordinator@example.org'];
    const mine = await app.request('GET', '/api/groups?mine=true', { token });
    const coordinated = mine.body.items.filter((g: Group) => g.myMembership?.role === 'coordinator');
    expect(coordinated.map((g: Group) => g.slug).sort()).toEqual([
      'parents-and-caregivers',
      'people-who-fear-they-might-offend',
      'social-workers',
    ]);
    const requests = await app.request('GET', '/api/groups/parents-and-caregivers/members?status=pending', { token });
    expect(requests.body.items.map((m: GroupMember) => [m.displayName, m.requestMessage?.startsWith('Demo')])).toEqual([
      ['Demo practitioner', true],
    ]);
    const group = await app.request('GET', '/api/groups/people-who-fear-they-might-offend', { token });
    expect(group.body.memberCount).toBe(3);
  });

  it('has threads whose counters match their messages, readable by their members only', async () => {
    const practitioner = tokens['practitioner@example.org'];
    const threads = await app.request('GET', '/api/groups/people-who-fear-they-might-offend/threads', {
      token: practitioner,
    });
    expect(threads.body.items[0]).toMatchObject({ announcement: true });
    expect(threads.body.items.every((t: Thread) => t.title.startsWith('Demo:'))).toBe(true);
    for (const threadId of DEMO_THREAD_IDS) {
      const [row] = await app.dataSource.query(
        `SELECT t.message_count, t.last_message_at, array_agg(m.position ORDER BY m.position) AS positions,
                max(m.created_at) AS newest
           FROM threads t JOIN messages m ON m.thread_id = t.id WHERE t.id = $1 GROUP BY t.id`,
        [threadId],
      );
      expect(row.positions).toEqual(Array.from({ length: row.message_count }, (_, i) => i + 1));
      expect(row.last_message_at).toEqual(row.newest);
    }
    const messages = await app.request('GET', `/api/threads/${DEMO_THREAD_IDS[0]}/messages`, { token: practitioner });
    expect(messages.body.items.map((m: Message) => m.position)).toEqual([1, 2, 3, 4]);
    expect(messages.body.items[2].replyTo.id).toBe(messages.body.items[1].id);
    const unread = await app.request('GET', '/api/notifications?unread=true', { token: practitioner });
    expect(unread.body.items.map((n: { kind: string }) => n.kind)).toEqual(['mention']);
    const admin = tokens['admin@example.org'];
    expect((await app.request('GET', `/api/threads/${DEMO_THREAD_IDS[0]}`, { token: admin })).status).toBe(404);
  });
});
