import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MessageFlag, Page, pageQuerySchema } from '@pn/shared';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import { AfterCommit } from '../../common/after-commit';
import { keysetPage, timeKey } from '../../common/keyset';
import { AuditService } from '../audit/audit.service';
import { canCoordinate } from '../groups/groups.policy';
import { canFlag } from './discussions.policy';
import { GroupsService } from '../groups/groups.service';
import { RealtimeService } from '../realtime/realtime.service';
import type { UserEntity } from '../users/user.entity';
import { toMessage, toMessageFlag } from './discussions.mapper';
import { MessageFlagEntity } from './message-flag.entity';
import { MessagesService } from './messages.service';
import { ThreadsService } from './threads.service';

@Injectable()
export class FlagsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly groups: GroupsService,
    private readonly threads: ThreadsService,
    private readonly messages: MessagesService,
    private readonly audit: AuditService,
    private readonly realtime: RealtimeService,
  ) {}

  /** Asks the group's coordinators to look at a message; once per person and message. */
  async flag(actor: UserEntity, messageId: string, reason: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { message, group, membership } = await this.messages.context(messageId, actor, manager);
      if (!canFlag(group, membership, actor)) throw new ForbiddenException('an active account is needed to flag');
      if (message.authorId === actor.id) {
        throw new ForbiddenException('this is your own message: edit or delete it instead');
      }
      if (message.deletedAt || message.hiddenAt) throw new ConflictException('this message is no longer shown');
      const inserted = (await manager.query(
        `INSERT INTO message_flags (message_id, flagged_by, reason) VALUES ($1, $2, $3)
         ON CONFLICT ON CONSTRAINT message_flags_message_flagger_key DO NOTHING RETURNING id`,
        [message.id, actor.id, reason],
      )) as unknown[];
      if (inserted.length === 0) throw new ConflictException('you have flagged this message already');
    });
  }

  /** The open flags of a group's messages, newest first (deleted messages need no decision). */
  async list(viewer: UserEntity, slug: string, query: z.output<typeof pageQuerySchema>): Promise<Page<MessageFlag>> {
    const { group, membership } = await this.groups.context(slug, viewer);
    if (!canCoordinate(membership, viewer)) throw new ForbiddenException("only the group's coordinators can do this");
    const builder = this.dataSource
      .getRepository(MessageFlagEntity)
      .createQueryBuilder('f')
      .innerJoinAndSelect('f.message', 'm')
      .innerJoinAndSelect('m.thread', 't')
      .leftJoinAndSelect('m.author', 'a')
      .leftJoinAndSelect('m.replyTo', 'r')
      .leftJoinAndSelect('r.author', 'ra')
      .leftJoinAndSelect('f.flagger', 'flagger')
      .where('t.group_id = :groupId AND f.resolved_at IS NULL AND m.deleted_at IS NULL', { groupId: group.id });
    const page = await keysetPage(
      builder,
      [
        { sql: timeKey('f.created_at'), order: 'DESC', type: 'time', value: (f) => f.createdAt.toISOString() },
        { sql: 'f.id', order: 'DESC', type: 'uuid', value: (f) => f.id },
      ],
      query,
    );
    return { items: page.items.map(toMessageFlag), nextCursor: page.nextCursor };
  }

  /** Hides the message or dismisses the flag; either way every open flag on that message is resolved. */
  async resolve(actor: UserEntity, flagId: string, decision: 'hide' | 'dismiss'): Promise<void> {
    const after = new AfterCommit();
    await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(MessageFlagEntity, { id: flagId });
      if (!found) throw new NotFoundException('no flag with this id');
      // The message's row is the one lock: two decisions on flags of one message queue on it, in one order.
      const { message, thread, group, membership } = await this.messages
        .context(found.messageId, actor, manager, true)
        .catch((error: unknown) => {
          throw error instanceof NotFoundException ? new NotFoundException('no flag with this id') : error;
        });
      if (!canCoordinate(membership, actor)) throw new ForbiddenException("only the group's coordinators can do this");
      const flag = await manager.findOneByOrFail(MessageFlagEntity, { id: flagId });
      if (flag.resolvedAt) throw new ConflictException('this flag was resolved already');
      const [resolved] = (await manager.query(
        `UPDATE message_flags SET resolved_at = now(), resolved_by = $2, resolution = $3
          WHERE message_id = $1 AND resolved_at IS NULL RETURNING reason`,
        [message.id, actor.id, decision === 'hide' ? 'hidden' : 'dismissed'],
      )) as [Array<{ reason: string }>, number];
      const details = {
        threadId: thread.id,
        groupSlug: group.slug,
        authorId: message.authorId,
        reasons: resolved.map((row) => row.reason),
      };
      const entry = { actorId: actor.id, targetType: 'message', targetId: message.id, details } as const;
      if (decision === 'dismiss') {
        await this.audit.record(manager, { ...entry, action: 'message.flag-dismiss' });
        return;
      }
      if (!message.hiddenAt) {
        await manager.query(`UPDATE messages SET hidden_at = now() WHERE id = $1`, [message.id]);
      }
      await this.audit.record(manager, { ...entry, action: 'message.hide' });
      const hidden = toMessage(await this.messages.load(manager, message.id));
      after.add(() => this.realtime.toThread(thread.id, 'message:updated', hidden));
    });
    await after.run();
  }
}
