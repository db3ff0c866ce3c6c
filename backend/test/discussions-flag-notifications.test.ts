import type { Notification } from '@pn/shared';
import { createTestApp, type TestApp } from './support/app';
import { discussionSetting, postAs } from './support/discussions';
import {
  addMember,
  buildCast,
  buildGroup,
  buildThread,
  buildUser,
  unreadNotifications,
  type Cast,
} from './support/builders';
import { arrives, connectedSocket, nextEvent } from './support/sockets';

describe('discussions: a flag notifies who moderates', () => {
  let app: TestApp;
  let cast: Cast;
  beforeAll(async () => {
    app = await createTestApp();
    cast = await buildCast(app);
  });
  afterAll(() => app.close());

  const flag = (token: string, messageId: string, reason = 'Names a client') =>
    app.request('POST', `/api/messages/${messageId}/flag`, { token, body: { reason } });

  it("reaches the group's coordinators live, without the reporter's name, and no one else", async () => {
    const { group, thread, coordinator, alice, bob, outsider } = await discussionSetting(app);
    const message = await postAs(app, bob, thread.id, 'Mrs X from Y street came again');
    const [coordinatorSocket, aliceSocket, bobSocket, outsiderSocket] = await Promise.all([
      connectedSocket(app, coordinator.token),
      connectedSocket(app, alice.token),
      connectedSocket(app, bob.token),
      connectedSocket(app, outsider.token),
    ]);
    const sockets = [coordinatorSocket, aliceSocket, bobSocket, outsiderSocket];
    try {
      const live = nextEvent(coordinatorSocket, 'notification:new');
      const others = Promise.all(
        [aliceSocket, bobSocket, outsiderSocket].map((s) => arrives(s, 'notification:new', 800)),
      );
      expect((await flag(alice.token, message.body.id)).status).toBe(201);
      const notification = await live;
      expect(notification).toMatchObject({
        kind: 'message-flagged',
        count: 1,
        actor: null,
        group: { id: group.id, slug: group.slug },
        thread: { id: thread.id, title: 'Risk assessment tools' },
        data: { messageId: message.body.id },
      });
      // Who flagged is nowhere in it: not as the actor, not in its details.
      expect(JSON.stringify(notification)).not.toContain(alice.user.id);
      expect(JSON.stringify(notification)).not.toContain('Alice');
      // The reporter, the flagged author and a member of another group hear nothing.
      expect(await others).toEqual([false, false, false]);
    } finally {
      for (const socket of sockets) socket.disconnect();
    }
    for (const who of [alice, bob, outsider]) {
      expect((await unreadNotifications(app, who)).filter((n) => n.kind === 'message-flagged')).toEqual([]);
    }
  });

  it('adds further flags in the thread to the same line', async () => {
    const { group, thread, coordinator, alice, bob } = await discussionSetting(app);
    const carol = await buildUser(app, { displayName: 'Carol' });
    await addMember(app, group, carol);
    const first = await postAs(app, bob, thread.id, 'One remark');
    const second = await postAs(app, bob, thread.id, 'Another remark');
    await flag(alice.token, first.body.id);
    await flag(carol.token, first.body.id);
    await flag(alice.token, second.body.id);
    const lines = (await unreadNotifications(app, coordinator)).filter((n) => n.kind === 'message-flagged');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ count: 3, actor: null, data: { messageId: second.body.id } });
  });

  it('does not tell a coordinator who wrote the message, nor one who flags it themselves', async () => {
    const group = await buildGroup(app);
    const [writer, reporter, member] = await Promise.all([buildUser(app), buildUser(app), buildUser(app)]);
    await addMember(app, group, writer, { role: 'coordinator' });
    await addMember(app, group, reporter, { role: 'coordinator' });
    await addMember(app, group, member);
    const thread = await buildThread(app, { group, author: member, title: 'Case notes' });
    const message = await postAs(app, writer, thread.id, 'A coordinator’s own remark');
    expect((await flag(reporter.token, message.body.id)).status).toBe(201);
    for (const who of [writer, reporter]) {
      expect((await unreadNotifications(app, who)).filter((n) => n.kind === 'message-flagged')).toEqual([]);
    }
  });

  it("falls back to the network's coordinators while the group has none", async () => {
    const group = await buildGroup(app);
    const [writer, reporter] = await Promise.all([buildUser(app), buildUser(app)]);
    await addMember(app, group, writer);
    await addMember(app, group, reporter);
    const thread = await buildThread(app, { group, author: writer, title: 'Without a coordinator' });
    const message = await postAs(app, writer, thread.id, 'A remark');
    expect((await flag(reporter.token, message.body.id)).status).toBe(201);
    const lines: Notification[] = (await unreadNotifications(app, cast.coordinator)).filter(
      (n) => n.kind === 'message-flagged' && n.group?.id === group.id,
    );
    expect(lines).toHaveLength(1);
    expect((await unreadNotifications(app, cast.admin)).filter((n) => n.kind === 'message-flagged')).toEqual([]);
  });
});
