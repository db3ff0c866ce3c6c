import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_EMAIL_FREQUENCIES, type NotificationKind } from '@pn/shared';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import type { EmailEntity } from '../mail/email.entity';
import { EmailRenderers, type Rendered } from '../mail/email-renderers';
import { textsFor } from '../mail/i18n';
import { QUEUES, type JobQueue } from '../mail/job-queue';
import type { EmailContent } from '../mail/layout';
import { appLink } from '../mail/links';
import { JOB_QUEUE } from '../mail/mail.tokens';
import { Outbox, type OutgoingEmail } from '../mail/outbox.service';
import { digestsRepository, type Cadence, type DueMember, type GroupActivityRow } from './digests.repository';
import { effectiveFrequency, SETTING_OF, withDefaults } from './email-settings.policy';
import { notificationLine } from './notification-lines';

export interface DigestPayload {
  notificationIds: string[];
  groups: Array<{
    slug: string;
    name: string;
    newThreads: number;
    newThreadTitles: Array<{ id: string; title: string }>;
    activeThreads: Array<{ id: string; title: string; count: number }>;
    resources: number;
  }>;
  practices: Array<{ id: string; title: string }>;
}

/** Members per transaction: a few statements each, whatever the size of the network. */
export const DIGEST_BATCH = 500;

/**
 * Daily and weekly digests, each member at their local hour: what they chose to hear of at that pace and
 * have not read, and what happened in their groups. A member with nothing new gets no email.
 */
