import type { Message } from '@pn/shared';
import { randomUUID } from 'node:crypto';
import type { TestApp } from './app';
import { addMember, buildGroup, buildThread, buildUser, type BuiltUser, type GroupOverrides } from './builders';

/** A group with a group coordinator, two members (Alice, who started its thread, and Bob) and a member of another group. */
export async function discussionSetting(app: TestApp, overrides: GroupOverrides = {}) {
  const group = await buildGroup(app, overrides);
  const other = await buildGroup(app);
  const [coordinator, alice, bob, outsider] = await Promise.all([
    buildUser(app, { displayName: 'Group coordinator' }),
    buildUser(app, { displayName: 'Alice' }),
    buildUser(app, { displayName: 'Bob' }),
    buildUser(app, { displayName: 'Member elsewhere' }),
  ]);
  await addMember(app, group, coordinator, { role: 'coordinator' });
  await addMember(app, group, alice);
  await addMember(app, group, bob);
  await addMember(app, other, outsider);
  const thread = await buildThread(app, { group, author: alice, title: 'Risk assessment tools' });
  return { group, thread, coordinator, alice, bob, outsider };
}

/** Posts a message as someone and answers the response whatever it is (for tests of posting). */
export function postAs(
  app: TestApp,
  who: BuiltUser,
  threadId: string,
  body: string,
  extra: Record<string, unknown> = {},
) {
  return app.request<Message>('POST', `/api/threads/${threadId}/messages`, {
    token: who.token,
    body: { body, clientId: randomUUID(), ...extra },
  });
}

/** A thread's messages as someone (no token: a visitor). */
export function messagesOf(app: TestApp, threadId: string, token: string | undefined, query = '') {
  return app.request('GET', `/api/threads/${threadId}/messages${query}`, { token });
}
