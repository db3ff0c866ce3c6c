import { randomUUID } from 'node:crypto';
import { LinkTokens } from '../../../src/modules/mail/link-tokens.service';
import type { TestApp } from '../app';
import { buildUser, type BuiltUser } from './users';

export interface InvitationOverrides {
  /** A new address unless given. */
  email?: string;
  /** Invites to this group too (by its slug); the network only unless given. */
  group?: { slug: string };
  /** A coordinator of the network (or of the group); a new network coordinator unless given. */
  invitedBy?: BuiltUser;
}

/**
 * An invitation made through the API, as a coordinator makes it; answers it with the token of its emailed
 * link (derived as the email derives it), so that a test can accept it without reading the email.
 */
export async function buildInvitation(
  app: TestApp,
  overrides: InvitationOverrides = {},
): Promise<{ invitation: { id: string; email: string } & Record<string, unknown>; token: string }> {
  const invitedBy = overrides.invitedBy ?? (await buildUser(app, { role: 'coordinator' }));
  const response = await app.request('POST', '/api/invitations', {
    token: invitedBy.token,
    body: {
      email: overrides.email ?? `invited-${randomUUID()}@example.org`,
      ...(overrides.group ? { groupSlug: overrides.group.slug } : {}),
    },
  });
  if (response.status !== 201) throw new Error(`inviting: ${response.status} ${JSON.stringify(response.body)}`);
  return { invitation: response.body, token: app.app.get(LinkTokens).derive('invitation', response.body.id) };
}