@Injectable()
export class DigestsService implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('Digests');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    private readonly outbox: Outbox,
    private readonly renderers: EmailRenderers,
  ) {}

  onModuleInit(): void {
    this.renderers.register(['digest-daily', 'digest-weekly'], (email) => this.render(email));
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.EMAIL_WORKER) return;
    await this.queue.schedule(QUEUES.digests, '*/15 * * * *');
    await this.queue.work(QUEUES.digests, { pollingIntervalSeconds: 30 }, async () => {
      const daily = await this.queueDue('daily');
      const weekly = await this.queueDue('weekly');
      if (daily + weekly > 0) this.logger.log(`Queued ${daily} daily and ${weekly} weekly digests`);
    });
  }

  /** Queues every digest of this cadence that has come due; answers how many emails were queued. */
  async queueDue(cadence: Cadence): Promise<number> {
    let queued = 0;
    for (;;) {
      const batch = await this.dataSource.transaction(async (manager) => {
        const members = await digestsRepository.dueMembers(
          manager,
          cadence,
          this.config.DIGEST_HOUR,
          DEFAULT_EMAIL_FREQUENCIES,
          DIGEST_BATCH,
        );
        if (members.length === 0) return null;
        const emails = await this.build(manager, cadence, members);
        const count = await this.outbox.enqueueMany(manager, emails);
        await digestsRepository.markDone(manager, cadence, members);
        return count;
      });
      if (batch === null) return queued;
      queued += batch;
    }
  }

  private async build(
    manager: import('typeorm').EntityManager,
    cadence: Cadence,
    members: DueMember[],
  ): Promise<OutgoingEmail[]> {
    const kindsOf = new Map(members.map((member) => [member.id, withDefaults(member.kinds)]));
    const [unread, activity, published] = await Promise.all([
      digestsRepository.unread(manager, cadence, members),
      digestsRepository.groupActivity(
        manager,
        cadence,
        members.map((member) => ({
          id: member.id,
          due_at: member.due_at,
          groupFrequency: kindsOf.get(member.id)!['group-activity'],
        })),
      ),
      digestsRepository.published(manager, cadence, [
        ...new Map(members.map((member) => [member.due_at.getTime(), member.due_at])).values(),
      ]),
    ]);
    const notificationsOf = new Map<string, string[]>();
    for (const row of unread) {
      const frequency = effectiveFrequency(
        SETTING_OF[row.kind as NotificationKind],
        kindsOf.get(row.user_id)!,
        row.group_frequency,
      );
      if (frequency !== cadence) continue;
      const list = notificationsOf.get(row.user_id) ?? [];
      if (list.length < 20) list.push(row.id);
      notificationsOf.set(row.user_id, list);
    }
    const groupsOf = new Map<string, GroupActivityRow[]>();
    for (const row of activity) groupsOf.set(row.user_id, [...(groupsOf.get(row.user_id) ?? []), row]);
    const practicesAt = new Map(published.map((row) => [new Date(row.until).getTime(), row.practices]));

    const emails: OutgoingEmail[] = [];
    for (const member of members) {
      const wantsActivity = kindsOf.get(member.id)!['group-activity'] === cadence;
      const payload: DigestPayload = {
        notificationIds: notificationsOf.get(member.id) ?? [],
        groups: (groupsOf.get(member.id) ?? []).map((row) => ({
          slug: row.slug,
          name: row.name,
          newThreads: row.new_threads,
          newThreadTitles: row.new_thread_titles ?? [],
          activeThreads: (row.active_threads ?? []).slice(0, 5),
          resources: row.resources,
        })),
        practices: wantsActivity ? (practicesAt.get(member.due_at.getTime()) ?? []) : [],
      };
      if (payload.notificationIds.length + payload.groups.length + payload.practices.length === 0) continue;
      emails.push({
        kind: cadence === 'daily' ? 'digest-daily' : 'digest-weekly',
        to: member.email,
        userId: member.id,
        locale: member.locale,
        dedupeKey: `digest-${cadence}:${member.id}:${member.due_at.toISOString()}`,
        payload: payload as unknown as Record<string, unknown>,
      });
    }
    return emails;
  }

  /** At send time, what was read in the app since the digest was queued is left out. */
  async render(email: EmailEntity): Promise<Rendered> {
    const payload = email.payload as unknown as DigestPayload;
    const texts = textsFor(email.locale);
    const t = texts.digest;
    const daily = email.kind === 'digest-daily';
    const notifications = payload.notificationIds.length
      ? await digestsRepository.unreadNotifications(this.dataSource.manager, payload.notificationIds)
      : [];
    const sections: NonNullable<EmailContent['sections']> = [];
    if (notifications.length > 0) {
      sections.push({
        heading: t.forYou,
        items: notifications.map((notification) => {
          const line = notificationLine(notification, texts, this.config, email.locale);
          return { text: line.text, url: line.link.url };
        }),
      });
    }
    for (const group of payload.groups) {
      const items: Array<{ text: string; url?: string }> = [];
      if (group.newThreads > 0) items.push({ text: t.newThreads(group.newThreads) });
      for (const thread of group.newThreadTitles) {
        items.push({ text: thread.title, url: appLink(this.config, `/threads/${thread.id}`) });
      }
      for (const thread of group.activeThreads) {
        items.push({
          text: t.activeThread(thread.title, thread.count),
          url: appLink(this.config, `/threads/${thread.id}`),
        });
      }
      if (group.resources > 0)
        items.push({ text: t.resources(group.resources), url: appLink(this.config, '/resources') });
      sections.push({ heading: group.name, items });
    }
    if (payload.practices.length > 0) {
      sections.push({
        heading: t.practices,
        items: payload.practices.map((practice) => ({
          text: practice.title,
          url: appLink(this.config, `/practices/${practice.id}`),
        })),
      });
    }
    if (sections.length === 0) return { skip: 'everything in it was read in the app meanwhile' };
    return {
      content: {
        subject: daily ? t.subjectDaily(this.config.NETWORK_NAME) : t.subjectWeekly(this.config.NETWORK_NAME),
        heading: daily ? t.headingDaily : t.headingWeekly,
        paragraphs: [],
        sections,
        action: { label: t.openAll, url: appLink(this.config, '/notifications') },
      },
      unsubscribe: email.kind as 'digest-daily' | 'digest-weekly',
    };
  }
}
