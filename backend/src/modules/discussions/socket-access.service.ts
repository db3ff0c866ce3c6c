import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../common/viewer';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { SESSION_COOKIE } from '../auth/auth.cookies';
import { SessionLookupService } from '../auth/session-lookup.service';
import { activeGroupIds } from '../groups/membership-facts';
import type { ReadableThread, SessionThreadAccess, SocketAccess, SocketIdentity } from '../realtime/socket-access';
import { actingRole } from '../second-factor/second-factor.policy';
import { canPost, canReadDiscussions } from './discussions.policy';
import { accountNow, sessionThreadFacts } from './socket-access.repository';
import { threadFacts } from './threads.repository';

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/**
 * What the socket gateway may know, for the realtime module (`SOCKET_ACCESS`): who a handshake stands for,
 * and whether someone may read (or post in) a thread, in one query each, with the account's role and status
 * read at that moment, never kept from the handshake.
 */
@Injectable()
export class SocketAccessService implements SocketAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionLookupService,
  ) {}

  async identify(handshake: {
    token?: string;
    cookieHeader?: string;
  }): Promise<SocketIdentity | 'no-session' | 'ended'> {
    const token = handshake.token ?? cookieValue(handshake.cookieHeader, SESSION_COOKIE);
    if (!token) return 'no-session';
    const found = await this.sessions.resolve(token);
    if (!found) return 'ended';
    const { user, session } = found;
    return {
      userId: user.id,
      sessionId: session.id,
      displayName: user.displayName,
      groupIds: user.status === 'active' ? await activeGroupIds(this.dataSource.manager, user.id) : [],
    };
  }

  async readableThread(threadId: string, viewer: Viewer): Promise<ReadableThread | null> {
    const facts = await threadFacts(this.dataSource.manager, threadId, viewer?.id ?? null);
    if (!facts || !canReadDiscussions(facts.group, facts.membership, viewer)) return null;
    return { threadId: facts.thread.id, groupId: facts.group.id };
  }

  /**
   * The thread as the account behind a socket's session may use it now: `ended` once the session is gone
   * (signed out, expired) or the account is suspended or erased.
   */
  async forSession(threadId: string, sessionId: string): Promise<SessionThreadAccess> {
    const facts = await sessionThreadFacts(this.dataSource.manager, threadId, sessionId);
    if (!facts || facts.account.status === 'suspended' || facts.account.erasedAt) return { session: 'ended' };
    const { account, thread } = facts;
    const role = actingRole(account.role, account.secondFactorEnrolled, this.config.REQUIRE_2FA_ROLES);
    const viewer = { id: account.id, role, status: account.status };
    if (!thread) return { session: 'live', viewer, thread: null, mayPost: false };
    return {
      session: 'live',
      viewer,
      thread: canReadDiscussions(thread.group, thread.membership, viewer)
        ? { threadId: thread.threadId, groupId: thread.group.id }
        : null,
      mayPost: canPost(thread.group, thread.membership, viewer),
    };
  }

  sessionIsLive(sessionId: string): Promise<boolean> {
    return this.sessions.isLive(sessionId);
  }

  async viewer(userId: string): Promise<NonNullable<Viewer> | null> {
    const account = await accountNow(this.dataSource.manager, userId);
    if (!account || account.erasedAt) return null;
    const role = actingRole(account.role, account.secondFactorEnrolled, this.config.REQUIRE_2FA_ROLES);
    return { id: account.id, role, status: account.status };
  }
}
