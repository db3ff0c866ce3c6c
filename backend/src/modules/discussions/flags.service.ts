import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MessageFlag, Page, pageQuerySchema } from '@pn/shared';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import { AfterCommit } from '../../common/after-commit';
import { AuditService } from '../audit/audit.service';
import { canCoordinate } from '../groups/groups.policy';
import { canFlag } from './discussions.policy';
import { GroupsService } from '../groups/groups.service';
import { MembershipsService } from '../groups/memberships.service';
import { NotificationsService } from '../notifications/notifications.service';
import { RealtimeService } from '../realtime/realtime.service';
import type { UserEntity } from '../users/user.entity';
import { toMessage, toMessageFlag } from './discussions.mapper';
import { flagById, insertFlag, openFlagsOfGroup, resolveFlagsOf } from './flags.repository';
import { hide, loadMessage } from './messages.repository';
import { MessagesService } from './messages.service';

@Injectable()
export class FlagsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly groups: GroupsService,
    private readonly messages: MessagesService,
    private readonly audit: AuditService,
    private readonly realtime: RealtimeService,
    private readonly memberships: MembershipsService,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * Asks the group's coordinators to look at a message; once per person and message. They are notified
   * without the reporter's name (the line has no actor): who flagged shows only in the group's flag list,
   * to those who may moderate. The author is never told, even when they coordinate the group themselves.
   */
  async flag(actor: UserEntity, messageId: string, reason: string): Promise<void> {
    const after = new AfterCommit();
    await this.dataSource.transaction(async (manager) => {
      const { message, thread, group, membership } = await this.messages.context(messageId, actor, manager);
      if (!canFlag(group, membership, actor)) throw new ForbiddenException('an active account is needed to flag');
      if (message.authorId === actor.id) {
        throw new ForbiddenException('this is your own message: edit or delete it instead');
      }
      if (message.deletedAt || message.hiddenAt) throw new ConflictException('this message is no longer shown');
      if (!(await insertFlag(manager, message.id, actor.id, reason)))
        throw new ConflictException('you have flagged this message already');
      const moderators = await this.memberships.coordinatorsOf(manager, group.id);
      await this.notifications.notify(manager, after, {
        kind: 'message-flagged',
        recipientIds: moderators.filter((id) => id !== actor.id && id !== message.authorId),
        actorId: null,
        groupId: group.id,
        threadId: thread.id,
        data: { messageId: message.id },
      });
    });
    await after.run();
  }

  /** The open flags of a group's messages, newest first (deleted messages need no decision). */
  async list(viewer: UserEntity, slug: string, query: z.output<typeof pageQuerySchema>): Promise<Page<MessageFlag>> {
    const { group, membership } = await this.groups.context(slug, viewer);
    if (!canCoordinate(membership, viewer)) throw new ForbiddenException("only the group's coordinators can do this");
    const page = await openFlagsOfGroup(this.dataSource.manager, group.id, query);
    return { items: page.items.map(toMessageFlag), nextCursor: page.nextCursor };
  }

  /** Hides the message or dismisses the flag; either way every open flag on that message is resolved. */
  async resolve(actor: UserEntity, flagId: string, decision: 'hide' | 'dismiss'): Promise<void> {
    const after = new AfterCommit();
    await this.dataSource.transaction(async (manager) => {
      const found = await flagById(manager, flagId);
      if (!found) throw new NotFoundException('no flag with this id');
      // The message's row is the one lock: two decisions on flags of one message queue on it, in one order.
      const { message, thread, group, membership } = await this.messages
        .context(found.messageId, actor, manager, true)
        .catch((error: unknown) => {
          throw error instanceof NotFoundException ? new NotFoundException('no flag with this id') : error;
        });
      if (!canCoordinate(membership, actor)) throw new ForbiddenException("only the group's coordinators can do this");
      const flag = await flagById(manager, flagId);
      if (flag!.resolvedAt) throw new ConflictException('this flag was resolved already');
      const reasons = await resolveFlagsOf(manager, message.id, actor.id, decision === 'hide' ? 'hidden' : 'dismissed');
      const details = {
        threadId: thread.id,
        groupSlug: group.slug,
        authorId: message.authorId,
        reasons,
      };
      const entry = { actorId: actor.id, targetType: 'message', targetId: message.id, details } as const;
      if (decision === 'dismiss') {
        await this.audit.record(manager, { ...entry, action: 'message.flag-dismiss' });
        return;
      }
      if (!message.hiddenAt) {
        await hide(manager, message.id);
      }
      await this.audit.record(manager, { ...entry, action: 'message.hide' });
      const hidden = toMessage(await loadMessage(manager, message.id));
      after.add(() => this.realtime.toThread(thread.id, 'message:updated', hidden));
    });
    await after.run();
  }
}
