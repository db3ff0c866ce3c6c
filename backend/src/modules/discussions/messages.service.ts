import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  mentionedUserIds,
  type Message,
  type messagesQuerySchema,
  type Page,
  type postMessageSchema,
} from '@pn/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AfterCommit } from '../../common/after-commit';
import { AuditService } from '../audit/audit.service';
import type { GroupEntity } from '../groups/group.entity';
import type { MembershipFacts } from '../groups/groups.policy';
import { NotificationsService } from '../notifications/notifications.service';
import { RealtimeService } from '../realtime/realtime.service';
import type { UserEntity } from '../users/user.entity';
import { canDeleteMessage, canEditMessage, canReadDiscussions, postRefusal } from './discussions.policy';
import { MESSAGE_ROWS_SQL, messageFactsOf, toMessage, type MessageRow } from './discussions.mapper';
import { MessageEntity } from './message.entity';
import { ThreadsService, type ThreadContext } from './threads.service';

/** Thrown inside a transaction to roll it back: another request stored this clientId first. */
class ClientIdTaken extends Error {}

/** A message the caller may read, in its thread's context. */
export interface MessageContext extends ThreadContext {
  message: MessageEntity;
}

@Injectable()
export class MessagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly threads: ThreadsService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly realtime: RealtimeService,
  ) {}

  /** The message if the caller may read its thread (404 otherwise); `lock` locks its row. */
  async context(
    messageId: string,
    viewer: UserEntity | null,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<MessageContext> {
    const message = await manager.findOne(MessageEntity, {
      where: { id: messageId },
      ...(lock ? { lock: { mode: 'for_no_key_update' as const } } : {}),
    });
    if (!message) throw new NotFoundException('no message with this id');
    try {
      return { ...(await this.threads.context(message.threadId, viewer, manager)), message };
    } catch (error) {
      if (error instanceof NotFoundException) throw new NotFoundException('no message with this id');
      throw error;
    }
  }

  /**
   * A page of a thread's messages, always in ascending position: the newest `limit` (no anchor), the
   * `limit` after one (catch-up), or the `limit` before one (older pages). `nextCursor` is the id to pass
   * again in the same direction, or null when there is nothing more that way.
   */
  async list(
    viewer: UserEntity | undefined,
    threadId: string,
    query: z.output<typeof messagesQuerySchema>,
  ): Promise<Page<Message>> {
    const { thread } = await this.threads.context(threadId, viewer ?? null);
    const anchorId = query.after ?? query.before;
    const values: unknown[] = [thread.id];
    let from = '';
    if (anchorId) {
      const [anchor] = (await this.dataSource.query(`SELECT position FROM messages WHERE id = $1 AND thread_id = $2`, [
        anchorId,
        thread.id,
      ])) as Array<{ position: number }>;
      if (!anchor) throw new NotFoundException('no message with this id in this thread');
      values.push(anchor.position);
      from = ` AND m.position ${query.after ? '>' : '<'} $2`;
    }
    const forward = !!query.after;
    values.push(query.limit + 1);
    const rows = (await this.dataSource.query(
      `${MESSAGE_ROWS_SQL} WHERE m.thread_id = $1${from}
        ORDER BY m.position ${forward ? 'ASC' : 'DESC'} LIMIT $${values.length}`,
      values,
    )) as MessageRow[];
    const more = rows.length > query.limit;
    const page = rows.slice(0, query.limit);
    if (!forward) page.reverse();
    const edge = forward ? page.at(-1) : page[0];
    return { items: page.map((row) => toMessage(messageFactsOf(row))), nextCursor: more && edge ? edge.id : null };
  }

  /**
   * Stores a message at the next position of its thread. The thread row is locked by the counter's update,
   * so that positions are gapless and in commit order: a reader catching up `after` a message misses none.
   * The same clientId from the same author again stores nothing and answers the stored message.
   */
  async post(
    actor: UserEntity,
    threadId: string,
    body: z.output<typeof postMessageSchema>,
  ): Promise<{ message: Message; created: boolean }> {
    const after = new AfterCommit();
    try {
      const result = await this.dataSource.transaction(async (manager) => {
        const { thread, group, membership } = await this.threads.context(threadId, actor, manager);
        const refusal = postRefusal(group, membership, actor);
        if (refusal) throw new ForbiddenException(refusal);
        // A retry of a stored clientId is caught by the insert's ON CONFLICT below (and answered from the
        // stored row after the rollback): no look-up before it on every post.
        const replyTo = body.replyToId
          ? await manager.findOne(MessageEntity, {
              where: { id: body.replyToId, threadId: thread.id },
              relations: { author: true },
            })
          : null;
        if (body.replyToId && !replyTo) throw new BadRequestException(['replyToId: must be a message of this thread']);
        const mentioned = await this.readersAmong(manager, group, mentionedUserIds(body.body));

        // One statement: the counter's update locks the thread row and gives the position, the message
        // takes it, and the author has read up to their own message.
        const inserted = (await manager.query(
          `WITH counter AS (
             UPDATE threads SET message_count = message_count + 1, last_message_at = now()
              WHERE id = $1 RETURNING message_count),
           stored AS (
             INSERT INTO messages (thread_id, position, client_id, author_id, body, reply_to_id, mentions, language)
             SELECT $1, counter.message_count, $2, $3, $4, $5, $6::uuid[], $7 FROM counter
             ON CONFLICT ON CONSTRAINT messages_author_client_id_key DO NOTHING
             RETURNING id, position, created_at),
           read AS (
             INSERT INTO thread_readers (thread_id, user_id, last_read_position)
             SELECT $1, $3, stored.position FROM stored
             ON CONFLICT (thread_id, user_id)
             DO UPDATE SET last_read_position = greatest(thread_readers.last_read_position, EXCLUDED.last_read_position))
           SELECT id, position, created_at FROM stored`,
          [thread.id, body.clientId, actor.id, body.body, replyTo?.id ?? null, mentioned.ids, body.language ?? null],
        )) as Array<{ id: string; position: number; created_at: Date }>;
        if (inserted.length === 0) throw new ClientIdTaken();
        const { id: messageId, position, created_at: createdAt } = inserted[0]!;

        const notice = { actorId: actor.id, groupId: group.id, threadId: thread.id, data: { messageId } };
        await this.notifications.notify(manager, after, {
          ...notice,
          kind: 'mention',
          recipientIds: mentioned.notifiable,
        });
        const repliedTo = replyTo?.authorId;
        if (repliedTo && repliedTo !== actor.id && !mentioned.ids.includes(repliedTo)) {
          const reader = await this.readersAmong(manager, group, [repliedTo]);
          await this.notifications.notify(manager, after, {
            ...notice,
            kind: 'reply',
            recipientIds: reader.notifiable,
          });
        }

        // What was stored, as it was stored: nothing to read back.
        const message = toMessage(
          manager.create(MessageEntity, {
            id: messageId,
            threadId: thread.id,
            position,
            clientId: body.clientId,
            authorId: actor.id,
            author: actor,
            body: body.body,
            replyToId: replyTo?.id ?? null,
            replyTo,
            mentions: mentioned.ids,
            language: body.language ?? null,
            createdAt,
            editedAt: null,
            deletedAt: null,
            hiddenAt: null,
          }),
        );
        after.add(() => this.realtime.toThread(thread.id, 'message:new', message));
        after.add(() => this.realtime.groupActivity(group.id, thread.id));
        return { message, created: true };
      });
      await after.run();
      return result;
    } catch (error) {
      if (!(error instanceof ClientIdTaken)) throw error;
      // A concurrent request with the same clientId committed first: this one is its retry.
      const stored = await this.byClientId(this.dataSource.manager, actor.id, body.clientId, threadId);
      if (!stored) throw error;
      return { message: stored, created: false };
    }
  }

  /** Edits the words of one's own message; people newly mentioned are notified. */
  async edit(actor: UserEntity, messageId: string, body: string): Promise<Message> {
    const after = new AfterCommit();
    const message = await this.dataSource.transaction(async (manager) => {
      const { message, thread, group, membership } = await this.context(messageId, actor, manager, true);
      if (!canEditMessage(message, group, membership, actor)) {
        throw new ForbiddenException(
          message.authorId === actor.id
            ? (postRefusal(group, membership, actor) ?? 'you cannot edit this message')
            : 'only its author can edit a message',
        );
      }
      if (message.deletedAt) throw new ConflictException('this message was deleted');
      if (message.hiddenAt) throw new ConflictException('this message was hidden by a coordinator');
      const mentioned = await this.readersAmong(manager, group, mentionedUserIds(body));
      const before = new Set(message.mentions);
      await manager.update(MessageEntity, message.id, { body, mentions: mentioned.ids, editedAt: new Date() });
      await this.notifications.notify(manager, after, {
        kind: 'mention',
        recipientIds: mentioned.notifiable.filter((id) => !before.has(id)),
        actorId: actor.id,
        groupId: group.id,
        threadId: thread.id,
        data: { messageId: message.id },
      });
      const updated = toMessage(await this.load(manager, message.id));
      after.add(() => this.realtime.toThread(thread.id, 'message:updated', updated));
      return updated;
    });
    await after.run();
    return message;
  }

  /** Soft delete: the message keeps its place with no words. A coordinator's deletion is audited. */
  async remove(actor: UserEntity, messageId: string): Promise<void> {
    const after = new AfterCommit();
    await this.dataSource.transaction(async (manager) => {
      const { message, thread, group, membership } = await this.context(messageId, actor, manager, true);
      if (!canDeleteMessage(message, membership, actor)) {
        throw new ForbiddenException("only its author or the group's coordinators can delete a message");
      }
      if (message.deletedAt) return;
      await manager.update(MessageEntity, message.id, { body: '', mentions: [], deletedAt: new Date() });
      if (message.authorId !== actor.id) {
        await this.audit.record(manager, {
          actorId: actor.id,
          action: 'message.delete',
          targetType: 'message',
          targetId: message.id,
          details: { threadId: thread.id, groupSlug: group.slug, authorId: message.authorId },
        });
      }
      after.add(() => this.realtime.toThread(thread.id, 'message:deleted', { id: message.id, threadId: thread.id }));
    });
    await after.run();
  }

  /** One message with what its mapping needs (author, the replied-to message and its author). */
  async load(manager: EntityManager, id: string): Promise<MessageEntity> {
    return this.withRelations(manager).where('m.id = :id', { id }).getOneOrFail();
  }

  /**
   * Of these people, those who can read the group's discussions (`ids`: what a mention keeps), and among them
   * those with an active account (`notifiable`).
   */
  private async readersAmong(
    manager: EntityManager,
    group: GroupEntity,
    userIds: string[],
  ): Promise<{ ids: string[]; notifiable: string[] }> {
    if (userIds.length === 0) return { ids: [], notifiable: [] };
    const rows = (await manager.query(
      `SELECT u.id, u.role, u.status, m.role AS membership_role, m.status AS membership_status
         FROM users u LEFT JOIN group_memberships m ON m.group_id = $1 AND m.user_id = u.id
        WHERE u.id = ANY($2::uuid[]) AND u.erased_at IS NULL`,
      [group.id, userIds],
    )) as Array<
      Pick<UserEntity, 'id' | 'role' | 'status'> & {
        membership_role: 'member' | 'coordinator' | null;
        membership_status: 'pending' | 'active' | null;
      }
    >;
    const readers = new Map(
      rows
        .filter((row) => {
          const membership: MembershipFacts =
            row.membership_role && row.membership_status
              ? { role: row.membership_role, status: row.membership_status }
              : null;
          return canReadDiscussions(group, membership, row);
        })
        .map((row) => [row.id, row]),
    );
    const ids = userIds.filter((id) => readers.has(id));
    return { ids, notifiable: ids.filter((id) => readers.get(id)!.status === 'active') };
  }

  /** The message this author already stored with this clientId: in this thread a retry, elsewhere a conflict. */
  private async byClientId(
    manager: EntityManager,
    authorId: string,
    clientId: string,
    threadId: string,
  ): Promise<Message | null> {
    const existing = await manager.findOneBy(MessageEntity, { authorId, clientId });
    if (!existing) return null;
    if (existing.threadId !== threadId) {
      throw new ConflictException('clientId: already used for a message in another thread');
    }
    return toMessage(await this.load(manager, existing.id));
  }

  private withRelations(manager: EntityManager) {
    return manager
      .getRepository(MessageEntity)
      .createQueryBuilder('m')
      .leftJoinAndSelect('m.author', 'a')
      .leftJoinAndSelect('m.replyTo', 'r')
      .leftJoinAndSelect('r.author', 'ra');
  }
}
