import type { Thread } from '@pn/shared';
import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from './support/app';
import { discussionSetting } from './support/discussions';
import { addMember, buildCast, buildGroup, buildThread, buildUser, unchangedBy, type Cast } from './support/factories';
import { arrives, connectedSocket, nextEvent } from './support/sockets';

/** Pinned threads: group coordinators put a thread at the top of their group. */
describe('discussions: pinned threads', () => {
  let app: TestApp;
  let cast: Cast;
  beforeAll(async () => {
    app = await createTestApp();
    cast = await buildCast(app);
  });
  afterAll(() => app.close());

  const pinPath = (threadId: string) => `/api/threads/${threadId}/pin`;

  it("is for the coordinators of the thread's group: 401 visitor, 403 member and pending, 404 who cannot read it", async () => {
    const { thread, alice } = await discussionSetting(app);
    const elsewhere = await buildUser(app);
    await addMember(app, await buildGroup(app), elsewhere, { role: 'coordinator' });
    const open = await discussionSetting(app, { visibility: 'public' });
    await unchangedBy(app, async () => {
      for (const method of ['POST', 'DELETE'] as const) {
        expect((await app.request(method, pinPath(thread.id))).status).toBe(401);
        expect((await app.request(method, pinPath(thread.id), { token: alice.token })).status).toBe(403);
        expect((await app.request(method, pinPath(thread.id), { token: cast.pending.token })).status).toBe(403);
        // Another group's coordinator cannot read a members-only group: its thread does not exist for them.
        expect((await app.request(method, pinPath(thread.id), { token: elsewhere.token })).status).toBe(404);
        // A public-read group's thread they can read, but not pin.
        const readable = await app.request(method, pinPath(open.thread.id), { token: elsewhere.token });
        expect(readable.status).toBe(403);
        expect((await app.request(method, pinPath(randomUUID()), { token: alice.token })).status).toBe(404);
        expect((await app.request(method, '/api/threads/not-a-uuid/pin', { token: alice.token })).status).toBe(400);
      }
    });
  });

  it('pins and unpins, audited; pinning twice keeps the first time and writes one entry', async () => {
    const { thread, coordinator } = await discussionSetting(app);
    const pinned = await app.request<Thread>('POST', pinPath(thread.id), { token: coordinator.token });
    expect(pinned.status).toBe(200);
    expect(pinned.body).toMatchObject({ id: thread.id, pinned: true });
    const again = await app.request<Thread>('POST', pinPath(thread.id), { token: coordinator.token });
    expect(again.body.pinnedAt).toBe(pinned.body.pinnedAt);
    const shown = await app.request<Thread>('GET', `/api/threads/${thread.id}`, { token: coordinator.token });
    expect(shown.body).toMatchObject({ pinned: true, pinnedAt: pinned.body.pinnedAt });

    const unpinned = await app.request<Thread>('DELETE', pinPath(thread.id), { token: coordinator.token });
    expect(unpinned.status).toBe(200);
    expect(unpinned.body).toMatchObject({ pinned: false, pinnedAt: null });
    const network = await app.request('POST', pinPath(thread.id), { token: cast.coordinator.token });
    expect(network.status).toBe(200);

    const audit = await app.request('GET', `/api/admin/audit?targetId=${thread.id}`, { token: cast.admin.token });
    expect(
      audit.body.items.map((entry: { action: string; actor: { id: string } }) => [entry.action, entry.actor.id]),
    ).toEqual([
      ['thread.pin', cast.coordinator.user.id],
      ['thread.unpin', coordinator.user.id],
      ['thread.pin', coordinator.user.id],
    ]);
  });

  it("tells the group's members' open pages that the order changed, and no one else", async () => {
    const { group, thread, coordinator, bob, outsider } = await discussionSetting(app);
    const [member, stranger] = await Promise.all([
      connectedSocket(app, bob.token),
      connectedSocket(app, outsider.token),
    ]);
    try {
      const activity = nextEvent(member, 'group:activity');
      const leaked = arrives(stranger, 'group:activity');
      expect((await app.request('POST', pinPath(thread.id), { token: coordinator.token })).status).toBe(200);
      expect(await activity).toEqual({ groupId: group.id, threadId: thread.id });
      expect(await leaked).toBe(false);
    } finally {
      member.disconnect();
      stranger.disconnect();
    }
  });

  it('lists pinned threads first, then announcements, then by latest message, across pages', async () => {
    const { group, thread: recent, coordinator, alice } = await discussionSetting(app);
    const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000);
    const oldest = await buildThread(app, { group, author: alice, lastMessageAt: at(60) });
    const announcement = await buildThread(app, {
      group,
      author: coordinator,
      announcement: true,
      lastMessageAt: at(50),
    });
    const older = await buildThread(app, { group, author: alice, lastMessageAt: at(30) });
    for (const thread of [oldest, older]) {
      expect((await app.request('POST', pinPath(thread.id), { token: coordinator.token })).status).toBe(200);
    }
    const expected = [older.id, oldest.id, announcement.id, recent.id];
    const path = `/api/groups/${group.slug}/threads`;
    const all = await app.request('GET', path, { token: alice.token });
    expect(all.body.items.map((t: Thread) => t.id)).toEqual(expected);
    expect(all.body.items.map((t: Thread) => t.pinned)).toEqual([true, true, false, false]);

    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: Thread[]; nextCursor: string | null } } = await app.request(
        'GET',
        `${path}?limit=1${cursor ? `&cursor=${cursor}` : ''}`,
        { token: alice.token },
      );
      paged.push(...page.body.items.map((t) => t.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(paged).toEqual(expected);
  });
});
