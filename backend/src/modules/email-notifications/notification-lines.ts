import type { AppConfig } from '../../config/env.schema';
import type { Locale } from '@pn/shared';
import { formatWhen, type EmailTexts } from '../mail/i18n';
import { appLink } from '../mail/links';
import type { NotificationEntity } from '../notifications/notification.entity';
import { displayNameOf } from '../users/users.mapper';

/** A notification in an email's words: one line, and where it leads. */
export function notificationLine(
  notification: NotificationEntity,
  texts: EmailTexts,
  config: Pick<AppConfig, 'PUBLIC_URL'>,
  locale: Locale = 'en',
): { text: string; detail?: string; link: { label: string; url: string } } {
  const t = texts.notification;
  const actor = notification.actor ? displayNameOf(notification.actor) : t.someone;
  const thread = notification.thread?.title ?? t.aThread;
  const group = notification.group?.name ?? t.aGroup;
  const practice = notification.practice?.title ?? t.aPractice;
  const data = notification.data ?? {};
  const more = t.more(notification.count);
  const withCount = (text: string) => (more ? `${text} ${more}` : text);
  const threadLink = notification.thread
    ? { label: t.openThread(thread), url: appLink(config, `/threads/${notification.thread.id}`) }
    : null;
  const groupLink = notification.group
    ? { label: t.openGroup(group), url: appLink(config, `/groups/${notification.group.slug}`) }
    : { label: t.openGroup(group), url: appLink(config, '/notifications') };
  const practiceLink = {
    label: t.openPractice(practice),
    url: appLink(config, notification.practice ? `/practices/${notification.practice.id}` : '/notifications'),
  };
  switch (notification.kind) {
    case 'mention':
      return { text: withCount(t.mention(actor, thread)), link: threadLink ?? groupLink };
    case 'reply':
      return { text: withCount(t.reply(actor, thread)), link: threadLink ?? groupLink };
    case 'thread':
      return { text: withCount(t.thread(actor, group)), link: threadLink ?? groupLink };
    case 'announcement':
      return { text: withCount(t.announcement(actor, group)), link: threadLink ?? groupLink };
    case 'join-request':
      return { text: withCount(t['join-request'](actor, group)), link: groupLink };
    case 'join-decision':
      return { text: data.approved ? t['join-approved'](group) : t['join-declined'](group), link: groupLink };
    case 'added-to-group':
      return { text: t['added-to-group'](actor, group), link: groupLink };
    case 'practice-submitted':
      return { text: withCount(t['practice-submitted'](actor, practice)), link: practiceLink };
    case 'practice-decision': {
      const decision = t.decisions[String(data.decision)] ?? String(data.decision ?? '');
      const comment = typeof data.comment === 'string' && data.comment ? t.comment(data.comment) : undefined;
      return { text: t['practice-decision'](practice, decision), detail: comment, link: practiceLink };
    }
    case 'practice-evaluation':
      return { text: withCount(t['practice-evaluation'](actor, practice)), link: practiceLink };
    case 'practice-feedback':
      return { text: withCount(t['practice-feedback'](actor, practice)), link: practiceLink };
    case 'practice-inquiry': {
      const event = data.event === 'filed' ? `${String(data.kind)}-filed` : String(data.event);
      return { text: t['practice-inquiry'](event, practice), link: practiceLink };
    }
    case 'evaluation-verification': {
      // Never the reviewer's name: the audit log keeps who decided.
      const comment = typeof data.comment === 'string' && data.comment ? t.comment(data.comment) : undefined;
      const text = data.decision === 'return' ? t['evaluation-returned'](practice) : t['evaluation-verified'](practice);
      return { text, detail: comment, link: practiceLink };
    }
    case 'research-question': {
      const title = typeof data.title === 'string' ? data.title : '';
      const status =
        t.researchStatuses[String(data.event === 'merged' ? 'merged' : data.status)] ?? String(data.status ?? '');
      const id = typeof data.questionId === 'string' ? data.questionId : '';
      return {
        text: withCount(t['research-question'](title, status)),
        link: { label: t.openQuestion(title), url: appLink(config, `/research-questions/${id}`) },
      };
    }
    case 'message-flagged':
      // Never who flagged: the line has no actor, and the moderation view shows the reporter only to moderators.
      return {
        text: withCount(t['message-flagged'](thread, group)),
        link: { label: t.openModeration, url: appLink(config, '/moderation') },
      };
    case 'meeting': {
      const title = typeof data.title === 'string' ? data.title : t.aMeeting;
      const describe = t.meeting[String(data.change)] ?? t.meeting.changed!;
      const startsAt = typeof data.startsAt === 'string' ? new Date(data.startsAt) : null;
      const zone = typeof data.timeZone === 'string' ? data.timeZone : 'UTC';
      const link =
        typeof data.meetingId === 'string'
          ? { label: t.openMeeting(title), url: appLink(config, `/meetings/${data.meetingId}`) }
          : groupLink;
      return {
        text: describe(actor, title),
        detail:
          startsAt && !Number.isNaN(startsAt.getTime()) ? t.meetingWhen(formatWhen(startsAt, locale, zone)) : undefined,
        link,
      };
    }
  }
}
