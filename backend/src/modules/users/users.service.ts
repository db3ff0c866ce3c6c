import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AccountExport, memberSearchQuerySchema, Page, PublicProfile, updateProfileSchema } from '@pn/shared';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import type { Auth } from '../auth/auth-context';
import { keysetPage } from '../../common/keyset';
import { containsPattern } from '../../common/like';
import { AuditService } from '../audit/audit.service';
import { PasswordService } from '../auth/password.service';
import { SessionsService } from '../auth/sessions.service';
import { AccountEmailsService } from '../accounts/account-emails.service';
import { SecurityNoticesService } from '../accounts/security-notices.service';
import { RealtimeService } from '../realtime/realtime.service';
import { toMessage, toThread } from '../discussions/discussions.mapper';
import { MessageFlagEntity } from '../discussions/message-flag.entity';
import { MessageEntity } from '../discussions/message.entity';
import { ThreadEntity } from '../discussions/thread.entity';
import { toMyMembership } from '../groups/groups.mapper';
import { MembershipEntity } from '../groups/membership.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { toNotification } from '../notifications/notifications.mapper';
import { PracticesExportService } from '../practices/practices-export.service';
import { ResourcesService } from '../resources/resources.service';
import { PasskeyEntity } from '../second-factor/passkey.entity';
import { toPasskey } from '../second-factor/passkeys.mapper';
import { UserEntity } from './user.entity';
import { toPublicProfile, toUser } from './users.mapper';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionsService,
    private readonly realtime: RealtimeService,
    private readonly audit: AuditService,
    private readonly resources: ResourcesService,
    private readonly practices: PracticesExportService,
    private readonly accountEmails: AccountEmailsService,
    private readonly notices: SecurityNoticesService,
  ) {}

  /** Active members whose name or organisation contains the words typed, by name. */
  async search(query: z.output<typeof memberSearchQuerySchema>): Promise<Page<PublicProfile>> {
    const pattern = containsPattern(query.q);
    const builder = this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where(`u.status = 'active' AND u.erased_at IS NULL`)
      .andWhere('(u.display_name ILIKE :pattern OR u.organisation ILIKE :pattern)', { pattern });
    const page = await keysetPage(
      builder,
      [
        { sql: 'u.display_name', order: 'ASC', type: 'text', value: (u) => u.displayName },
        { sql: 'u.id', order: 'ASC', type: 'uuid', value: (u) => u.id },
      ],
      query,
    );
    return { items: page.items.map(toPublicProfile), nextCursor: page.nextCursor };
  }

  /** Another member's profile: only active, not erased accounts have one. */
  async publicProfile(id: string) {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id, status: 'active' });
    if (!user || user.erasedAt) throw new NotFoundException('no member with this id');
    return toPublicProfile(user);
  }

  async updateOwn(auth: Auth, changes: z.output<typeof updateProfileSchema>) {
    const { currentPassword, newPassword, email, ...profile } = changes;
    const newHash = newPassword ? await this.changedPasswordHash(auth.user, currentPassword, newPassword) : undefined;
    const newEmail = email && email !== auth.user.email ? email : undefined;
    if (newEmail && !newHash) await this.checkCurrentPassword(auth.user, currentPassword);
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneByOrFail(UserEntity, { id: auth.user.id });
      Object.assign(user, Object.fromEntries(Object.entries(profile).filter(([, value]) => value !== undefined)));
      if (newHash) {
        user.passwordHash = newHash;
        // A new password ends every other session: whoever knew the old one is signed out.
        await this.sessions.endAllFor(user.id, manager, auth.session.id);
        await this.notices.passwordChanged(manager, user, 'profile');
      }
      // The new address takes effect once confirmed from the link sent to it; the old one is told now.
      if (newEmail) await this.accountEmails.requestAddressChange(manager, user, newEmail);
      else if (email === user.email) user.pendingEmail = null;
      return toUser(await manager.save(user));
    });
  }

  async exportOwn(auth: Auth): Promise<AccountExport> {
    const userId = auth.user.id;
    const manager = this.dataSource.manager;
    const [sessions, auditTrail, memberships, threads, messages, flags, notifications, resources, passkeys] =
      await Promise.all([
        this.sessions.listFor(userId),
        this.audit.involving(userId),
        manager.find(MembershipEntity, { where: { userId }, relations: { group: true }, order: { createdAt: 'ASC' } }),
        manager.find(ThreadEntity, {
          where: { authorId: userId },
          relations: { group: true, author: true },
          order: { createdAt: 'ASC' },
        }),
        manager
          .getRepository(MessageEntity)
          .createQueryBuilder('m')
          .leftJoinAndSelect('m.author', 'a')
          .leftJoinAndSelect('m.replyTo', 'r')
          .leftJoinAndSelect('r.author', 'ra')
          .where('m.author_id = :userId', { userId })
          .orderBy('m.created_at', 'ASC')
          .addOrderBy('m.position', 'ASC')
          .getMany(),
        manager.find(MessageFlagEntity, {
          where: { flaggedBy: userId },
          relations: { message: true },
          order: { createdAt: 'ASC' },
        }),
        manager.find(NotificationEntity, {
          where: { userId },
          relations: { group: true, thread: true, practice: true, actor: true },
          order: { updatedAt: 'DESC' },
        }),
        this.resources.authoredBy(auth.user),
        manager.find(PasskeyEntity, { where: { userId }, order: { createdAt: 'ASC' } }),
      ]);
    // Practices, evaluations and feedback stay after erasure, under "Former member".
    const contributions = await this.practices.of(auth.user);
    const [settings] = (await manager.query(`SELECT kinds FROM email_settings WHERE user_id = $1`, [userId])) as Array<{
      kinds: Record<string, string>;
    }>;
    const groupSettings = (await manager.query(
      `SELECT g.slug AS "groupSlug", s.frequency FROM group_email_settings s JOIN groups g ON g.id = s.group_id
        WHERE s.user_id = $1 ORDER BY g.slug`,
      [userId],
    )) as Array<{ groupSlug: string; frequency: string }>;
    const emails = (await manager.query(
      `SELECT kind, state, created_at, sent_at FROM emails WHERE user_id = $1 ORDER BY created_at`,
      [userId],
    )) as Array<{ kind: string; state: string; created_at: Date; sent_at: Date | null }>;
    return {
      exportedAt: new Date().toISOString(),
      user: toUser(auth.account),
      sessions: sessions.map((session) => ({
        id: session.id,
        createdAt: session.createdAt.toISOString(),
        lastSeenAt: session.lastSeenAt.toISOString(),
        expiresAt: session.expiresAt.toISOString(),
        userAgent: session.userAgent,
        ip: session.ip,
        current: session.id === auth.session.id,
      })),
      auditTrail,
      memberships: memberships.map((membership) => ({
        ...toMyMembership(membership),
        group: { id: membership.group!.id, slug: membership.group!.slug, name: membership.group!.name },
      })),
      threads: threads.map((thread) => toThread(thread)),
      // Their own words, including what a coordinator hid from the others.
      messages: messages.map((message) => toMessage(message, { revealHidden: true })),
      flags: flags.map((flag) => ({
        id: flag.id,
        messageId: flag.messageId,
        threadId: flag.message!.threadId,
        reason: flag.reason,
        createdAt: flag.createdAt.toISOString(),
        resolution: flag.resolution,
      })),
      notifications: notifications.map(toNotification),
      resources,
      passkeys: passkeys.map(toPasskey),
      ...contributions,
      emailSettings: { kinds: settings?.kinds ?? {}, groups: groupSettings },
      emails: emails.map((email) => ({
        kind: email.kind,
        state: email.state,
        createdAt: email.created_at.toISOString(),
        sentAt: email.sent_at?.toISOString() ?? null,
      })),
    };
  }

  /**
   * Erasure: personal data is removed and every session ends; the row stays, anonymised, so that
   * what the person contributed keeps an author ("Former member") and the network's work is not lost.
   */
  async eraseOwn(auth: Auth): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, auth.user.id, {
        email: `erased-${auth.user.id}@erased.invalid`,
        passwordHash: null,
        displayName: 'erased',
        organisation: null,
        languages: [],
        status: 'suspended',
        erasedAt: new Date(),
      });
      await this.sessions.endAllFor(auth.user.id, manager);
      // Which groups someone was in, and what they were told, is personal data too; what they wrote stays,
      // under "Former member".
      await manager.query(
        `UPDATE groups g SET member_count = member_count - 1 FROM group_memberships m
          WHERE m.group_id = g.id AND m.user_id = $1 AND m.status = 'active'`,
        [auth.user.id],
      );
      await manager.delete(MembershipEntity, { userId: auth.user.id });
      await manager.delete(NotificationEntity, { userId: auth.user.id });
      await manager.query(`DELETE FROM thread_readers WHERE user_id = $1`, [auth.user.id]);
      // Their devices, links, email choices and the addresses their emails went to are personal data too;
      // what was still waiting to go out is not sent.
      for (const table of ['known_devices', 'account_tokens', 'email_settings', 'group_email_settings']) {
        await manager.query(`DELETE FROM ${table} WHERE user_id = $1`, [auth.user.id]);
      }
      await manager.query(
        `UPDATE emails SET to_address = $2, payload = '{}',
                error = CASE WHEN state IN ('queued', 'sending') THEN 'the account was erased' ELSE error END,
                state = CASE WHEN state IN ('queued', 'sending') THEN 'skipped' ELSE state END
          WHERE user_id = $1`,
        [auth.user.id, `erased-${auth.user.id}@erased.invalid`],
      );
      await this.audit.record(manager, {
        actorId: auth.user.id,
        action: 'user.erase',
        targetType: 'user',
        targetId: auth.user.id,
      });
    });
    // Again once committed: a socket whose handshake overlapped the erasure is closed too.
    await this.realtime.rightsChanged(auth.user.id);
  }

  private async checkCurrentPassword(user: UserEntity, current: string | undefined): Promise<void> {
    if (!current || !(await this.passwords.verify(user.passwordHash, current))) {
      throw new BadRequestException(['currentPassword: is not your current password']);
    }
  }

  private async changedPasswordHash(user: UserEntity, current: string | undefined, next: string): Promise<string> {
    if (!current || !(await this.passwords.verify(user.passwordHash, current))) {
      throw new BadRequestException(['currentPassword: is not your current password']);
    }
    return this.passwords.hash(next);
  }
}
