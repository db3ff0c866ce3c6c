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
import { membershipFacts, type GroupFactsOf } from '../groups/membership-facts';
import { NotificationsService } from '../notifications/notifications.service';
import { RealtimeService } from '../realtime/realtime.service';
import type { UserEntity } from '../users/user.entity';
import { toMessage } from './discussions.mapper';
import { canDeleteMessage, canEditMessage, canReadDiscussions, postRefusal } from './discussions.policy';
import {
  byClientId,
  editWords,
  insertMessage,
  loadMessage,
  messageFacts,
  messagePage,
  postContext,
  softDelete,
  type MessageState,
} from './messages.repository';
import { pollOfMessage } from './polls.repository';
import type { ThreadContext } from './threads.service';

/** Thrown inside a transaction to roll it back: another request stored this clientId first. */
class ClientIdTaken extends Error {}

/** A message the caller may read, in its thread's context. */
export interface MessageContext extends ThreadContext {
  message: MessageState;
}

@Injectable()
export class MessagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
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
    const facts = await messageFacts(manager, messageId, viewer?.id ?? null, lock);
    if (!facts || !canReadDiscussions(facts.group, facts.membership, viewer)) {
      throw new NotFoundException('no message with this id');
    }
    return facts;
  }

  /**
   * A page of a thread's messages, always in ascending position: the newest `limit` (no anchor), the
   * `limit` after one (catch-up), or the `limit` before one (older pages). `nextCursor` is the id to pass
   * again in the same direction, or null when there is nothing more that way. One statement reads the
   * thread's facts, the anchor and the page.
   */
  async list(
    viewer: UserEntity | undefined,
    threadId: string,
    query: z.output<typeof messagesQuerySchema>,
  ): Promise<Page<Message>> {
    const forward = !!query.after;
    const anchorId = query.after ?? query.before ?? null;
    const read = await messagePage(this.dataSource.manager, {
      threadId,
      viewerId: viewer?.id ?? null,
      anchorId,
      forward,
      limit: query.limit + 1,
    });
    if (!read || !canReadDiscussions(read.group, read.membership, viewer ?? null)) {
      throw new NotFoundException('no thread with this id');
    }
    if (anchorId && read.anchorPosition === null) throw new NotFoundException('no message with this id in this thread');
    const items = read.items;
    const more = items.length > query.limit;
    // One more than asked was read, to know whether there is more: it is the farthest from the anchor.
    if (more) {
      if (forward) items.pop();
      else items.shift();
    }
    const edge = forward ? items.at(-1) : items[0];
    return { items, nextCursor: more && edge ? edge.id : null };
  }

  /**
   * Stores a message at the next position of its thread. The thread row is locked by the counter's update,
   * so that positions are gapless and in commit order: a reader catching up `after` a message misses none.
   * The same clientId from the same author again stores nothing and answers the stored message. The context
   * (the thread, its group, the author's membership, the replied-to message) is one statement, the message
   * another; a transaction holds them together only when the post notifies someone.
   */
  async post(
    actor: UserEntity,
    threadId: string,
    body: z.output<typeof postMessageSchema>,
  ): Promise<{ message: Message; created: boolean }> {
    const db = this.dataSource.manager;
    const context = await postContext(db, threadId, actor.id, body.replyToId ?? null);
    if (!context || !canReadDiscussions(context.group, context.membership, actor)) {
      throw new NotFoundException('no thread with this id');
    }
    const { group, membership, replyTo } = context;
    const refusal = postRefusal(group, membership, actor);
    if (refusal) throw new ForbiddenException(refusal);
    // A retry of a stored clientId is caught by the insert's ON CONFLICT (and answered from the stored row):
    // no look-up before it on every post.
    if (body.replyToId && !replyTo) throw new BadRequestException(['replyToId: must be a message of this thread']);
    const mentioned = await this.readersAmong(db, group, mentionedUserIds(body.body));
    const repliedTo = replyTo?.authorId;
    const replied =
      repliedTo && repliedTo !== actor.id && !mentioned.ids.includes(repliedTo)
        ? await this.readersAmong(db, group, [repliedTo])
        : null;
    const notifies = mentioned.notifiable.some((id) => id !== actor.id) || (replied?.notifiable.length ?? 0) > 0;

    const after = new AfterCommit();
    const store = async (manager: EntityManager) => {
      const stored = await insertMessage(manager, {
        threadId: threadId,
        clientId: body.clientId,
        authorId: actor.id,
        body: body.body,
        replyToId: replyTo?.id ?? null,
        mentions: mentioned.ids,
        language: body.language ?? null,
      });
      if (!stored) throw new ClientIdTaken();
      const notice = { actorId: actor.id, groupId: group.id, threadId: threadId, data: { messageId: stored.id } };
      await this.notifications.notify(manager, after, {
        ...notice,
        kind: 'mention',
        recipientIds: mentioned.notifiable,
      });
      if (replied) {
        await this.notifications.notify(manager, after, { ...notice, kind: 'reply', recipientIds: replied.notifiable });
      }
      return stored;
    };
    try {
      const stored = notifies ? await this.dataSource.transaction(store) : await store(db);
      // What was stored, as it was stored: nothing to read back.
      const message = toMessage({
        id: stored.id,
        threadId: threadId,
        position: stored.position,
        clientId: body.clientId,
        author: actor,
        body: body.body,
        replyTo,
        mentions: mentioned.ids,
        createdAt: stored.createdAt,
        editedAt: null,
        deletedAt: null,
        hiddenAt: null,
      });
      after.add(() => this.realtime.toThread(threadId, 'message:new', message));
      after.add(() => this.realtime.groupActivity(group.id, threadId));
      await after.run();
      return { message, created: true };
    } catch (error) {
      if (!(error instanceof ClientIdTaken)) throw error;
      // A concurrent request with the same clientId committed first: this one is its retry.
      const stored = await this.byClientId(db, actor.id, body.clientId, threadId);
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
      // Votes were cast on the question as it stands.
      if (await pollOfMessage(manager, message.id)) throw new ConflictException("a poll's question cannot be edited");
      const mentioned = await this.readersAmong(manager, group, mentionedUserIds(body));
      const before = new Set(message.mentions);
      await editWords(manager, message.id, body, mentioned.ids);
      await this.notifications.notify(manager, after, {
        kind: 'mention',
        recipientIds: mentioned.notifiable.filter((id) => !before.has(id)),
        actorId: actor.id,
        groupId: group.id,
        threadId: thread.id,
        data: { messageId: message.id },
      });
      const updated = toMessage(await loadMessage(manager, message.id));
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
      await softDelete(manager, message.id);
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

  /**
   * Of these people, those who can read the group's discussions (`ids`: what a mention keeps), and among them
   * those with an active account (`notifiable`).
   */
  private async readersAmong(
    manager: EntityManager,
    group: GroupFactsOf,
    userIds: string[],
  ): Promise<{ ids: string[]; notifiable: string[] }> {
    if (userIds.length === 0) return { ids: [], notifiable: [] };
    const people = await membershipFacts(manager, group.id, userIds);
    const readers = new Map(
      people
        .filter((person) => canReadDiscussions(person.group, person.membership, person.viewer))
        .map((person) => [person.viewer.id, person.viewer]),
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
    const existing = await byClientId(manager, authorId, clientId);
    if (!existing) return null;
    if (existing.threadId !== threadId) {
      throw new ConflictException('clientId: already used for a message in another thread');
    }
    return toMessage(await loadMessage(manager, existing.id));
  }
}
