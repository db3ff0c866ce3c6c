import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { createThreadSchema, Page, Thread, threadsQuerySchema } from '@pn/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AfterCommit } from '../../common/after-commit';
import { AuditService } from '../audit/audit.service';
import type { Viewer } from '../../common/viewer';
import { canCoordinate, isActiveMember, notifiesWhenMuted } from '../groups/groups.policy';
import { GroupsService } from '../groups/groups.service';
import { activeMembers } from '../groups/membership-facts';
import { NotificationsService } from '../notifications/notifications.service';
import { RealtimeService } from '../realtime/realtime.service';
import type { UserEntity } from '../users/user.entity';
import { toThread, type ReaderView } from './discussions.mapper';
import { canReadDiscussions, postRefusal } from './discussions.policy';
import { positionOf } from './messages.repository';
import {
  insertThread,
  markRead,
  readersOf,
  setPinned,
  setThreadMuted,
  threadFacts,
  threadsOfGroup,
  type ThreadFacts,
  type ThreadView,
} from './threads.repository';

/** A thread the caller may read, with its group's and the caller's membership facts. */
export type ThreadContext = ThreadFacts;

@Injectable()
export class ThreadsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly groups: GroupsService,
    private readonly notifications: NotificationsService,
    private readonly realtime: RealtimeService,
    private readonly audit: AuditService,
  ) {}

  /** The thread if the caller may read it; 404 otherwise, so that its existence is not given away. */
  async context(
    threadId: string,
    viewer: Viewer,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ThreadContext> {
    const facts = await threadFacts(manager, threadId, viewer?.id ?? null);
    if (!facts || !canReadDiscussions(facts.group, facts.membership, viewer)) {
      throw new NotFoundException('no thread with this id');
    }
    return facts;
  }

  /** Pinned threads first, then announcements, then by latest message, newest first. */
  async list(
    viewer: UserEntity | undefined,
    slug: string,
    query: z.output<typeof threadsQuerySchema>,
  ): Promise<Page<Thread>> {
    const { group, membership } = await this.groups.context(slug, viewer ?? null);
    if (!canReadDiscussions(group, membership, viewer ?? null)) {
      throw new ForbiddenException("only the group's members can read its discussions");
    }
    const page = await threadsOfGroup(this.dataSource.manager, group.id, query);
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
      const threadId = await insertThread(manager, {
        groupId: group.id,
        title: body.title,
        body: body.body,
        authorId: actor.id,
        announcement: body.announcement,
      });
      const kind = body.announcement ? 'announcement' : 'thread';
      const members = await activeMembers(manager, group.id);
      await this.notifications.notify(manager, after, {
        kind,
        recipientIds: members.filter((m) => !m.muted || notifiesWhenMuted(kind)).map((m) => m.id),
        actorId: actor.id,
        groupId: group.id,
        threadId,
      });
      after.add(() => this.realtime.groupActivity(group.id, threadId));
      return threadId;
    });
    await after.run();
    return this.get(actor, id);
  }

  /**
   * Opens the thread of something the group organises (a meeting), in the caller's transaction. Its organiser
   * may be a network coordinator outside the group; those concerned hear of the meeting itself, not of a thread.
   */
  openFor(manager: EntityManager, thread: { groupId: string; title: string; body: string; authorId: string }) {
    return insertThread(manager, { ...thread, announcement: false });
  }

  /**
   * Pins a thread to the top of its group, or unpins it: those who coordinate the group (403 for others who
   * can read it, 404 for those who cannot). Pinning a pinned thread changes nothing and writes no entry.
   */
  async pin(actor: UserEntity, threadId: string, pinned: boolean): Promise<Thread> {
    const after = new AfterCommit();
    await this.dataSource.transaction(async (manager) => {
      const { thread, group, membership } = await this.context(threadId, actor, manager);
      if (!canCoordinate(membership, actor)) {
        throw new ForbiddenException("only the group's coordinators can pin and unpin its threads");
      }
      if ((thread.pinnedAt !== null) === pinned) return;
      await setPinned(manager, thread.id, pinned ? new Date() : null);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: pinned ? 'thread.pin' : 'thread.unpin',
        targetType: 'thread',
        targetId: thread.id,
        details: { groupSlug: group.slug, title: thread.title },
      });
      // The members' open lists of the group's threads are out of order now.
      after.add(() => this.realtime.groupActivity(group.id, thread.id));
    });
    await after.run();
    return this.get(actor, threadId);
  }

  /** Moves the reader's position forward to this message (never back). */
  async markRead(actor: UserEntity, threadId: string, messageId: string): Promise<void> {
    const { thread } = await this.context(threadId, actor);
    const position = await positionOf(this.dataSource.manager, thread.id, messageId);
    if (position === null) throw new NotFoundException('no message with this id in this thread');
    await markRead(this.dataSource.manager, thread.id, actor.id, position);
  }

  async mute(actor: UserEntity, threadId: string, muted: boolean): Promise<void> {
    const { thread, membership } = await this.context(threadId, actor);
    if (!isActiveMember(membership, actor))
      throw new ForbiddenException("only the group's active members can mute a thread");
    await setThreadMuted(this.dataSource.manager, thread.id, actor.id, muted);
  }

  /** Unread messages (after the reader's position) and mute, for an active member. */
  private async readerViews(userId: string, threads: ThreadView[]): Promise<Map<string, ReaderView>> {
    const rows = await readersOf(
      this.dataSource.manager,
      userId,
      threads.map((thread) => thread.id),
    );
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
