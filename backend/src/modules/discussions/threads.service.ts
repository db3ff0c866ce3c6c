import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { createThreadSchema, Page, Thread, threadsQuerySchema } from '@pn/shared';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AfterCommit } from '../../common/after-commit';
import { keysetPage, timeKey } from '../../common/keyset';
import type { GroupEntity } from '../groups/group.entity';
import type { Viewer } from '../../common/viewer';
import { canCoordinate, isActiveMember, notifiesWhenMuted } from '../groups/groups.policy';
import { GroupsService } from '../groups/groups.service';
import { MembershipEntity } from '../groups/membership.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { RealtimeService } from '../realtime/realtime.service';
import type { UserEntity } from '../users/user.entity';
import { toThread, type ReaderView } from './discussions.mapper';
import { canReadDiscussions, postRefusal } from './discussions.policy';
import { ThreadReaderEntity } from './thread-reader.entity';
import { ThreadEntity } from './thread.entity';

/** A thread the caller may read, with its group (`thread.group`) and the caller's membership of it. */
export interface ThreadContext {
  thread: ThreadEntity;
  group: GroupEntity;
  membership: MembershipEntity | null;
}

@Injectable()
export class ThreadsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly groups: GroupsService,
    private readonly notifications: NotificationsService,
    private readonly realtime: RealtimeService,
  ) {}

  /** The thread if the caller may read it; 404 otherwise, so that its existence is not given away. */
  async context(
    threadId: string,
    viewer: Viewer,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ThreadContext> {
    const thread = await manager
      .getRepository(ThreadEntity)
      .createQueryBuilder('t')
      .innerJoinAndSelect('t.group', 'g')
      .leftJoinAndSelect('t.author', 'a')
      .where('t.id = :threadId', { threadId })
      .getOne();
    const membership =
      thread && viewer
        ? await manager.findOneBy(MembershipEntity, { groupId: thread.groupId, userId: viewer.id })
        : null;
    if (!thread || !canReadDiscussions(thread.group!, membership, viewer)) {
      throw new NotFoundException('no thread with this id');
    }
    return { thread, group: thread.group!, membership };
  }

  /** Announcements first, then by latest message, newest first. */
  async list(
    viewer: UserEntity | undefined,
    slug: string,
    query: z.output<typeof threadsQuerySchema>,
  ): Promise<Page<Thread>> {
    const { group, membership } = await this.groups.context(slug, viewer ?? null);
    if (!canReadDiscussions(group, membership, viewer ?? null)) {
      throw new ForbiddenException("only the group's members can read its discussions");
    }
    const builder = this.dataSource
      .getRepository(ThreadEntity)
      .createQueryBuilder('t')
      .innerJoinAndSelect('t.group', 'g')
      .leftJoinAndSelect('t.author', 'a')
      .where('t.group_id = :groupId', { groupId: group.id });
    const page = await keysetPage(
      builder,
      [
        { sql: 't.announcement', order: 'DESC', type: 'boolean', value: (t) => t.announcement },
        { sql: timeKey('t.last_message_at'), order: 'DESC', type: 'time', value: (t) => t.lastMessageAt.toISOString() },
        { sql: 't.id', order: 'DESC', type: 'uuid', value: (t) => t.id },
      ],
      query,
    );
    const readers =
      viewer && isActiveMember(membership, viewer) ? await this.readerViews(viewer.id, page.items) : undefined;
    return {
      items: page.items.map((thread) => toThread(thread, readers?.get(thread.id))),
      nextCursor: page.nextCursor,
    };
  }

  async get(viewer: UserEntity | undefined, threadId: string): Promise<Thread> {
    const { thread, membership } = await this.context(threadId, viewer ?? null);
    const readers =
      viewer && isActiveMember(membership, viewer) ? await this.readerViews(viewer.id, [thread]) : undefined;
    return toThread(thread, readers?.get(thread.id));
  }

  /**
   * Starts a thread. The group's other active members hear of it (`thread`, unless they muted the group), or,
   * for an announcement by a coordinator, all of them (`announcement`).
   */
  async create(actor: UserEntity, slug: string, body: z.output<typeof createThreadSchema>): Promise<Thread> {
    const after = new AfterCommit();
    const id = await this.dataSource.transaction(async (manager) => {
      const { group, membership } = await this.groups.context(slug, actor, manager);
      const refusal = postRefusal(group, membership, actor);
      if (refusal) throw new ForbiddenException(refusal);
      if (body.announcement && !canCoordinate(membership, actor)) {
        throw new ForbiddenException("only the group's coordinators can post announcements");
      }
      const thread = await manager.save(
        manager.create(ThreadEntity, {
          groupId: group.id,
          title: body.title,
          body: body.body,
          authorId: actor.id,
          announcement: body.announcement,
        }),
      );
      const kind = body.announcement ? 'announcement' : 'thread';
      const members = (await manager.query(
        `SELECT m.user_id AS id, m.muted FROM group_memberships m JOIN users u ON u.id = m.user_id
          WHERE m.group_id = $1 AND m.status = 'active' AND u.status = 'active' AND u.erased_at IS NULL`,
        [group.id],
      )) as Array<{ id: string; muted: boolean }>;
      await this.notifications.notify(manager, after, {
        kind,
        recipientIds: members.filter((m) => !m.muted || notifiesWhenMuted(kind)).map((m) => m.id),
        actorId: actor.id,
        groupId: group.id,
        threadId: thread.id,
      });
      after.add(() => this.realtime.groupActivity(group.id, thread.id));
      return thread.id;
    });
    await after.run();
    return this.get(actor, id);
  }

  /** Moves the reader's position forward to this message (never back). */
  async markRead(actor: UserEntity, threadId: string, messageId: string): Promise<void> {
    const { thread } = await this.context(threadId, actor);
    const [message] = (await this.dataSource.query(`SELECT position FROM messages WHERE id = $1 AND thread_id = $2`, [
      messageId,
      thread.id,
    ])) as Array<{ position: number }>;
    if (!message) throw new NotFoundException('no message with this id in this thread');
    await this.dataSource.query(
      `INSERT INTO thread_readers (thread_id, user_id, last_read_position) VALUES ($1, $2, $3)
       ON CONFLICT (thread_id, user_id)
       DO UPDATE SET last_read_position = greatest(thread_readers.last_read_position, EXCLUDED.last_read_position)`,
      [thread.id, actor.id, message.position],
    );
  }

  async mute(actor: UserEntity, threadId: string, muted: boolean): Promise<void> {
    const { thread, membership } = await this.context(threadId, actor);
    if (!isActiveMember(membership, actor))
      throw new ForbiddenException("only the group's active members can mute a thread");
    await this.dataSource.query(
      `INSERT INTO thread_readers (thread_id, user_id, muted) VALUES ($1, $2, $3)
       ON CONFLICT (thread_id, user_id) DO UPDATE SET muted = EXCLUDED.muted`,
      [thread.id, actor.id, muted],
    );
  }

  /** Unread messages (after the reader's position) and mute, for an active member. */
  private async readerViews(userId: string, threads: ThreadEntity[]): Promise<Map<string, ReaderView>> {
    const rows = threads.length
      ? await this.dataSource
          .getRepository(ThreadReaderEntity)
          .findBy({ userId, threadId: In(threads.map((thread) => thread.id)) })
      : [];
    const byThread = new Map(rows.map((row) => [row.threadId, row]));
    return new Map(
      threads.map((thread) => {
        const reader = byThread.get(thread.id);
        const unreadCount = Math.max(thread.messageCount - (reader?.lastReadPosition ?? 0), 0);
        return [thread.id, { unreadCount, muted: reader?.muted ?? false }];
      }),
    );
  }
}
