import { discussionSetting, postAs } from './support/discussions';
import type { BuiltUser } from './support/builders';
import type { TestApp } from './support/app';
import { useEmailApp } from './support/email-app';

const mail = useEmailApp();
let app: TestApp;
beforeAll(() => {
  ({ app } = mail);
});
const { sentTo, emailRows } = mail;

/** Sets one kind of email of a member to a frequency, keeping the others. */
async function setFrequency(who: BuiltUser, kind: string, frequency: string): Promise<void> {
  const current = await app.request('GET', '/api/users/me/notification-settings', { token: who.token });
  const kinds = { ...current.body.kinds, [kind]: frequency };
  const saved = await app.request('PUT', '/api/users/me/notification-settings', {
    token: who.token,
    body: { kinds, groups: [] },
  });
  expect(saved.status).toBe(200);
}

describe('flagged messages by email', () => {
  it("follow the coordinator's setting for requests to join, and never name who flagged", async () => {
    const { thread, coordinator, alice, bob } = await discussionSetting(app);
    await setFrequency(coordinator, 'join-request', 'immediately');
    const message = await postAs(app, bob, thread.id, 'Too much about a client');
    const flagged = await app.request('POST', `/api/messages/${message.body.id}/flag`, {
      token: alice.token,
      body: { reason: 'Identifies a client' },
    });
    expect(flagged.status).toBe(201);
    const email = await sentTo(coordinator.user.email, /A message in Risk assessment tools .* was flagged/);
    expect(email.text).toContain('https://network.example.org/moderation');
    expect(email.text).not.toContain('Alice');
    expect(email.text).not.toContain('Identifies a client');
    expect(email.header('list-unsubscribe')).toBeTruthy();
  });

  it('send nothing at once to a coordinator who chose a digest for them', async () => {
    const { thread, coordinator, alice, bob } = await discussionSetting(app);
    await setFrequency(coordinator, 'join-request', 'daily');
    const message = await postAs(app, bob, thread.id, 'Another remark');
    await app.request('POST', `/api/messages/${message.body.id}/flag`, {
      token: alice.token,
      body: { reason: 'Off topic' },
    });
    expect(await emailRows(coordinator.user.id, 'join-request')).toEqual([]);
  });
});
