import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { markReadSchema, Notification, NotificationKind, notificationsQuerySchema, Page } from '@pn/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { AfterCommit } from '../../common/after-commit';
import { NotificationEmailsService } from '../email-notifications/notification-emails.service';
import { RealtimeService } from '../realtime/realtime.service';
import { toNotification } from './notifications.mapper';
import { notificationsRepository as notifications } from './notifications.repository';

/**
 * Something that happened, for some people. Lines are grouped per thread when there is one, else per
 * group, else per practice: an event is about a group (and maybe one of its threads) or about a practice.
 */
export type NotificationEvent = {
  kind: NotificationKind;
  recipientIds: readonly string[];
  actorId: string | null;
  data?: Record<string, unknown>;
} & (
  | { groupId: string; threadId?: string | null; practiceId?: never }
  | { practiceId: string; groupId?: never }
  // About neither (a research question): each event is a line of its own, its subject in `data`.
  | { groupId?: never; practiceId?: never }
);

@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly realtime: RealtimeService,
    private readonly emails: NotificationEmailsService,
  ) {}

  /**
   * Records an event for its recipients (never its own actor) within the caller's transaction: one unread
   * line per person, kind and thread (or group, or practice), whose count rises with each event. Once the transaction has
   * committed, each line goes to its reader's sockets as it then is.
   */
  async notify(manager: EntityManager, after: AfterCommit, event: NotificationEvent): Promise<void> {
    // Sorted, so that concurrent events lock the lines they share in the same order.
    const recipients = [...new Set(event.recipientIds)].filter((id) => id !== event.actorId).sort();
    if (recipients.length === 0) return;
    const groupId = event.groupId ?? null;
    const threadId = event.groupId !== undefined ? (event.threadId ?? null) : null;
    const practiceId = event.practiceId ?? null;
    const ids = await notifications.upsertLines(manager, recipients, {
      kind: event.kind,
      groupId,
      threadId,
      practiceId,
      actorId: event.actorId,
      data: event.data ?? {},
    });
    // Those who asked to hear of this at once by email get it in the same transaction's outbox.
    await this.emails.notified(manager, ids);
    after.add(() => this.publish(ids));
  }

  async list(userId: string, query: z.output<typeof notificationsQuerySchema>): Promise<Page<Notification>> {
    const page = await notifications.page(this.dataSource.manager, userId, query);
    return { items: page.items.map(toNotification), nextCursor: page.nextCursor };
  }

  /** Marks the caller's lines read: these (others' ids are ignored), or all of them. */
  async markRead(userId: string, body: z.output<typeof markReadSchema>): Promise<void> {
    if (body.ids?.length === 0) return;
    await notifications.markRead(this.dataSource.manager, userId, body.ids);
  }

  private async publish(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const rows = await notifications.byIds(this.dataSource.manager, ids);
    for (const row of rows) this.realtime.toUser(row.userId, 'notification:new', toNotification(row));
  }
}
