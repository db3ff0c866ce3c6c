import type { MessageFlag } from '@pn/shared';
import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from './support/app';
import { discussionSetting, messagesOf as messagesOfThread, postAs } from './support/discussions';
import { addMember, buildCast, buildUser, type BuiltUser, type Cast, type GroupOverrides } from './support/builders';
import { unchangedBy } from './support/factories';
import { connectedSocket, joinThread, nextEvent } from './support/sockets';

describe('discussions: flags', () => {
  let app: TestApp;
  let cast: Cast;
  beforeAll(async () => {
    app = await createTestApp();
    cast = await buildCast(app);
  });
  afterAll(() => app.close());

  const setting = (overrides: GroupOverrides = {}) => discussionSetting(app, overrides);
  const post = (who: BuiltUser, threadId: string, body: string, extra: Record<string, unknown> = {}) =>
    postAs(app, who, threadId, body, extra);
  const messagesOf = (threadId: string, token: string | undefined, query = '') =>
    messagesOfThread(app, threadId, token, query);

  describe('flags', () => {
    it('POST /messages/:id/flag: members who can read it, once each; not one’s own', async () => {
      const { thread, alice, bob, outsider } = await setting();
      const message = await post(bob, thread.id, 'A doubtful remark');
      const path = `/api/messages/${message.body.id}/flag`;
      const body = { reason: 'Identifies a client' };
      await unchangedBy(app, async () => {
        expect((await app.request('POST', path, { body })).status).toBe(401);
        expect((await app.request('POST', path, { token: cast.pending.token, body })).status).toBe(403);
        expect((await app.request('POST', path, { token: outsider.token, body })).status).toBe(404);
        expect((await app.request('POST', path, { token: bob.token, body })).status).toBe(403);
        for (const bad of [{}, { reason: '' }, { reason: 'x'.repeat(1001) }, { reason: 'x', severity: 3 }]) {
          expect((await app.request('POST', path, { token: alice.token, body: bad })).status).toBe(400);
        }
      });
      expect((await app.request('POST', path, { token: alice.token, body })).status).toBe(201);
      const twice = await unchangedBy(app, () => app.request('POST', path, { token: alice.token, body }));
      expect(twice.status).toBe(409);
    });

    it('coordinators list open flags and hide the message: all its flags resolve, readers see no words', async () => {
      const { thread, group, alice, bob, coordinator } = await setting();
      const carol = await buildUser(app, { displayName: 'Carol' });
      await addMember(app, group, carol);
      const message = await post(bob, thread.id, 'Names a child in a case');
      const other = await post(bob, thread.id, 'Fine');
      await app.request('POST', `/api/messages/${message.body.id}/flag`, {
        token: alice.token,
        body: { reason: 'Identifies a child' },
      });
      await app.request('POST', `/api/messages/${message.body.id}/flag`, {
        token: carol.token,
        body: { reason: 'Confidential' },
      });
      await app.request('POST', `/api/messages/${other.body.id}/flag`, { token: alice.token, body: { reason: 'Hmm' } });
      const path = `/api/groups/${group.slug}/flags`;
      expect((await app.request('GET', path)).status).toBe(401);
      for (const token of [alice.token, cast.pending.token, cast.admin.token]) {
        expect((await app.request('GET', path, { token })).status).toBe(403);
      }
      const flags = await app.request('GET', path, { token: coordinator.token });
      expect(flags.status).toBe(200);
      expect(flags.body.items).toHaveLength(3);
      const carolsFlag: MessageFlag = flags.body.items.find((f: MessageFlag) => f.reason === 'Confidential');
      expect(carolsFlag).toMatchObject({
        message: { id: message.body.id, body: 'Names a child in a case' },
        threadTitle: 'Risk assessment tools',
        flaggedBy: { id: carol.user.id, displayName: 'Carol' },
      });
      const resolvePath = `/api/flags/${carolsFlag.id}/resolve`;
      await unchangedBy(app, async () => {
        expect((await app.request('POST', resolvePath, { body: { decision: 'hide' } })).status).toBe(401);
        for (const who of [alice, bob, cast.admin]) {
          const response = await app.request('POST', resolvePath, { token: who.token, body: { decision: 'hide' } });
          expect(response.status).toBe(who === cast.admin ? 404 : 403);
        }
        for (const bad of [{}, { decision: 'delete' }, { decision: 'hide', note: 'x' }]) {
          expect((await app.request('POST', resolvePath, { token: coordinator.token, body: bad })).status).toBe(400);
        }
        const unknown = await app.request('POST', `/api/flags/${randomUUID()}/resolve`, {
          token: coordinator.token,
          body: { decision: 'hide' },
        });
        expect(unknown.status).toBe(404);
      });
      const socket = await connectedSocket(app, alice.token);
      try {
        await joinThread(socket, thread.id);
        const live = nextEvent(socket, 'message:updated');
        const hide = await app.request('POST', resolvePath, { token: coordinator.token, body: { decision: 'hide' } });
        expect(hide.status).toBe(204);
        expect(await live).toMatchObject({ id: message.body.id, hidden: true, body: '' });
      } finally {
        socket.disconnect();
      }
      const remaining = await app.request('GET', path, { token: coordinator.token });
      expect(remaining.body.items.map((f: MessageFlag) => f.message.id)).toEqual([other.body.id]);
      const listed = await messagesOf(thread.id, carol.token);
      expect(listed.body.items[0]).toMatchObject({ id: message.body.id, body: '', hidden: true, deleted: false });
      const rows = await app.dataSource.query(`SELECT resolution FROM message_flags WHERE message_id = $1`, [
        message.body.id,
      ]);
      expect(rows).toEqual([{ resolution: 'hidden' }, { resolution: 'hidden' }]);
      const again = await app.request('POST', resolvePath, { token: coordinator.token, body: { decision: 'dismiss' } });
      expect(again.status).toBe(409);

      const dismiss = await app.request('POST', `/api/flags/${remaining.body.items[0].id}/resolve`, {
        token: cast.coordinator.token,
        body: { decision: 'dismiss' },
      });
      expect(dismiss.status).toBe(204);
      expect((await app.request('GET', path, { token: coordinator.token })).body.items).toEqual([]);
      const audit = await app.request('GET', '/api/admin/audit?limit=100', { token: cast.admin.token });
      const actions = audit.body.items
        .filter((e: { targetId: string }) => [message.body.id, other.body.id].includes(e.targetId))
        .map((e: { action: string; details: { reasons: string[] } }) => [e.action, e.details.reasons.sort()]);
      expect(actions).toEqual([
        ['message.flag-dismiss', ['Hmm']],
        ['message.hide', ['Confidential', 'Identifies a child']],
      ]);
    });
  });

  it('two coordinators deciding on flags of one message at once: one decision, the other a 409', async () => {
    const { thread, group, alice, bob, coordinator } = await setting();
    const carol = await buildUser(app);
    await addMember(app, group, carol);
    const message = await post(bob, thread.id, 'Contested');
    for (const who of [alice, carol]) {
      await app.request('POST', `/api/messages/${message.body.id}/flag`, { token: who.token, body: { reason: 'No' } });
    }
    const flags = (await app.request('GET', `/api/groups/${group.slug}/flags`, { token: coordinator.token })).body
      .items as MessageFlag[];
    const statuses = await Promise.all(
      flags.map((flag, index) =>
        app.request('POST', `/api/flags/${flag.id}/resolve`, {
          token: index ? coordinator.token : cast.coordinator.token,
          body: { decision: index ? 'hide' : 'dismiss' },
        }),
      ),
    );
    expect(statuses.map((r) => r.status).sort()).toEqual([204, 409]);
    const rows = await app.dataSource.query(`SELECT DISTINCT resolution FROM message_flags WHERE message_id = $1`, [
      message.body.id,
    ]);
    expect(rows).toHaveLength(1);
  });
});
