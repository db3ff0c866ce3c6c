import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { adminUpdateUserSchema, listUsersQuerySchema, Page, SessionsEnded, User } from '@pn/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AuditService } from '../audit/audit.service';
import { SessionsService } from '../auth/sessions.service';
import { Outbox } from '../mail/outbox.service';
import { RealtimeService } from '../realtime/realtime.service';
import { UserEntity } from '../users/user.entity';
import { toUser } from '../users/users.mapper';
import { adminAccountsRepository as accounts } from './admin-accounts.repository';
import { auditActionsFor, refuseAccountChange } from './users.policy';

@Injectable()
export class AdminUsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
    private readonly realtime: RealtimeService,
  ) {}

  async list(query: z.output<typeof listUsersQuerySchema>): Promise<Page<User>> {
    const page = await accounts.page(this.dataSource.manager, query);
    return { items: page.items.map(toUser), nextCursor: page.nextCursor };
  }

  approve(actorId: string, id: string): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.pendingAccount(manager, id);
      user.status = 'active';
      user.approvedAt = new Date();
      user.approvedBy = actorId;
      await accounts.save(manager, user);
      await this.audit.record(manager, { actorId, action: 'user.approve', targetType: 'user', targetId: id });
      await this.outbox.enqueue(manager, {
        kind: 'application-approved',
        to: user.email,
        userId: user.id,
        locale: user.locale,
        dedupeKey: `application-approved:${user.id}`,
        payload: { displayName: user.displayName },
      });
      return toUser(user);
    });
  }

  /** A rejected application is removed: the applicant's data is kept no longer than needed. */
  async reject(actorId: string, id: string, reason: string | undefined): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await this.pendingAccount(manager, id);
      await accounts.remove(manager, id);
      await this.audit.record(manager, {
        actorId,
        action: 'user.reject',
        targetType: 'user',
        targetId: null,
        details: { rejectedUserId: id, displayName: user.displayName, reason: reason ?? null },
      });
      // The account is gone: the email keeps its address and language, and the coordinator's reason.
      await this.outbox.enqueue(manager, {
        kind: 'application-declined',
        to: user.email,
        userId: null,
        locale: user.locale,
        dedupeKey: `application-declined:${id}`,
        payload: { displayName: user.displayName, reason: reason ?? null },
      });
    });
  }

  async update(actorId: string, id: string, change: z.output<typeof adminUpdateUserSchema>): Promise<User> {
    const updated = await this.dataSource.transaction(async (manager) => {
      const user = await accounts.lock(manager, id);
      if (!user) throw new NotFoundException('no account with this id');
      const refusal = refuseAccountChange(actorId, user);
      if (refusal) throw new ConflictException(refusal);
      const actions = auditActionsFor(user, change);
      const before = { role: user.role, status: user.status };
      if (change.role) user.role = change.role;
      if (change.status) user.status = change.status;
      await accounts.save(manager, user);
      if (change.status === 'suspended') await this.sessions.endAllFor(id, manager);
      for (const action of actions) {
        await this.audit.record(manager, {
          actorId,
          action,
          targetType: 'user',
          targetId: id,
          details: { before, after: { role: user.role, status: user.status }, reason: change.reason ?? null },
        });
      }
      return toUser(user);
    });
    // Once committed, so that what the open sockets re-read is the new role or status, on every instance.
    await this.realtime.rightsChanged(id);
    return updated;
  }

  /** Signs a member out everywhere (a lost phone, a suspected break-in): every session ends, its sockets close. */
  endSessions(actorId: string, id: string): Promise<SessionsEnded> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await accounts.exists(manager, id))) throw new NotFoundException('no account with this id');
      const ended = await this.sessions.endAllFor(id, manager);
      await this.audit.record(manager, {
        actorId,
        action: 'user.sessions-end',
        targetType: 'user',
        targetId: id,
        details: { ended },
      });
      return { ended };
    });
  }

  private async pendingAccount(manager: EntityManager, id: string): Promise<UserEntity> {
    const user = await accounts.lock(manager, id);
    if (!user) throw new NotFoundException('no account with this id');
    if (user.status !== 'pending') throw new ConflictException(`this account is ${user.status}, not pending`);
    return user;
  }
}
